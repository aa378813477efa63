import type { Locale } from "@/lib/i18n/locales";
import type { IpArea } from "@/modules/activities/constants";
import type { Theme } from "@/modules/content/constants";
import type { SupportForm, SupportType } from "../constants";

/**
 * What generated listings are about, written for this portal in its seven languages: a topic
 * names the support (a noun phrase that fits after a colon, so no grammatical agreement is
 * needed) and says in one sentence what the work is. The sentence patterns around them are
 * below; country names come from CLDR (the countries table).
 */
export interface Topic {
  key: string;
  ipAreas: IpArea[];
  themes: Theme[];
  forms: SupportForm[];
  supportType: SupportType;
  phrase: Record<Locale, string>;
  detail: Record<Locale, string>;
}

export const TOPICS: Topic[] = [
  {
    key: "gi_registry",
    ipAreas: ["geographical_indications", "trademarks"],
    themes: ["trademarks_gis"],
    forms: ["expert_advice", "legislative_assistance", "training"],
    supportType: "technical",
    phrase: {
      en: "registry of geographical indications",
      fr: "registre des indications géographiques",
      es: "registro de indicaciones geográficas",
      ar: "سجل المؤشرات الجغرافية",
      pt: "registro de indicações geográficas",
      ru: "реестр географических указаний",
      zh: "地理标志登记簿",
    },
    detail: {
      en: "Setting up the examination procedure, the product specifications and the control bodies for origin products such as coffee, honey and handicrafts.",
      fr: "Mise en place de la procédure d'examen, des cahiers des charges et des organismes de contrôle pour des produits d'origine comme le café, le miel et l'artisanat.",
      es: "Definición del procedimiento de examen, los pliegos de condiciones y los organismos de control para productos de origen como el café, la miel y la artesanía.",
      ar: "إعداد إجراءات الفحص ودفاتر الشروط وهيئات الرقابة للمنتجات ذات المنشأ مثل البن والعسل والصناعات اليدوية.",
      pt: "Definição do procedimento de exame, dos cadernos de especificações e dos organismos de controle para produtos de origem como café, mel e artesanato.",
      ru: "Разработка процедуры экспертизы, технических условий и органов контроля для продукции с указанием происхождения: кофе, мёда, изделий народных промыслов.",
      zh: "为咖啡、蜂蜜和手工艺品等原产地产品建立审查程序、产品规范和监管机构。",
    },
  },
  {
    key: "patent_examination",
    ipAreas: ["patents", "utility_models"],
    themes: ["patents"],
    forms: ["training", "expert_advice", "study_visit"],
    supportType: "technical",
    phrase: {
      en: "patent examination training",
      fr: "formation à l'examen des brevets",
      es: "formación en examen de patentes",
      ar: "التدريب على فحص البراءات",
      pt: "formação em exame de patentes",
      ru: "обучение экспертизе патентных заявок",
      zh: "专利审查培训",
    },
    detail: {
      en: "Examiners learn search strategies, the assessment of novelty and inventive step, and the use of work done by other offices.",
      fr: "Les examinateurs apprennent les stratégies de recherche, l'appréciation de la nouveauté et de l'activité inventive, et l'utilisation des travaux d'autres offices.",
      es: "Los examinadores aprenden estrategias de búsqueda, la evaluación de la novedad y la actividad inventiva, y el aprovechamiento del trabajo de otras oficinas.",
      ar: "يتعلم الفاحصون استراتيجيات البحث وتقييم الجدة والنشاط الابتكاري والاستفادة من أعمال المكاتب الأخرى.",
      pt: "Os examinadores aprendem estratégias de busca, a avaliação da novidade e da atividade inventiva e o aproveitamento do trabalho de outros escritórios.",
      ru: "Эксперты осваивают стратегии поиска, оценку новизны и изобретательского уровня, использование результатов работы других ведомств.",
      zh: "审查员学习检索策略、新颖性和创造性的评估，以及如何利用其他局的工作成果。",
    },
  },
  {
    key: "office_automation",
    ipAreas: ["ip_management", "patents", "trademarks"],
    themes: ["ip_strategy_competition"],
    forms: ["it_equipment", "expert_advice", "training"],
    supportType: "technical",
    phrase: {
      en: "IP office automation and online filing",
      fr: "automatisation de l'office de PI et dépôt en ligne",
      es: "automatización de la oficina de PI y presentación en línea",
      ar: "أتمتة مكتب الملكية الفكرية والإيداع الإلكتروني",
      pt: "automação do escritório de PI e depósito eletrônico",
      ru: "автоматизация ведомства ИС и электронная подача заявок",
      zh: "知识产权局自动化与网上申请",
    },
    detail: {
      en: "Digitising paper files, an electronic register, online filing and payment, and data exchange with regional and international systems.",
      fr: "Numérisation des dossiers papier, registre électronique, dépôt et paiement en ligne, et échange de données avec les systèmes régionaux et internationaux.",
      es: "Digitalización de expedientes en papel, registro electrónico, presentación y pago en línea e intercambio de datos con sistemas regionales e internacionales.",
      ar: "رقمنة الملفات الورقية وسجل إلكتروني والإيداع والدفع عبر الإنترنت وتبادل البيانات مع الأنظمة الإقليمية والدولية.",
      pt: "Digitalização de processos em papel, registro eletrônico, depósito e pagamento on-line e troca de dados com sistemas regionais e internacionais.",
      ru: "Оцифровка бумажных дел, электронный реестр, подача заявок и оплата онлайн, обмен данными с региональными и международными системами.",
      zh: "纸质档案数字化、电子登记簿、网上申请与缴费，以及与区域和国际系统的数据交换。",
    },
  },
  {
    key: "copyright_cmo",
    ipAreas: ["copyright"],
    themes: ["ip_strategy_competition"],
    forms: ["expert_advice", "training", "legislative_assistance"],
    supportType: "partnership",
    phrase: {
      en: "collective management of copyright",
      fr: "gestion collective du droit d'auteur",
      es: "gestión colectiva del derecho de autor",
      ar: "الإدارة الجماعية لحق المؤلف",
      pt: "gestão coletiva de direitos autorais",
      ru: "коллективное управление авторскими правами",
      zh: "著作权集体管理",
    },
    detail: {
      en: "Governance of the collective management organisation, documentation of works, distribution of royalties to musicians and authors, and digital licensing.",
      fr: "Gouvernance de l'organisme de gestion collective, documentation des œuvres, répartition des droits aux musiciens et aux auteurs, et licences numériques.",
      es: "Gobernanza de la entidad de gestión colectiva, documentación de obras, reparto de regalías a músicos y autores, y licencias digitales.",
      ar: "حوكمة هيئة الإدارة الجماعية وتوثيق المصنفات وتوزيع العائدات على الموسيقيين والمؤلفين والترخيص الرقمي.",
      pt: "Governança da entidade de gestão coletiva, documentação de obras, distribuição de direitos a músicos e autores e licenciamento digital.",
      ru: "Управление организацией по коллективному управлению, учёт произведений, распределение вознаграждения музыкантам и авторам, цифровое лицензирование.",
      zh: "集体管理组织的治理、作品登记、向音乐人和作者分配使用费以及数字许可。",
    },
  },
  {
    key: "enforcement_training",
    ipAreas: ["enforcement", "trademarks", "copyright"],
    themes: ["enforcement"],
    forms: ["training", "awareness_campaign", "study_visit"],
    supportType: "technical",
    phrase: {
      en: "IP enforcement training for customs, police and judges",
      fr: "formation à l'application des droits de PI pour les douanes, la police et les juges",
      es: "formación en observancia de la PI para aduanas, policía y jueces",
      ar: "التدريب على إنفاذ الملكية الفكرية للجمارك والشرطة والقضاة",
      pt: "formação em observância da PI para alfândegas, polícia e juízes",
      ru: "обучение защите прав ИС для таможни, полиции и судей",
      zh: "面向海关、警察和法官的知识产权执法培训",
    },
    detail: {
      en: "Border measures against counterfeit goods, evidence and damages in IP cases, and cooperation between agencies.",
      fr: "Mesures à la frontière contre les contrefaçons, preuve et dommages-intérêts dans les affaires de PI, et coopération entre administrations.",
      es: "Medidas en frontera contra las falsificaciones, prueba e indemnización en los casos de PI y cooperación entre organismos.",
      ar: "التدابير الحدودية لمكافحة السلع المقلدة والأدلة والتعويضات في قضايا الملكية الفكرية والتعاون بين الأجهزة.",
      pt: "Medidas de fronteira contra produtos falsificados, provas e indenizações em casos de PI e cooperação entre órgãos.",
      ru: "Пограничные меры против контрафакта, доказательства и возмещение ущерба по делам об ИС, взаимодействие ведомств.",
      zh: "针对假冒商品的边境措施、知识产权案件中的证据与赔偿，以及部门间合作。",
    },
  },
  {
    key: "design_registration",
    ipAreas: ["industrial_designs"],
    themes: ["industrial_designs"],
    forms: ["expert_advice", "training"],
    supportType: "technical",
    phrase: {
      en: "industrial design registration",
      fr: "enregistrement des dessins et modèles industriels",
      es: "registro de diseños industriales",
      ar: "تسجيل التصاميم الصناعية",
      pt: "registro de desenhos industriais",
      ru: "регистрация промышленных образцов",
      zh: "工业品外观设计注册",
    },
    detail: {
      en: "Examination guidelines, the Locarno classification, and outreach to textile, furniture and craft designers.",
      fr: "Directives d'examen, classification de Locarno, et sensibilisation des créateurs du textile, du meuble et de l'artisanat.",
      es: "Directrices de examen, clasificación de Locarno y difusión entre diseñadores textiles, de muebles y artesanos.",
      ar: "إرشادات الفحص وتصنيف لوكارنو والتوعية لدى مصممي المنسوجات والأثاث والحرف.",
      pt: "Diretrizes de exame, classificação de Locarno e divulgação junto a designers têxteis, de móveis e artesãos.",
      ru: "Руководство по экспертизе, Локарнская классификация, работа с дизайнерами текстиля, мебели и ремесленниками.",
      zh: "审查指南、洛迦诺分类，以及面向纺织、家具和手工艺设计师的宣传推广。",
    },
  },
  {
    key: "ip_strategy",
    ipAreas: ["ip_strategy", "ip_competition"],
    themes: ["ip_strategy_competition"],
    forms: ["expert_advice", "legislative_assistance", "funding"],
    supportType: "financial",
    phrase: {
      en: "national IP strategy",
      fr: "stratégie nationale de propriété intellectuelle",
      es: "estrategia nacional de propiedad intelectual",
      ar: "الاستراتيجية الوطنية للملكية الفكرية",
      pt: "estratégia nacional de propriedade intelectual",
      ru: "национальная стратегия в сфере ИС",
      zh: "国家知识产权战略",
    },
    detail: {
      en: "Consultations with ministries, universities and businesses, an action plan with indicators, and its link to the national development plan.",
      fr: "Consultations avec les ministères, les universités et les entreprises, plan d'action assorti d'indicateurs, et articulation avec le plan national de développement.",
      es: "Consultas con ministerios, universidades y empresas, un plan de acción con indicadores y su vínculo con el plan nacional de desarrollo.",
      ar: "مشاورات مع الوزارات والجامعات والشركات وخطة عمل بمؤشرات وربطها بخطة التنمية الوطنية.",
      pt: "Consultas a ministérios, universidades e empresas, um plano de ação com indicadores e sua ligação com o plano nacional de desenvolvimento.",
      ru: "Консультации с министерствами, университетами и бизнесом, план действий с показателями и его связь с национальным планом развития.",
      zh: "与各部委、高校和企业磋商，制定带指标的行动计划，并与国家发展规划相衔接。",
    },
  },
  {
    key: "tech_transfer",
    ipAreas: ["technology_transfer", "patents", "ip_management"],
    themes: ["patents"],
    forms: ["training", "study_visit", "funding"],
    supportType: "partnership",
    phrase: {
      en: "technology transfer offices at universities",
      fr: "bureaux de transfert de technologie dans les universités",
      es: "oficinas de transferencia de tecnología en universidades",
      ar: "مكاتب نقل التكنولوجيا في الجامعات",
      pt: "núcleos de transferência de tecnologia em universidades",
      ru: "центры трансфера технологий в университетах",
      zh: "高校技术转移办公室",
    },
    detail: {
      en: "An IP policy for research institutions, invention disclosure, licensing negotiations and support for spin-off companies.",
      fr: "Politique de PI des institutions de recherche, déclaration d'invention, négociation de licences et appui aux entreprises issues de la recherche.",
      es: "Política de PI para instituciones de investigación, divulgación de invenciones, negociación de licencias y apoyo a empresas derivadas.",
      ar: "سياسة الملكية الفكرية لمؤسسات البحث والإفصاح عن الاختراعات والتفاوض على التراخيص ودعم الشركات المنبثقة.",
      pt: "Política de PI para instituições de pesquisa, comunicação de invenções, negociação de licenças e apoio a empresas derivadas.",
      ru: "Политика в сфере ИС для научных организаций, раскрытие изобретений, переговоры о лицензиях и поддержка стартапов.",
      zh: "科研机构知识产权政策、发明披露、许可谈判以及对衍生企业的支持。",
    },
  },
  {
    key: "traditional_knowledge",
    ipAreas: ["traditional_knowledge", "geographical_indications"],
    themes: ["trademarks_gis"],
    forms: ["expert_advice", "awareness_campaign"],
    supportType: "partnership",
    phrase: {
      en: "documentation of traditional knowledge",
      fr: "documentation des savoirs traditionnels",
      es: "documentación de conocimientos tradicionales",
      ar: "توثيق المعارف التقليدية",
      pt: "documentação de conhecimentos tradicionais",
      ru: "документирование традиционных знаний",
      zh: "传统知识记录",
    },
    detail: {
      en: "Community protocols, prior informed consent, databases that prevent wrongful patents, and benefit sharing with indigenous communities.",
      fr: "Protocoles communautaires, consentement préalable en connaissance de cause, bases de données contre les brevets indus, et partage des avantages avec les communautés autochtones.",
      es: "Protocolos comunitarios, consentimiento previo e informado, bases de datos contra patentes indebidas y distribución de beneficios con comunidades indígenas.",
      ar: "بروتوكولات مجتمعية والموافقة المسبقة المستنيرة وقواعد بيانات تمنع البراءات غير المستحقة وتقاسم المنافع مع المجتمعات الأصلية.",
      pt: "Protocolos comunitários, consentimento prévio informado, bases de dados contra patentes indevidas e repartição de benefícios com comunidades indígenas.",
      ru: "Общинные протоколы, предварительное осознанное согласие, базы данных против необоснованных патентов, совместное использование выгод с коренными общинами.",
      zh: "社区规约、事先知情同意、防止不当专利的数据库，以及与土著社区的惠益分享。",
    },
  },
  {
    key: "trademark_examination",
    ipAreas: ["trademarks"],
    themes: ["trademarks_gis"],
    forms: ["training", "expert_advice", "it_equipment"],
    supportType: "technical",
    phrase: {
      en: "trademark examination and the Madrid System",
      fr: "examen des marques et système de Madrid",
      es: "examen de marcas y Sistema de Madrid",
      ar: "فحص العلامات التجارية ونظام مدريد",
      pt: "exame de marcas e Sistema de Madri",
      ru: "экспертиза товарных знаков и Мадридская система",
      zh: "商标审查与马德里体系",
    },
    detail: {
      en: "Examination manuals, the Nice classification, handling international registrations and reducing the backlog of applications.",
      fr: "Manuels d'examen, classification de Nice, traitement des enregistrements internationaux et réduction du retard dans les demandes.",
      es: "Manuales de examen, clasificación de Niza, tramitación de registros internacionales y reducción del atraso de solicitudes.",
      ar: "أدلة الفحص وتصنيف نيس ومعالجة التسجيلات الدولية وتقليص تراكم الطلبات.",
      pt: "Manuais de exame, classificação de Nice, processamento de registros internacionais e redução do acúmulo de pedidos.",
      ru: "Руководства по экспертизе, Ниццкая классификация, обработка международных регистраций и сокращение отставания по заявкам.",
      zh: "审查手册、尼斯分类、国际注册的处理以及减少申请积压。",
    },
  },
  {
    key: "sme_branding",
    ipAreas: ["trademarks", "industrial_designs", "ip_management"],
    themes: ["ip_strategy_competition", "trademarks_gis"],
    forms: ["awareness_campaign", "training", "funding"],
    supportType: "financial",
    phrase: {
      en: "IP advice for small businesses and women entrepreneurs",
      fr: "conseil en PI pour les petites entreprises et les entrepreneuses",
      es: "asesoría en PI para pequeñas empresas y emprendedoras",
      ar: "المشورة في الملكية الفكرية للمشاريع الصغيرة ورائدات الأعمال",
      pt: "assessoria em PI para pequenas empresas e empreendedoras",
      ru: "консультации по ИС для малого бизнеса и женщин-предпринимателей",
      zh: "面向小企业和女性创业者的知识产权咨询",
    },
    detail: {
      en: "Brand and design protection clinics, a help desk at the IP office, and small grants for first filings.",
      fr: "Ateliers de protection des marques et des dessins, guichet d'assistance à l'office de PI, et petites subventions pour les premiers dépôts.",
      es: "Talleres de protección de marcas y diseños, una ventanilla de ayuda en la oficina de PI y pequeñas subvenciones para las primeras solicitudes.",
      ar: "ورش لحماية العلامات والتصاميم ومكتب مساعدة في مكتب الملكية الفكرية ومنح صغيرة لأول إيداع.",
      pt: "Oficinas de proteção de marcas e desenhos, um balcão de apoio no escritório de PI e pequenas bolsas para os primeiros depósitos.",
      ru: "Практикумы по защите товарных знаков и образцов, справочная служба в ведомстве ИС и небольшие гранты на первые заявки.",
      zh: "品牌与外观设计保护辅导、知识产权局服务台，以及首次申请的小额资助。",
    },
  },
];

