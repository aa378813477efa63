"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction, type RefusalMessage } from "@/lib/actions/form-action";
import { LOCALES } from "@/lib/i18n/locales";
import { requireAccess } from "@/modules/accounts/server";
import { interestAnswerSchema, interestBodySchema, listingIdSchema } from "../schemas";
import { answerInterest, expressInterest } from "../server";

// "I can help" / "We need this" and the owner's answer (docs/MATCHMAKING.md, "From listing to match").

const lngOf = (form: FormData) => z.enum(LOCALES).catch("en").parse(form.get("lng"));
const fieldErrors = (errors: Record<string, string>) => Object.entries(errors).map(([field, reason]) => ({ field: field.split(".")[0]!, reason }));

export interface InterestFormState {
  round?: number;
  status?: "error";
  message?: RefusalMessage;
  errors?: { field: string; reason: string }[];
  /** What was typed (the message, or the reply), kept when refused. */
  text?: string;
}

/** Sends a message of interest on an open listing; done, back to the listing with a confirmation. */
export const expressInterestAction = formAction(
  {
    authorize: () => requireAccess("matchmaking.interest"),
    schema: interestBodySchema.and(z.object({ listingId: listingIdSchema })),
    input: (form) => ({ listingId: String(form.get("listingId") ?? ""), message: String(form.get("message") ?? "") }),
    refused: (r, form): InterestFormState => ({ round: Date.now(), status: "error", message: r.message, errors: fieldErrors(r.fieldErrors), text: String(form.get("message") ?? "") }),
  },
  async ({ auth: user, input, form, meta }): Promise<InterestFormState> => {
    await expressInterest(user, input.listingId, input.message, meta);
    redirect(`/${lngOf(form)}/matchmaking/listings/${input.listingId}?done=interestSent`);
  },
);

/** The owner accepts or declines an interest, with an optional reply; accepted, the sender's contact appears. */
export const answerInterestAction = formAction(
  {
    authorize: () => requireAccess("matchmaking.file"),
    schema: interestAnswerSchema.and(z.object({ listingId: listingIdSchema, interestId: z.uuid({ error: "invalid_id" }) })),
    input: (form) => ({
      listingId: String(form.get("listingId") ?? ""),
      interestId: String(form.get("interestId") ?? ""),
      decision: String(form.get("decision") ?? ""),
      reply: String(form.get("reply") ?? ""),
    }),
    refused: (r, form): InterestFormState => ({ round: Date.now(), status: "error", message: r.message, errors: fieldErrors(r.fieldErrors), text: String(form.get("reply") ?? "") }),
  },
  async ({ auth: user, input, form, meta }): Promise<InterestFormState> => {
    const { listingId, interestId, ...answer } = input;
    const done = await answerInterest(user, listingId, interestId, answer, meta);
    const lng = lngOf(form);
    revalidatePath(`/${lng}/matchmaking/listings/${listingId}`);
    redirect(`/${lng}/matchmaking/listings/${listingId}?done=${done.status}#interests`);
  },
);
