import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { NextRequest } from "next/server";
import { db } from "@/lib/db";
import { tinyJpeg, tinyPng, tinyWebp } from "@/lib/image-check.fixtures";
import * as stories from "@/app/api/v1/stories/route";
import * as story from "@/app/api/v1/stories/[id]/route";
import * as transitions from "@/app/api/v1/stories/[id]/transitions/route";
import * as images from "@/app/api/v1/stories/[id]/images/route";
import * as image from "@/app/api/v1/stories/[id]/images/[imageId]/route";
import * as fromMatch from "@/app/api/v1/stories/from-match/route";
import * as fromResponse from "@/app/api/v1/stories/from-response/route";
import { recordMatch } from "@/modules/matchmaking/server";
import { storyInputSchema } from "@/modules/stories/schemas";
import { createStory, forgetStoryAuthor, transitionStory } from "@/modules/stories/server";
import { matchInputSchema } from "@/modules/matchmaking/schemas";
import { callRoute } from "../support/call-route";
import { freshMeta } from "../support/factories";
import { person } from "../support/matchmaking";
import { completeAnswers, testRound } from "../support/questionnaire";
import { activityFixture, clearRoster, insertRoster } from "../support/roster";
import { signedInAs } from "../support/session";

const cookies: Record<string, string> = {};
const as = (who: string): Record<string, string> => (who === "visitor" ? {} : { cookie: cookies[who]! });
const count = () => db().story.count();
const audits = (id: string) => db().auditEvent.findMany({ where: { targetType: "story", targetId: id }, orderBy: { id: "asc" } });
type Problem = { status: number; detail: string; invalidParams?: { name: string; reason: string }[]; current?: Record<string, unknown> };
type Saved = { id: string; version: number; status: string };

const activity = activityFixture({ title: { en: "Regional GI workshop", fr: "Atelier régional sur les IG" }, ipAreas: ["geographical_indications"] });

export const storyBody = (over: Record<string, unknown> = {}) => ({
  sourceLocale: "en",
  title: { en: "Coffee farmers register their GI" },
  summary: { en: "Kenya and Ethiopia learnt from Colombia's GI registry." },
  body: { en: "## What was done\n\nExaminers **trained** together." },
  results: { en: "Two GIs registered." },
  themes: ["trademarks_gis"],
  ipAreas: ["geographical_indications"],
  countries: ["KE", "ET"],
  partnerCountries: ["CO"],
  partners: ["Kenya Industrial Property Institute"],
  periodStart: 2021,
  periodEnd: 2023,
  ...over,
});

