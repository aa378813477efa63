import { createHash } from "node:crypto";
import { IP_AREAS, type ActivityType, type FundingType, type IpArea } from "../constants";
import { rng, type Rng } from "@/lib/seeded-random";
import { PATTERNS, SEED_LANGUAGES, UNITS, type SeedLanguage } from "./templates";

export interface SeedCountry {
  iso2: string;
  developmentStatus: "developed" | "developing" | "transition";
  ldc: boolean;
  regionCode: string;
  subregionCode: string;
  /** The closest M49 grouping (intermediate region where there is one), for regional activities. */
  neighbourhood: string;
  names: Record<SeedLanguage, string>;
}

export interface SeedLabels {
  types: Record<SeedLanguage, Record<ActivityType, string>>;
  ipAreas: Record<SeedLanguage, Record<IpArea, string>>;
}

export interface GeneratedActivity {
  id: string;
  externalRef: string;
  title: Partial<Record<SeedLanguage, string>>;
  description: Partial<Record<SeedLanguage, string>>;
  type: ActivityType;
  ipAreas: IpArea[];
  organisingUnit: string;
  startDate: string;
  endDate: string;
  venueCity: string | null;
  venueCountry: string | null;
  online: boolean;
  beneficiaries: { country: string; participants: number }[];
  experts: { id: string; name: string; country: string }[];
  languages: string[];
  fundingType: FundingType;
  fundingDonor: string | null;
  fundingPartner: string | null;
  partners: string[];
  igoSupport: boolean;
  status: "planned" | "completed" | "cancelled";
  links: { label: string; url: string }[];
}

const TYPE_WEIGHTS: (readonly [ActivityType, number])[] = [
  ["expert_mission", 18], ["national_seminar", 20], ["regional_meeting", 10], ["training_course", 16], ["study_visit", 8],
  ["distance_learning", 8], ["it_modernisation", 6], ["legislative_advice", 6], ["fellowship", 3], ["conference", 5],
];
const DAYS: Record<ActivityType, [number, number]> = {
  expert_mission: [2, 10], national_seminar: [1, 3], regional_meeting: [2, 4], training_course: [3, 10], study_visit: [3, 7],
  distance_learning: [28, 70], it_modernisation: [5, 20], legislative_advice: [2, 8], fellowship: [30, 180], conference: [1, 3],
};
const FRANCOPHONE = new Set("BJ BF BI CM CF TD KM CG CD CI DJ GA GN MG ML MR NE RW SN TG HT".split(" "));
const ARAB = new Set("DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE".split(" "));
const GIVEN = ["Amina", "Carlos", "Li", "Fatima", "João", "Nadia", "Kwame", "Priya", "Ahmed", "Lucía", "Wei", "Olga", "Tendai", "Sofía", "Youssef", "Mei", "Ibrahim", "Ana", "Rahul", "Grace"];
const FAMILY = ["Diallo", "Mendoza", "Wang", "Haddad", "Silva", "Kariuki", "Sharma", "Mansour", "García", "Chen", "Ivanova", "Moyo", "Benali", "Okafor", "Rojas", "Nguyen", "Mensah", "Pereira", "Khan", "Santos"];
const PARTNERS: { name: string; igo: boolean }[] = [
  { name: "ARIPO", igo: true }, { name: "OAPI", igo: true }, { name: "UNCTAD", igo: true }, { name: "WTO", igo: true },
  { name: "GCC Patent Office", igo: true }, { name: "Eurasian Patent Office", igo: true }, { name: "INPI Brasil", igo: false },
  { name: "China National Intellectual Property Administration", igo: false }, { name: "Korean Intellectual Property Office", igo: false },
  { name: "Japan Patent Office", igo: false }, { name: "INDECOPI", igo: false }, { name: "Egyptian Patent Office", igo: false },
  { name: "University of Cape Town", igo: false }, { name: "Technology and Innovation Support Centres network", igo: false },
];
const DONORS = ["JP", "KR", "AU", "ES", "FR", "IT", "PT", "CN", "BR", "MX", "SA", "AE"];
const TODAY = "2026-11-24";