export interface ListingTextParts {
  topic: string;
  detail: string;
  country: string;
  organisation: string;
  months: number;
}

/** Titles and descriptions of needs and offers, two title shapes each. */
export const LISTING_PATTERNS: Record<
  Locale,
  { needTitle: ((v: ListingTextParts) => string)[]; offerTitle: ((v: ListingTextParts) => string)[]; need: (v: ListingTextParts) => string; offer: (v: ListingTextParts) => string }
> = {
  en: {
    needTitle: [(v) => `Support needed: ${v.topic} (${v.country})`, (v) => `${v.country} seeks a partner: ${v.topic}`],
    offerTitle: [(v) => `Offered: ${v.topic}`, (v) => `Expertise available: ${v.topic}`],
    need: (v) => `${v.organisation} (${v.country}) is looking for a partner for the following: ${v.topic}. ${v.detail} Expected duration: ${v.months} months.`,
    offer: (v) => `${v.organisation} offers support to IP offices of developing countries and LDCs: ${v.topic}. ${v.detail} Typical duration: ${v.months} months.`,
  },
  fr: {
    needTitle: [(v) => `Appui recherché : ${v.topic} (${v.country})`, (v) => `${v.country} cherche un partenaire : ${v.topic}`],
    offerTitle: [(v) => `Offre : ${v.topic}`, (v) => `Expertise disponible : ${v.topic}`],
    need: (v) => `${v.organisation} (${v.country}) cherche un partenaire pour le projet suivant : ${v.topic}. ${v.detail} Durée prévue : ${v.months} mois.`,
    offer: (v) => `${v.organisation} propose son appui aux offices de PI des pays en développement et des PMA : ${v.topic}. ${v.detail} Durée habituelle : ${v.months} mois.`,
  },
  es: {
    needTitle: [(v) => `Se busca apoyo: ${v.topic} (${v.country})`, (v) => `${v.country} busca socio: ${v.topic}`],
    offerTitle: [(v) => `Oferta: ${v.topic}`, (v) => `Experiencia disponible: ${v.topic}`],
    need: (v) => `${v.organisation} (${v.country}) busca un socio para lo siguiente: ${v.topic}. ${v.detail} Duración prevista: ${v.months} meses.`,
    offer: (v) => `${v.organisation} ofrece apoyo a las oficinas de PI de países en desarrollo y PMA: ${v.topic}. ${v.detail} Duración habitual: ${v.months} meses.`,
  },
  pt: {
    needTitle: [(v) => `Procura-se apoio: ${v.topic} (${v.country})`, (v) => `${v.country} busca parceiro: ${v.topic}`],
    offerTitle: [(v) => `Oferta: ${v.topic}`, (v) => `Experiência disponível: ${v.topic}`],
    need: (v) => `${v.organisation} (${v.country}) procura um parceiro para o seguinte: ${v.topic}. ${v.detail} Duração prevista: ${v.months} meses.`,
    offer: (v) => `${v.organisation} oferece apoio a escritórios de PI de países em desenvolvimento e PMDs: ${v.topic}. ${v.detail} Duração habitual: ${v.months} meses.`,
  },
  ar: {
    needTitle: [(v) => `مطلوب دعم: ${v.topic} (${v.country})`, (v) => `${v.country} تبحث عن شريك: ${v.topic}`],
    offerTitle: [(v) => `عرض: ${v.topic}`, (v) => `خبرة متاحة: ${v.topic}`],
    need: (v) => `تبحث ${v.organisation} (${v.country}) عن شريك في المجال التالي: ${v.topic}. ${v.detail} المدة المتوقعة: ${v.months} شهرا.`,
    offer: (v) => `تقدم ${v.organisation} الدعم لمكاتب الملكية الفكرية في البلدان النامية وأقل البلدان نموا: ${v.topic}. ${v.detail} المدة المعتادة: ${v.months} شهرا.`,
  },
  ru: {
    needTitle: [(v) => `Требуется поддержка: ${v.topic} (${v.country})`, (v) => `${v.country}: поиск партнёра — ${v.topic}`],
    offerTitle: [(v) => `Предложение: ${v.topic}`, (v) => `Готовы поделиться опытом: ${v.topic}`],
    need: (v) => `${v.organisation} (${v.country}) ищет партнёра по направлению: ${v.topic}. ${v.detail} Ожидаемая продолжительность (месяцев): ${v.months}.`,
    offer: (v) => `${v.organisation} предлагает поддержку ведомствам ИС развивающихся и наименее развитых стран по направлению: ${v.topic}. ${v.detail} Обычная продолжительность (месяцев): ${v.months}.`,
  },
  zh: {
    needTitle: [(v) => `寻求支持：${v.topic}（${v.country}）`, (v) => `${v.country}寻找合作伙伴：${v.topic}`],
    offerTitle: [(v) => `提供：${v.topic}`, (v) => `可提供专业支持：${v.topic}`],
    need: (v) => `${v.organisation}（${v.country}）正在为以下项目寻找合作伙伴：${v.topic}。${v.detail}预计期限：${v.months}个月。`,
    offer: (v) => `${v.organisation}向发展中国家和最不发达国家的知识产权局提供支持：${v.topic}。${v.detail}通常期限：${v.months}个月。`,
  },
};

