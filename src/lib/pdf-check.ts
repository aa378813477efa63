/** Why an uploaded PDF is refused (the forms' errors.*), or null when it is a PDF within the limit. */
export type PdfProblem = "required" | "too_large" | "not_pdf";

const MAGIC = Buffer.from("%PDF-", "latin1");
const EOF_MARK = Buffer.from("%%EOF", "latin1");
/** PDF writers may put line ends, NULs or a little junk after the last %%EOF; readers look for it near the end. */
const TRAILER_WINDOW = 1024;

/**
 * Checks a PDF (a CV, a listing's attachment) by its bytes alone, never by the name or type the
 * client claims: it must begin with `%PDF-` (a version digit follows), carry `%%EOF` in its last
 * kilobyte, and be at most `maxBytes`.
 */
export function pdfProblem(bytes: Uint8Array, maxBytes: number): PdfProblem | null {
  if (bytes.byteLength === 0) return "required";
  if (bytes.byteLength > maxBytes) return "too_large";
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.byteLength < MAGIC.length + 1 + EOF_MARK.length || !buf.subarray(0, MAGIC.length).equals(MAGIC)) return "not_pdf";
  if (!/[0-9]/.test(String.fromCharCode(buf[MAGIC.length]!))) return "not_pdf";
  const tail = buf.subarray(Math.max(MAGIC.length, buf.byteLength - TRAILER_WINDOW));
  return tail.includes(EOF_MARK) ? null : "not_pdf";
}

/** A filename safe for a Content-Disposition header: the stem of what was uploaded, ASCII only, `.pdf`. */
export function pdfFilename(uploaded: string, fallback: string): string {
  const stem = uploaded
    .replace(/\.pdf$/i, "")
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/^[-.]+|[-.]+$/g, "")
    .slice(0, 80);
  return `${stem || fallback}.pdf`;
}
