import { describe, expect, it } from "vitest";
import { atlasId, fillClass, fillsById, mapShapes, MAP_HEIGHT, MAP_PROGRESS, MAP_WIDTH } from "./world-map";

describe("the dashboard's world map", () => {
  it("projects Egypt (818) to a non-empty path inside the viewBox", () => {
    const egypt = mapShapes().filter((s) => s.id === "818");
    expect(egypt).toHaveLength(1);
    const d = egypt[0]!.d;
    expect(d).toMatch(/^M/);
    const numbers = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
    const xs = numbers.filter((_, i) => i % 2 === 0);
    const ys = numbers.filter((_, i) => i % 2 === 1);
    expect(Math.min(...xs)).toBeGreaterThan(0);
    expect(Math.max(...xs)).toBeLessThan(MAP_WIDTH);
    expect(Math.min(...ys)).toBeGreaterThan(0);
    expect(Math.max(...ys)).toBeLessThan(MAP_HEIGHT);
    // Egypt lies east of the middle and north of the equator (the upper half on Equal Earth).
    expect(Math.min(...xs)).toBeGreaterThan(MAP_WIDTH / 2);
    expect(Math.max(...ys)).toBeLessThan(MAP_HEIGHT / 2);
  });

  it("keeps no Antarctica, gives every shape a unique key, and counts Somaliland within Somalia", () => {
    const shapes = mapShapes();
    expect(shapes.some((s) => s.id === "010")).toBe(false);
    expect(new Set(shapes.map((s) => s.key)).size).toBe(shapes.length);
    expect(shapes.filter((s) => s.id === "706").map((s) => s.atlasName).sort()).toEqual(["Somalia", "Somaliland"]);
    expect(shapes.filter((s) => s.id === null).map((s) => s.atlasName)).toEqual(["Kosovo"]);
    expect(mapShapes()).toBe(shapes);
  });

  it("fills an invited country by its progress, zero-padding m49; others are not invited", () => {
    const fills = fillsById([
      { m49: "818", progress: "submitted" },
      { m49: "4", progress: "draft" },
      { m49: "068", progress: "not_started" },
    ]);
    expect(fills.get("818")).toBe("submitted");
    expect(fills.get("004")).toBe("draft");
    expect(fills.get("068")).toBe("not_started");
    expect(fills.get("250")).toBeUndefined();
    expect(atlasId("4")).toBe("004");
    expect(MAP_PROGRESS.map(fillClass)).toEqual(["qmap-not-started", "qmap-draft", "qmap-returned", "qmap-submitted", "qmap-accepted"]);
    expect(fillClass("not_invited")).toBe("qmap-not-invited");
  });
});
