/**
 * Sentence patterns for generated demo activities in the five languages most
 * IP-TAD records are written in. The words they are filled with (activity
 * types, IP areas, country names) come from locales/ and CLDR, not from here.
 */
export const SEED_LANGUAGES = ["en", "fr", "es", "ar", "zh"] as const;
export type SeedLanguage = (typeof SEED_LANGUAGES)[number];

interface Patterns {
  title: (type: string, area: string, place: string) => string;
  description: (v: { type: string; areas: string; days: number; unit: string; experts: string; participants: number; place: string; year: number }) => string;
  list: (items: string[]) => string;
}

const join = (lng: string) => {
  const format = new Intl.ListFormat(lng, { type: "conjunction" });
  return (items: string[]) => format.format(items);
};

export const PATTERNS: Record<SeedLanguage, Patterns> = {
  en: {
    title: (type, area, place) => `${type} on ${area.toLowerCase()} — ${place}`,
    description: (v) =>
      `${v.type} of ${v.days} days organised by the ${v.unit} in ${v.year} for ${v.participants} participants from ${v.place}, with experts from ${v.experts}. Topics: ${v.areas.toLowerCase()}. The programme combined presentations of national experience, case studies and practical exercises.`,
    list: join("en"),
  },
  fr: {
    title: (type, area, place) => `${type} : ${area.toLowerCase()} — ${place}`,
    description: (v) =>
      `${v.type} de ${v.days} jours organisé(e) par la ${v.unit} en ${v.year} pour ${v.participants} participants de ${v.place}, avec des experts de ${v.experts}. Thèmes : ${v.areas.toLowerCase()}. Le programme a associé présentations d'expériences nationales, études de cas et exercices pratiques.`,
    list: join("fr"),
  },
  es: {
    title: (type, area, place) => `${type} sobre ${area.toLowerCase()} — ${place}`,
    description: (v) =>
      `${v.type} de ${v.days} días organizado por la ${v.unit} en ${v.year} para ${v.participants} participantes de ${v.place}, con expertos de ${v.experts}. Temas: ${v.areas.toLowerCase()}. El programa combinó presentaciones de experiencias nacionales, estudios de caso y ejercicios prácticos.`,
    list: join("es"),
  },
  ar: {
    title: (type, area, place) => `${type} بشأن ${area} - ${place}`,
    description: (v) =>
      `${v.type} لمدة ${v.days} أيام نظمتها ${v.unit} في عام ${v.year} لفائدة ${v.participants} مشاركا من ${v.place}، بمشاركة خبراء من ${v.experts}. المواضيع: ${v.areas}. وجمع البرنامج بين عروض التجارب الوطنية ودراسات الحالة والتمارين العملية.`,
    list: join("ar"),
  },
  zh: {
    title: (type, area, place) => `关于${area}的${type}（${place}）`,
    description: (v) =>
      `${v.unit}于${v.year}年为来自${v.place}的${v.participants}名学员举办为期${v.days}天的${v.type}，专家来自${v.experts}。主题：${v.areas}。课程包括国家经验介绍、案例研究和实践练习。`,
    list: join("zh"),
  },
};

/** Organising units, named in each language. */
export const UNITS: Record<SeedLanguage, string>[] = [
  { en: "Division for Africa", fr: "Division de l'Afrique", es: "División de África", ar: "شعبة أفريقيا", zh: "非洲司" },
  { en: "Division for Arab Countries", fr: "Division des pays arabes", es: "División de Países Árabes", ar: "شعبة البلدان العربية", zh: "阿拉伯国家司" },
  { en: "Division for Asia and the Pacific", fr: "Division de l'Asie et du Pacifique", es: "División de Asia y el Pacífico", ar: "شعبة آسيا والمحيط الهادئ", zh: "亚洲及太平洋司" },
  { en: "Division for Latin America and the Caribbean", fr: "Division de l'Amérique latine et des Caraïbes", es: "División de América Latina y el Caribe", ar: "شعبة أمريكا اللاتينية والكاريبي", zh: "拉丁美洲和加勒比司" },
  { en: "Division for Least Developed Countries", fr: "Division des pays les moins avancés", es: "División de Países Menos Adelantados", ar: "شعبة أقل البلدان نموا", zh: "最不发达国家司" },
  { en: "Academy", fr: "Académie", es: "Academia", ar: "الأكاديمية", zh: "学院" },
  { en: "IP Office Solutions Division", fr: "Division des solutions pour les offices de propriété intellectuelle", es: "División de Soluciones para las Oficinas de Propiedad Intelectual", ar: "شعبة حلول مكاتب الملكية الفكرية", zh: "知识产权局解决方案司" },
];
