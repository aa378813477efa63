/**
 * npm run seed:consultants -- --scale 100000 [--seed 7]
 * Replaces the generated roster of a seed with `scale` new profiles and their assignments
 * (about three per profile, to activities already in the database: seed activities first),
 * loaded with COPY in batches of 5,000, with a progress bar; reports profiles per second.
 * Works on DATABASE_URL, or on the embedded PostgreSQL when it is unset.
 */
import { parseArgs } from "node:util";
import cliProgress from "cli-progress";
import { createDbClient } from "../src/lib/db/create-client";
import { seedGeneratedConsultants } from "../src/modules/consultants/server/seed-consultants";
import { openDatabase } from "./lib/database";

const { values } = parseArgs({ options: { scale: { type: "string", default: "500" }, seed: { type: "string", default: "42" } } });
const count = Number(values.scale);
const seed = Number(values.seed);
if (!Number.isInteger(count) || count < 1 || count > 2_000_000) throw new Error("--scale must be a whole number from 1 to 2,000,000");
if (!Number.isInteger(seed)) throw new Error("--seed must be a whole number");

const db = await openDatabase();
const client = createDbClient({ url: db.url, poolMax: 2 });
const bar = new cliProgress.SingleBar(
  { format: "consultants [{bar}] {percentage}% {value}/{total} · {speed} profiles/s · ETA {eta}s", noTTYOutput: true, notTTYSchedule: 5000 },
  cliProgress.Presets.shades_classic,
);
const started = performance.now();
try {
  if ((await client.activity.count()) === 0) console.warn("No activities in the database: the profiles get no assignments (run npm run seed:activities first).");
  bar.start(count, 0, { speed: 0 });
  const result = await seedGeneratedConsultants(client, db.url, {
    count,
    seed,
    onProgress: (p) => bar.update(p.done, { speed: Math.round(p.done / ((performance.now() - started) / 1000)) }),
  });
  bar.stop();
  console.log(
    `Loaded ${result.consultants.toLocaleString("en")} consultants (seed ${seed}) with ${result.assignments.toLocaleString("en")} assignments in ${result.seconds} s: ${result.rowsPerSecond.toLocaleString("en")} profiles/s.`,
  );
} finally {
  bar.stop();
  await client.$disconnect();
  await db.stop();
}
