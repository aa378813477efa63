import { describe, expect, it, vi } from "vitest";
import { z } from "zod";

vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-request-id": "req-1", "x-forwarded-for": "192.0.2.7" }) }));

const { formAction, submitAction } = await import("./form-action");
const { conflict, forbidden, unauthenticated } = await import("@/lib/errors");
const { redirect } = await import("next/navigation");

const form = (entries: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(entries)) f.set(k, v);
  return f;
};
type State = { ok?: boolean; message?: string; fieldErrors?: Record<string, string>; typed?: unknown } | string | null;
const refused = (r: { message: string; fieldErrors: Record<string, string> }, f: FormData): State => ({ message: r.message, fieldErrors: r.fieldErrors, typed: f.get("title") });

describe("formAction", () => {
  it("parses with zod and names the failing fields, keeping what was typed", async () => {
    const action = formAction({ schema: z.object({ title: z.string().min(5, { error: "too_short" }) }), refused }, async (): Promise<State> => ({ ok: true }));
    expect(await action({}, form({ title: "abc" }))).toEqual({ message: "fixErrors", fieldErrors: { title: "too_short" }, typed: "abc" });
  });

  it("authorizes inside its try: an expired session mid-form is a message, not the error page", async () => {
    const handler = vi.fn(async (): Promise<State> => null);
    const action = formAction({ authorize: async () => Promise.reject(unauthenticated()), refused }, handler);
    expect(await action({}, form({ title: "kept" }))).toMatchObject({ message: "signedOut", typed: "kept" });
    expect(handler).not.toHaveBeenCalled();
    const denied = formAction({ authorize: async () => Promise.reject(forbidden()), refused }, handler);
    expect(await denied({}, form({}))).toMatchObject({ message: "notAllowed" });
  });

  it("maps conflicts and the database being away", async () => {
    const stale = formAction({ refused }, async (): Promise<State> => Promise.reject(conflict("stale")));
    expect(await stale({}, form({}))).toMatchObject({ message: "conflict" });
    const down = formAction({ refused }, async (): Promise<State> => Promise.reject(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" })));
    expect(await down({}, form({ title: "kept" }))).toMatchObject({ message: "unavailable", typed: "kept" });
  });

  it("gives the handler the request's meta and rethrows bugs", async () => {
    const seen = formAction({ refused }, async ({ meta }): Promise<State> => meta.requestId);
    expect(await seen(null, form({}))).toBe("req-1");
    const bug = formAction({ refused }, async (): Promise<State> => Promise.reject(new TypeError("a bug")));
    await expect(bug({}, form({}))).rejects.toThrow("a bug");
  });

  it("lets redirects through, from the handler and from a refusal", async () => {
    const go = submitAction({ refused: () => {} }, async () => redirect("/en/activities"));
    await expect(go(form({}))).rejects.toMatchObject({ digest: expect.stringContaining("NEXT_REDIRECT") });
    const back = submitAction({ authorize: async () => Promise.reject(forbidden()), refused: (r) => redirect(`/en?refused=${r.message}`) }, async () => {});
    await expect(back(form({}))).rejects.toMatchObject({ digest: expect.stringContaining("/en?refused=notAllowed") });
  });
});
