import type { TestProject } from "vitest/node";
import { createTestDatabase } from "../../scripts/lib/test-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const db = await createTestDatabase("integration");
  project.provide("databaseUrl", db.url);
  return () => db.drop();
}
