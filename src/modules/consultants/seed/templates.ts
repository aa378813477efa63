import type { Locale } from "@/lib/i18n/locales";

/**
 * Sentence patterns of generated bios in the portal's seven languages. The words they are
 * filled with (skills, IP areas, country names) come from locales/ and CLDR, not from here.
 */
export interface BioParts {
  name: string;
  position: string;
  organisation: string;
  country: string;
  years: number;
  areas: string;
  skills: string;
}

const join = (lng: string) => {
  const format = new Intl.ListFormat(lng, { type: "conjunction" });
  return (items: string[]) => format.format(items);
};

export const BIO_PATTERNS: Record<Locale, { bio: (v: BioParts) => string; list: (items: string[]) => string }> = {
  en: {
    bio: (v) =>
      `${v.name} is ${v.position} at ${v.organisation} (${v.country}), with ${v.years} years of experience in ${v.areas}. Services offered: ${v.skills}. Has advised IP offices of the South on national projects and regional programmes.`,
    list: join("en"),
  },
  fr: {
    bio: (v) =>
      `${v.name} exerce les fonctions suivantes : ${v.position} à ${v.organisation} (${v.country}). ${v.years} ans d'expérience en ${v.areas}. Services proposés : ${v.skills}. A conseillé des offices de propriété intellectuelle du Sud dans des projets nationaux et des programmes régionaux.`,
    list: join("fr"),
  },
  es: {
    bio: (v) =>
      `${v.name} se desempeña como ${v.position} en ${v.organisation} (${v.country}) y cuenta con ${v.years} años de experiencia en ${v.areas}. Servicios: ${v.skills}. Ha asesorado a oficinas de propiedad intelectual del Sur en proyectos nacionales y programas regionales.`,
    list: join("es"),
  },
  pt: {
    bio: (v) =>
      `${v.name} atua como ${v.position} em ${v.organisation} (${v.country}), com ${v.years} anos de experiência em ${v.areas}. Serviços: ${v.skills}. Assessorou escritórios de propriedade intelectual do Sul em projetos nacionais e programas regionais.`,
    list: join("pt"),
  },
  ar: {
    bio: (v) =>
      `${v.name}، ${v.position} في ${v.organisation} (${v.country})، يتمتع بخبرة ${v.years} عاما في مجالات ${v.areas}. الخدمات المقدمة: ${v.skills}. قدم المشورة لمكاتب الملكية الفكرية في بلدان الجنوب في مشاريع وطنية وبرامج إقليمية.`,
    list: join("ar"),
  },
  zh: {
    bio: (v) =>
      `${v.name}现任${v.organisation}（${v.country}）${v.position}，在${v.areas}领域拥有${v.years}年经验。提供的服务：${v.skills}。曾为南方国家知识产权局的国家项目和区域方案提供咨询。`,
    list: join("zh"),
  },
  ru: {
    bio: (v) =>
      `${v.name} — ${v.position}, ${v.organisation} (${v.country}); опыт работы в области «${v.areas}» — ${v.years} лет. Услуги: ${v.skills}. Консультировал(а) ведомства интеллектуальной собственности стран Юга по национальным проектам и региональным программам.`,
    list: join("ru"),
  },
};

