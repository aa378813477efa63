/**
 * The browser the e2e tests and the Lighthouse benchmark drive. Playwright's own
 * download cannot reach its host on these machines, so the order is:
 * CHROMIUM_PATH, Debian's /usr/bin/chromium, then the Chromium that ships inside
 * the npm package @sparticuz/chromium (unpacked to the temp dir on first use), so a
 * fresh machine needs nothing installed by hand.
 */
import { existsSync } from "node:fs";

export interface ResolvedChromium {
  path: string;
  source: "CHROMIUM_PATH" | "debian" | "@sparticuz/chromium";
}

export async function resolveChromium(): Promise<ResolvedChromium> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist`);
    return { path: fromEnv, source: "CHROMIUM_PATH" };
  }
  if (existsSync("/usr/bin/chromium")) return { path: "/usr/bin/chromium", source: "debian" };
  const { default: packaged } = await import("@sparticuz/chromium");
  return { path: await packaged.executablePath(), source: "@sparticuz/chromium" };
}
