import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { ROOT } from "./root";

/**
 * NEXTAUTH_SECRET when given; otherwise (never in production) a random secret
 * kept in .data/auth-secret, so sessions survive a restart of `npm start`.
 */
export async function authSecret(): Promise<string> {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  if (process.env.NODE_ENV === "production") throw new Error("NEXTAUTH_SECRET is required in production");
  const file = path.join(ROOT, ".data", "auth-secret");
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  const secret = randomBytes(32).toString("base64url");
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}
