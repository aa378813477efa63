/**
 * Names for generated profiles, written in the script of the countries they come from, each
 * with the Latin transliteration the profile carries for sorting and search. A pair is
 * [as written, Latin]; Latin-script names have no separate transliteration.
 */
export type NamePair = readonly [string, string];

export interface NameGroup {
  /** The script the names are written in. */
  script: "Arab" | "Hans" | "Cyrl" | "Deva" | "Ethi" | "Beng" | "Thai" | "Khmr" | "Latn";
  female: readonly NamePair[];
  male: readonly NamePair[];
  family: readonly NamePair[];
  /** Family names of women where they differ (Russian and Kazakh surnames). */
  familyFemale?: readonly NamePair[];
  /** Family name first, without a space (Chinese). */
  familyFirst?: boolean;
  /** Written without a space between the parts. */
  joined?: boolean;
  /** The languages its people speak natively (ISO 639), first the main one. */
  languages: readonly string[];
  /** The portal locale bios are most often written in. */
  bioLocale: "ar" | "zh" | "en" | "fr" | "ru" | "es" | "pt";
}

const latin = (...names: string[]): NamePair[] => names.map((n) => [n, n] as const);

export const NAME_GROUPS = {
  arabic: {
    script: "Arab",
    female: [["فاطمة", "Fatima"], ["مريم", "Mariam"], ["ليلى", "Leila"], ["نور", "Nour"], ["سارة", "Sara"], ["هدى", "Houda"], ["أمينة", "Amina"], ["رانية", "Rania"], ["سلمى", "Salma"], ["إيمان", "Imane"]],
    male: [["أحمد", "Ahmed"], ["محمد", "Mohamed"], ["يوسف", "Youssef"], ["خالد", "Khaled"], ["عمر", "Omar"], ["كريم", "Karim"], ["إبراهيم", "Ibrahim"], ["طارق", "Tarek"], ["سامي", "Sami"], ["هشام", "Hicham"]],
    family: [["الحداد", "Al-Haddad"], ["منصور", "Mansour"], ["بن علي", "Benali"], ["العلوي", "El Alaoui"], ["الشامي", "Al-Shami"], ["عبد الله", "Abdallah"], ["السيد", "El-Sayed"], ["الفاسي", "El Fassi"], ["الخطيب", "Al-Khatib"], ["النجار", "El-Naggar"], ["القاسمي", "Al-Qasimi"], ["بوزيد", "Bouzid"]],
    languages: ["ar"],
    bioLocale: "ar",
  },
  chinese: {
    script: "Hans",
    female: [["芳", "Fang"], ["静", "Jing"], ["娜", "Na"], ["敏", "Min"], ["丽", "Li"], ["婷", "Ting"], ["雪梅", "Xuemei"], ["晓燕", "Xiaoyan"]],
    male: [["伟", "Wei"], ["磊", "Lei"], ["强", "Qiang"], ["军", "Jun"], ["洋", "Yang"], ["建国", "Jianguo"], ["志明", "Zhiming"], ["海涛", "Haitao"]],
    family: [["王", "Wang"], ["李", "Li"], ["张", "Zhang"], ["刘", "Liu"], ["陈", "Chen"], ["杨", "Yang"], ["赵", "Zhao"], ["黄", "Huang"], ["周", "Zhou"], ["吴", "Wu"]],
    familyFirst: true,
    joined: true,
    languages: ["zh"],
    bioLocale: "zh",
  },
  cyrillic: {
    script: "Cyrl",
    female: [["Айгуль", "Aigul"], ["Алия", "Aliya"], ["Дина", "Dina"], ["Гульнара", "Gulnara"], ["Ольга", "Olga"], ["Мадина", "Madina"]],
    male: [["Нурлан", "Nurlan"], ["Тимур", "Timur"], ["Ерлан", "Yerlan"], ["Азамат", "Azamat"], ["Сергей", "Sergey"], ["Бахтияр", "Bakhtiyar"]],
    family: [["Ахмедов", "Akhmedov"], ["Садыков", "Sadykov"], ["Искаков", "Iskakov"], ["Нургалиев", "Nurgaliev"]],
    familyFemale: [["Ахмедова", "Akhmedova"], ["Садыкова", "Sadykova"], ["Искакова", "Iskakova"], ["Нургалиева", "Nurgalieva"]],
    languages: ["ru"],
    bioLocale: "ru",
  },
  mongolian: {
    script: "Cyrl",
    female: [["Оюунчимэг", "Oyuunchimeg"], ["Сарангэрэл", "Sarangerel"], ["Наран", "Naran"], ["Энхтуяа", "Enkhtuyaa"]],
    male: [["Бат-Эрдэнэ", "Bat-Erdene"], ["Ганбаатар", "Ganbaatar"], ["Тэмүүлэн", "Temuulen"], ["Мөнхбат", "Munkhbat"]],
    family: [["Болд", "Bold"], ["Дорж", "Dorj"], ["Баяр", "Bayar"], ["Сүх", "Sukh"]],
    languages: ["mn"],
    bioLocale: "ru",
  },
  devanagari: {
    script: "Deva",
    female: [["सीता", "Sita"], ["प्रिया", "Priya"], ["सुनीता", "Sunita"], ["गीता", "Gita"], ["अनीता", "Anita"], ["कविता", "Kavita"]],
    male: [["राम", "Ram"], ["अनिल", "Anil"], ["राहुल", "Rahul"], ["विकास", "Vikas"], ["सुरेश", "Suresh"], ["दीपक", "Deepak"]],
    family: [["शर्मा", "Sharma"], ["श्रेष्ठ", "Shrestha"], ["पौडेल", "Poudel"], ["वर्मा", "Verma"], ["गुप्ता", "Gupta"], ["अधिकारी", "Adhikari"], ["थापा", "Thapa"], ["जोशी", "Joshi"]],
    languages: ["hi"],
    bioLocale: "en",
  },
  geez: {
    script: "Ethi",
    female: [["ሰላም", "Selam"], ["መሰረት", "Meseret"], ["ሕይወት", "Hiwot"], ["ትዕግስት", "Tigist"], ["ፍሬሕይወት", "Frehiwot"]],
    male: [["አበበ", "Abebe"], ["ተስፋዬ", "Tesfaye"], ["ዳዊት", "Dawit"], ["ዮሐንስ", "Yohannes"], ["ብርሃኑ", "Birhanu"]],
    // Ethiopian and Eritrean names: the father's given name follows.
    family: [["ገብረ መድኅን", "Gebremedhin"], ["ታደሰ", "Tadesse"], ["ወልደ ማርያም", "Woldemariam"], ["በቀለ", "Bekele"], ["ኃይሌ", "Haile"], ["አለሙ", "Alemu"]],
    languages: ["am"],
    bioLocale: "en",
  },
  bengali: {
    script: "Beng",
    female: [["ফাতেমা", "Fatema"], ["নাসরিন", "Nasrin"], ["শিরিন", "Shirin"], ["রুমানা", "Rumana"]],
    male: [["রহিম", "Rahim"], ["করিম", "Karim"], ["আনিস", "Anis"], ["সুমন", "Sumon"]],
    family: [["হোসেন", "Hossain"], ["আহমেদ", "Ahmed"], ["রহমান", "Rahman"], ["ইসলাম", "Islam"], ["চৌধুরী", "Chowdhury"]],
    languages: ["bn"],
    bioLocale: "en",
  },
  thai: {
    script: "Thai",
    female: [["สุดา", "Suda"], ["มาลี", "Malee"], ["พิมพ์", "Pim"], ["วันเพ็ญ", "Wanphen"]],
    male: [["สมชาย", "Somchai"], ["ประเสริฐ", "Prasert"], ["วิชัย", "Wichai"], ["สุรชัย", "Surachai"]],
    family: [["ศรีสุข", "Srisuk"], ["วงศ์ไทย", "Wongthai"], ["บุญมา", "Boonma"], ["แสงทอง", "Saengthong"]],
    languages: ["th"],
    bioLocale: "en",
  },
  khmer: {
    script: "Khmr",
    female: [["សុភា", "Sophea"], ["ស្រីមុំ", "Sreymom"], ["ចន្ធូ", "Chanthou"]],
    male: [["ដារ៉ា", "Dara"], ["វណ្ណៈ", "Vannak"], ["សុខា", "Sokha"]],
    family: [["សុខ", "Sok"], ["ចាន់", "Chan"], ["ហេង", "Heng"], ["គឹម", "Kim"]],
    familyFirst: true,
    languages: ["km"],
    bioLocale: "en",
  },
  spanish: {
    script: "Latn",
    female: latin("María", "Lucía", "Sofía", "Ana", "Carmen", "Valeria", "Ximena", "Inés"),
    male: latin("José", "Carlos", "Andrés", "Jorge", "Luis", "Martín", "Sebastián", "Raúl"),
    family: latin("Pérez", "Fernández", "González", "Rodríguez", "Quispe", "Mamani", "Núñez", "Ibáñez", "Gutiérrez", "Mendoza", "Rojas", "Castaño"),
    languages: ["es"],
    bioLocale: "es",
  },
  portuguese: {
    script: "Latn",
    female: latin("Ana", "Beatriz", "Conceição", "Joana", "Luísa", "Fátima"),
    male: latin("João", "António", "Gonçalo", "Sebastião", "Tomé", "Edson"),
    family: latin("Gonçalves", "Silva", "Conceição", "Araújo", "Simões", "Machado", "Pereira", "Lopes"),
    languages: ["pt"],
    bioLocale: "pt",
  },
  french: {
    script: "Latn",
    female: latin("Aminata", "Fatou", "Aïssatou", "Mariam", "Hélène", "Clémentine", "Awa"),
    male: latin("Moussa", "Mamadou", "Ousmane", "Jean-Baptiste", "Séraphin", "Idrissa", "Koffi"),
    family: latin("Diallo", "Traoré", "Ndiaye", "Koné", "Ouédraogo", "Camara", "Sawadogo", "Mbaye", "Kaboré", "Touré"),
    languages: ["fr"],
    bioLocale: "fr",
  },
  vietnamese: {
    script: "Latn",
    female: latin("Thị Lan", "Thu Hà", "Ngọc Ánh", "Phương Thảo"),
    male: latin("Văn Hùng", "Đức Anh", "Quốc Bảo", "Minh Tuấn"),
    family: latin("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng"),
    familyFirst: true,
    languages: ["vi"],
    bioLocale: "en",
  },
  english: {
    script: "Latn",
    female: latin("Grace", "Chiamaka", "Tendai", "Wanjiru", "Abena", "Nomvula", "Siti", "Maria", "Priscilla"),
    male: latin("Kwame", "Tunde", "Tatenda", "Kofi", "Baraka", "Sipho", "Rizal", "Emmanuel", "Joseph"),
    family: latin("Mensah", "Okafor", "Moyo", "Kariuki", "Asante", "Dlamini", "Banda", "Santos", "Rahayu", "Otieno", "Phiri", "Mwangi"),
    languages: ["en"],
    bioLocale: "en",
  },
} as const satisfies Record<string, NameGroup>;
export type NameGroupName = keyof typeof NAME_GROUPS;