/** Organisations that file, by type, named in the listing's first language (the country's name filled in). */
export const ORGANISATION_NAMES: Record<"ip_office" | "academia" | "ngo" | "donor", Record<Locale, (country: string) => string>> = {
  ip_office: {
    en: (c) => `Intellectual Property Office of ${c}`,
    fr: (c) => `Office de la propriété intellectuelle (${c})`,
    es: (c) => `Oficina de Propiedad Intelectual (${c})`,
    pt: (c) => `Instituto de Propriedade Intelectual (${c})`,
    ar: (c) => `مكتب الملكية الفكرية (${c})`,
    ru: (c) => `Ведомство интеллектуальной собственности (${c})`,
    zh: (c) => `${c}知识产权局`,
  },
  academia: {
    en: (c) => `National University of ${c}, IP and Innovation Centre`,
    fr: (c) => `Université nationale (${c}), centre de PI et d'innovation`,
    es: (c) => `Universidad Nacional (${c}), Centro de PI e Innovación`,
    pt: (c) => `Universidade Nacional (${c}), Centro de PI e Inovação`,
    ar: (c) => `الجامعة الوطنية (${c})، مركز الملكية الفكرية والابتكار`,
    ru: (c) => `Национальный университет (${c}), центр ИС и инноваций`,
    zh: (c) => `${c}国立大学知识产权与创新中心`,
  },
  ngo: {
    en: (c) => `Creators and Innovators Network (${c})`,
    fr: (c) => `Réseau des créateurs et innovateurs (${c})`,
    es: (c) => `Red de Creadores e Innovadores (${c})`,
    pt: (c) => `Rede de Criadores e Inovadores (${c})`,
    ar: (c) => `شبكة المبدعين والمبتكرين (${c})`,
    ru: (c) => `Сеть авторов и изобретателей (${c})`,
    zh: (c) => `${c}创作者与创新者网络`,
  },
  donor: {
    en: (c) => `Funds-in-Trust of ${c}`,
    fr: (c) => `Fonds fiduciaires (${c})`,
    es: (c) => `Fondos fiduciarios (${c})`,
    pt: (c) => `Fundos fiduciários (${c})`,
    ar: (c) => `الصناديق الاستئمانية (${c})`,
    ru: (c) => `Целевые фонды (${c})`,
    zh: (c) => `${c}信托基金`,
  },
};