/** A multipart upload through the route, as a browser form would send it. */
async function upload(id: string, bytes: Uint8Array, alt: unknown, who = "secretariat") {
  const form = new FormData();
  form.set("file", new File([new Uint8Array(bytes)], "claimed.png", { type: "image/png" }));
  if (alt !== undefined) form.set("alt", typeof alt === "string" ? alt : JSON.stringify(alt));
  const req = new NextRequest(new URL(`http://localhost/api/v1/stories/${id}/images`), { method: "POST", body: form, headers: as(who) });
  const res = await images.POST(req, { params: Promise.resolve({ id }) });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

beforeAll(async () => {
  cookies.secretariat = (await signedInAs(["member", "secretariat"])).cookie;
  cookies.admin = (await signedInAs(["admin"])).cookie;
  cookies.focal = (await signedInAs(["member", "focal_point"], { focalPointCountry: "KE" })).cookie;
  cookies.member = (await signedInAs(["member"])).cookie;
  await insertRoster(inject("databaseUrl"), { activities: [activity] });
});

afterAll(async () => {
  await db().$executeRaw`DELETE FROM story`;
  await clearRoster();
});

describe("stories API: writes", () => {
  it("refuses writes to visitors (401) and to anyone but the secretariat (403), writing nothing", async () => {
    const before = await count();
    expect((await callRoute(stories.POST, "/api/v1/stories", { method: "POST", body: storyBody() })).status).toBe(401);
    for (const who of ["member", "focal"]) {
      const res = await callRoute(stories.POST, "/api/v1/stories", { method: "POST", body: storyBody(), headers: as(who) });
      expect(res.status, who).toBe(403);
    }
    expect(await count()).toBe(before);
    const created = await callRoute(stories.POST, "/api/v1/stories", { method: "POST", body: storyBody(), headers: as("secretariat") });
    const { id, version } = created.json as Saved;
    const params = { id };
    expect((await callRoute(story.PATCH, "x", { method: "PATCH", params, body: { version, title: { en: "Hijacked" } }, headers: as("focal") })).status).toBe(403);
    expect((await callRoute(transitions.POST, "x", { method: "POST", params, body: { to: "in_review", version }, headers: as("member") })).status).toBe(403);
    expect((await upload(id, tinyPng(), { en: "x" }, "focal")).status).toBe(403);
    const row = await db().story.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ version: 1, status: "draft", title: { en: "Coffee farmers register their GI" } });
    expect(await db().storyImage.count({ where: { storyId: id } })).toBe(0);
  });

  it("answers bad input with a 400 naming the field, and writes nothing", async () => {
    const before = await count();
    const bad = await callRoute(stories.POST, "/api/v1/stories", {
      method: "POST",
      body: storyBody({ sourceLocale: "fr", themes: ["bribery"], countries: ["XX"], completeLocales: ["en"], periodStart: 2024, periodEnd: 2020 }),
      headers: as("secretariat"),
    });
    expect(bad.status).toBe(400);
    expect((bad.json as Problem).invalidParams).toEqual(expect.arrayContaining([{ name: "themes.0", reason: "invalid_choice" }, { name: "countries.0", reason: "unknown_country" }]));
    // The derived modality is never accepted from the client.
    const derived = await callRoute(stories.POST, "/api/v1/stories", { method: "POST", body: storyBody({ modality: "south-south" }), headers: as("secretariat") });
    expect((derived.json as Problem).invalidParams).toEqual([{ name: "modality", reason: "unknown_field" }]);
    const rules = await callRoute(stories.POST, "/api/v1/stories", { method: "POST", body: storyBody({ sourceLocale: "fr", completeLocales: ["en"], periodStart: 2024, periodEnd: 2020 }), headers: as("secretariat") });
    expect(rules.status).toBe(400);
    expect((rules.json as Problem).invalidParams).toEqual(
      expect.arrayContaining([
        { name: "title.fr", reason: "source_text_required" },
        { name: "body.fr", reason: "source_text_required" },
        { name: "periodEnd", reason: "before_start" },
      ]),
    );
    const links = await callRoute(stories.POST, "/api/v1/stories", { method: "POST", body: storyBody({ activityIds: [activity.id, "00000000-0000-4000-8000-000000000001"] }), headers: as("secretariat") });
    expect(links.status).toBe(400);
    expect((links.json as Problem).invalidParams).toEqual([{ name: "activityIds.1", reason: "unknown_activity" }]);
    expect(await count()).toBe(before);
  });

  it("creates, reads and updates with the version; a stale version is a 409 with the current values and writes nothing", async () => {
    const created = await callRoute(stories.POST, "/api/v1/stories", { method: "POST", body: storyBody({ activityIds: [activity.id] }), headers: as("secretariat") });
    expect(created.status).toBe(201);
    const { id, version } = created.json as Saved;
    expect(created.headers.get("location")).toBe(`/api/v1/stories/${id}`);
    const params = { id };
    const read = await callRoute(story.GET, `/api/v1/stories/${id}`, { params, headers: as("secretariat") });
    expect(read.json).toMatchObject({ status: "draft", modality: "south-south", placeStatuses: expect.arrayContaining(["developing", "ldc"]), activityIds: [activity.id], manage: { version: 1, transitions: ["in_review"] } });
    // A draft does not exist for the public.
    expect((await callRoute(story.GET, `/api/v1/stories/${id}`, { params })).status).toBe(404);
    expect((await callRoute(story.GET, `/api/v1/stories/${id}`, { params, headers: as("focal") })).status).toBe(404);

    const ok = await callRoute(story.PATCH, "x", { method: "PATCH", params, body: { version, title: { en: "Coffee GIs, registered together" }, partnerCountries: ["JP"] }, headers: as("secretariat") });
    expect(ok.status).toBe(200);
    expect(ok.json).toMatchObject({ id, version: 2 });
    const after = await db().story.findUniqueOrThrow({ where: { id } });
    expect(after.modality).toBe("north_south");

    const stale = await callRoute(story.PATCH, "x", { method: "PATCH", params, body: { version, title: { en: "Mine" } }, headers: as("admin") });
    expect(stale.status).toBe(409);
    const current = (stale.json as Problem).current as { version: number; story: { title: Record<string, string> } };
    expect(current.version).toBe(2);
    expect(current.story.title).toEqual({ en: "Coffee GIs, registered together" });
    expect((await db().story.findUniqueOrThrow({ where: { id } })).title).toEqual({ en: "Coffee GIs, registered together" });

    const badPatch = await callRoute(story.PATCH, "x", { method: "PATCH", params, body: { version: 2, summary: { en: "" } }, headers: as("secretariat") });
    expect(badPatch.status).toBe(400);
    expect((badPatch.json as Problem).invalidParams).toEqual([{ name: "summary.en", reason: "source_text_required" }]);
    expect((await audits(id)).map((a) => a.action)).toEqual(["story.create", "story.update"]);
  });

  it("walks draft → in review → draft → in review → published → archived → published; steps that do not exist are 409", async () => {
    const { id } = (await callRoute(stories.POST, "/api/v1/stories", { method: "POST", body: storyBody(), headers: as("secretariat") })).json as Saved;
    const params = { id };
    const step = (to: string, version: number) => callRoute(transitions.POST, "x", { method: "POST", params, body: { to, version }, headers: as("secretariat") });

    const skip = await step("published", 1);
    expect(skip.status).toBe(409);
    expect((skip.json as Problem).detail).toContain("draft");
    expect((skip.json as Problem).current).toEqual({ version: 1, status: "draft" });
    expect((await step("nowhere", 1)).status).toBe(400);

    expect((await step("in_review", 1)).json).toMatchObject({ status: "in_review", version: 2 });
    const stale = await step("published", 1);
    expect(stale.status).toBe(409);
    expect((stale.json as Problem).current).toEqual({ version: 2, status: "in_review" });
    expect((await step("draft", 2)).json).toMatchObject({ status: "draft", version: 3 });
    expect((await step("in_review", 3)).status).toBe(200);
    expect((await step("published", 4)).status).toBe(200);
    const first = (await db().story.findUniqueOrThrow({ where: { id } })).publishedAt;
    expect(first).not.toBeNull();
    // Unpublishing is archiving: no way back to draft.
    expect((await step("draft", 5)).status).toBe(409);
    expect((await step("archived", 5)).status).toBe(200);
    expect((await callRoute(story.GET, `/api/v1/stories/${id}`, { params })).status).toBe(404);
    const archivedEdit = await callRoute(story.PATCH, "x", { method: "PATCH", params, body: { version: 6, title: { en: "x" } }, headers: as("secretariat") });
    expect(archivedEdit.status).toBe(409);
    expect((await step("published", 6)).status).toBe(200);
    const row = await db().story.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "published", version: 7 });
    expect(row.publishedAt).toEqual(first);
    expect((await callRoute(story.GET, `/api/v1/stories/${id}`, { params })).status).toBe(200);
    expect((await audits(id)).map((a) => a.action)).toEqual(["story.create", "story.submit", "story.return", "story.submit", "story.publish", "story.archive", "story.republish"]);
  });
});

