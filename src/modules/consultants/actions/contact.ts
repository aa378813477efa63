"use server";
import { formAction, type RefusalMessage } from "@/lib/actions/form-action";
import { getCurrentUser } from "@/modules/accounts/server";
import { contactMessageSchema } from "../schemas";
import { sendMessage } from "../server";

export interface ContactFormState {
  status?: "sent" | "error";
  message?: RefusalMessage;
  /** Field → error code (consultants:contact.errors.*). */
  errors?: Record<string, string>;
  values?: { name: string; email: string; message: string };
  round?: number;
}

const typed = (form: FormData) => ({ name: String(form.get("name") ?? ""), email: String(form.get("email") ?? ""), message: String(form.get("message") ?? "") });

/**
 * A visitor's message to a consultant (public: anyone may send one, signed in or not). It
 * carries no per-request secret, so the profile page stays cacheable: Next.js checks the
 * Origin of server actions, the honeypot and the rate limits (per IP, per consultant) do the rest.
 */
export const sendMessageAction = formAction(
  {
    schema: contactMessageSchema,
    input: (form) => ({ ...typed(form), consultantId: String(form.get("consultantId") ?? ""), website: String(form.get("website") ?? ""), lng: String(form.get("lng") ?? "") }),
    refused: (r, form): ContactFormState => ({ status: "error", message: r.message, errors: r.fieldErrors, values: typed(form), round: Date.now() }),
  },
  async ({ input, meta }): Promise<ContactFormState> => {
    await sendMessage(input, await getCurrentUser(), meta);
    return { status: "sent", round: Date.now() };
  },
);
