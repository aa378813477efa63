import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile, readdir, stat, writeFile } from "node:fs/promises";
import path from "node:path";

// What a production build depends on: a change here means `npm start` rebuilds.
const INPUTS = ["src", "locales", "public", "next.config.ts", "postcss.config.mjs", "package-lock.json", "tsconfig.json"];
const STAMP = path.join(".next", "portal-build-stamp");

async function hashTree(root: string, entry: string, hash: ReturnType<typeof createHash>): Promise<void> {
  const full = path.join(root, entry);
  if (!existsSync(full)) return;
  const info = await stat(full);
  if (info.isDirectory()) {
    for (const child of (await readdir(full)).sort()) await hashTree(root, path.join(entry, child), hash);
  } else {
    hash.update(entry).update(String(info.size)).update(String(info.mtimeMs));
  }
}

export async function sourceStamp(root: string): Promise<string> {
  const hash = createHash("sha256");
  for (const input of INPUTS) await hashTree(root, input, hash);
  return hash.digest("hex");
}

export async function buildIsCurrent(root: string): Promise<boolean> {
  const file = path.join(root, STAMP);
  if (!existsSync(path.join(root, ".next", "BUILD_ID")) || !existsSync(file)) return false;
  return (await readFile(file, "utf8")) === (await sourceStamp(root));
}

export async function recordBuild(root: string): Promise<void> {
  await writeFile(path.join(root, STAMP), await sourceStamp(root));
}
