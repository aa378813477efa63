"use client";
import { useActionState } from "react";
import { useTranslation } from "react-i18next";
import { changePasswordAction, deleteAccountAction, updateProfileAction } from "../actions/account";
import { ORGANISATION_TYPES } from "../constants";
import { IDLE } from "../form-state";
import type { UserView } from "../schemas";
import type { Option } from "./auth-forms";
import { FormAlert, NewPasswordField, SelectField, SubmitButton, TextField } from "./form-parts";

export function ProfileForm({ lng, user, countries, languages }: { lng: string; user: UserView; countries: Option[]; languages: Option[] }) {
  const { t } = useTranslation("accounts");
  const [state, action] = useActionState(updateProfileAction, IDLE);
  return (
    <form action={action} noValidate>
      <FormAlert state={state} />
      <input type="hidden" name="lng" value={lng} />
      <TextField name="name" label={t("fields.name")} autoComplete="name" defaultValue={user.name} state={state} />
      <TextField name="organisation.name" valueKey="organisationName" label={t("fields.organisationName")} defaultValue={user.organisation.name} state={state} />
      <SelectField
        name="organisation.type"
        valueKey="organisationType"
        label={t("fields.organisationType")}
        defaultValue={user.organisation.type}
        state={state}
        options={ORGANISATION_TYPES.map((v) => ({ value: v, label: t(`organisationTypes.${v}`) }))}
      />
      <SelectField name="organisation.country" valueKey="organisationCountry" label={t("fields.country")} defaultValue={user.organisation.country} state={state} options={countries} />
      <SelectField name="preferredLanguage" label={t("fields.preferredLanguage")} defaultValue={user.preferredLanguage} state={state} options={languages} />
      <SubmitButton>{t("account.saveProfile")}</SubmitButton>
    </form>
  );
}

export function ChangePasswordForm({ lng }: { lng: string }) {
  const { t } = useTranslation("accounts");
  const [state, action] = useActionState(changePasswordAction, IDLE);
  return (
    <form action={action} noValidate>
      <FormAlert state={state} />
      <input type="hidden" name="lng" value={lng} />
      <TextField name="currentPassword" type="password" label={t("fields.currentPassword")} autoComplete="current-password" state={state} />
      <NewPasswordField name="newPassword" state={state} />
      <SubmitButton>{t("account.changePassword")}</SubmitButton>
    </form>
  );
}

export function DeleteAccountForm({ lng }: { lng: string }) {
  const { t } = useTranslation("accounts");
  const [state, action] = useActionState(deleteAccountAction, IDLE);
  return (
    <form action={action} noValidate>
      <FormAlert state={state} />
      <input type="hidden" name="lng" value={lng} />
      <TextField name="password" type="password" label={t("fields.currentPassword")} autoComplete="current-password" state={state} />
      <div className="mb-4 flex items-center gap-2">
        <input id="f-confirm" type="checkbox" name="confirm" className="size-5" aria-invalid={state.fieldErrors?.confirm ? "true" : undefined} />
        <label htmlFor="f-confirm">{t("account.deleteConfirm")}</label>
      </div>
      <SubmitButton danger>{t("account.delete")}</SubmitButton>
    </form>
  );
}