/** Positions, named in each language. */
export const POSITIONS: Record<Locale, string>[] = [
  { en: "Senior patent examiner", fr: "Examinateur principal de brevets", es: "Examinador principal de patentes", pt: "Examinador sénior de patentes", ar: "فاحص براءات أول", zh: "高级专利审查员", ru: "Ведущий эксперт по патентам" },
  { en: "Head of the trademarks division", fr: "Chef de la division des marques", es: "Jefe de la división de marcas", pt: "Chefe da divisão de marcas", ar: "رئيس شعبة العلامات التجارية", zh: "商标处处长", ru: "Руководитель отдела товарных знаков" },
  { en: "Professor of IP law", fr: "Professeur de droit de la propriété intellectuelle", es: "Profesor de derecho de la propiedad intelectual", pt: "Professor de direito da propriedade intelectual", ar: "أستاذ قانون الملكية الفكرية", zh: "知识产权法教授", ru: "Профессор права интеллектуальной собственности" },
  { en: "Independent IP consultant", fr: "Consultant indépendant en propriété intellectuelle", es: "Consultor independiente en propiedad intelectual", pt: "Consultor independente em propriedade intelectual", ar: "مستشار مستقل في الملكية الفكرية", zh: "独立知识产权顾问", ru: "Независимый консультант по интеллектуальной собственности" },
  { en: "Director of the technology transfer office", fr: "Directeur du bureau de transfert de technologie", es: "Director de la oficina de transferencia de tecnología", pt: "Diretor do escritório de transferência de tecnologia", ar: "مدير مكتب نقل التكنولوجيا", zh: "技术转移办公室主任", ru: "Директор офиса по трансферу технологий" },
  { en: "Legal adviser", fr: "Conseiller juridique", es: "Asesor jurídico", pt: "Assessor jurídico", ar: "مستشار قانوني", zh: "法律顾问", ru: "Юрисконсульт" },
  { en: "Deputy director general", fr: "Directeur général adjoint", es: "Director general adjunto", pt: "Diretor-geral adjunto", ar: "نائب المدير العام", zh: "副总干事", ru: "Заместитель генерального директора" },
  { en: "IT modernisation manager", fr: "Responsable de la modernisation informatique", es: "Responsable de modernización informática", pt: "Gestor de modernização informática", ar: "مدير التحديث المعلوماتي", zh: "信息化建设经理", ru: "Руководитель ИТ-модернизации" },
];

/** Kinds of organisation; the country's name completes them. */
export const ORGANISATIONS: Record<Locale, (country: string) => string>[] = [
  { en: (c) => `Intellectual Property Office of ${c}`, fr: (c) => `Office de la propriété intellectuelle — ${c}`, es: (c) => `Oficina de Propiedad Intelectual — ${c}`, pt: (c) => `Instituto de Propriedade Intelectual — ${c}`, ar: (c) => `مكتب الملكية الفكرية - ${c}`, zh: (c) => `${c}知识产权局`, ru: (c) => `Ведомство интеллектуальной собственности — ${c}` },
  { en: (c) => `National University of ${c}`, fr: (c) => `Université nationale — ${c}`, es: (c) => `Universidad Nacional — ${c}`, pt: (c) => `Universidade Nacional — ${c}`, ar: (c) => `الجامعة الوطنية - ${c}`, zh: (c) => `${c}国立大学`, ru: (c) => `Национальный университет — ${c}` },
  { en: (c) => `Ministry of Trade and Industry, ${c}`, fr: (c) => `Ministère du Commerce et de l'Industrie — ${c}`, es: (c) => `Ministerio de Comercio e Industria — ${c}`, pt: (c) => `Ministério do Comércio e Indústria — ${c}`, ar: (c) => `وزارة التجارة والصناعة - ${c}`, zh: (c) => `${c}贸易和工业部`, ru: (c) => `Министерство торговли и промышленности — ${c}` },
  { en: (c) => `IP Law Chambers, ${c}`, fr: (c) => `Cabinet de conseil en propriété industrielle — ${c}`, es: (c) => `Estudio jurídico de propiedad intelectual — ${c}`, pt: (c) => `Escritório de advocacia em propriedade intelectual — ${c}`, ar: (c) => `مكتب محاماة للملكية الفكرية - ${c}`, zh: (c) => `${c}知识产权律师事务所`, ru: (c) => `Юридическая фирма по интеллектуальной собственности — ${c}` },
  { en: (c) => `Technology and Innovation Support Centre, ${c}`, fr: (c) => `Centre d'appui à la technologie et à l'innovation — ${c}`, es: (c) => `Centro de Apoyo a la Tecnología y la Innovación — ${c}`, pt: (c) => `Centro de Apoio à Tecnologia e à Inovação — ${c}`, ar: (c) => `مركز دعم التكنولوجيا والابتكار - ${c}`, zh: (c) => `${c}技术与创新支持中心`, ru: (c) => `Центр поддержки технологий и инноваций — ${c}` },
];
