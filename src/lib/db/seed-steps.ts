import type { PrismaClient } from "./create-client";

export interface SeedStep {
  name: string;
  /** Change it to make the step run again on the next start. */
  version: string;
  kind: "reference" | "demo";
  run(client: PrismaClient, progress: (done: number, total: number) => void): Promise<Record<string, unknown>>;
}

/** Runs the steps not yet applied at their version; returns the names it ran. */
export async function applySeedSteps(
  client: PrismaClient,
  steps: SeedStep[],
  hooks: {
    onStart?: (step: SeedStep) => void;
    onProgress?: (step: SeedStep, done: number, total: number) => void;
    onDone?: (step: SeedStep, detail: Record<string, unknown>, ms: number) => void;
  } = {},
): Promise<string[]> {
  const applied = new Map((await client.seedStep.findMany()).map((s) => [s.name, s.version]));
  const ran: string[] = [];
  for (const step of steps) {
    if (applied.get(step.name) === step.version) continue;
    hooks.onStart?.(step);
    const started = performance.now();
    const detail = await step.run(client, (done, total) => hooks.onProgress?.(step, done, total));
    await client.seedStep.upsert({
      where: { name: step.name },
      create: { name: step.name, version: step.version, detail: detail as object },
      update: { version: step.version, detail: detail as object, appliedAt: new Date() },
    });
    hooks.onDone?.(step, detail, performance.now() - started);
    ran.push(step.name);
  }
  return ran;
}