function idFrom(seed: number, label: string): string {
  const h = createHash("sha1").update(`${seed}:${label}`).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function primaryLanguage(countries: SeedCountry[], r: Rng): SeedLanguage {
  const first = countries[0]!;
  if (ARAB.has(first.iso2)) return "ar";
  if (FRANCOPHONE.has(first.iso2)) return "fr";
  if (first.subregionCode === "419" && first.iso2 !== "BR") return "es";
  if (first.iso2 === "CN" || (first.regionCode === "142" && r.chance(0.12))) return "zh";
  return "en";
}

/** The world a generator draws from: countries with names and the labels of the controlled lists. */
export interface SeedWorld {
  countries: SeedCountry[];
  labels: SeedLabels;
}

const groupsOf = new WeakMap<SeedWorld, { south: SeedCountry[]; ldcs: SeedCountry[]; north: SeedCountry[]; byIso2: Map<string, SeedCountry> }>();

function groups(world: SeedWorld) {
  let g = groupsOf.get(world);
  if (!g) {
    const south = world.countries.filter((c) => c.developmentStatus === "developing");
    g = {
      south,
      ldcs: south.filter((c) => c.ldc),
      north: world.countries.filter((c) => c.developmentStatus !== "developing"),
      byIso2: new Map(world.countries.map((c) => [c.iso2, c])),
    };
    groupsOf.set(world, g);
  }
  return g;
}

/** Activity number `i` of the data set made with `seed`: the same inputs always give the same activity. */
export function generateActivity(world: SeedWorld, seed: number, i: number): GeneratedActivity {
  const r = rng(seed * 1_000_003 + i);
  const { south, ldcs, north, byIso2 } = groups(world);
  const type = r.weighted(TYPE_WEIGHTS);
  const regional = type === "regional_meeting" || type === "conference" || (type === "training_course" && r.chance(0.4));
  const anchor = r.chance(0.35) ? r.pick(ldcs) : r.chance(0.9) ? r.pick(south) : r.pick(north);
  const neighbours = world.countries.filter((c) => c.neighbourhood === anchor.neighbourhood && c.iso2 !== anchor.iso2);
  const beneficiaryCountries = regional ? [anchor, ...r.sample(neighbours, r.int(1, 5))] : [anchor];
  const beneficiaries = beneficiaryCountries.map((c) => ({ country: c.iso2, participants: regional ? r.int(2, 10) : r.int(12, 80) }));
  const ipAreas = r.sample(IP_AREAS, r.weighted([[1, 5], [2, 3], [3, 2]] as const));
  const expertsFromSouth = r.chance(0.62);
  const experts = Array.from({ length: r.int(1, 3) }, (_, k) => ({
    id: idFrom(seed, `expert:${i}:${k}`),
    name: `${r.pick(GIVEN)} ${r.pick(FAMILY)}`,
    country: (expertsFromSouth ? r.pick(south) : r.pick(north)).iso2,
  }));
  const fundingType = r.weighted([["regular_budget", 60], ["funds_in_trust", 25], ["partner", 15]] as const) as FundingType;
  const fundingDonor = fundingType === "funds_in_trust" ? r.pick(DONORS) : null;
  const partners = r.chance(0.35) ? r.sample(PARTNERS, r.int(1, 2)) : [];
  const fundingPartner = fundingType === "partner" ? (partners[0]?.name ?? r.pick(PARTNERS).name) : null;
  const igoSupport = partners.some((p) => p.igo) || (fundingPartner !== null && PARTNERS.some((p) => p.igo && p.name === fundingPartner));

  const year = r.weighted(Array.from({ length: 27 }, (_, k) => [2000 + k, 4 + k] as const));
  const start = new Date(Date.UTC(year, r.int(0, 11), r.int(1, 28)));
  const [minDays, maxDays] = DAYS[type];
  const days = r.int(minDays, maxDays);
  const end = new Date(start.getTime() + (days - 1) * 86_400_000);
  const startDate = start.toISOString().slice(0, 10);
  const endDate = end.toISOString().slice(0, 10);
  const status = endDate >= TODAY ? "planned" : r.chance(0.03) ? "cancelled" : "completed";
  const online = type === "distance_learning" || r.chance(0.05);

  const primary = primaryLanguage(beneficiaryCountries, r);
  const languagesWritten: SeedLanguage[] = primary === "en" ? ["en"] : r.chance(0.4) ? [primary, "en"] : [primary];
  const unit = r.pick(UNITS);
  const title: GeneratedActivity["title"] = {};
  const description: GeneratedActivity["description"] = {};
  for (const lng of languagesWritten) {
    const p = PATTERNS[lng];
    const place = regional
      ? p.list(beneficiaryCountries.map((c) => c.names[lng]))
      : beneficiaryCountries[0]!.names[lng];
    const areaLabels = ipAreas.map((a) => world.labels.ipAreas[lng][a]);
    title[lng] = p.title(world.labels.types[lng][type], areaLabels[0]!, place);
    description[lng] = p.description({
      type: world.labels.types[lng][type],
      areas: p.list(areaLabels),
      days,
      unit: unit[lng],
      experts: p.list([...new Set(experts.map((e) => byIso2.get(e.country)!.names[lng]))]),
      participants: beneficiaries.reduce((n, b) => n + b.participants, 0),
      place,
      year,
    });
  }
  const ref = `IPTAD-${seed}-${String(i).padStart(7, "0")}`;
  return {
    id: idFrom(seed, `activity:${i}`),
    externalRef: ref,
    title,
    description,
    type,
    ipAreas,
    organisingUnit: unit.en,
    startDate,
    endDate,
    venueCity: null,
    venueCountry: online ? null : anchor.iso2,
    online,
    beneficiaries,
    experts,
    languages: [...new Set([primary, ...(r.chance(0.3) ? ["en"] : [])])],
    fundingType,
    fundingDonor,
    fundingPartner,
    partners: partners.map((p) => p.name),
    igoSupport,
    status,
    links: [{ label: "Programme", url: `https://example.org/iptad/${ref}` }],
  };
}

export { SEED_LANGUAGES };
