/**
 * `npm run test:e2e`: resolves a browser (scripts/lib/chromium.ts), then runs
 * Playwright with it; extra arguments go to `playwright test`.
 */
import path from "node:path";
import { resolveChromium } from "./lib/chromium";
import { ROOT } from "./lib/root";
import { run } from "./lib/run";

const chromium = await resolveChromium();
console.log(`Chromium: ${chromium.path} (${chromium.source})`);
try {
  await run(path.join(ROOT, "node_modules", ".bin", "playwright"), ["test", ...process.argv.slice(2)], {
    cwd: ROOT,
    env: { ...process.env, CHROMIUM_PATH: chromium.path, NEXT_TELEMETRY_DISABLED: "1" },
  });
} catch {
  process.exit(1);
}
