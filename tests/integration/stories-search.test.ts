import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import { getT } from "@/lib/i18n/server";
import * as stories from "@/app/api/v1/stories/route";
import * as storyRoute from "@/app/api/v1/stories/[id]/route";
import type { CurrentUser } from "@/modules/accounts/server";
import { storyInputSchema, type StoryList } from "@/modules/stories/schemas";
import { createStory, getStory, latestStories, storiesFeed, storiesToManage, storyRelated, transitionStory, updateStory } from "@/modules/stories/server";
import { callRoute } from "../support/call-route";
import { freshMeta } from "../support/factories";
import { unsafeParts, xssCorpus } from "../support/markdown-safety";
import { person } from "../support/matchmaking";
import { activityFixture, clearRoster, insertRoster } from "../support/roster";

let broker: CurrentUser;
const ids: Record<string, string> = {};
const thisYear = new Date().getUTCFullYear();
const activity = activityFixture({ title: { en: "GI workshop", fr: "Atelier IG" } });

async function published(input: Record<string, unknown>): Promise<string> {
  const { id } = await createStory(broker, storyInputSchema.parse(input), freshMeta());
  await transitionStory(broker, id, { to: "in_review", version: 1 }, freshMeta());
  await transitionStory(broker, id, { to: "published", version: 2 }, freshMeta());
  return id;
}

const search = async (qs: string) => {
  const res = await callRoute(stories.GET, `/api/v1/stories?${qs}`);
  expect(res.status, JSON.stringify(res.json)).toBe(200);
  return res.json as StoryList;
};
const found = (list: StoryList) => list.items.map((i) => Object.entries(ids).find(([, v]) => v === i.id)?.[0] ?? i.id);

beforeAll(async () => {
  await db().$executeRaw`DELETE FROM story`;
  await insertRoster(inject("databaseUrl"), { activities: [activity] });
  broker = await person(["secretariat"]);
  // A: English, complete in French too; Kenya and Ethiopia (an LDC) learnt from Colombia; 2021–2023.
  ids.A = await published({
    sourceLocale: "en",
    completeLocales: ["fr"],
    title: { en: "Coffee farmers register their GI", fr: "Les caféiculteurs enregistrent leur IG", ru: "Неполный перевод" },
    summary: { en: "Kenya and Ethiopia learnt from Colombia.", fr: "Le Kenya et l'Éthiopie ont appris de la Colombie." },
    body: { en: "The **registry** opened.", fr: "Le **registre** a ouvert." },
    themes: ["trademarks_gis"],
    ipAreas: ["geographical_indications"],
    countries: ["KE", "ET"],
    partnerCountries: ["CO"],
    periodStart: 2021,
    periodEnd: 2023,
    activityIds: [activity.id],
  });
  // B: French only; Senegal (an LDC) and Morocco, with an IGO's support: triangular; no period.
  ids.B = await published({
    sourceLocale: "fr",
    title: { fr: "Des brevets pour les inventeurs du Sénégal" },
    summary: { fr: "Le Maroc a partagé ses procédures d'examen." },
    body: { fr: "Les examinateurs ont été formés." },
    themes: ["patents"],
    ipAreas: ["patents"],
    countries: ["SN"],
    partnerCountries: ["MA"],
    igoSupport: true,
  });
  // C: Arabic; Egypt with France: North-South; 2019; a title with characters XML must escape.
  ids.C = await published({
    sourceLocale: "ar",
    title: { ar: "إنفاذ حقوق <الملكية> & \"البراءات\"" },
    summary: { ar: "تعاون مع فرنسا." },
    body: { ar: "نص القصة." },
    themes: ["patents", "enforcement"],
    ipAreas: ["enforcement"],
    countries: ["EG"],
    partnerCountries: ["FR"],
    periodStart: 2019,
    periodEnd: 2019,
  });
  // D: a draft with everything matching: never in the public search.
  ids.D = (
    await createStory(
      broker,
      storyInputSchema.parse({ sourceLocale: "en", title: { en: "Coffee draft" }, summary: { en: "s" }, body: { en: "b" }, themes: ["patents", "trademarks_gis"], countries: ["KE"], partnerCountries: ["CO"] }),
      freshMeta(),
    )
  ).id;
});

afterAll(async () => {
  await db().$executeRaw`DELETE FROM story`;
  await clearRoster();
});

