import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/errors";
import { conflict } from "@/lib/errors";
import type { RequestMeta } from "@/lib/request-meta";
import { auditedWrite, type AuditActor, type AuditInput } from "@/modules/audit/server";
import type { ConsultantStatus } from "../constants";
import { needsReview } from "../profile-form";
import type { ConsultantProfileInput } from "../schemas";
import { nextStatus } from "../state-machine";
import { writeContext } from "./copy-writer";
import { profileOfUser, rowToInput, type ProfileRow } from "./profile-row";
import { rederiveActivitiesOfConsultants } from "./save-assignment";
import { emailRecipient, recipientOf } from "./workflow-email";
import { insertProfile, updateProfile } from "./write-profile";

export interface SavedProfile {
  id: string;
  version: number;
  status: ConsultantStatus;
  /** True when an approved profile went back to review (its expertise or nationality changed). */
  backToReview: boolean;
}

/** What a save does to the status: `submit` also sends a draft or returned profile to review. */
function statusAfter(before: ProfileRow | null, input: ConsultantProfileInput, submit: boolean): { status: ConsultantStatus; submitted: boolean; transition: string | null } {
  if (!before) return submit ? { status: nextStatus("draft", "submit")!, submitted: true, transition: "submit" } : { status: "draft", submitted: false, transition: null };
  let status = before.status;
  let transition: string | null = null;
  // A withdrawn or rejected applicant who edits starts again from a draft.
  if (status === "withdrawn" || status === "rejected") {
    status = nextStatus(status, "reopen")!;
    transition = "reopen";
  }
  if (status === "approved" && needsReview(rowToInput(before), input)) return { status: nextStatus("approved", "resubmit")!, submitted: true, transition: "resubmit" };
  if (submit) {
    const to = nextStatus(status, "submit");
    if (to) return { status: to, submitted: true, transition: "submit" };
  }
  return { status, submitted: false, transition };
}

/**
 * Saves the signed-in person's own profile (creating it on the first save), based on the
 * version their form was opened at (a stale save is a 409 that writes nothing). After
 * approval, a change of expertise (IP areas, skills, sectors) or nationality sends the profile
 * back to review (out of the search until approved again); other changes publish at once.
 * `submit`: a draft or returned profile is sent to review too. The change, its audit row(s)
 * and the applicant's receipt commit together.
 */
export async function saveOwnProfile(
  actor: AuditActor,
  input: ConsultantProfileInput,
  meta: RequestMeta,
  { expectedVersion, submit = false }: { expectedVersion?: number; submit?: boolean } = {},
): Promise<SavedProfile> {
  const ctx = await writeContext(db());
  let nationalitiesChanged = false;
  try {
    const saved = await auditedWrite(async (tx) => {
      const before = await profileOfUser(tx, actor.id, { lock: true });
      if (before && expectedVersion !== undefined && before.version !== expectedVersion) {
        throw conflict(`Your profile was saved elsewhere after you opened it (version ${before.version}, yours ${expectedVersion}); nothing was written`, { version: before.version });
      }
      if (!before && expectedVersion !== undefined) throw conflict("Your profile no longer exists (it may have been deleted meanwhile); nothing was written", { version: undefined });
      const { status, submitted, transition } = statusAfter(before, input, submit);
      nationalitiesChanged = Boolean(before) && [...rowToInput(before!).nationalities].sort().join() !== [...input.nationalities].sort().join();
      const id = before?.id ?? randomUUID();
      let version = 1;
      if (before) version = await updateProfile(tx, id, input, ctx, { status, submitted });
      else await insertProfile(tx, id, input, ctx, { userId: actor.id, status, submitted });
      const target = { type: "consultant", id };
      const audit: AuditInput[] = [{ actor, action: before ? "consultant.update" : "consultant.create", outcome: "success", target, meta, detail: { status } }];
      if (transition) audit.push({ actor, action: `consultant.${transition}`, outcome: "success", target, meta, detail: { from: before?.status ?? "draft", to: status } });
      if (submitted) await emailRecipient(tx, await recipientOf(tx, { id, user_id: actor.id, email: input.email, full_name: input.fullName }), "consultantSubmitted");
      return { result: { id, version, status, backToReview: transition === "resubmit" }, audit };
    });
    // The activities they are assigned to take their experts' nationalities as providers (modality).
    if (nationalitiesChanged) await rederiveActivitiesOfConsultants([saved.id]);
    return saved;
  } catch (error) {
    // Two first saves of one account racing: the second meets the unique user_id.
    if (isUniqueViolation(error)) throw conflict("Your profile was created meanwhile (another tab?); nothing was written", { version: 1 });
    throw error;
  }
}
