import { describe, expect, it } from "vitest";
import { imageCheck } from "./image-check";
import { tinyJpeg, tinyPng, tinyWebp } from "./image-check.fixtures";

const MAX = 2 * 1024 * 1024;

describe("imageCheck", () => {
  it("recognises PNG, JPEG and WebP by their bytes", () => {
    expect(imageCheck(tinyPng(), MAX)).toEqual({ type: "image/png" });
    expect(imageCheck(tinyJpeg(), MAX)).toEqual({ type: "image/jpeg" });
    expect(imageCheck(tinyWebp(), MAX)).toEqual({ type: "image/webp" });
  });

  it("refuses what only looks like an image", () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>');
    expect(imageCheck(svg, MAX)).toEqual({ problem: "not_image" });
    expect(imageCheck(Buffer.from("%PDF-1.7\n%%EOF"), MAX)).toEqual({ problem: "not_image" });
    expect(imageCheck(Buffer.from("GIF89a......"), MAX)).toEqual({ problem: "not_image" });
    // A PNG header glued onto HTML: no IHDR, no IEND.
    expect(imageCheck(Buffer.concat([tinyPng().subarray(0, 8), Buffer.from("<script>alert(1)</script>")]), MAX)).toEqual({ problem: "not_image" });
    // A truncated PNG (no IEND), a JPEG without its end, a WebP whose RIFF length lies.
    expect(imageCheck(tinyPng().subarray(0, 40), MAX)).toEqual({ problem: "not_image" });
    expect(imageCheck(tinyJpeg().subarray(0, tinyJpeg().byteLength - 2), MAX)).toEqual({ problem: "not_image" });
    expect(imageCheck(Buffer.concat([tinyWebp(), Buffer.from("junk")]), MAX)).toEqual({ problem: "not_image" });
  });

  it("refuses empty and oversized files", () => {
    expect(imageCheck(new Uint8Array(0), MAX)).toEqual({ problem: "required" });
    const big = Buffer.concat([tinyPng(), Buffer.alloc(MAX)]);
    expect(imageCheck(big, MAX)).toEqual({ problem: "too_large" });
  });
});
