/**
 * `npm test`: the whole suite, in order of cost — typecheck, lint, i18n keys,
 * unit, integration (throwaway PostgreSQL), production build, Playwright e2e
 * in Chromium. Stops at the first failing stage; cleans up after itself.
 */
import { existsSync } from "node:fs";
import { mkdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { resolveChromium } from "./lib/chromium";
import { ROOT } from "./lib/root";
import { nextBin, run } from "./lib/run";

const bin = (name: string) => path.join(ROOT, "node_modules", ".bin", name);
const TMP = path.join(ROOT, ".tmp");
// The tests' production build lives in .next-test, so `npm test` beside a running
// `npm start` leaves the build that server is serving (.next) alone.
const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: ".next-test" };

interface Stage {
  name: string;
  run: () => Promise<void>;
}

const vitest = (project: string) => () =>
  run(bin("vitest"), ["run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile=${TMP}/vitest-${project}.json`], { cwd: ROOT, env });

const stages: Stage[] = [
  { name: "typecheck", run: () => run(bin("tsc"), ["--noEmit"], { cwd: ROOT, env }) },
  { name: "lint", run: () => run(bin("eslint"), ["--max-warnings", "0", "."], { cwd: ROOT, env }) },
  { name: "i18n keys", run: () => run(process.execPath, ["--import", "tsx", "scripts/check-i18n.ts"], { cwd: ROOT, env }) },
  { name: "unit", run: vitest("unit") },
  { name: "integration", run: vitest("integration") },
  { name: "build", run: () => run(process.execPath, [nextBin(ROOT), "build"], { cwd: ROOT, env }) },
  {
    name: "e2e",
    run: async () => {
      const chromium = await resolveChromium();
      console.log(`Chromium: ${chromium.path} (${chromium.source})`);
      await run(bin("playwright"), ["test"], { cwd: ROOT, env: { ...env, CHROMIUM_PATH: chromium.path } });
    },
  },
];

async function counts(): Promise<{ passed: number; failed: number; skipped: number }> {
  const total = { passed: 0, failed: 0, skipped: 0 };
  for (const project of ["unit", "integration"]) {
    const file = `${TMP}/vitest-${project}.json`;
    if (!existsSync(file)) continue;
    const r = JSON.parse(await readFile(file, "utf8"));
    total.passed += r.numPassedTests;
    total.failed += r.numFailedTests;
    total.skipped += r.numPendingTests + r.numTodoTests;
  }
  const pw = `${TMP}/playwright-results.json`;
  if (existsSync(pw)) {
    const s = JSON.parse(await readFile(pw, "utf8")).stats;
    total.passed += s.expected + s.flaky;
    total.failed += s.unexpected;
    total.skipped += s.skipped;
  }
  return total;
}

await rm(TMP, { recursive: true, force: true });
await mkdir(TMP, { recursive: true });
const timings: string[] = [];
let failedStage: string | undefined;
for (const stage of stages) {
  const started = performance.now();
  console.log(`\n━━ ${stage.name} ━━`);
  try {
    await stage.run();
  } catch (error) {
    failedStage = stage.name;
    console.error(`✖ ${stage.name}: ${error instanceof Error ? error.message : error}`);
  }
  timings.push(`${stage.name} ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (failedStage) break;
}
const c = await counts();
console.log(`\nStages: ${timings.join(" · ")}`);
if (failedStage) {
  console.log(`Failed at: ${failedStage}`);
  c.failed = Math.max(c.failed, 1);
}
// The plain closing line CI reads.
console.log(`${c.passed} passed, ${c.failed} failed${c.skipped ? `, ${c.skipped} skipped` : ""}`);
process.exit(failedStage ? 1 : 0);