describe("stories: concurrency and account data", () => {
  it("lets one of many simultaneous publishers through; the others get a 409 and nothing is written twice", async () => {
    const broker = await person(["secretariat"]);
    const { id } = (await callRoute(stories.POST, "/api/v1/stories", { method: "POST", body: storyBody(), headers: as("secretariat") })).json as Saved;
    await transitionStory(broker, id, { to: "in_review", version: 1 }, freshMeta());
    const results = await Promise.allSettled(Array.from({ length: 8 }, () => transitionStory(broker, id, { to: "published", version: 2 }, freshMeta())));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((r) => r.status === "rejected").map((r) => ((r as PromiseRejectedResult).reason as { kind: string }).kind)).toEqual(Array(7).fill("conflict"));
    expect(await db().story.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "published", version: 3 });
    expect((await audits(id)).filter((a) => a.action === "story.publish")).toHaveLength(1);
  });

  it("forgets the author of a deleted account's stories", async () => {
    const author = await person(["secretariat"]);
    const { id } = await createStory(author, storyInputSchema.parse(storyBody()), freshMeta());
    expect((await db().story.findUniqueOrThrow({ where: { id } })).createdBy).toBe(author.id);
    expect(await db().$transaction((tx) => forgetStoryAuthor(tx, author.id))).toBe(1);
    expect((await db().story.findUniqueOrThrow({ where: { id } })).createdBy).toBeNull();
  });
});