const ARAB = "DZ BH DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE";
const FRANCOPHONE = "BJ BF BI CM CF TD KM CG CD CI GA GN MG ML NE RW SN TG HT";
const LUSOPHONE = "BR AO MZ CV GW ST TL";
const CYRILLIC = "RU BY KZ KG TJ UA";
const BY_COUNTRY: Record<string, NameGroupName> = {
  ...Object.fromEntries(ARAB.split(" ").map((c) => [c, "arabic"])),
  ...Object.fromEntries(FRANCOPHONE.split(" ").map((c) => [c, "french"])),
  ...Object.fromEntries(LUSOPHONE.split(" ").map((c) => [c, "portuguese"])),
  ...Object.fromEntries(CYRILLIC.split(" ").map((c) => [c, "cyrillic"])),
  CN: "chinese",
  MN: "mongolian",
  IN: "devanagari",
  NP: "devanagari",
  ET: "geez",
  ER: "geez",
  BD: "bengali",
  TH: "thai",
  KH: "khmer",
  VN: "vietnamese",
};

/** The name group of a country: its script and language, else Spanish for Latin America, else English. */
export function nameGroupOf(country: { iso2: string; subregionCode: string }): NameGroupName {
  return BY_COUNTRY[country.iso2] ?? (country.subregionCode === "419" ? "spanish" : "english");
}

/** Local (ISO 639) languages spoken besides the group's main one, for a few countries. */
export const LOCAL_LANGUAGES: Record<string, readonly string[]> = {
  KE: ["sw"], TZ: ["sw"], UG: ["sw"], ET: ["om", "ti"], ER: ["ti"], NP: ["ne"], IN: ["bn", "ta"], PE: ["qu"], BO: ["qu", "ay"], PY: ["gn"],
  SN: ["wo"], ML: ["bm"], NG: ["yo", "ha", "ig"], GH: ["ak"], ZA: ["zu", "xh"], RW: ["rw"], MG: ["mg"], ID: ["id"], PH: ["fil"], MY: ["ms"],
  KZ: ["kk"], KG: ["ky"], TJ: ["tg"], LA: ["lo"], MM: ["my"], LK: ["si", "ta"], PK: ["ur"], AF: ["ps", "fa"], IR: ["fa"], TR: ["tr"],
};
