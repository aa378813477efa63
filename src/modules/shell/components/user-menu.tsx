import { isDatabaseUnavailable } from "@/lib/db/errors";
import type { Locale } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import { signOutAction } from "@/modules/accounts/actions/auth";
import { decide } from "@/modules/accounts/policy";
import { getCurrentUser } from "@/modules/accounts/server";
import { SIGN_IN_PATH, localHref } from "../nav";

const linkClass = "rounded px-2 py-1 text-sm text-white no-underline hover:bg-brand-700 hover:underline";

/** Sign-in link for visitors; account, the admin pages they may open, and sign-out for users. */
export async function UserMenu({ lng }: { lng: Locale }) {
  const t = await getT(lng);
  // The header is on every page, error pages included: with the database away it shows the
  // sign-in link rather than failing the whole layout (the page itself says what is wrong).
  const user = await getCurrentUser().catch((error: unknown) => {
    if (isDatabaseUnavailable(error)) return null;
    throw error;
  });
  if (!user) {
    return (
      <a href={localHref(lng, SIGN_IN_PATH)} className="rounded border border-white/70 px-3 py-1 text-sm text-white no-underline hover:bg-brand-700">
        {t("nav.signIn")}
      </a>
    );
  }
  const links = [
    { allowed: decide(user, "users.manage") === "allow", href: "/admin/users", label: t("nav.adminUsers") },
    { allowed: decide(user, "focal_points.nominate") === "allow", href: "/secretariat/focal-points", label: t("nav.focalPoints") },
    { allowed: decide(user, "audit.read") === "allow", href: "/admin/audit", label: t("nav.audit") },
    { allowed: decide(user, "outbox.read") === "allow", href: "/admin/outbox", label: t("nav.outbox") },
  ].filter((l) => l.allowed);
  return (
    <div className="flex flex-wrap items-center gap-1">
      {links.map((l) => (
        <a key={l.href} href={localHref(lng, l.href)} className={linkClass}>
          {l.label}
        </a>
      ))}
      <a href={localHref(lng, "/account")} className={linkClass}>
        {user.name}
      </a>
      <form action={signOutAction}>
        <input type="hidden" name="lng" value={lng} />
        <button type="submit" className="rounded border border-white/70 px-3 py-1 text-sm text-white hover:bg-brand-700">
          {t("nav.signOut")}
        </button>
      </form>
    </div>
  );
}
