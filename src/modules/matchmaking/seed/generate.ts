import { createHash } from "node:crypto";
import type { Locale, LocalizedText } from "@/lib/i18n/locales";
import { rng, type Rng } from "@/lib/seeded-random";
import type { InterestStatus, ListingKind, ListingStatus, MatchStatus, OrganisationType, PartyRole } from "../constants";
import type { ListingInput } from "../schemas";
import { CONTACT_NAMES, COUNTRY_LOCALE, IGOS, INTEREST_MESSAGES, LISTING_PATTERNS, ORGANISATION_NAMES, TOPICS, type Topic } from "./templates";

/**
 * Generated matchmaking data (demo seed, benchmark, tests): the accounts that file and answer,
 * needs of developing countries and LDCs, offers of partners (IP offices of the South, IGOs,
 * donors, NGOs, academia) written in one to three of the portal's languages, interests, and
 * matches with their parties. The same world and seed always give the same data.
 */

export interface SeedCountry {
  iso2: string;
  developmentStatus: "developed" | "developing" | "transition";
  ldc: boolean;
  regionCode: string;
  subregionCode: string;
  names: Record<Locale, string>;
}

/** An existing account that owns some listings (the demo accounts): `side` need or offer. */
export interface FixedOwner {
  id: string;
  side: ListingKind;
  country: string;
  organisation: string;
  organisationType: OrganisationType;
  lng: Locale;
  /** How many listings of its side it owns. */
  listings: number;
}

export interface MatchmakingSeedWorld {
  countries: SeedCountry[];
  /** YYYY-MM-DD: dates are spread over the four years before it. */
  today: string;
  fixedOwners: FixedOwner[];
  /** Approved roster profiles a match may name as a provider. */
  consultants: { id: string; nationalities: string[] }[];
  /** Activities a completed match may link to. */
  activities: string[];
}

export interface SizeOptions {
  listings: number;
  interests: number;
  matches: number;
}

export interface GeneratedUser {
  id: string;
  email: string;
  name: string;
  side: ListingKind;
  organisationName: string;
  organisationType: OrganisationType;
  organisationCountry: string;
  roles: ("member" | "partner")[];
  lng: Locale;
}

export interface GeneratedListing {
  id: string;
  externalRef: string;
  status: ListingStatus;
  ownerId: string;
  input: ListingInput;
  reviewComment: string | null;
  createdAt: string;
  submittedAt: string | null;
  publishedAt: string | null;
  lastActivityAt: string;
  firstInterestAt: string | null;
  matchedAt: string | null;
}

export interface GeneratedInterest {
  id: string;
  listingId: string;
  userId: string;
  message: string;
  status: InterestStatus;
  reply: string | null;
  createdAt: string;
  answeredAt: string | null;
}

export interface GeneratedParty {
  id: string;
  role: PartyRole;
  listingId: string | null;
  consultantId: string | null;
  organisation: string;
  organisationType: OrganisationType | null;
  country: string | null;
}

export interface GeneratedMatch {
  id: string;
  externalRef: string;
  status: MatchStatus;
  title: LocalizedText;
  outcome: LocalizedText;
  startsOn: string;
  isPublic: boolean;
  createdAt: string;
  parties: GeneratedParty[];
  activityIds: string[];
}

export interface MatchmakingSet {
  users: GeneratedUser[];
  listings: GeneratedListing[];
  interests: GeneratedInterest[];
  matches: GeneratedMatch[];
}