/** Intergovernmental organisations that offer support, with the country of their seat. */
export const IGOS: { name: string; country: string }[] = [
  { name: "African Regional Intellectual Property Organization (ARIPO)", country: "ZW" },
  { name: "Organisation Africaine de la Propriété Intellectuelle (OAPI)", country: "CM" },
  { name: "GCC Patent Office", country: "SA" },
  { name: "Eurasian Patent Organization", country: "RU" },
  { name: "South Centre", country: "CH" },
  { name: "ASEAN Working Group on IP Cooperation", country: "ID" },
];

/** Contact names for generated listings (fictional). */
export const CONTACT_NAMES = [
  "Amina Diallo", "Carlos Mendoza", "Li Wei", "Fatima Al-Sayed", "Olga Ivanova", "João Silva", "Priya Nair", "Kwame Mensah",
  "Nadia Benali", "Ana Rojas", "Tran Thi Mai", "Samuel Okafor", "Leila Haddad", "Diego Fernández", "Aigerim Nurlanovna", "Chen Jing",
];

/** Messages of interest, in the sender's language. */
export const INTEREST_MESSAGES: Record<Locale, string[]> = {
  en: ["We have run similar programmes and would be glad to discuss this with you.", "Our office is interested; could we arrange a call to discuss the scope?"],
  fr: ["Nous avons mené des programmes similaires et serions heureux d'en discuter avec vous.", "Notre office est intéressé ; pourrions-nous organiser un appel pour préciser le périmètre ?"],
  es: ["Hemos realizado programas similares y nos gustaría conversar con ustedes.", "Nuestra oficina está interesada; ¿podríamos organizar una llamada para definir el alcance?"],
  pt: ["Realizamos programas semelhantes e gostaríamos de conversar com vocês.", "Nosso escritório tem interesse; podemos marcar uma chamada para definir o escopo?"],
  ar: ["نفذنا برامج مماثلة ويسعدنا مناقشة ذلك معكم.", "مكتبنا مهتم؛ هل يمكن ترتيب اتصال لمناقشة النطاق؟"],
  ru: ["Мы проводили похожие программы и будем рады обсудить это с вами.", "Наше ведомство заинтересовано; можно ли договориться о звонке, чтобы обсудить объём работ?"],
  zh: ["我们开展过类似项目，很乐意与您探讨。", "我局对此感兴趣，能否安排一次通话讨论范围？"],
};

