import { formatList } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import { placeNames } from "@/modules/countries/server";
import { ScrollRegion } from "@/modules/shell";
import { ROLES } from "../../constants";
import { notFound } from "next/navigation";
import { AppError } from "@/lib/errors";
import { userIdParams, userListQuerySchema } from "../../schemas";
import { getUser, listUsers, requirePageAccess } from "../../server";
import { FocalPointForm, UserEditForm } from "../admin-forms";
import { countryOptions } from "./options";
import { PageFrame } from "./page-frame";

const cell = "px-2 py-1.5 text-start";

function query(searchParams: Record<string, unknown>) {
  const parsed = userListQuerySchema.safeParse(searchParams);
  return parsed.success ? parsed.data : userListQuerySchema.parse({});
}

async function UserSearch({ lng, q, role, withRole }: { lng: Locale; q?: string; role?: string; withRole: boolean }) {
  const t = await getT(lng, "accounts");
  return (
    <form method="get" className="mb-6 flex flex-wrap items-end gap-3 rounded bg-slate-50 p-4">
      <label className="font-semibold">
        {t("admin.search")}
        <input name="q" defaultValue={q ?? ""} className="mt-1 block rounded border border-slate-400 px-2 py-1.5 font-normal" />
      </label>
      {withRole ? (
        <label className="font-semibold">
          {t("fields.roles")}
          <select name="role" defaultValue={role ?? ""} className="mt-1 block rounded border border-slate-400 px-2 py-1.5 font-normal">
            <option value="">{t("admin.anyRole")}</option>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white">
        {t("admin.searchSubmit")}
      </button>
    </form>
  );
}

export async function AdminUsersPage({ lng, searchParams }: { lng: Locale; searchParams: Record<string, unknown> }) {
  await requirePageAccess(lng, "users.manage", `/${lng}/admin/users`);
  const q = query(searchParams);
  const [t, names, { items, nextCursor }] = await Promise.all([getT(lng, "accounts"), placeNames(lng), listUsers(q)]);
  const nextParams = new URLSearchParams({ ...(q.q ? { q: q.q } : {}), ...(q.role ? { role: q.role } : {}), ...(nextCursor ? { cursor: nextCursor } : {}) });
  return (
    <PageFrame title={t("admin.usersTitle")} wide>
      <UserSearch lng={lng} q={q.q} role={q.role} withRole />
      <ScrollRegion label={t("admin.usersTitle")}>
        <table className="w-full text-sm">
          <thead>
            <tr className="border-b-2 border-slate-300">
              {(["name", "email", "organisationName", "roles", "focalPointCountry", "active"] as const).map((c) => (
                <th key={c} scope="col" className={cell}>
                  {t(`fields.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {items.map((u) => (
              <tr key={u.id} className="border-b border-slate-200">
                <th scope="row" className={`${cell} font-medium`}>
                  <a href={`/${lng}/admin/users/${u.id}`}>{u.name}</a>
                </th>
                <td className={cell} dir="ltr">{u.email}</td>
                <td className={cell}>{u.organisation.name}</td>
                <td className={cell}>{formatList(lng, u.roles.map((r) => t(`roles.${r}`)))}</td>
                <td className={cell}>{u.focalPointCountry ? names.country(u.focalPointCountry) : "—"}</td>
                <td className={cell}>{u.active ? t("admin.yes") : t("admin.no")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {nextCursor ? (
        <p className="mt-4">
          <a href={`/${lng}/admin/users?${nextParams}`}>{t("admin.more")}</a>
        </p>
      ) : null}
    </PageFrame>
  );
}

export async function AdminUserPage({ lng, id }: { lng: Locale; id: string }) {
  await requirePageAccess(lng, "users.manage", `/${lng}/admin/users/${id}`);
  const t = await getT(lng, "accounts");
  if (!userIdParams.safeParse({ id }).success) notFound();
  // Only "no such user" is a 404; an outage or a bug must show as what it is.
  const user = await getUser(id).catch((error: unknown) => {
    if (error instanceof AppError && error.kind === "not_found") notFound();
    throw error;
  });
  return (
    <PageFrame title={user.name} lead={`${user.email} · ${user.organisation.name}`}>
      <UserEditForm user={user} countries={await countryOptions(lng)} />
      <p className="mt-8">
        <a href={`/${lng}/admin/users`}>{t("admin.backToUsers")}</a>
      </p>
    </PageFrame>
  );
}

export async function FocalPointsPage({ lng, searchParams }: { lng: Locale; searchParams: Record<string, unknown> }) {
  await requirePageAccess(lng, "focal_points.nominate", `/${lng}/secretariat/focal-points`);
  const t = await getT(lng, "accounts");
  const q = query(searchParams);
  const { items } = await listUsers({ ...q, active: "true" });
  const countries = await countryOptions(lng);
  return (
    <PageFrame title={t("admin.focalPointsTitle")} lead={t("admin.focalPointsLead")} wide>
      <UserSearch lng={lng} q={q.q} withRole={false} />
      <ul className="space-y-4">
        {items.map((u) => (
          <li key={u.id} className="rounded border border-slate-200 p-4">
            <p className="font-semibold">
              {u.name} <span dir="ltr" className="font-normal text-slate-700">({u.email})</span>
            </p>
            <p className="mb-3 text-sm text-slate-700">{u.organisation.name}</p>
            <FocalPointForm user={u} countries={countries} />
          </li>
        ))}
      </ul>
    </PageFrame>
  );
}