export function idFrom(seed: number, label: string): string {
  const h = createHash("sha1").update(`mm:${seed}:${label}`).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** The external_ref prefix and the e-mail domain part of a seed's generated rows (the seeder deletes by them). */
export const refPrefix = (seed: number) => `MM-${seed}-`;
export const userEmail = (seed: number, k: number) => `mm-${seed}-${k}@example.org`;

const DAY = 86_400_000;
const day = (iso: string) => Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
const addDays = (d: string, n: number) => new Date(day(d) + n * DAY).toISOString().slice(0, 10);
const at = (t: number) => new Date(t).toISOString();
/** A time of day on a date `n` days after `d` (working hours, UTC). */
const stamp = (d: string, n: number, r: Rng) => at(day(d) + n * DAY + r.int(7, 18) * 3_600_000 + r.int(0, 59) * 60_000);

const STATUS_WEIGHTS: (readonly [ListingStatus, number])[] = [
  ["published", 52], ["in_discussion", 18], ["draft", 5], ["submitted", 5], ["returned", 1.5], ["rejected", 1.5], ["closed", 6], ["expired", 8], ["withdrawn", 3],
];
const MATCH_STATUS_WEIGHTS: (readonly [MatchStatus, number])[] = [["agreed", 25], ["in_progress", 35], ["completed", 30], ["did_not_proceed", 10]];
const NEED_ORG: (readonly [OrganisationType, number])[] = [["ip_office", 60], ["academia", 15], ["ngo", 15], ["other", 10]];
const OFFER_ORG: (readonly [OrganisationType, number])[] = [["ip_office", 40], ["igo", 15], ["donor", 15], ["academia", 18], ["ngo", 12]];
const SECOND_LOCALES: (readonly [Locale, number])[] = [["en", 60], ["fr", 15], ["es", 12], ["ar", 5], ["pt", 4], ["ru", 3], ["zh", 1]];
const REVIEW_COMMENT = "Please name the beneficiary institution and the expected results.";
const OUTCOME: Record<Locale, string> = {
  en: "The support was delivered as planned; the office now applies the new procedures.",
  fr: "L'appui a été fourni comme prévu ; l'office applique désormais les nouvelles procédures.",
  es: "El apoyo se prestó según lo previsto; la oficina aplica ya los nuevos procedimientos.",
  pt: "O apoio foi prestado como previsto; o escritório já aplica os novos procedimentos.",
  ar: "قُدم الدعم كما كان مخططا له، ويطبق المكتب الآن الإجراءات الجديدة.",
  ru: "Поддержка оказана в запланированном объёме; ведомство применяет новые процедуры.",
  zh: "支持已按计划提供，该局现已实施新程序。",
};

const later = (a: string, b: string) => (a > b ? a : b);
const localeOf = (iso2: string): Locale => COUNTRY_LOCALE[iso2] ?? "en";
const nameKind = (t: OrganisationType): keyof typeof ORGANISATION_NAMES => (t === "academia" || t === "donor" || t === "ip_office" ? t : "ngo");

interface Groups {
  south: SeedCountry[];
  ldcs: SeedCountry[];
  developed: SeedCountry[];
  byCode: Map<string, SeedCountry>;
  bySubregion: Map<string, SeedCountry[]>;
}

function groups(world: MatchmakingSeedWorld): Groups {
  const south = world.countries.filter((c) => c.developmentStatus === "developing");
  const bySubregion = new Map<string, SeedCountry[]>();
  for (const c of south) (bySubregion.get(c.subregionCode) ?? bySubregion.set(c.subregionCode, []).get(c.subregionCode)!).push(c);
  return {
    south,
    ldcs: south.filter((c) => c.ldc),
    developed: world.countries.filter((c) => c.developmentStatus === "developed"),
    byCode: new Map(world.countries.map((c) => [c.iso2, c])),
    bySubregion,
  };
}

/** The locales a listing is written in: the filer's, sometimes English or another one as well (1–3). */
function textLocales(primary: Locale, r: Rng): Locale[] {
  const out = new Set<Locale>([primary]);
  if (r.chance(primary === "en" ? 0.15 : 0.5)) out.add(r.weighted(SECOND_LOCALES));
  if (r.chance(0.08)) out.add(r.weighted(SECOND_LOCALES));
  return [...out];
}

function users(world: MatchmakingSeedWorld, g: Groups, seed: number, count: number): GeneratedUser[] {
  const needSide = Math.max(20, Math.round(count / 40));
  const offerSide = Math.max(15, Math.round(count / 60));
  const out: GeneratedUser[] = [];
  for (let k = 0; k < needSide + offerSide; k++) {
    const r = rng(seed * 7_919 + k);
    const side: ListingKind = k < needSide ? "need" : "offer";
    const type = r.weighted(side === "need" ? NEED_ORG : OFFER_ORG);
    let country: SeedCountry;
    let organisationName: string;
    if (type === "igo") {
      const igo = r.pick(IGOS);
      country = g.byCode.get(igo.country) ?? r.pick(g.south);
      organisationName = igo.name;
    } else {
      country = type === "donor" && g.developed.length ? r.pick(g.developed) : side === "need" && g.ldcs.length && r.chance(0.35) ? r.pick(g.ldcs) : r.pick(g.south);
      const lng = localeOf(country.iso2);
      organisationName = ORGANISATION_NAMES[nameKind(type)][lng](country.names[lng]);
    }
    out.push({
      id: idFrom(seed, `user:${k}`),
      email: userEmail(seed, k),
      name: `${r.pick(CONTACT_NAMES)} (${k})`,
      side,
      organisationName,
      organisationType: type,
      organisationCountry: country.iso2,
      roles: side === "offer" ? ["member", "partner"] : ["member"],
      lng: localeOf(country.iso2),
    });
  }
  return out;
}

interface Owner {
  id: string;
  country: string;
  organisation: string;
  organisationType: OrganisationType;
  lng: Locale;
}

function listingOf(world: MatchmakingSeedWorld, g: Groups, seed: number, i: number, kind: ListingKind, owner: Owner, r: Rng): GeneratedListing {
  const topic: Topic = r.pick(TOPICS);
  const home = g.byCode.get(owner.country);
  const igo = owner.organisationType === "igo";
  const locales = textLocales(owner.lng, r);
  const months = r.pick([3, 6, 9, 12, 18, 24]);
  const shape = r.int(0, 1);
  const title: LocalizedText = {};
  const description: LocalizedText = {};
  for (const lng of locales) {
    const p = LISTING_PATTERNS[lng];
    const parts = { topic: topic.phrase[lng], detail: topic.detail[lng], country: home?.names[lng] ?? owner.country, organisation: owner.organisation, months };
    title[lng] = (kind === "need" ? p.needTitle : p.offerTitle)[shape]!(parts);
    description[lng] = p[kind](parts);
  }
  let countries: string[] = [];
  let regions: string[] = [];
  if (kind === "need") {
    countries = [owner.country];
    const near = home ? (g.bySubregion.get(home.subregionCode) ?? []) : [];
    if (r.chance(0.15) && near.length > 1) countries = [...new Set([...countries, r.pick(near).iso2])];
    if (r.chance(0.1) && home) regions = [home.subregionCode];
  } else {
    if (!igo && r.chance(0.7)) countries = [owner.country];
    if (r.chance(0.4)) regions = [r.pick(g.south).regionCode];
  }
  const forms = r.sample(topic.forms, r.int(1, Math.min(2, topic.forms.length)));
  const supportType = r.chance(0.75) ? topic.supportType : r.pick(["financial", "technical", "partnership"] as const);
  if (supportType === "financial" && !forms.includes("funding") && r.chance(0.5)) forms.push("funding");
  const ipAreas = r.chance(0.7) ? topic.ipAreas.slice(0, r.int(1, topic.ipAreas.length)) : [topic.ipAreas[0]!];
  const languages = [...new Set([...locales, ...(r.chance(0.3) ? ["en"] : [])])];
  const budgeted = supportType === "financial" || r.chance(0.3);
  const low = r.int(1, 40) * 5_000;

  const status = r.weighted(STATUS_WEIGHTS);
  const createdDaysAgo =
    status === "draft" || status === "submitted" ? r.int(0, 90) : status === "expired" ? r.int(400, 1460) : status === "returned" || status === "rejected" ? r.int(5, 700) : r.int(3, 1460);
  const created = addDays(world.today, -createdDaysAgo);
  const createdAt = stamp(created, 0, r);
  const submittedAt = status === "draft" ? null : later(createdAt, stamp(created, r.int(0, Math.min(3, createdDaysAgo)), r));
  const wasPublished = ["published", "in_discussion", "closed", "expired"].includes(status) || (status === "withdrawn" && r.chance(0.5));
  const publishedAfter = Math.min(createdDaysAgo, r.int(1, 10));
  const publishedAt = wasPublished ? later(submittedAt ?? createdAt, stamp(created, publishedAfter, r)) : null;
  const publishedDay = addDays(created, publishedAfter);
  let lastActivityAt = publishedAt ?? submittedAt ?? createdAt;
  if (status === "published" || status === "in_discussion") {
    // Open listings had activity within the year, else the expiry job would have closed them.
    const recent = stamp(world.today, -r.int(0, 300), r);
    lastActivityAt = recent > lastActivityAt ? recent : lastActivityAt;
  } else if (status === "expired") lastActivityAt = later(lastActivityAt, stamp(publishedDay, r.int(0, 20), r));
  else if (status === "closed") lastActivityAt = later(lastActivityAt, stamp(publishedDay, Math.min(createdDaysAgo - publishedAfter, r.int(10, 300)), r));
  const open = ["published", "in_discussion", "draft", "submitted", "returned"].includes(status);
  const deadline = r.chance(0.65) ? (open ? addDays(world.today, r.int(14, 400)) : addDays(publishedDay, r.int(30, 300))) : null;

  const contact = r.pick(CONTACT_NAMES);
  return {
    id: idFrom(seed, `listing:${i}`),
    externalRef: `${refPrefix(seed)}L${String(i).padStart(7, "0")}`,
    status,
    ownerId: owner.id,
    input: {
      kind,
      title,
      description,
      organisation: owner.organisation,
      organisationType: owner.organisationType,
      ownerCountry: owner.country,
      supportType,
      forms,
      ipAreas,
      themes: r.chance(0.85) ? [...topic.themes] : [],
      countries,
      regions,
      languages,
      budgetMin: budgeted ? low : null,
      budgetMax: budgeted ? low + r.int(0, 20) * 5_000 : null,
      currency: budgeted ? r.weighted([["USD", 70], ["EUR", 20], ["CHF", 10]] as const) : null,
      deadline,
      timeframe: r.chance(0.6) ? `${months} ${{ en: "months", fr: "mois", es: "meses", pt: "meses", ar: "شهرا", ru: "мес.", zh: "个月" }[locales[0]!]}` : "",
      contactName: contact,
      contactEmail: `${contact.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "").replace(/[^a-z]+/g, ".")}.${i}@example.org`,
      contactPhone: r.chance(0.5) ? `+${r.int(20, 998)} ${r.int(100, 999)} ${r.int(1000, 9999)}` : null,
    },
    reviewComment: status === "returned" || status === "rejected" ? REVIEW_COMMENT : null,
    createdAt,
    submittedAt,
    publishedAt,
    lastActivityAt,
    firstInterestAt: null,
    matchedAt: null,
  };
}

const PUBLIC = new Set<ListingStatus>(["published", "in_discussion", "matched"]);

function matchesOf(world: MatchmakingSeedWorld, g: Groups, seed: number, listings: GeneratedListing[], count: number): GeneratedMatch[] {
  const r = rng(seed * 31 + 5);
  const needs = listings.filter((l) => l.input.kind === "need" && (l.status === "published" || l.status === "in_discussion"));
  const offersByArea = new Map<string, GeneratedListing[]>();
  const offers = listings.filter((l) => l.input.kind === "offer" && (l.status === "published" || l.status === "in_discussion"));
  for (const o of offers) for (const a of o.input.ipAreas) (offersByArea.get(a) ?? offersByArea.set(a, []).get(a)!).push(o);
  const out: GeneratedMatch[] = [];
  const taken = new Set<string>();
  const todayAt = stamp(world.today, 0, r);
  for (let k = 0; k < count && offers.length; k++) {
    let need: GeneratedListing | null = null;
    for (let tries = 0; tries < 20 && !need; tries++) {
      const n = r.pick(needs);
      if (n && !taken.has(n.id)) need = n;
    }
    if (!need) break;
    taken.add(need.id);
    const offer = r.pick(offersByArea.get(need.input.ipAreas[0]!) ?? offers);
    const matchedAt = (() => {
      const t = at(day(later(need.publishedAt!, offer.publishedAt!)) + r.int(5, 60) * DAY);
      return t < todayAt ? t : todayAt;
    })();
    for (const l of [need, offer]) {
      l.status = "matched";
      l.matchedAt = l.matchedAt && l.matchedAt < matchedAt ? l.matchedAt : matchedAt;
      l.lastActivityAt = later(l.lastActivityAt, matchedAt);
    }
    const parties: GeneratedParty[] = [
      { id: idFrom(seed, `party:${k}:0`), role: "beneficiary", listingId: need.id, consultantId: null, organisation: "", organisationType: null, country: null },
      { id: idFrom(seed, `party:${k}:1`), role: "provider", listingId: offer.id, consultantId: null, organisation: "", organisationType: null, country: null },
    ];
    if (world.consultants.length && r.chance(0.3)) {
      parties.push({ id: idFrom(seed, `party:${k}:2`), role: "provider", listingId: null, consultantId: r.pick(world.consultants).id, organisation: "", organisationType: null, country: null });
    }
    if (r.chance(0.25)) {
      const donor = g.developed.length && r.chance(0.7) ? r.pick(g.developed) : null;
      const igo = donor ? null : r.pick(IGOS);
      parties.push({
        id: idFrom(seed, `party:${k}:3`),
        role: "funder",
        listingId: null,
        consultantId: null,
        organisation: donor ? ORGANISATION_NAMES.donor.en(donor.names.en) : igo!.name,
        organisationType: donor ? "donor" : "igo",
        country: donor ? donor.iso2 : igo!.country,
      });
    }
    const status = r.weighted(MATCH_STATUS_WEIGHTS);
    const title: LocalizedText = {};
    for (const [lng, text] of Object.entries(need.input.title) as [Locale, string][]) title[lng] = `${text} — ${offer.input.organisation}`.slice(0, 200);
    const startsOn = addDays(matchedAt.slice(0, 10), r.int(0, 60));
    out.push({
      id: idFrom(seed, `match:${k}`),
      externalRef: `${refPrefix(seed)}M${String(k).padStart(6, "0")}`,
      status,
      title,
      outcome: status === "completed" ? Object.fromEntries(Object.keys(need.input.title).map((lng) => [lng, OUTCOME[lng as Locale]])) : {},
      startsOn,
      isPublic: r.chance(0.6),
      createdAt: matchedAt,
      parties,
      activityIds: status === "completed" && world.activities.length && r.chance(0.4) ? [r.pick(world.activities)] : [],
    });
  }
  return out;
}

function interestsOf(world: MatchmakingSeedWorld, seed: number, listings: GeneratedListing[], people: GeneratedUser[], fixed: FixedOwner[], count: number): GeneratedInterest[] {
  const r = rng(seed * 131 + 9);
  const open = listings.filter((l) => PUBLIC.has(l.status));
  if (!open.length) return [];
  const senders: Record<ListingKind, { id: string; lng: Locale }[]> = {
    // Interest in a need comes from the offer side, and the other way round.
    need: people.filter((u) => u.side === "offer"),
    offer: people.filter((u) => u.side === "need"),
  };
  const fixedBy: Record<ListingKind, FixedOwner[]> = { need: fixed.filter((f) => f.side === "offer"), offer: fixed.filter((f) => f.side === "need") };
  const seen = new Set<string>();
  const out: GeneratedInterest[] = [];
  const todayAt = stamp(world.today, 0, r);
  const add = (l: GeneratedListing, accepted: boolean) => {
    for (let tries = 0; tries < 10; tries++) {
      const pool = fixedBy[l.input.kind].length && r.chance(0.05) ? fixedBy[l.input.kind] : senders[l.input.kind];
      const u = r.pick(pool);
      if (!u || u.id === l.ownerId || seen.has(`${l.id}:${u.id}`)) continue;
      seen.add(`${l.id}:${u.id}`);
      const until = l.matchedAt ?? todayAt;
      const from = day(l.publishedAt!);
      const createdAt = at(from + Math.floor(r.next() * Math.max(DAY, day(until) - from)));
      const status: InterestStatus = accepted ? "accepted" : r.weighted([["pending", 70], ["declined", 15], ["accepted", 15]] as const);
      const answeredAt = status === "pending" ? null : at(Math.min(day(createdAt) + r.int(1, 14) * DAY, day(todayAt)));
      const k = out.length;
      out.push({
        id: idFrom(seed, `interest:${k}`),
        listingId: l.id,
        userId: u.id,
        message: r.pick(INTEREST_MESSAGES[u.lng]),
        status,
        reply: status === "pending" ? null : status === "accepted" ? "Thank you, we will contact you." : "Thank you; we have found another partner.",
        createdAt: createdAt < todayAt ? createdAt : todayAt,
        answeredAt: answeredAt && answeredAt < createdAt ? createdAt : answeredAt,
      });
      if (!l.firstInterestAt || out.at(-1)!.createdAt < l.firstInterestAt) l.firstInterestAt = out.at(-1)!.createdAt;
      l.lastActivityAt = later(l.lastActivityAt, out.at(-1)!.createdAt);
      return;
    }
  };
  // Listings in discussion or matched got there through an accepted interest.
  for (const l of open) if (out.length < count && l.status !== "published") add(l, true);
  for (let tries = 0; out.length < count && tries < count * 3; tries++) add(r.pick(open), false);
  return out;
}

/** A complete generated set: accounts, listings, matches (whose listings become matched), interests. */
export function generateMatchmakingSet(world: MatchmakingSeedWorld, seed: number, size: SizeOptions): MatchmakingSet {
  const g = groups(world);
  const people = users(world, g, seed, size.listings);
  const bySide: Record<ListingKind, GeneratedUser[]> = { need: people.filter((u) => u.side === "need"), offer: people.filter((u) => u.side === "offer") };
  const fixedUsed = new Map<string, number>();
  const listings: GeneratedListing[] = [];
  for (let i = 0; i < size.listings; i++) {
    const r = rng(seed * 1_000_003 + i);
    const kind: ListingKind = r.chance(0.55) ? "need" : "offer";
    const fixed = world.fixedOwners.find((f) => f.side === kind && (fixedUsed.get(f.id) ?? 0) < f.listings);
    let owner: Owner;
    if (fixed) {
      fixedUsed.set(fixed.id, (fixedUsed.get(fixed.id) ?? 0) + 1);
      owner = fixed;
    } else {
      const u = r.pick(bySide[kind]);
      owner = { id: u.id, country: u.organisationCountry, organisation: u.organisationName, organisationType: u.organisationType, lng: u.lng };
    }
    listings.push(listingOf(world, g, seed, i, kind, owner, r));
  }
  const matches = matchesOf(world, g, seed, listings, size.matches);
  const interests = interestsOf(world, seed, listings, people, world.fixedOwners, size.interests);
  return { users: people, listings, interests, matches };
}
