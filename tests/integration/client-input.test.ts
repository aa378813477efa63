import { describe, expect, it } from "vitest";
import { POST as registerRoute } from "@/app/api/v1/accounts/route";
import { GET as activityRoute } from "@/app/api/v1/activities/[id]/route";
import { GET as searchRoute, POST as createActivityRoute } from "@/app/api/v1/activities/route";
import { db } from "@/lib/db";
import { callRoute } from "../support/call-route";
import { uniqueEmail } from "../support/factories";
import { signedInAs } from "../support/session";

// Nothing a client sends becomes a 500: each case is a 4xx naming the field, and writes nothing.

const registration = (over: Record<string, unknown>) => ({
  email: uniqueEmail("input"),
  password: "Harare-lantern-basalt-93",
  name: "Amina",
  organisation: { name: "Kenya Industrial Property Institute", type: "ip_office", country: "KE" },
  ...over,
});

describe("what a client sends", () => {
  it("a NUL or other control character in a public text field is a 400 naming it, and nothing is written", async () => {
    for (const [field, body] of [
      ["name", registration({ name: "Ami\u0000na" })],
      ["organisation.name", registration({ organisation: { name: "KIPI\u0007", type: "ip_office", country: "KE" } })],
    ] as const) {
      const res = await callRoute(registerRoute, "/api/v1/accounts", { method: "POST", body, headers: { "x-portal-client-ip": "192.0.2.99" } });
      expect(res.status).toBe(400);
      expect((res.json as { invalidParams: { name: string; reason: string }[] }).invalidParams).toContainEqual({ name: field, reason: "control_characters" });
      expect(await db().user.count({ where: { email: body.email as string } })).toBe(0);
    }
  });

  it("a NUL in a search query is not an error", async () => {
    const res = await callRoute(searchRoute, "/api/v1/activities?q=patent%00office");
    expect(res.status).toBe(200);
  });

  it("a single title token of thousands of bytes is stored and found", async () => {
    const { cookie } = await signedInAs(["secretariat"]);
    const giant = "ж".repeat(2500);
    const res = await callRoute(createActivityRoute, "/api/v1/activities", {
      method: "POST",
      headers: { cookie },
      body: {
        title: { ru: `Семинар ${giant}` },
        type: "national_seminar",
        ipAreas: ["patents"],
        organisingUnit: "Academy",
        startDate: "2025-04-01",
        endDate: "2025-04-02",
        beneficiaries: [{ country: "KG", participants: 12 }],
        fundingType: "regular_budget",
        status: "completed",
      },
    });
    expect(res.status).toBe(201);
    // The query box takes 500 characters; both sides cut the token alike, so it still matches.
    const found = await callRoute(searchRoute, `/api/v1/activities?q=${encodeURIComponent(giant.slice(0, 400))}`);
    expect((found.json as { items: { id: string }[] }).items.map((i) => i.id)).toContain((res.json as { id: string }).id);
  });

  it("an id that is not a UUID is a 4xx, never a database error", async () => {
    for (const id of ["1", "00000000-0000-0000-0000-00000000000g", "' OR 1=1 --", "a".repeat(36)]) {
      const res = await callRoute(activityRoute, `/api/v1/activities/${encodeURIComponent(id)}`, { params: { id } });
      expect([400, 404], id).toContain(res.status);
    }
  });
});
