import { redirect } from "next/navigation";
import type { Locale } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import { safeLocalPath } from "../../form-state";
import { getCurrentUser, peekToken } from "../../server";
import { ForgotPasswordForm, RegisterForm, ResetPasswordForm, SignInForm, VerifyEmailForm } from "../auth-forms";
import { OidcButton } from "../oidc-button";
import { countryOptions, languageOptions } from "./options";
import { PageFrame } from "./page-frame";

export async function SignInPage({ lng, next }: { lng: Locale; next?: string }) {
  if (await getCurrentUser()) redirect(safeLocalPath(next, `/${lng}/account`));
  const t = await getT(lng, "accounts");
  const oidcName = process.env.OIDC_ISSUER ? (process.env.OIDC_NAME ?? "SSO") : null;
  return (
    <PageFrame title={t("signIn.title")} lead={t("signIn.lead")}>
      <SignInForm lng={lng} next={next ? safeLocalPath(next, "") || undefined : undefined} />
      {oidcName ? (
        <div className="mt-6 border-t border-slate-200 pt-6">
          <OidcButton label={t("signIn.sso", { provider: oidcName })} callbackUrl={`/${lng}/account`} />
        </div>
      ) : null}
      <ul className="mt-8 space-y-2">
        <li>
          <a href={`/${lng}/forgot-password`}>{t("signIn.forgot")}</a>
        </li>
        <li>
          <a href={`/${lng}/register`}>{t("signIn.register")}</a>
        </li>
      </ul>
    </PageFrame>
  );
}

export async function RegisterPage({ lng }: { lng: Locale }) {
  const t = await getT(lng, "accounts");
  return (
    <PageFrame title={t("register.title")} lead={t("register.lead")}>
      <RegisterForm lng={lng} countries={await countryOptions(lng)} languages={languageOptions()} />
      <p className="mt-8">
        <a href={`/${lng}/sign-in`}>{t("register.haveAccount")}</a>
      </p>
    </PageFrame>
  );
}

export async function VerifyEmailPage({ lng, token }: { lng: Locale; token: string }) {
  const t = await getT(lng, "accounts");
  return (
    <PageFrame title={t("verify.title")} lead={t("verify.lead")}>
      <VerifyEmailForm lng={lng} token={token} />
    </PageFrame>
  );
}

export async function ForgotPasswordPage({ lng }: { lng: Locale }) {
  const t = await getT(lng, "accounts");
  return (
    <PageFrame title={t("forgot.title")} lead={t("forgot.lead")}>
      <ForgotPasswordForm lng={lng} />
    </PageFrame>
  );
}

export async function ResetPasswordPage({ lng, token }: { lng: Locale; token: string }) {
  const t = await getT(lng, "accounts");
  const usable = Boolean(await peekToken(token, "reset_password"));
  return (
    <PageFrame title={t("reset.title")} lead={usable ? t("reset.lead") : undefined}>
      {usable ? (
        <ResetPasswordForm lng={lng} token={token} />
      ) : (
        <p role="alert" className="rounded border-s-4 border-red-700 bg-red-50 p-3 text-red-900">
          {t("messages.invalidLink")} <a href={`/${lng}/forgot-password`}>{t("forgot.title")}</a>
        </p>
      )}
    </PageFrame>
  );
}
