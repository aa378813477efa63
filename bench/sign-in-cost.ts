/**
 * The cost of a sign-in on this machine: argon2id verification alone, and the
 * whole check (rate-limit upserts, user lookup, verification, audit row) on a
 * throwaway PostgreSQL. Run: npm run bench:sign-in
 */
import { hash, verify } from "@node-rs/argon2";
import { createTestDatabase } from "../scripts/lib/test-database";

const RUNS = Number(process.env.RUNS ?? 40);
process.env.LOG_LEVEL ??= "silent";

function summary(label: string, ms: number[]) {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(1);
  console.log(`${label.padEnd(44)} p50 ${at(0.5).padStart(6)} ms   p95 ${at(0.95).padStart(6)} ms   (${ms.length} runs)`);
}

const db = await createTestDatabase("bench-sign-in", { demo: true });
process.env.DATABASE_URL = db.url;
try {
  const { authenticate } = await import("../src/modules/accounts/server/authenticate");
  const password = process.env.DEMO_PASSWORD || "Cooperation-South-2026";
  const stored = await hash(password, { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  const argon: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await verify(stored, password);
    argon.push(performance.now() - t);
  }
  const full: number[] = [];
  const wrong: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const meta = { ip: `192.0.2.${i % 250}`, requestId: null, userAgent: "bench" };
    let t = performance.now();
    const ok = await authenticate("member@demo.test", password, meta, { alreadyCounted: true });
    full.push(performance.now() - t);
    if (!ok.ok) throw new Error("demo sign-in failed");
    t = performance.now();
    await authenticate(`nobody${i}@example.org`, password, meta, { alreadyCounted: true });
    wrong.push(performance.now() - t);
  }
  console.log(`Sign-in cost, argon2id m=19 MiB t=2 p=1, Node ${process.version}, ${RUNS} runs each:`);
  summary("argon2id verify only", argon);
  summary("authenticate(), right password", full);
  summary("authenticate(), unknown email (padded)", wrong);
} finally {
  await db.drop();
}
