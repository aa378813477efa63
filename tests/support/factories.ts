import { randomUUID } from "node:crypto";
import type { RequestMeta } from "@/lib/request-meta";

let counter = 0;

/** A request origin of its own, so per-IP rate limits of one test do not touch another. */
export function freshMeta(): RequestMeta {
  counter++;
  return { ip: `198.51.100.${counter % 250}`, requestId: `test-${randomUUID()}`, userAgent: "vitest" };
}

export function uniqueEmail(label = "user"): string {
  return `${label}.${randomUUID().slice(0, 8)}@example.org`;
}

export const GOOD_PASSWORD = "Harare-lantern-basalt-93";
