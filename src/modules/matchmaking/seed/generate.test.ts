import { describe, expect, it } from "vitest";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { PUBLIC_LISTING_STATUSES } from "../constants";
import { listingInputSchema, matchInputSchema } from "../schemas";
import { generateMatchmakingSet, type MatchmakingSeedWorld, type SeedCountry } from "./generate";

const names = (en: string): Record<Locale, string> => Object.fromEntries(LOCALES.map((l) => [l, en])) as Record<Locale, string>;
const country = (iso2: string, status: SeedCountry["developmentStatus"], ldc: boolean, regionCode: string, subregionCode: string): SeedCountry => ({
  iso2, developmentStatus: status, ldc, regionCode, subregionCode, names: names(iso2),
});
const world: MatchmakingSeedWorld = {
  today: "2026-12-01",
  countries: [
    country("ET", "developing", true, "002", "202"), country("EG", "developing", false, "002", "015"), country("CN", "developing", false, "142", "030"),
    country("NP", "developing", true, "142", "034"), country("PE", "developing", false, "019", "419"), country("SN", "developing", true, "002", "202"),
    country("BR", "developing", false, "019", "419"), country("MA", "developing", false, "002", "015"), country("KZ", "transition", false, "142", "143"),
    country("JP", "developed", false, "142", "030"), country("CH", "developed", false, "150", "155"), country("ZW", "developing", false, "002", "202"),
    country("CM", "developing", false, "002", "202"), country("SA", "developing", false, "142", "145"), country("RU", "transition", false, "150", "151"),
    country("ID", "developing", false, "142", "035"),
  ],
  fixedOwners: [
    { id: "00000000-0000-4000-8000-00000000e001", side: "need", country: "EG", organisation: "Egyptian Patent Office", organisationType: "ip_office", lng: "ar", listings: 12 },
    { id: "00000000-0000-4000-8000-00000000e002", side: "offer", country: "KR", organisation: "Demo Funds-in-Trust", organisationType: "donor", lng: "en", listings: 10 },
  ],
  consultants: Array.from({ length: 20 }, (_, k) => ({ id: `00000000-0000-4000-8000-${String(k).padStart(12, "0")}`, nationalities: [k % 2 ? "ET" : "BR"] })),
  activities: ["00000000-0000-4000-8000-0000000a0001"],
};
const size = { listings: 600, interests: 700, matches: 60 };
const set = generateMatchmakingSet(world, 3, size);
const publicStatuses = new Set<string>(PUBLIC_LISTING_STATUSES);

describe("generateMatchmakingSet", () => {
  it("is deterministic for a world and seed", () => {
    expect(generateMatchmakingSet(world, 3, size)).toEqual(set);
    expect(generateMatchmakingSet(world, 4, size).listings[0]).not.toEqual(set.listings[0]);
  });

  it("makes listings the input schema accepts, needs for the South and offers by partners", () => {
    const south = new Set(world.countries.filter((c) => c.developmentStatus === "developing").map((c) => c.iso2));
    for (const l of set.listings) {
      const parsed = listingInputSchema.safeParse(l.input);
      expect(parsed.success, `${l.id}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
      if (l.input.kind === "need") expect(l.input.countries.every((c) => south.has(c))).toBe(true);
    }
    const offerTypes = new Set(set.listings.filter((l) => l.input.kind === "offer").map((l) => l.input.organisationType));
    for (const t of ["ip_office", "igo", "donor", "ngo", "academia"]) expect(offerTypes).toContain(t);
  });

  it("writes in 1–3 of the seven locales, mostly the owner's country's", () => {
    const used = new Set<string>();
    for (const l of set.listings) {
      const locales = Object.keys(l.input.title);
      expect(locales.length).toBeGreaterThanOrEqual(1);
      expect(locales.length).toBeLessThanOrEqual(3);
      expect(Object.keys(l.input.description)).toEqual(locales);
      locales.forEach((x) => used.add(x));
    }
    expect([...used].sort()).toEqual([...LOCALES].sort());
    const egypt = set.listings.filter((l) => l.input.ownerCountry === "EG");
    expect(egypt.filter((l) => "ar" in l.input.title).length / egypt.length).toBeGreaterThan(0.9);
  });

  it("gives the demo owners their listings", () => {
    expect(set.listings.filter((l) => l.ownerId === world.fixedOwners[0]!.id && l.input.kind === "need")).toHaveLength(12);
    expect(set.listings.filter((l) => l.ownerId === world.fixedOwners[1]!.id && l.input.kind === "offer")).toHaveLength(10);
  });

  it("keeps statuses mostly public, with dates consistent with them, over four years", () => {
    const share = set.listings.filter((l) => publicStatuses.has(l.status)).length / set.listings.length;
    expect(share).toBeGreaterThan(0.6);
    for (const s of ["draft", "submitted", "closed", "expired"]) expect(set.listings.some((l) => l.status === s)).toBe(true);
    for (const l of set.listings) {
      if (publicStatuses.has(l.status) || l.status === "closed" || l.status === "expired") expect(l.publishedAt).not.toBeNull();
      if (l.publishedAt) expect(l.publishedAt >= l.createdAt).toBe(true);
      expect(l.lastActivityAt >= (l.publishedAt ?? l.createdAt)).toBe(true);
      if (l.status === "expired") expect(l.lastActivityAt < "2025-12-01").toBe(true);
      if (l.status === "published" || l.status === "in_discussion") expect(l.lastActivityAt > "2025-12-01").toBe(true);
    }
    const years = new Set(set.listings.map((l) => l.createdAt.slice(0, 4)));
    expect(years.size).toBeGreaterThanOrEqual(4);
  });

  it("makes interests on public listings, one per sender and listing, never by the owner", () => {
    expect(set.interests.length).toBe(size.interests);
    const byId = new Map(set.listings.map((l) => [l.id, l]));
    const pairs = new Set(set.interests.map((i) => `${i.listingId}:${i.userId}`));
    expect(pairs.size).toBe(set.interests.length);
    for (const i of set.interests) {
      const l = byId.get(i.listingId)!;
      expect(publicStatuses.has(l.status)).toBe(true);
      expect(i.userId).not.toBe(l.ownerId);
      expect(i.createdAt >= l.publishedAt!).toBe(true);
      expect(l.firstInterestAt! <= i.createdAt).toBe(true);
    }
  });

  it("matches a need with an offer, sometimes with a consultant or a funder; the listings become matched", () => {
    expect(set.matches).toHaveLength(size.matches);
    const byId = new Map(set.listings.map((l) => [l.id, l]));
    for (const m of set.matches) {
      const parsed = matchInputSchema.safeParse({ ...m, supportType: "technical" });
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
      const [b, p] = m.parties;
      expect(byId.get(b!.listingId!)!.input.kind).toBe("need");
      expect(byId.get(p!.listingId!)!.input.kind).toBe("offer");
      expect(byId.get(b!.listingId!)!.status).toBe("matched");
    }
    expect(set.matches.some((m) => m.parties.some((p) => p.consultantId))).toBe(true);
    expect(set.matches.some((m) => m.parties.some((p) => p.role === "funder"))).toBe(true);
    expect(set.matches.some((m) => m.isPublic)).toBe(true);
    expect(set.matches.some((m) => !m.isPublic)).toBe(true);
  });
});