describe("stories API: images", () => {
  it("accepts PNG, JPEG and WebP by their bytes and serves them with their true type and nosniff", async () => {
    const { id } = (await callRoute(stories.POST, "/api/v1/stories", { method: "POST", body: storyBody(), headers: as("secretariat") })).json as Saved;
    const ids: string[] = [];
    for (const [bytes, type] of [[tinyPng(), "image/png"], [tinyJpeg(), "image/jpeg"], [tinyWebp(), "image/webp"]] as const) {
      const res = await upload(id, bytes, { en: "Examiners in training", fr: "Examinateurs en formation" });
      expect(res.status, type).toBe(201);
      ids.push(res.json.id as string);
      expect((await db().storyImage.findUniqueOrThrow({ where: { id: res.json.id as string } })).mimeType).toBe(type);
    }
    const params = { id, imageId: ids[1]! };
    // Not public while the story is a draft.
    expect((await callRoute(image.GET, "x", { params })).status).toBe(404);
    const res = await image.GET(new NextRequest(new URL(`http://localhost/api/v1/stories/${id}/images/${ids[1]}`), { headers: as("secretariat") }), { params: Promise.resolve(params) });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/jpeg");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(Buffer.from(await res.arrayBuffer()).equals(tinyJpeg())).toBe(true);
    // The story is complete in English only: read in French it falls back to English, its images' alt text too.
    const detail = (await callRoute(story.GET, `/api/v1/stories/${id}?lng=fr`, { params: { id }, headers: as("secretariat") })).json as { fallback: boolean; images: { alt: string; altLocale: string; url: string }[]; manage: { version: number } };
    expect(detail.fallback).toBe(true);
    expect(detail.images.map((i) => [i.alt, i.altLocale])).toEqual([["Examiners in training", "en"], ["Examiners in training", "en"], ["Examiners in training", "en"]]);
    expect(detail.images[0]!.url).toBe(`/api/v1/stories/${id}/images/${ids[0]}`);
    expect(detail.manage.version).toBe(4);

    const removed = await callRoute(image.DELETE, "x", { method: "DELETE", params, headers: as("secretariat") });
    expect(removed.json).toEqual({ version: 5 });
    expect(await db().storyImage.count({ where: { storyId: id } })).toBe(2);
    expect((await callRoute(images.DELETE, `/api/v1/stories/${id}/images?imageId=${ids[0]}`, { method: "DELETE", params: { id }, headers: as("secretariat") })).status).toBe(200);
    expect(await db().storyImage.count({ where: { storyId: id } })).toBe(1);
  });

  it("refuses what is not an image, too big, or without alt text, naming the part; nothing is written", async () => {
    const { id } = (await callRoute(stories.POST, "/api/v1/stories", { method: "POST", body: storyBody(), headers: as("secretariat") })).json as Saved;
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>');
    const cases: [Uint8Array, unknown, { name: string; reason: string }][] = [
      [svg, { en: "x" }, { name: "file", reason: "not_image" }],
      [Buffer.concat([Buffer.from("<html><script>alert(1)</script>"), tinyPng()]), { en: "x" }, { name: "file", reason: "not_image" }],
      [Buffer.concat([tinyPng(), Buffer.alloc(2 * 1024 * 1024)]), { en: "x" }, { name: "file", reason: "too_large_file" }],
      [tinyPng(), {}, { name: "alt", reason: "required_in_one_language" }],
      [tinyPng(), "{not json", { name: "alt", reason: "invalid" }],
    ];
    for (const [bytes, alt, problem] of cases) {
      const res = await upload(id, bytes, alt);
      expect(res.status, problem.reason).toBe(400);
      expect(res.json.invalidParams).toEqual([problem]);
    }
    expect(await db().storyImage.count({ where: { storyId: id } })).toBe(0);
    expect((await db().story.findUniqueOrThrow({ where: { id } })).version).toBe(1);
  });
});

