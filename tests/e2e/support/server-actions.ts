import { readFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext, APIResponse } from "@playwright/test";

/**
 * Calls a server action over HTTP exactly as React's client does (the `Next-Action` header and
 * a multipart reply body), so the authorization matrix can try every action as every role,
 * including roles whose page never shows them the form. Action ids come from the build's
 * server-reference manifest (`npm test` builds into .next-test: NEXT_DIST_DIR).
 */
interface ManifestEntry {
  filename: string;
  exportedName: string;
  workers: Record<string, unknown>;
}

let manifest: Record<string, ManifestEntry> | undefined;

export function serverActions(): Record<string, ManifestEntry> {
  if (!manifest) {
    const dist = process.env.NEXT_DIST_DIR ?? ".next";
    const file = path.resolve(process.cwd(), dist, "server", "server-reference-manifest.json");
    manifest = (JSON.parse(readFileSync(file, "utf8")) as { node: Record<string, ManifestEntry> }).node;
  }
  return manifest;
}

/** `src/modules/x/actions/y.ts#name` for every server action in the build. */
export function actionNames(): string[] {
  return Object.values(serverActions()).map((a) => `${a.filename}#${a.exportedName}`);
}

function actionId(name: string): string {
  const found = Object.entries(serverActions()).find(([, a]) => `${a.filename}#${a.exportedName}` === name);
  if (!found) throw new Error(`no server action ${name} in the build's manifest`);
  return found[0];
}

/**
 * Posts `fields` as the FormData argument of the action `name` (`withState`: a useActionState
 * action, whose first argument is the previous state) to `page`, where the form lives.
 */
export async function callServerAction(
  ctx: APIRequestContext,
  { name, page, fields, withState, origin }: { name: string; page: string; fields: Record<string, string>; withState: boolean; origin: string },
): Promise<{ res: APIResponse; body: string }> {
  // React's encodeReply order: the FormData argument's fields (prefixed _1_), then the root "0"
  // last; the server reads the prefixed fields in order and stops at the first other key. (A plain
  // object would put the integer-like key "0" first.)
  const multipart = new FormData();
  for (const [key, value] of Object.entries(fields)) multipart.append(`_1_${key}`, value);
  multipart.append("0", JSON.stringify(withState ? [{}, "$K1"] : ["$K1"]));
  const res = await ctx.post(page, {
    headers: { "next-action": actionId(name), accept: "text/x-component", origin },
    multipart,
    maxRedirects: 0,
  });
  return { res, body: await res.text() };
}
