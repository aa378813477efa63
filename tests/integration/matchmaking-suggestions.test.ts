import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { CurrentUser } from "@/modules/accounts/server";
import { createListing, listingSuggestionsFor, runSuggestionNotices } from "@/modules/matchmaking/server";
import { freshMeta } from "../support/factories";
import { clearMatchmaking, needInput, offerInput, person, publishedListing } from "../support/matchmaking";
import { activityFixture, assignmentFixture, clearRoster, consultantFixture, insertRoster } from "../support/roster";

/**
 * The order of suggestions on a known data set (docs/MATCHMAKING.md, "Suggestions"): a need of
 * Egypt for a GI registry, offers that fit it more and less, roster experts and past activities.
 * The expected order follows from the weights in src/modules/matchmaking/suggestion-weights.ts.
 */
let owner: CurrentUser, secretariat: CurrentUser, partner: CurrentUser;
const ids: Record<string, string> = {};

const moroccanExpert = consultantFixture({ fullName: "Samira Benali", nationalities: ["MA"], residenceCountry: "MA", ipAreas: ["geographical_indications", "trademarks"], languages: [{ code: "ar", level: "native" }, { code: "fr", level: "fluent" }] });
const brazilianExpert = consultantFixture({ fullName: "Ana Souza", nationalities: ["BR"], residenceCountry: "BR", ipAreas: ["geographical_indications"], languages: [{ code: "pt", level: "native" }] });
const patentExpert = consultantFixture({ fullName: "Kofi Mensah", nationalities: ["GH"], residenceCountry: "GH", ipAreas: ["patents"] });
const giEgypt = activityFixture({ title: { en: "National workshop on GI registration" }, ipAreas: ["geographical_indications"], type: "training_course", beneficiaries: [{ country: "EG", participants: 30 }], experts: [{ id: `00000000-0000-4000-8000-00000000e001`, name: "Expert", country: "MA" }], languages: ["ar"], startDate: "2025-05-01", endDate: "2025-05-03" });
const giKenya = activityFixture({ title: { en: "GI branding for communities" }, ipAreas: ["geographical_indications"], type: "expert_mission", beneficiaries: [{ country: "KE", participants: 12 }], experts: [{ id: `00000000-0000-4000-8000-00000000e002`, name: "Expert", country: "IN" }], languages: ["en"], startDate: "2020-02-01", endDate: "2020-02-02" });
const giNorthSouth = activityFixture({ title: { en: "GI seminar" }, ipAreas: ["geographical_indications"], beneficiaries: [{ country: "EG", participants: 30 }], experts: [{ id: `00000000-0000-4000-8000-00000000e003`, name: "Expert", country: "FR" }], startDate: "2025-06-01", endDate: "2025-06-02" });
const giPlanned = activityFixture({ title: { en: "GI training (planned)" }, ipAreas: ["geographical_indications"], status: "planned", beneficiaries: [{ country: "EG", participants: 0 }], experts: [{ id: `00000000-0000-4000-8000-00000000e004`, name: "Expert", country: "MA" }], startDate: "2027-06-01", endDate: "2027-06-02" });

beforeAll(async () => {
  await clearMatchmaking();
  await clearRoster();
  await db().$executeRaw`TRUNCATE activity CASCADE`;
  await insertRoster(inject("databaseUrl"), {
    activities: [giEgypt, giKenya, giNorthSouth, giPlanned],
    consultants: [moroccanExpert, brazilianExpert, patentExpert],
    assignments: [assignmentFixture(moroccanExpert, giEgypt), assignmentFixture(moroccanExpert, giKenya)],
  });
  owner = await person(["focal_point"], { focal: "EG" });
  secretariat = await person(["secretariat"]);
  partner = await person(["partner"], { country: "MA" });
  ids.need = await publishedListing(owner, secretariat, needInput({ title: { en: "Registry of geographical indications for coffee" } }));
  // The best fit: same IP area, theme, type, form, language (Arabic), sub-region (Northern Africa), South, title words.
  ids.morocco = await publishedListing(partner, secretariat, offerInput({ ownerCountry: "MA", countries: ["MA"], languages: ["ar", "fr"], title: { en: "Geographical indications registry training" } }));
  // Same but from South America, in Portuguese and English, fewer title words.
  ids.brazil = await publishedListing(partner, secretariat, offerInput({ ownerCountry: "BR", countries: ["BR"], languages: ["pt", "en"], title: { en: "Training on geographical indications" } }));
  // A donor's funding: shares the IP area and English only.
  ids.france = await publishedListing(partner, secretariat, offerInput({ ownerCountry: "FR", countries: ["FR"], organisationType: "donor", supportType: "financial", forms: ["funding"], themes: [], ipAreas: ["geographical_indications"], languages: ["en"], title: { en: "Funds for GI projects" } }));
  // Not suggested: nothing shared; not public; of the same kind.
  ids.patents = await publishedListing(partner, secretariat, offerInput({ ipAreas: ["patents"], themes: ["patents"], title: { en: "Patent examination course" } }));
  ids.draft = (await createListing(partner, offerInput({ title: { en: "Geographical indications registry training (draft)" } }), freshMeta())).id;
  ids.otherNeed = await publishedListing(owner, secretariat, needInput({ title: { en: "Registry of geographical indications for tea" } }));
});

