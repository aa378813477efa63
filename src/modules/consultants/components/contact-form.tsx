import { REFUSALS } from "@/lib/actions/refusals";
import type { Locale } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import { ContactFormFields } from "./contact-form-fields";

const ERROR_CODES = ["invalid", "required", "too_long", "too_short", "invalid_email", "control_characters"] as const;

/**
 * "Send a message" on a consultant's public profile (docs/CONSULTANTS.md, "Contact"): anyone,
 * signed in or not, writes to the consultant through the portal; the address is never shown.
 * The same HTML for every visitor (no per-request secret), so the page can be cached.
 */
export async function ConsultantContactForm({ lng, consultantId }: { lng: Locale; consultantId: string }) {
  const [t, tc] = await Promise.all([getT(lng, "consultants"), getT(lng, "common")]);
  return (
    <section className="relative mt-8 max-w-2xl">
      <ContactFormFields
        lng={lng}
        consultantId={consultantId}
        text={{
          title: t("contact.title"),
          lead: t("contact.lead"),
          name: t("contact.name"),
          email: t("contact.email"),
          message: t("contact.message"),
          honeypot: t("contact.honeypot"),
          submit: t("contact.submit"),
          sent: t("contact.sent"),
          refused: Object.fromEntries(REFUSALS.map((r) => [r, r === "notFound" ? t("contact.notFound") : tc(`actionRefused.${r}`)])),
          errors: Object.fromEntries(ERROR_CODES.map((c) => [c, t(`contact.errors.${c}`)])),
        }}
      />
    </section>
  );
}
