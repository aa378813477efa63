/**
 * npm run i18n:check — fails on any UI string missing, empty or mistranslated in a locale,
 * on a plural key lacking a form its language needs (Intl.PluralRules), and on a count
 * passed to a key that has no plural forms.
 */
import { LOCALES } from "../src/lib/i18n/locales";
import { ROOT } from "./lib/root";
import { checkProject } from "./lib/i18n-check";

const problems = checkProject(ROOT, LOCALES);
if (problems.length) {
  console.error(`i18n check: ${problems.length} problem(s)\n  ${problems.join("\n  ")}`);
  process.exit(1);
}
console.log(`i18n check: every key present, non-empty and with its plural forms in ${LOCALES.length} locales`);