describe("stories search", () => {
  it("lists published stories only, newest first, with exact facets over the result set", async () => {
    const all = await search("limit=100");
    expect(all.total).toBe(3);
    expect(found(all)).toEqual(["C", "B", "A"]);
    const count = (facet: keyof StoryList["facets"]) => Object.fromEntries(all.facets[facet].map((f) => [f.value, f.count]));
    expect(count("theme")).toEqual({ patents: 2, trademarks_gis: 1, enforcement: 1 });
    expect(count("ipArea")).toEqual({ geographical_indications: 1, patents: 1, enforcement: 1 });
    expect(count("modality")).toEqual({ "south-south": 1, triangular: 1, "north-south": 1 });
    expect(count("status")).toEqual({ developing: 3, ldc: 2 });
    expect(count("country")).toEqual({ KE: 1, ET: 1, CO: 1, SN: 1, MA: 1, EG: 1, FR: 1 });
    expect(count("region")["002"]).toBe(3);
    expect(count("year")).toEqual({ "2019": 1, "2021": 1, "2022": 1, "2023": 1, [String(thisYear)]: 1 });
    expect(all.facets.year.map((y) => y.value)).toEqual([String(thisYear), "2023", "2022", "2021", "2019"].filter((v, i, a) => a.indexOf(v) === i));
  });

  it("labels facets in the reader's language", async () => {
    const [en, fr] = await Promise.all([search("lng=en"), search("lng=fr")]);
    const [tEn, tFr, taFr] = await Promise.all([getT("en", "common"), getT("fr", "common"), getT("fr", "activities")]);
    const label = (l: StoryList, facet: keyof StoryList["facets"], v: string) => l.facets[facet].find((f) => f.value === v)?.label;
    expect(label(en, "theme", "patents")).toBe(tEn("themes.patents"));
    expect(label(fr, "theme", "patents")).toBe(tFr("themes.patents"));
    expect(label(fr, "modality", "triangular")).toBe(taFr("modalities.triangular"));
    expect(label(fr, "country", "SN")).not.toBe("SN");
    expect(label(fr, "country", "SN")).not.toBe(label(await search("lng=ar"), "country", "SN"));
  });

  it("filters: OR within a parameter, AND across; country matches partner countries; year matches the period or the publication year", async () => {
    expect(found(await search("theme=patents"))).toEqual(["C", "B"]);
    expect(found(await search("theme=patents&theme=trademarks_gis"))).toEqual(["C", "B", "A"]);
    expect(found(await search("theme=patents&modality=triangular"))).toEqual(["B"]);
    expect(found(await search("status=ldc"))).toEqual(["B", "A"]);
    expect(found(await search("country=MA"))).toEqual(["B"]);
    expect(found(await search("country=KE"))).toEqual(["A"]);
    expect(found(await search("region=419"))).toEqual(["A"]);
    expect(found(await search("ipArea=enforcement"))).toEqual(["C"]);
    expect(found(await search("year=2022"))).toEqual(["A"]);
    expect(found(await search("year=2020"))).toEqual([]);
    expect(found(await search(`year=${thisYear}`))).toEqual(["B"]);
    const filtered = await search("theme=patents");
    expect(filtered.total).toBe(2);
    expect(Object.fromEntries(filtered.facets.modality.map((f) => [f.value, f.count]))).toEqual({ triangular: 1, "north-south": 1 });
  });

  it("finds text in every language (accents, Arabic) and ranks it", async () => {
    expect(found(await search("q=cafeiculteurs"))).toEqual(["A"]);
    expect(found(await search("q=coffee"))).toEqual(["A"]);
    expect(found(await search(`q=${encodeURIComponent("البراءات")}`))).toEqual(["C"]);
    expect(found(await search("q=nothingmatchesthis"))).toEqual([]);
  });

  it("pages with a keyset cursor", async () => {
    const seen: string[] = [];
    let cursor = "";
    for (let i = 0; i < 4; i++) {
      const page = await search(`limit=1${cursor ? `&cursor=${cursor}` : ""}`);
      seen.push(...found(page));
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    expect(seen).toEqual(["C", "B", "A"]);
    const bad = await callRoute(stories.GET, "/api/v1/stories?cursor=nope&status=developed&year=1800");
    expect(bad.status).toBe(400);
    expect((bad.json as { invalidParams: { name: string }[] }).invalidParams.map((p) => p.name).sort()).toEqual(["cursor", "status", "year"]);
  });
});

describe("stories: translations", () => {
  it("reads a complete language as is and falls back to the source language otherwise, with the list of versions", async () => {
    const fr = await getStory(ids.A!, null, "fr");
    expect(fr).toMatchObject({ locale: "fr", fallback: false, title: "Les caféiculteurs enregistrent leur IG", availableLocales: ["en", "fr"] });
    expect(fr.bodyHtml).toBe("<p>Le <strong>registre</strong> a ouvert.</p>");
    // Russian has a title but is not marked complete: the source language is shown.
    const ru = await getStory(ids.A!, null, "ru");
    expect(ru).toMatchObject({ locale: "en", fallback: true, title: "Coffee farmers register their GI", availableLocales: ["en", "fr"] });
    expect(ru.bodyHtml).toContain("registry");
    const list = await search("lng=zh&limit=100");
    const b = list.items.find((i) => i.id === ids.B)!;
    expect(b).toMatchObject({ locale: "fr", fallback: true, availableLocales: ["fr"], title: "Des brevets pour les inventeurs du Sénégal" });
    const viaApi = await callRoute(storyRoute.GET, `/api/v1/stories/${ids.B}?lng=en`, { params: { id: ids.B! } });
    expect(viaApi.json).toMatchObject({ locale: "fr", fallback: true, manage: null });
  });
});

describe("stories: rendering", () => {
  it("renders every payload of the XSS corpus inert through getStory, in the body and the results", async () => {
    const { id } = await createStory(broker, storyInputSchema.parse({ sourceLocale: "en", title: { en: "XSS" }, summary: { en: "s" }, body: { en: "b" } }), freshMeta());
    let version = 1;
    for (const payload of xssCorpus()) {
      ({ version } = await updateStory(broker, id, { version, body: { en: payload }, results: { en: payload } }, freshMeta()));
      const s = await getStory(id, broker, "en");
      expect(unsafeParts(s.bodyHtml), `${payload}\n→ ${s.bodyHtml}`).toEqual([]);
      expect(unsafeParts(s.resultsHtml), `${payload}\n→ ${s.resultsHtml}`).toEqual([]);
    }
    // And all of them at once, as one document.
    ({ version } = await updateStory(broker, id, { version, body: { en: xssCorpus().join("\n\n") } }, freshMeta()));
    const all = await getStory(id, broker, "en");
    expect(unsafeParts(all.bodyHtml)).toEqual([]);
    expect(all.bodyHtml.length).toBeGreaterThan(500);
  });
});

describe("stories: feed, home page, related, secretariat list", () => {
  it("builds an Atom feed per language with fallback texts, escaping and xml:lang", async () => {
    const xml = await storiesFeed("fr", { url: (p) => `https://portal.example${p}` });
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">')).toBe(true);
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://portal.example/fr/stories/feed.xml"/>');
    expect(xml.match(/<entry /g)).toHaveLength(3);
    expect(xml).not.toContain("Coffee draft");
    expect(xml).toContain(`<id>urn:uuid:${ids.A}</id>`);
    expect(xml).toContain('<title type="text">Les caféiculteurs enregistrent leur IG</title>');
    expect(xml).toContain(`<link rel="alternate" type="text/html" href="https://portal.example/fr/stories/${ids.C}"/>`);
    // C exists in Arabic only: its entry says so, and its title is escaped.
    const c = xml.slice(xml.indexOf(`urn:uuid:${ids.C}`) - 40);
    expect(c).toMatch(/^[\s\S]*<entry xml:lang="ar">/);
    expect(xml).toContain("إنفاذ حقوق &lt;الملكية&gt; &amp; &quot;البراءات&quot;");
    expect(xml).not.toContain("<الملكية>");
    const tStories = await getT("fr", "stories");
    expect(xml).toContain(`<title type="text">${tStories("feed.title").replace(/'/g, "&apos;")}</title>`);
  });

  it("gives the home page the newest three", async () => {
    expect((await latestStories("en", 3)).map((s) => s.id)).toEqual([ids.C, ids.B, ids.A]);
    expect((await latestStories("en", 1)).map((s) => s.id)).toEqual([ids.C]);
  });

  it("relates linked activities and stories on a shared theme or IP area", async () => {
    const a = await getStory(ids.A!, null, "fr");
    const related = await storyRelated(a, "fr");
    expect(related.activities).toEqual([expect.objectContaining({ id: activity.id, title: "Atelier IG", titleLocale: "fr" })]);
    expect(related.stories).toEqual([]);
    const b = await storyRelated(await getStory(ids.B!, null, "en"), "en");
    expect(b.stories.map((s) => s.id)).toEqual([ids.C]);
    expect(b.activities).toEqual([]);
  });

  it("lets the secretariat see drafts; the public never does", async () => {
    expect((await storiesToManage("en", { status: "draft" })).map((s) => s.id)).toContain(ids.D);
    await expect(getStory(ids.D!, null, "en")).rejects.toThrow(/No such story/);
    expect((await getStory(ids.D!, broker, "en")).manage?.transitions).toEqual(["in_review"]);
  });
});
