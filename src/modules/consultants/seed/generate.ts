import { createHash } from "node:crypto";
import type { Locale } from "@/lib/i18n/locales";
import { IP_AREAS, type IpArea } from "@/modules/activities/constants";
import { SECTORS, SKILLS, type AssignmentRole, type Availability, type ConsultantStatus, type Gender, type LanguageLevel, type Skill } from "../constants";
import type { AssignmentRecord, ConsultantRecord } from "../record";
import { LOCAL_LANGUAGES, NAME_GROUPS, nameGroupOf, type NameGroup, type NamePair } from "./names";
import { rng, type Rng } from "@/lib/seeded-random";
import { BIO_PATTERNS, ORGANISATIONS, POSITIONS } from "./templates";

export interface SeedCountry {
  iso2: string;
  developmentStatus: "developed" | "developing" | "transition";
  ldc: boolean;
  regionCode: string;
  subregionCode: string;
  names: Record<Locale, string>;
}

/** An existing activity an assignment may point at; `regionCode` is its first beneficiary's region. */
export interface SeedActivity {
  id: string;
  startDate: string;
  endDate: string;
  regionCode: string | null;
}

export interface SeedLabels {
  skills: Record<Locale, Record<Skill, string>>;
  ipAreas: Record<Locale, Record<IpArea, string>>;
}

/** What the generator draws from: countries, labels, the activities assignments link to, and the day it is generated "on". */
export interface ConsultantSeedWorld {
  countries: SeedCountry[];
  activities: SeedActivity[];
  labels: SeedLabels;
  /** YYYY-MM-DD: confirmation dates and availability are relative to it. */
  today: string;
}

export interface GeneratedConsultant {
  record: ConsultantRecord;
  assignments: AssignmentRecord[];
}

const STATUS_WEIGHTS: (readonly [ConsultantStatus, number])[] = [
  ["approved", 88], ["submitted", 5], ["draft", 3], ["returned", 1.5], ["rejected", 1.5], ["withdrawn", 1],
];
/** Assignments per approved profile: about 3.4 on average, so about 3 per profile overall (300,000 for 100,000). */
const ASSIGNMENT_WEIGHTS: (readonly [number, number])[] = [[0, 18], [1, 15], [2, 15], [3, 13], [4, 11], [5, 9], [6, 7], [8, 5], [10, 4], [15, 3]];
const ROLE_WEIGHTS: (readonly [AssignmentRole, number])[] = [["expert", 50], ["trainer", 25], ["speaker", 15], ["evaluator", 10]];
const GENDER_WEIGHTS: (readonly [Gender | null, number])[] = [["female", 46], ["male", 46], ["other", 1], [null, 7]];
const AVAILABILITY_WEIGHTS: (readonly [Availability, number])[] = [["available", 60], ["limited", 25], ["unavailable", 15]];
const SECOND_LANGUAGES: (readonly [string, number])[] = [["en", 75], ["fr", 20], ["es", 15], ["ar", 6], ["pt", 5], ["ru", 4], ["zh", 3]];

export function idFrom(seed: number, label: string): string {
  const h = createHash("sha1").update(`roc:${seed}:${label}`).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const DAY = 86_400_000;
const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
/** Latin letters for an email address: accents dropped, the rest removed. */
/** Lower-cases a label's first letter inside a sentence, unless it starts an acronym ("IP law" stays). */
const inSentence = (s: string) => (/^\p{Lu}\p{Ll}/u.test(s) ? s[0]!.toLocaleLowerCase() + s.slice(1) : s);
/** The locale whose script each name script is read in: there the name is written as it is, elsewhere transliterated. */
const SCRIPT_LOCALE: Partial<Record<NameGroup["script"], Locale>> = { Arab: "ar", Hans: "zh", Cyrl: "ru" };
const slug = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^a-z0-9]+/g, "");

interface Groups {
  south: SeedCountry[];
  ldcs: SeedCountry[];
  others: SeedCountry[];
  activitiesByRegion: Map<string, SeedActivity[]>;
}
const groupsOf = new WeakMap<ConsultantSeedWorld, Groups>();

function groups(world: ConsultantSeedWorld): Groups {
  let g = groupsOf.get(world);
  if (!g) {
    const south = world.countries.filter((c) => c.developmentStatus === "developing");
    const activitiesByRegion = new Map<string, SeedActivity[]>();
    for (const a of world.activities) if (a.regionCode) (activitiesByRegion.get(a.regionCode) ?? activitiesByRegion.set(a.regionCode, []).get(a.regionCode)!).push(a);
    g = { south, ldcs: south.filter((c) => c.ldc), others: world.countries.filter((c) => c.developmentStatus !== "developing"), activitiesByRegion };
    groupsOf.set(world, g);
  }
  return g;
}

function personName(group: NameGroup, gender: Gender | null, r: Rng): { written: string; latin: string | null } {
  const female = gender === "female" || (gender !== "male" && r.chance(0.5));
  const given: NamePair = r.pick(female ? group.female : group.male);
  const family: NamePair = r.pick(female && group.familyFemale ? group.familyFemale : group.family);
  const [first, second] = group.familyFirst ? [family, given] : [given, family];
  const written = `${first[0]}${group.joined ? "" : " "}${second[0]}`;
  const latin = `${first[1]} ${second[1]}`;
  return { written, latin: group.script === "Latn" ? null : latin };
}

