import { storyInputSchema, type StoryInput } from "../schemas";

/**
 * The demo mode's success stories (seeded by the "demo-stories" step, never in production):
 * illustrative accounts of the kinds of initiative the questionnaire collects, each written in
 * one language and, for most, translated into English, so readers in other languages meet the
 * "not available in your language" notice. Names of offices describe the kind of partner; the
 * figures are examples, not reports.
 */
const raw: unknown[] = [
  {
    sourceLocale: "en",
    completeLocales: ["en", "fr"],
    title: {
      en: "Coffee farmers of two countries protect their origin together",
      fr: "Les caféiculteurs de deux pays protègent ensemble leur origine",
    },
    summary: {
      en: "Examiners from Ethiopia's and Kenya's IP offices worked side by side for two years to register geographical indications for specialty coffees.",
      fr: "Des examinateurs des offices de PI de l’Éthiopie et du Kenya ont travaillé côte à côte pendant deux ans pour enregistrer des indications géographiques pour des cafés de spécialité.",
    },
    body: {
      en: "Both offices had received applications from coffee cooperatives but had no examiners trained in **geographical indications**.\n\nThey set up a twinning: study visits in both directions, a shared examination checklist and joint sessions with producer groups on the product specification.\n\n## How it worked\n\n- four study visits of one week;\n- a checklist for the examination of GI applications, now used by both offices;\n- producer groups drafted their own specifications with the examiners' help.",
      fr: "Les deux offices avaient reçu des demandes de coopératives de café, mais n’avaient pas d’examinateurs formés aux **indications géographiques**.\n\nIls ont organisé un jumelage : des visites d’étude dans les deux sens, une liste de contrôle d’examen commune et des séances conjointes avec les groupements de producteurs sur le cahier des charges.\n\n## Comment cela a fonctionné\n\n- quatre visites d’étude d’une semaine ;\n- une liste de contrôle pour l’examen des demandes d’IG, utilisée aujourd’hui par les deux offices ;\n- les groupements de producteurs ont rédigé leur cahier des charges avec l’aide des examinateurs.",
    },
    results: {
      en: "Example figures: 3 geographical indications registered, 12 examiners trained, 2 producer associations formed.",
      fr: "Chiffres d’exemple : 3 indications géographiques enregistrées, 12 examinateurs formés, 2 associations de producteurs créées.",
    },
    themes: ["trademarks_gis"],
    ipAreas: ["geographical_indications", "trademarks"],
    countries: ["ET"],
    partnerCountries: ["KE"],
    partners: ["Ethiopian Intellectual Property Authority", "Kenya Industrial Property Institute"],
    periodStart: 2022,
    periodEnd: 2024,
  },
  {
    sourceLocale: "fr",
    completeLocales: ["fr", "en"],
    title: {
      fr: "Une formation régionale à l’examen des brevets pour les offices d’Afrique de l’Ouest",
      en: "Regional patent examination training for West African offices",
    },
    summary: {
      fr: "L’office du Sénégal a accueilli des examinateurs de cinq pays pour une formation pratique à la recherche et à l’examen des brevets.",
      en: "Senegal's office hosted examiners from five countries for hands-on training in patent search and examination.",
    },
    body: {
      fr: "La formation reposait sur des dossiers réels anonymisés et sur les bases de données de brevets gratuites.\n\nChaque participant est reparti avec un plan pour former ses collègues.",
      en: "The training used real, anonymised files and free patent databases.\n\nEach participant left with a plan to train their colleagues.",
    },
    results: { fr: "Chiffres d’exemple : 25 examinateurs formés, 5 offices participants.", en: "Example figures: 25 examiners trained, 5 offices taking part." },
    themes: ["patents"],
    ipAreas: ["patents"],
    countries: ["BJ", "BF", "ML", "NE", "TG"],
    partnerCountries: ["SN"],
    partners: ["Office of industrial property of Senegal", "OAPI"],
    igoSupport: true,
    periodStart: 2023,
    periodEnd: 2023,
  },
  {
    sourceLocale: "es",
    completeLocales: ["es", "en", "pt"],
    title: {
      es: "Marcas colectivas para artesanas de los Andes",
      en: "Collective marks for Andean women artisans",
      pt: "Marcas coletivas para artesãs dos Andes",
    },
    summary: {
      es: "La oficina de Perú compartió con la de Bolivia su experiencia en marcas colectivas para asociaciones de artesanas.",
      en: "Peru's office shared with Bolivia's its experience of collective marks for associations of women artisans.",
      pt: "O escritório do Peru compartilhou com o da Bolívia a sua experiência com marcas coletivas para associações de artesãs.",
    },
    body: {
      es: "Las asociaciones aprendieron a redactar el reglamento de uso de la marca y a presentar la solicitud.\n\nLas dos oficinas publicaron una guía común en español, quechua y aimara.",
      en: "The associations learnt to draft the mark's regulations of use and to file the application.\n\nThe two offices published a joint guide in Spanish, Quechua and Aymara.",
      pt: "As associações aprenderam a redigir o regulamento de uso da marca e a apresentar o pedido.\n\nOs dois escritórios publicaram um guia comum em espanhol, quéchua e aimará.",
    },
    results: { es: "Cifras de ejemplo: 9 marcas colectivas solicitadas.", en: "Example figures: 9 collective marks filed.", pt: "Números de exemplo: 9 marcas coletivas depositadas." },
    themes: ["trademarks_gis"],
    ipAreas: ["trademarks", "traditional_knowledge"],
    countries: ["BO"],
    partnerCountries: ["PE"],
    partners: ["INDECOPI", "SENAPI"],
    periodStart: 2021,
    periodEnd: 2022,
  },
  {
    sourceLocale: "ar",
    completeLocales: ["ar", "en"],
    title: {
      ar: "تبادل الخبرات في إنفاذ حقوق الملكية الفكرية على الحدود",
      en: "Sharing experience of IP enforcement at the border",
    },
    summary: {
      ar: "نظّم مكتب مصر مع إدارة الجمارك ورش عمل لموظفي الجمارك في السودان حول التعرّف على السلع المقلّدة.",
      en: "Egypt's office and customs ran workshops for Sudan's customs officers on recognising counterfeit goods.",
    },
    body: {
      ar: "شملت الورش تدريبًا عمليًا على فحص الشحنات وإعداد قاعدة بيانات مشتركة لأصحاب العلامات.",
      en: "The workshops included hands-on training in inspecting shipments and setting up a shared database of right holders.",
    },
    results: { ar: "أرقام على سبيل المثال: تدريب 40 موظفًا جمركيًا.", en: "Example figures: 40 customs officers trained." },
    themes: ["enforcement"],
    ipAreas: ["enforcement", "trademarks"],
    countries: ["SD"],
    partnerCountries: ["EG"],
    partners: ["Egyptian Patent Office", "Egyptian Customs Authority"],
    periodStart: 2024,
    periodEnd: 2025,
  },
  {
    sourceLocale: "pt",
    completeLocales: ["pt"],
    title: { pt: "Automação do escritório de propriedade industrial de Moçambique" },
    summary: { pt: "Com o apoio do escritório do Brasil, Moçambique digitalizou os seus registos de marcas e passou a receber pedidos em linha." },
    body: { pt: "O projeto incluiu a digitalização de 20 000 processos, a formação da equipa e um balcão de apoio aos utilizadores." },
    results: { pt: "Números de exemplo: 20 000 processos digitalizados." },
    themes: ["ip_strategy_competition", "trademarks_gis"],
    ipAreas: ["ip_management", "trademarks"],
    countries: ["MZ"],
    partnerCountries: ["BR"],
    partners: ["INPI Brasil", "IPI Moçambique"],
    periodStart: 2020,
    periodEnd: 2023,
  },
  {
    sourceLocale: "en",
    completeLocales: ["en", "zh"],
    title: { en: "Design protection for textile exporters of the Mekong", zh: "为湄公河地区纺织出口商提供外观设计保护" },
    summary: {
      en: "Viet Nam's office helped Cambodia's and the Lao People's Democratic Republic's to examine industrial designs filed by textile exporters.",
      zh: "越南知识产权局帮助柬埔寨和老挝的主管部门审查纺织出口商提交的工业品外观设计申请。",
    },
    body: {
      en: "Examiners compared practices, agreed on a common classification approach and held clinics for small exporters.",
      zh: "审查员比较了各自的做法，商定了共同的分类方法，并为小型出口商举办了咨询会。",
    },
    results: { en: "Example figures: 150 design applications examined in the first year.", zh: "示例数字：第一年审查了150件外观设计申请。" },
    themes: ["industrial_designs"],
    ipAreas: ["industrial_designs"],
    countries: ["KH", "LA"],
    partnerCountries: ["VN"],
    partners: ["Intellectual Property Office of Viet Nam"],
    donorCountry: "JP",
    periodStart: 2022,
    periodEnd: 2025,
  },
];

export const DEMO_STORIES: StoryInput[] = raw.map((s) => storyInputSchema.parse(s));
