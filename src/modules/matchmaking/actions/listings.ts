"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction, submitAction, type RefusalMessage } from "@/lib/actions/form-action";
import { parseOrThrow } from "@/lib/api/query";
import { invalidInput } from "@/lib/errors";
import { LOCALES } from "@/lib/i18n/locales";
import { decide } from "@/modules/accounts/policy";
import { requireAccess } from "@/modules/accounts/server";
import { LISTING_STATUSES } from "../constants";
import { formToListingInput, listingFormValues, listingToFormValues, type ListingFormValues } from "../listing-form";
import { listingIdSchema, listingInputSchema, transitionBodySchema, type ListingInput } from "../schemas";
import { addAttachment, createListing, removeAttachment, transitionListing, updateListing } from "../server";

// Filing and managing a listing (docs/MATCHMAKING.md, "Listings"): the form, its status buttons, its attachments.

const file = () => requireAccess("matchmaking.file");
const lngOf = (form: FormData) => z.enum(LOCALES).catch("en").parse(form.get("lng"));
const fieldErrors = (errors: Record<string, string>) => Object.entries(errors).map(([field, reason]) => ({ field: field.split(".")[0]!, reason }));
const versionOf = (form: FormData) => {
  const v = Number(form.get("version"));
  return Number.isInteger(v) && v > 0 ? v : undefined;
};
const idOf = (form: FormData) => {
  const id = listingIdSchema.safeParse(form.get("id"));
  return id.success ? id.data : undefined;
};

export interface ListingFormState {
  /** Changes with every answer, so the fields remount with the values sent back. */
  round?: number;
  status?: "error";
  message?: RefusalMessage;
  errors?: { field: string; reason: string }[];
  values?: ListingFormValues;
  /** The version the next save is based on (after a conflict, the current one: saving again overwrites it deliberately). */
  version?: number;
  /** After a conflict: the listing as the other person saved it, in the form's fields. */
  theirs?: ListingFormValues;
}

/**
 * Saves the listing form: a new listing (draft, or `intent=submit` sent to moderation at once),
 * or an edit based on the version read (then `intent=submit` also submits a draft or returned
 * listing). A focal point's need is always for their own country. Refused, the form keeps
 * everything typed; a stale edit also carries what the other person saved.
 */
export const saveListingAction = formAction(
  {
    authorize: file,
    refused: (r, form): ListingFormState => {
      const current = r.current as { version?: number; listing?: ListingInput } | undefined;
      return {
        round: Date.now(),
        status: "error",
        message: r.message,
        errors: fieldErrors(r.fieldErrors),
        values: listingFormValues(form),
        version: current?.version ?? versionOf(form),
        theirs: current?.listing ? listingToFormValues(current.listing) : undefined,
      };
    },
  },
  async ({ auth: user, form, meta }): Promise<ListingFormState> => {
    const lng = lngOf(form);
    const values = listingFormValues(form);
    const raw = formToListingInput(values);
    if (raw.kind === "need" && user.roles.includes("focal_point") && user.focalPointCountry && decide(user, "matchmaking.moderate") !== "allow") raw.ownerCountry = user.focalPointCountry;
    const input = parseOrThrow(listingInputSchema, raw);
    const submit = form.get("intent") === "submit";
    const id = idOf(form);
    let target: string;
    if (!id) {
      const created = await createListing(user, input, meta, { submit });
      target = created.id;
    } else {
      const version = versionOf(form);
      if (!version) throw invalidInput([{ name: "version", reason: "required" }]);
      const { kind: _kind, ...fields } = input;
      const saved = await updateListing(user, id, { ...fields, version }, meta);
      if (submit) await transitionListing(user, id, { to: "submitted", version: saved.version, comment: "" }, meta);
      target = id;
    }
    revalidatePath(`/${lng}/matchmaking/listings/${target}`);
    redirect(`/${lng}/matchmaking/listings/${target}?done=${submit ? "submitted" : "saved"}`);
  },
);

const back = (form: FormData, query: string) => redirect(`/${lngOf(form)}/matchmaking/listings/${idOf(form) ?? ""}?${query}`);
const refusedBack = (r: { message: RefusalMessage; fieldErrors: Record<string, string> }, form: FormData) => {
  const field = Object.entries(r.fieldErrors)[0];
  return back(form, `refused=${r.message}${field ? `&field=${encodeURIComponent(field[0])}&reason=${encodeURIComponent(field[1])}` : ""}`);
};

/** A status button of the listing page (submit, withdraw, close, discuss, renew; return/reject need a comment). */
export const transitionListingAction = submitAction(
  {
    authorize: file,
    schema: transitionBodySchema.and(z.object({ id: listingIdSchema })),
    input: (form) => ({ id: String(form.get("id") ?? ""), to: String(form.get("to") ?? ""), version: String(form.get("version") ?? ""), comment: String(form.get("comment") ?? "") }),
    refused: refusedBack,
  },
  async ({ auth: user, input, form, meta }) => {
    const { id, ...body } = input;
    const done = await transitionListing(user, id, body, meta);
    revalidatePath(`/${lngOf(form)}/matchmaking/listings/${id}`);
    back(form, `done=${(LISTING_STATUSES as readonly string[]).includes(done.status) ? done.status : "saved"}`);
  },
);

/** Uploads a PDF attachment (multipart; checked by its bytes, at most 5 MB). Refusals name `file`. */
export const uploadAttachmentAction = submitAction({ authorize: file, refused: refusedBack }, async ({ auth: user, form, meta }) => {
  const id = idOf(form);
  if (!id) throw invalidInput([{ name: "id", reason: "invalid_id" }]);
  const upload = form.get("file");
  if (!(upload instanceof File) || upload.size === 0) throw invalidInput([{ name: "file", reason: "required" }]);
  await addAttachment(user, id, { bytes: new Uint8Array(await upload.arrayBuffer()), name: upload.name }, meta);
  back(form, "done=attachmentAdded");
});

export const removeAttachmentAction = submitAction({ authorize: file, refused: refusedBack }, async ({ auth: user, form, meta }) => {
  const id = idOf(form);
  const attachment = z.uuid().safeParse(form.get("attachmentId"));
  if (!id) throw invalidInput([{ name: "id", reason: "invalid_id" }]);
  if (!attachment.success) throw invalidInput([{ name: "attachmentId", reason: "invalid_id" }]);
  await removeAttachment(user, id, attachment.data, meta);
  back(form, "done=attachmentRemoved");
});