function languagesOf(group: NameGroup, nationality: string, r: Rng): { code: string; level: LanguageLevel }[] {
  const out = new Map<string, LanguageLevel>([[group.languages[0]!, "native"]]);
  for (const local of LOCAL_LANGUAGES[nationality] ?? []) if (r.chance(0.4)) out.set(local, r.chance(0.5) ? "native" : "fluent");
  for (const [code, p] of SECOND_LANGUAGES) if (!out.has(code) && r.chance(p / 100)) out.set(code, r.chance(0.45) ? "fluent" : "working");
  return [...out].map(([code, level]) => ({ code, level }));
}

function assignmentsOf(world: ConsultantSeedWorld, seed: number, i: number, consultantId: string, home: SeedCountry, r: Rng): AssignmentRecord[] {
  if (!world.activities.length) return [];
  const wanted = Math.min(r.weighted(ASSIGNMENT_WEIGHTS), world.activities.length);
  const near = groups(world).activitiesByRegion.get(home.regionCode) ?? [];
  const chosen = new Map<string, SeedActivity>();
  for (let tries = 0; chosen.size < wanted && tries < wanted * 4; tries++) {
    const a = near.length && r.chance(0.6) ? r.pick(near) : r.pick(world.activities);
    chosen.set(a.id, a);
  }
  return [...chosen.values()].map((a, k) => ({
    id: idFrom(seed, `assignment:${i}:${k}`),
    consultantId,
    activityId: a.id,
    role: r.weighted(ROLE_WEIGHTS),
    startsOn: a.startDate,
    endsOn: a.endDate,
  }));
}

/** Profile number `i` of the roster made with `seed`: the same world, seed and index always give the same profile. */
export function generateConsultant(world: ConsultantSeedWorld, seed: number, i: number): GeneratedConsultant {
  const r = rng(seed * 1_000_003 + i);
  const { south, ldcs, others } = groups(world);
  const home = r.chance(0.35) && ldcs.length ? r.pick(ldcs) : r.chance(0.85) || !others.length ? r.pick(south) : r.pick(others);
  const second = r.chance(0.07) ? r.pick(south) : null;
  const nationalities = [...new Set([home.iso2, ...(second ? [second.iso2] : [])])];
  const group: NameGroup = NAME_GROUPS[nameGroupOf(home)];
  const gender = r.weighted(GENDER_WEIGHTS);
  const name = personName(group, gender, r);
  const residence = r.chance(0.85) ? home : r.pick(world.countries);

  const ipAreas = r.sample(IP_AREAS, r.weighted([[1, 3], [2, 4], [3, 2], [4, 1]] as const));
  const skills = r.sample(SKILLS, r.int(2, 9));
  const sectors = r.sample(SECTORS, r.int(1, 3));
  const years = r.int(3, 35);
  const primary: Locale = group.bioLocale;
  const bioLocales: Locale[] = primary === "en" ? ["en"] : r.chance(0.45) ? [primary, "en"] : [primary];
  const position = r.pick(POSITIONS);
  const organisation = r.pick(ORGANISATIONS);
  const bio: Partial<Record<Locale, string>> = {};
  for (const lng of bioLocales) {
    const p = BIO_PATTERNS[lng];
    bio[lng] = p.bio({
      name: SCRIPT_LOCALE[group.script] === lng || !name.latin ? name.written : name.latin,
      position: inSentence(position[lng]),
      organisation: organisation[lng](residence.names[lng]),
      country: home.names[lng],
      years,
      areas: p.list(ipAreas.map((a) => inSentence(world.labels.ipAreas[lng][a]))),
      skills: p.list(skills.map((s) => inSentence(world.labels.skills[lng][s]))),
    });
  }

  const availability = r.weighted(AVAILABILITY_WEIGHTS);
  // Some "unavailable until" days have passed: those profiles count as available again.
  const unavailableUntil = availability === "unavailable" && r.chance(0.5) ? addDays(world.today, r.chance(0.8) ? r.int(10, 300) : -r.int(1, 60)) : null;
  const ageDays = r.weighted([[[0, 365], 70], [[366, 730], 20], [[731, 1500], 10]] as const);
  const confirmedDay = addDays(world.today, -r.int(ageDays[0], ageDays[1]));
  const status = r.weighted(STATUS_WEIGHTS);
  const id = idFrom(seed, `consultant:${i}`);
  const latinForEmail = name.latin ?? name.written;
  const [givenSlug, ...rest] = latinForEmail.split(" ");

  const record: ConsultantRecord = {
    id,
    externalRef: `ROC-${seed}-${String(i).padStart(7, "0")}`,
    userId: null,
    status,
    fullName: name.written,
    latinName: name.latin,
    residenceCountry: residence.iso2,
    gender,
    organisation: organisation[primary](residence.names[primary]),
    position: position[primary],
    ipAreas,
    skills,
    sectors,
    yearsExperience: years,
    bio,
    availability,
    unavailableUntil,
    travel: r.chance(0.8),
    remote: r.chance(0.85),
    email: `${slug(givenSlug ?? "expert") || "expert"}.${slug(rest.join("")) || "roster"}.${i}@example.org`,
    phone: r.chance(0.7) ? `+${r.int(20, 998)} ${r.int(100, 999)} ${r.int(1000, 9999)}` : null,
    lastConfirmedAt: `${confirmedDay}T${String(r.int(6, 20)).padStart(2, "0")}:${String(r.int(0, 59)).padStart(2, "0")}:00.000Z`,
    nationalities,
    languages: languagesOf(group, home.iso2, r),
  };
  return { record, assignments: status === "approved" ? assignmentsOf(world, seed, i, id, home, r) : [] };
}
