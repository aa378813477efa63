"use client";
import { useActionState } from "react";
import { useTranslation } from "react-i18next";
import { forgotPasswordAction, registerAction, resetPasswordAction, signInAction, verifyEmailAction } from "../actions/auth";
import { ORGANISATION_TYPES } from "../constants";
import { IDLE } from "../form-state";
import { FormAlert, NewPasswordField, SelectField, SubmitButton, TextField } from "./form-parts";

export interface Option {
  value: string;
  label: string;
  lang?: string;
}

export function SignInForm({ lng, next }: { lng: string; next?: string }) {
  const { t } = useTranslation("accounts");
  const [state, action] = useActionState(signInAction, IDLE);
  return (
    <form action={action} noValidate>
      <FormAlert state={state} />
      <input type="hidden" name="lng" value={lng} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <TextField name="email" type="email" label={t("fields.email")} autoComplete="username" state={state} />
      <TextField name="password" type="password" label={t("fields.password")} autoComplete="current-password" state={state} />
      <SubmitButton>{t("signIn.submit")}</SubmitButton>
    </form>
  );
}

export function RegisterForm({ lng, countries, languages }: { lng: string; countries: Option[]; languages: Option[] }) {
  const { t } = useTranslation("accounts");
  const [state, action] = useActionState(registerAction, IDLE);
  if (state.status === "success") return <FormAlert state={state} />;
  return (
    <form action={action} noValidate>
      <FormAlert state={state} />
      <input type="hidden" name="lng" value={lng} />
      <TextField name="name" label={t("fields.name")} autoComplete="name" state={state} />
      <TextField name="email" type="email" label={t("fields.email")} autoComplete="email" state={state} />
      <NewPasswordField name="password" state={state} />
      <fieldset className="mb-4 rounded border border-slate-300 p-4">
        <legend className="px-1 font-semibold">{t("fields.organisation")}</legend>
        <TextField name="organisation.name" valueKey="organisationName" label={t("fields.organisationName")} autoComplete="organization" state={state} />
        <SelectField
          name="organisation.type"
          valueKey="organisationType"
          label={t("fields.organisationType")}
          state={state}
          options={ORGANISATION_TYPES.map((v) => ({ value: v, label: t(`organisationTypes.${v}`) }))}
        />
        <SelectField name="organisation.country" valueKey="organisationCountry" label={t("fields.country")} state={state} options={countries} includeEmpty="" />
      </fieldset>
      <SelectField name="preferredLanguage" label={t("fields.preferredLanguage")} state={state} options={languages} defaultValue={lng} />
      <SubmitButton>{t("register.submit")}</SubmitButton>
    </form>
  );
}

export function VerifyEmailForm({ lng, token }: { lng: string; token: string }) {
  const { t } = useTranslation("accounts");
  const [state, action] = useActionState(verifyEmailAction, IDLE);
  return (
    <form action={action}>
      <FormAlert state={state} />
      <input type="hidden" name="lng" value={lng} />
      <input type="hidden" name="token" value={token} />
      {state.status === "success" ? (
        <a href={`/${lng}/sign-in`} className="font-semibold">
          {t("signIn.title")}
        </a>
      ) : (
        <SubmitButton>{t("verify.submit")}</SubmitButton>
      )}
    </form>
  );
}

export function ForgotPasswordForm({ lng }: { lng: string }) {
  const { t } = useTranslation("accounts");
  const [state, action] = useActionState(forgotPasswordAction, IDLE);
  return (
    <form action={action} noValidate>
      <FormAlert state={state} />
      <input type="hidden" name="lng" value={lng} />
      <TextField name="email" type="email" label={t("fields.email")} autoComplete="email" state={state} />
      <SubmitButton>{t("forgot.submit")}</SubmitButton>
    </form>
  );
}

export function ResetPasswordForm({ lng, token }: { lng: string; token: string }) {
  const { t } = useTranslation("accounts");
  const [state, action] = useActionState(resetPasswordAction, IDLE);
  if (state.status === "success") {
    return (
      <>
        <FormAlert state={state} />
        <a href={`/${lng}/sign-in`} className="font-semibold">
          {t("signIn.title")}
        </a>
      </>
    );
  }
  return (
    <form action={action} noValidate>
      <FormAlert state={state} />
      <input type="hidden" name="lng" value={lng} />
      <input type="hidden" name="token" value={token} />
      <NewPasswordField name="password" state={state} />
      <SubmitButton>{t("reset.submit")}</SubmitButton>
    </form>
  );
}
