/**
 * npm run seed:activities -- --scale 1000000 [--seed 7]
 * Replaces the generated activities of a seed with `scale` new ones (COPY in
 * batches of 10,000), with a progress bar, and reports rows per second.
 * Works on DATABASE_URL, or on the embedded PostgreSQL when it is unset.
 */
import { parseArgs } from "node:util";
import cliProgress from "cli-progress";
import { createDbClient } from "../src/lib/db/create-client";
import { seedGeneratedActivities } from "../src/modules/activities/server/seed-activities";
import { openDatabase } from "./lib/database";

const { values } = parseArgs({ options: { scale: { type: "string", default: "5000" }, seed: { type: "string", default: "42" } } });
const count = Number(values.scale);
const seed = Number(values.seed);
if (!Number.isInteger(count) || count < 1 || count > 10_000_000) throw new Error("--scale must be a whole number from 1 to 10,000,000");

const db = await openDatabase();
const client = createDbClient({ url: db.url, poolMax: 2 });
const bar = new cliProgress.SingleBar(
  { format: "activities [{bar}] {percentage}% {value}/{total} · {speed} rows/s · ETA {eta}s", noTTYOutput: true, notTTYSchedule: 5000 },
  cliProgress.Presets.shades_classic,
);
const started = performance.now();
try {
  bar.start(count, 0, { speed: 0 });
  const result = await seedGeneratedActivities(client, db.url, {
    count,
    seed,
    onProgress: (p) => bar.update(p.done, { speed: Math.round(p.done / ((performance.now() - started) / 1000)) }),
  });
  bar.stop();
  console.log(`Loaded ${result.activities.toLocaleString("en")} activities (seed ${seed}) in ${result.seconds} s: ${result.rowsPerSecond.toLocaleString("en")} activities/s, with their beneficiaries and experts.`);
} finally {
  bar.stop();
  await client.$disconnect();
  await db.stop();
}
