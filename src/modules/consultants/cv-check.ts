import { pdfFilename, pdfProblem, type PdfProblem } from "@/lib/pdf-check";
import { CV_MAX_BYTES } from "./constants";

/** Why an uploaded CV is refused (roster:errors.*), or null when it is a PDF the roster keeps. */
export type CvProblem = PdfProblem;

/** A CV: a PDF of at most 5 MB, checked by its bytes (src/lib/pdf-check.ts). */
export const cvProblem = (bytes: Uint8Array): CvProblem | null => pdfProblem(bytes, CV_MAX_BYTES);

export const cvFilename = pdfFilename;
