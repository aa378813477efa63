import "server-only";
import { createInstance } from "i18next";
import { i18nextOptions, loadNamespace } from "@/lib/i18n/load";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";

export const EMAIL_TEMPLATES = ["verifyEmail", "accountExists", "resetPassword", "passwordChanged", "roleChanged"] as const;
export type EmailTemplate = (typeof EMAIL_TEMPLATES)[number];

export interface RenderedEmail {
  subject: string;
  text: string;
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
  return {
    subject: t(`${template}.subject`, vars),
    text: [t(`${template}.body`, vars), "", t("signature", vars)].join("\n"),
  };
}
