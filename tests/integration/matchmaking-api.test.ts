import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import * as listings from "@/app/api/v1/matchmaking/listings/route";
import * as listing from "@/app/api/v1/matchmaking/listings/[id]/route";
import * as transitions from "@/app/api/v1/matchmaking/listings/[id]/transitions/route";
import * as suggestions from "@/app/api/v1/matchmaking/listings/[id]/suggestions/route";
import * as interests from "@/app/api/v1/matchmaking/listings/[id]/interests/route";
import * as matches from "@/app/api/v1/matchmaking/matches/route";
import { callRoute } from "../support/call-route";
import { signedInAs } from "../support/session";
import { needInput } from "../support/matchmaking";

const cookies: Record<string, string> = {};
const as = (who: string): Record<string, string> => (who === "visitor" ? {} : { cookie: cookies[who]! });
const count = () => db().listing.count();

beforeAll(async () => {
  cookies.focal = (await signedInAs(["member", "focal_point"], { focalPointCountry: "EG" })).cookie;
  cookies.focalPe = (await signedInAs(["member", "focal_point"], { focalPointCountry: "PE" })).cookie;
  cookies.secretariat = (await signedInAs(["member", "secretariat"])).cookie;
  cookies.member = (await signedInAs(["member"])).cookie;
});

describe("matchmaking API", () => {
  it("answers bad search parameters with a 400 problem naming the parameter", async () => {
    const res = await callRoute(listings.GET, "/api/v1/matchmaking/listings?supportType=money&limit=500");
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect((res.json as { invalidParams: { name: string }[] }).invalidParams.map((p) => p.name).sort()).toEqual(["limit", "supportType"]);
  });

  it("files a listing only when signed in; a bad body is a 400 naming the field and writes nothing", async () => {
    const before = await count();
    expect((await callRoute(listings.POST, "/api/v1/matchmaking/listings", { method: "POST", body: needInput() })).status).toBe(401);
    const bad = await callRoute(listings.POST, "/api/v1/matchmaking/listings", { method: "POST", body: { ...needInput(), forms: ["bribery"], contactEmail: "nope" }, headers: as("focal") });
    expect(bad.status).toBe(400);
    expect((bad.json as { invalidParams: { name: string; reason: string }[] }).invalidParams).toEqual(
      expect.arrayContaining([{ name: "forms.0", reason: "invalid_choice" }, { name: "contactEmail", reason: "invalid_email" }]),
    );
    expect(await count()).toBe(before);
  });

  it("walks a need from draft to published through the API; a step that does not exist is a 409 naming the status", async () => {
    const created = await callRoute(listings.POST, "/api/v1/matchmaking/listings", { method: "POST", body: needInput({ title: { en: `API need ${Date.now()}` } }), headers: as("focal") });
    expect(created.status).toBe(201);
    const { id, version } = created.json as { id: string; version: number };
    const params = { id };
    // A draft does not exist for visitors or another country's focal point.
    expect((await callRoute(listing.GET, `/api/v1/matchmaking/listings/${id}`, { params })).status).toBe(404);
    expect((await callRoute(listing.GET, `/api/v1/matchmaking/listings/${id}`, { params, headers: as("focalPe") })).status).toBe(404);
    const mine = await callRoute(listing.GET, `/api/v1/matchmaking/listings/${id}`, { params, headers: as("focal") });
    expect((mine.json as { transitions: string[] }).transitions).toEqual(["submitted", "withdrawn"]);

    const skip = await callRoute(transitions.POST, `/api/v1/matchmaking/listings/${id}/transitions`, { method: "POST", params, body: { to: "matched", version }, headers: as("secretariat") });
    expect(skip.status).toBe(409);
    expect((skip.json as { detail: string }).detail).toContain("draft");
    const returnWithout = await callRoute(transitions.POST, `/api/v1/matchmaking/listings/${id}/transitions`, { method: "POST", params, body: { to: "returned", version }, headers: as("secretariat") });
    expect(returnWithout.status).toBe(400);
    expect((returnWithout.json as { invalidParams: { name: string }[] }).invalidParams[0]!.name).toBe("comment");

    expect((await callRoute(transitions.POST, "x", { method: "POST", params, body: { to: "submitted", version }, headers: as("focal") })).status).toBe(200);
    expect((await callRoute(transitions.POST, "x", { method: "POST", params, body: { to: "published", version: version + 1 }, headers: as("focal") })).status).toBe(403);
    expect((await callRoute(transitions.POST, "x", { method: "POST", params, body: { to: "published", version }, headers: as("secretariat") })).status).toBe(409);
    expect((await callRoute(transitions.POST, "x", { method: "POST", params, body: { to: "published", version: version + 1 }, headers: as("secretariat") })).status).toBe(200);

    const pub = await callRoute(listing.GET, `/api/v1/matchmaking/listings/${id}?lng=fr`, { params });
    expect(pub.status).toBe(200);
    const body = pub.json as { contact: unknown; version: unknown; status: string; titleLocale: string };
    expect(body).toMatchObject({ contact: null, version: null, status: "published", titleLocale: "en" });

    const found = await callRoute(listings.GET, `/api/v1/matchmaking/listings?kind=need&country=EG&q=${encodeURIComponent("API need")}&limit=100`);
    expect((found.json as { items: { id: string }[] }).items.map((i) => i.id)).toContain(id);
    const facets = (found.json as { facets: { kind: { value: string; label: string }[] } }).facets;
    expect(facets.kind[0]).toMatchObject({ value: "need", label: "Need" });

    const sug = await callRoute(suggestions.GET, `/api/v1/matchmaking/listings/${id}/suggestions?lng=ar`, { params });
    expect(sug.status).toBe(200);
    expect(Array.isArray((sug.json as { items: unknown[] }).items)).toBe(true);

    expect((await callRoute(interests.POST, "x", { method: "POST", params, body: { message: "We could help." } })).status).toBe(401);
    expect((await callRoute(interests.POST, "x", { method: "POST", params, body: { message: "short" }, headers: as("member") })).status).toBe(400);
    expect((await callRoute(interests.POST, "x", { method: "POST", params, body: { message: "We could help with two trainers." }, headers: as("member") })).status).toBe(201);
  });

  it("keeps match writes to the secretariat and lists only public matches", async () => {
    const body = { supportType: "technical", title: { en: "x" }, startsOn: "2026-01-01", parties: [{ role: "beneficiary", organisation: "A", country: "KE" }, { role: "provider", organisation: "B", country: "PE" }] };
    expect((await callRoute(matches.POST, "x", { method: "POST", body })).status).toBe(401);
    expect((await callRoute(matches.POST, "x", { method: "POST", body, headers: as("focal") })).status).toBe(403);
    const ok = await callRoute(matches.POST, "x", { method: "POST", body, headers: as("secretariat") });
    expect(ok.status).toBe(201);
    expect((ok.json as { modality: string }).modality).toBe("south-south");
    const list = await callRoute(matches.GET, "/api/v1/matchmaking/matches?limit=100");
    expect((list.json as { items: { id: string }[] }).items.map((m) => m.id)).not.toContain((ok.json as { id: string }).id);
  });
});