afterAll(async () => {
  await clearMatchmaking();
  await clearRoster();
});

describe("suggestions for a need", () => {
  it("ranks open offers by the documented weights, and leaves out what shares nothing, drafts and other needs", async () => {
    const { items } = await listingSuggestionsFor(ids.need!, null, "en");
    const offers = items.filter((i) => i.kind === "offer").map((i) => i.id);
    expect(offers).toEqual([ids.morocco, ids.brazil, ids.france]);
    expect(items.some((i) => i.kind === "need")).toBe(false);
    const scores = items.filter((i) => i.kind === "offer").map((i) => i.score);
    // 4 + 1 + 1.5 + 1 + 1.5 + 1.5 + 1 + 3 × 3/√(4·4) for Morocco (three of four distinctive title words shared); the France offer scores IP area and language only.
    expect(scores[0]).toBeCloseTo(4 + 1 + 1.5 + 1 + 1.5 + 1.5 + 1 + (3 * 3) / Math.sqrt(4 * 4), 2);
    expect(scores[2]).toBeCloseTo(4 + 1.5, 2);
  });

  it("says why, in the reader's language", async () => {
    const en = (await listingSuggestionsFor(ids.need!, null, "en")).items.find((i) => i.id === ids.morocco)!;
    expect(en.reasons.map((r) => r.code)).toEqual(["ipArea", "theme", "supportType", "form", "region", "language", "south", "text"]);
    expect(en.reasons.find((r) => r.code === "ipArea")!.text).toBe("Shares IP area: Geographical indications");
    expect(en.reasons.find((r) => r.code === "region")!.text).toBe("Same region: Northern Africa");
    expect(en.reasons.find((r) => r.code === "language")!.text).toBe("In Arabic");
    const fr = (await listingSuggestionsFor(ids.need!, null, "fr")).items.find((i) => i.id === ids.morocco)!;
    expect(fr.reasons.find((r) => r.code === "language")!.text).toBe("En arabe");
  });

  it("includes roster experts with their record, and completed South-South activities as evidence", async () => {
    const { items } = await listingSuggestionsFor(ids.need!, null, "en");
    expect(items.filter((i) => i.kind === "consultant").map((i) => i.id)).toEqual([moroccanExpert.id, brazilianExpert.id]);
    const expert = items.find((i) => i.id === moroccanExpert.id)!;
    expect(expert.reasons.find((r) => r.code === "expert")!.text).toBe("Expert from Morocco with 2 assignments on Geographical indications");
    const evidence = items.filter((i) => i.kind === "activity").map((i) => i.id);
    // The Egyptian workshop (same country, training, Arabic, recent) before the Kenyan mission; never North-South or planned ones.
    expect(evidence).toEqual([giEgypt.id, giKenya.id]);
    expect(items.find((i) => i.id === giEgypt.id)!.reasons.at(-1)!.text).toBe("South-South activity (Training course) for Egypt, 2025");
  });

  it("suggests needs for an offer, and nothing for readers who may not see a draft", async () => {
    const { items } = await listingSuggestionsFor(ids.morocco!, null, "en");
    expect(items.map((i) => i.kind)).toEqual(["need", "need"]);
    expect(items.every((i) => i.kind === "need")).toBe(true);
    await expect(listingSuggestionsFor(ids.draft!, null, "en")).rejects.toBeInstanceOf(AppError);
    expect((await listingSuggestionsFor(ids.draft!, partner, "en")).items.length).toBeGreaterThan(0);
  });

  it("tells the need's owners when a newly published offer enters its top five", async () => {
    // The offers published while setting up were queued too: send theirs first.
    while ((await runSuggestionNotices()) > 0);
    const before = await db().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM outbox_email WHERE template = 'suggestionNew' AND "to" = ${owner.email}`;
    const offer = await publishedListing(partner, secretariat, offerInput({ ownerCountry: "TN", countries: ["TN"], languages: ["ar"], title: { en: "Coffee geographical indications registry" } }));
    // Queued by the publish, sent by the worker after its commit.
    const queued = await db().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM suggestion_notice_job WHERE listing_id = ${offer}::uuid`;
    expect(queued[0]!.n).toBe(1);
    const pending = await db().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM outbox_email WHERE template = 'suggestionNew' AND "to" = ${owner.email}`;
    expect(pending[0]!.n).toBe(before[0]!.n);
    expect(await runSuggestionNotices()).toBeGreaterThanOrEqual(1);
    const left = await db().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM suggestion_notice_job WHERE listing_id = ${offer}::uuid`;
    expect(left[0]!.n).toBe(0);
    const after = await db().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM outbox_email WHERE template = 'suggestionNew' AND "to" = ${owner.email}`;
    // Both of the owner's needs (coffee and tea) now rank it in their top five.
    expect(after[0]!.n - before[0]!.n).toBe(2);
    const unrelated = await db().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM outbox_email WHERE template = 'suggestionNew'`;
    await publishedListing(partner, secretariat, offerInput({ ipAreas: ["copyright"], themes: [], title: { en: "Collective management of copyright" } }));
    await runSuggestionNotices();
    const still = await db().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM outbox_email WHERE template = 'suggestionNew'`;
    expect(still[0]!.n).toBe(unrelated[0]!.n);
  });
});
