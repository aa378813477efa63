/** Why an uploaded image is refused (the forms' errors.*), or its type when it is one the portal serves. */
export type ImageProblem = "required" | "too_large" | "not_image";
export type CheckedImageType = "image/png" | "image/jpeg" | "image/webp";

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const PNG_END = Buffer.from([0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);

/**
 * Checks an image by its bytes alone (as pdf-check.ts does PDFs), never by the name or type the
 * client claims, and gives the type it is served with:
 * - PNG: the 8-byte signature, an IHDR chunk first, the IEND chunk at the end;
 * - JPEG: SOI (FF D8) and a marker (FF xx) next, EOI (FF D9) within its last bytes;
 * - WebP: a RIFF header whose length matches the file, the `WEBP` form, a VP8 / VP8L / VP8X chunk.
 * SVG and everything else is refused (an SVG can carry script).
 */
export function imageCheck(bytes: Uint8Array, maxBytes: number): { problem: ImageProblem } | { type: CheckedImageType } {
  if (bytes.byteLength === 0) return { problem: "required" };
  if (bytes.byteLength > maxBytes) return { problem: "too_large" };
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (b.byteLength >= 33 && b.subarray(0, 8).equals(PNG) && b.subarray(12, 16).toString("latin1") === "IHDR" && b.subarray(b.byteLength - 8).equals(PNG_END)) return { type: "image/png" };
  if (b.byteLength >= 8 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff && b[3]! >= 0xc0 && b[3] !== 0xff) {
    const tail = b.subarray(Math.max(4, b.byteLength - 64));
    for (let i = tail.byteLength - 2; i >= 0; i--) if (tail[i] === 0xff && tail[i + 1] === 0xd9) return { type: "image/jpeg" };
  }
  if (b.byteLength >= 20 && b.subarray(0, 4).toString("latin1") === "RIFF" && b.subarray(8, 12).toString("latin1") === "WEBP") {
    const declared = b.readUInt32LE(4) + 8;
    const chunk = b.subarray(12, 16).toString("latin1");
    if (declared === b.byteLength && ["VP8 ", "VP8L", "VP8X"].includes(chunk)) return { type: "image/webp" };
  }
  return { problem: "not_image" };
}
