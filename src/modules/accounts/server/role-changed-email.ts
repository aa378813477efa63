import "server-only";
import { formatList } from "@/lib/i18n/format";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import { placeNames } from "@/modules/countries/server";

/**
 * The roleChanged email's values in the recipient's language: role names joined as that
 * language joins a list, the focal-point country by its name (never codes like "focal_point, EG").
 */
export async function roleChangedVars(user: { name: string; roles: readonly string[]; focalPointCountry: string | null; preferredLanguage: string }): Promise<Record<string, string>> {
  const lng = isLocale(user.preferredLanguage) ? user.preferredLanguage : DEFAULT_LOCALE;
  const [t, names] = await Promise.all([getT(lng, "accounts"), placeNames(lng)]);
  return {
    name: user.name,
    roles: formatList(lng, user.roles.map((r) => t(`roles.${r}`, { defaultValue: r }))),
    country: user.focalPointCountry ? names.country(user.focalPointCountry) : "—",
  };
}