/** The language a country's listings are mostly written in (the rest: English). */
export const COUNTRY_LOCALE: Record<string, Locale> = Object.fromEntries([
  ...["DZ", "BH", "KM", "DJ", "EG", "IQ", "JO", "KW", "LB", "LY", "MR", "MA", "OM", "PS", "QA", "SA", "SO", "SD", "SY", "TN", "AE", "YE"].map((c) => [c, "ar"]),
  ...["BJ", "BF", "BI", "CM", "CF", "TD", "CD", "CG", "CI", "GA", "GN", "HT", "MG", "ML", "NE", "RW", "SN", "TG", "FR", "MC"].map((c) => [c, "fr"]),
  ...["AR", "BO", "CL", "CO", "CR", "CU", "DO", "EC", "SV", "GT", "HN", "MX", "NI", "PA", "PY", "PE", "UY", "VE", "GQ", "ES"].map((c) => [c, "es"]),
  ...["AO", "BR", "CV", "GW", "MZ", "ST", "TL", "PT"].map((c) => [c, "pt"]),
  ...["AM", "AZ", "BY", "KZ", "KG", "TJ", "TM", "UZ", "MD", "RU"].map((c) => [c, "ru"]),
  ...["CN"].map((c) => [c, "zh"]),
]) as Record<string, Locale>;