describe("stories API: origins", () => {
  it("pre-fills a story from a completed match, once; a match not completed is a 409", async () => {
    const broker = await person(["secretariat"]);
    const match = await recordMatch(
      broker,
      matchInputSchema.parse({
        supportType: "technical",
        title: { fr: "Jumelage des registres d'IG" },
        outcome: { fr: "Les examinateurs ont été formés.\n\nDeux IG enregistrées." },
        status: "completed",
        themes: ["trademarks_gis"],
        ipAreas: ["geographical_indications"],
        startsOn: "2024-03-01",
        activityIds: [activity.id],
        parties: [
          { role: "beneficiary", organisation: "Office of Senegal", country: "SN" },
          { role: "provider", organisation: "Office of Morocco", country: "MA" },
          { role: "funder", organisation: "Japan Funds-in-Trust", country: "JP" },
        ],
      }),
      freshMeta(),
    );
    const before = await count();
    expect((await callRoute(fromMatch.POST, "x", { method: "POST", body: { matchId: match.id }, headers: as("focal") })).status).toBe(403);
    const res = await callRoute(fromMatch.POST, "x", { method: "POST", body: { matchId: match.id }, headers: as("secretariat") });
    expect(res.status).toBe(201);
    const { id } = res.json as Saved;
    const s = (await callRoute(story.GET, `/api/v1/stories/${id}?lng=fr`, { params: { id }, headers: as("secretariat") })).json as Record<string, unknown> & { manage: { input: Record<string, unknown>; matchId: string } };
    expect(s).toMatchObject({ origin: "match", status: "draft", sourceLocale: "fr", title: "Jumelage des registres d'IG", summary: "Les examinateurs ont été formés.", modality: "triangular", countries: ["SN"], partnerCountries: ["MA"], donorCountry: "JP", themes: ["trademarks_gis"], activityIds: [activity.id], matchIds: [match.id] });
    expect(s.manage.matchId).toBe(match.id);
    expect(s.manage.input.periodStart).toBe(2024);
    expect(s.manage.input.partners).toEqual(["Office of Senegal", "Office of Morocco", "Japan Funds-in-Trust"]);
    expect(s.bodyHtml).toContain("Deux IG enregistrées.");
    // One story per match.
    expect((await callRoute(fromMatch.POST, "x", { method: "POST", body: { matchId: match.id }, headers: as("secretariat") })).status).toBe(409);

    const open = await recordMatch(broker, matchInputSchema.parse({ supportType: "technical", title: { en: "Still running" }, startsOn: "2025-01-01", parties: [{ role: "beneficiary", organisation: "A", country: "KE" }, { role: "provider", organisation: "B", country: "PE" }] }), freshMeta());
    const refused = await callRoute(fromMatch.POST, "x", { method: "POST", body: { matchId: open.id }, headers: as("secretariat") });
    expect(refused.status).toBe(409);
    expect((refused.json as Problem).detail).toContain("agreed");
    expect((await callRoute(fromMatch.POST, "x", { method: "POST", body: { matchId: "00000000-0000-4000-8000-000000000009" }, headers: as("secretariat") })).status).toBe(404);
    expect(await count()).toBe(before + 1);
  });

  it("pre-fills a story from an accepted response's initiative; other statuses are a 409", async () => {
    const round = await testRound();
    const respond = async (status: string, country: string) => {
      const [r] = await db().$queryRaw<{ id: string }[]>`INSERT INTO questionnaire_response (id, round_id, country, status, answers)
        VALUES (gen_random_uuid(), ${round.id}::uuid, ${country}, ${status}::"ResponseStatus", ${JSON.stringify(completeAnswers())}::jsonb) RETURNING id::text`;
      return r!.id;
    };
    const accepted = await respond("accepted", "KE");
    const submitted = await respond("submitted", "ET");
    const before = await count();
    const refused = await callRoute(fromResponse.POST, "x", { method: "POST", body: { responseId: submitted, index: 0 }, headers: as("secretariat") });
    expect(refused.status).toBe(409);
    expect((await callRoute(fromResponse.POST, "x", { method: "POST", body: { responseId: accepted, index: 5 }, headers: as("secretariat") })).status).toBe(404);
    expect((await callRoute(fromResponse.POST, "x", { method: "POST", body: { responseId: accepted, index: "a" }, headers: as("secretariat") })).status).toBe(400);
    expect(await count()).toBe(before);

    const res = await callRoute(fromResponse.POST, "x", { method: "POST", body: { responseId: accepted, index: 0 }, headers: as("secretariat") });
    expect(res.status).toBe(201);
    const { id } = res.json as Saved;
    const row = await db().story.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ origin: "response", responseId: accepted, initiativeIndex: 0, countries: ["KE"], partnerCountries: ["PE"], themes: ["trademarks_gis"], periodStart: 2021, periodEnd: 2023, status: "draft" });
    expect((row.title as Record<string, string>)[row.sourceLocale]).toBe("GI registry twinning");
    expect((await callRoute(fromResponse.POST, "x", { method: "POST", body: { responseId: accepted, index: 0 }, headers: as("secretariat") })).status).toBe(409);
  });
});
