import "server-only";
import type { PrismaClient } from "@/lib/db/create-client";
import { DEMO_CONSULTANT_SEED } from "./seed-consultants";

/** How many demo profiles get a CV (the approved ones with the most assignments). */
export const DEMO_CV_COUNT = 40;

/** A small, valid one-page PDF (correct cross-reference offsets) that says whose CV it is. */
export function demoCvPdf(name: string): Buffer {
  const safe = name.replace(/[^\x20-\x7E]/g, "").replace(/[()\\]/g, "").trim() || "Roster expert";
  const text = `BT /F1 18 Tf 72 720 Td (Curriculum vitae: ${safe}) Tj 0 -28 Td /F1 11 Tf (Demonstration data of the South-South IP Cooperation Portal.) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${Buffer.byteLength(text, "latin1")} >>\nstream\n${text}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(body, "latin1"));
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, "latin1");
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

/**
 * Demo mode: a CV for the generated approved profiles with the most assignments (those a
 * visitor meets first when sorting by assignments), so that CV downloads can be tried
 * (docs/CONSULTANTS.md, "CV"). Profiles that have one keep it.
 */
export async function seedDemoCvs(client: PrismaClient, count = DEMO_CV_COUNT): Promise<{ cvs: number }> {
  const rows = await client.$queryRaw<{ id: string; name: string }[]>`
    SELECT id, coalesce(latin_name, full_name) AS name FROM consultant
    WHERE external_ref LIKE ${`ROC-${DEMO_CONSULTANT_SEED}-%`} AND status = 'approved'
      AND NOT EXISTS (SELECT 1 FROM consultant_cv cv WHERE cv.consultant_id = consultant.id)
    ORDER BY assignment_count DESC, id DESC LIMIT ${count}`;
  for (const r of rows) {
    const stem = r.name.normalize("NFKD").replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "") || "expert";
    await client.consultantCv.create({ data: { consultantId: r.id, bytes: new Uint8Array(demoCvPdf(r.name)), filename: `CV-${stem}.pdf` } });
  }
  return { cvs: rows.length };
}
