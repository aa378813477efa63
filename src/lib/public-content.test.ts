import { afterEach, describe, expect, it } from "vitest";
import { memoUntilPublicChange, publicContentGeneration, publicContentSettled } from "./public-content";

const GENERATION = Symbol.for("portal.publicContent.generation");
const SETTLED = Symbol.for("portal.publicContent.settled");
const g = globalThis as unknown as Record<symbol, unknown>;

afterEach(() => {
  delete g[GENERATION];
  delete g[SETTLED];
});

describe("memoUntilPublicChange", () => {
  it("computes every time when no listener watches", async () => {
    let calls = 0;
    const f = memoUntilPublicChange(async (k: string) => `${k}${++calls}`);
    expect(publicContentGeneration()).toBeNull();
    expect(await f("a")).toBe("a1");
    expect(await f("a")).toBe("a2");
  });

  it("keeps a value per key until the generation moves", async () => {
    let generation = 1;
    g[GENERATION] = () => generation;
    let calls = 0;
    const f = memoUntilPublicChange(async (k: string) => `${k}${++calls}`);
    expect(await f("a")).toBe("a1");
    expect(await f("a")).toBe("a1");
    expect(await f("b")).toBe("b2");
    generation = 2;
    expect(await f("a")).toBe("a3");
  });

  it("does not keep a failed computation", async () => {
    g[GENERATION] = () => 1;
    let calls = 0;
    const f = memoUntilPublicChange(async () => {
      calls++;
      if (calls === 1) throw new Error("database down");
      return "ok";
    });
    await expect(f("a")).rejects.toThrow("database down");
    await new Promise((r) => setTimeout(r, 0));
    expect(await f("a")).toBe("ok");
  });
});

describe("publicContentSettled", () => {
  it("waits for the listener's round trip and swallows its failure", async () => {
    let settled = false;
    g[SETTLED] = async () => {
      await new Promise((r) => setTimeout(r, 5));
      settled = true;
    };
    await publicContentSettled();
    expect(settled).toBe(true);
    g[SETTLED] = async () => {
      throw new Error("connection lost");
    };
    await expect(publicContentSettled()).resolves.toBeUndefined();
  });
});
