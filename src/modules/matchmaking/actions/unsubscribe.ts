"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { submitAction } from "@/lib/actions/form-action";
import { LOCALES } from "@/lib/i18n/locales";
import { unsubscribe } from "../server";

const lngOf = (form: FormData) => z.enum(LOCALES).catch("en").parse(form.get("lng"));

/**
 * The digest's one-click unsubscribe: the token alone, no sign-in (open to visitors by design;
 * the token is single-use and only its hash is stored). A POST from the page, because mail
 * scanners follow GET links.
 */
export const unsubscribeAction = submitAction(
  {
    schema: z.object({ token: z.string().min(20, { error: "invalid_token" }).max(200, { error: "invalid_token" }) }),
    input: (form) => ({ token: String(form.get("token") ?? "") }),
    refused: (r, form) => redirect(`/${lngOf(form)}/matchmaking/unsubscribe?refused=${r.message}`),
  },
  async ({ input, form, meta }) => {
    await unsubscribe(input.token, meta);
    redirect(`/${lngOf(form)}/matchmaking/unsubscribe?done=1`);
  },
);
