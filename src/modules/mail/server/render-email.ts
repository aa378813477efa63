import "server-only";
import { createInstance } from "i18next";
import { i18nextOptions, loadNamespace } from "@/lib/i18n/load";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";

export const EMAIL_TEMPLATES = ["verifyEmail", "accountExists", "resetPassword", "passwordChanged", "roleChanged", "consultantSubmitted", "consultantApproved", "consultantReturned", "consultantRejected", "consultantNominated", "consultantReminder", "consultantMessage", "listingSubmitted", "listingPublished", "listingReturned", "listingRejected", "listingExpiring", "listingExpired", "interestReceived", "interestAccepted", "interestDeclined", "suggestionNew", "savedSearchDigest", "matchRecorded", "questionnaireReceipt", "questionnaireReturned", "questionnaireAccepted", "questionnaireReminder"] as const;
export type EmailTemplate = (typeof EMAIL_TEMPLATES)[number];

/**
 * The variables that carry a secret (a single-use token in a link). Whoever reads the stored
 * email could use them, so the outbox keeps them only until the email has been delivered.
 */
export const SECRET_VARS: Partial<Record<EmailTemplate, readonly string[]>> = {
  verifyEmail: ["link"],
  resetPassword: ["link"],
  consultantNominated: ["link"],
  // The one-click unsubscribe link works without sign-in: whoever holds it may unsubscribe.
  savedSearchDigest: ["unsubscribe"],
};

export interface RenderedEmail {
  subject: string;
  text: string;
  /** The text with each secret replaced by a marker; null when the template carries none. */
  redactedText: string | null;
}

/** Subject and plain-text body in the recipient's language (locales/<lng>/emails.json). */
export async function renderEmail(locale: string, template: EmailTemplate, vars: Record<string, string>): Promise<RenderedEmail> {
  const lng: Locale = isLocale(locale) ? locale : DEFAULT_LOCALE;
  const instance = createInstance();
  await instance.init({
    ...i18nextOptions,
    lng,
    ns: ["emails"],
    defaultNS: "emails",
    resources: {
      [lng]: { emails: await loadNamespace(lng, "emails") },
      [DEFAULT_LOCALE]: { emails: await loadNamespace(DEFAULT_LOCALE, "emails") },
    },
  });
  const t = instance.getFixedT(lng, "emails");
  const body = (v: Record<string, string>) => [t(`${template}.body`, v), "", t("signature", v)].join("\n");
  const secrets = SECRET_VARS[template] ?? [];
  // Rendered a second time with the marker in place of each secret, rather than searched and
  // replaced afterwards, so the redacted text cannot miss a secret however the template places it.
  const marker = t("linkRemoved");
  const redactedVars = Object.fromEntries(Object.entries(vars).map(([k, v]) => [k, secrets.includes(k) ? marker : v]));
  return {
    subject: t(`${template}.subject`, vars),
    text: body(vars),
    redactedText: secrets.length ? body(redactedVars) : null,
  };
}
