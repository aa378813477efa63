"use client";
import { useActionState } from "react";
import { useTranslation } from "react-i18next";
import { setFocalPointAction, updateUserAction } from "../actions/admin";
import { ROLES } from "../constants";
import { IDLE } from "../form-state";
import type { UserView } from "../schemas";
import type { Option } from "./auth-forms";
import { FormAlert, SelectField, SubmitButton } from "./form-parts";

export function UserEditForm({ user, countries }: { user: UserView; countries: Option[] }) {
  const { t } = useTranslation("accounts");
  const [state, action] = useActionState(updateUserAction, IDLE);
  return (
    <form action={action} noValidate>
      <FormAlert state={state} />
      <input type="hidden" name="id" value={user.id} />
      <fieldset className="mb-4">
        <legend className="font-semibold">{t("fields.roles")}</legend>
        <ul className="mt-2 grid gap-2 sm:grid-cols-2">
          {ROLES.map((role) => (
            <li key={role} className="flex items-center gap-2">
              <input id={`role-${role}`} type="checkbox" name="roles" value={role} defaultChecked={user.roles.includes(role)} className="size-5" />
              <label htmlFor={`role-${role}`}>{t(`roles.${role}`)}</label>
            </li>
          ))}
        </ul>
      </fieldset>
      <SelectField
        name="focalPointCountry"
        label={t("fields.focalPointCountry")}
        defaultValue={user.focalPointCountry ?? ""}
        state={state}
        options={countries}
        includeEmpty={t("admin.none")}
      />
      <div className="mb-4 flex items-center gap-2">
        <input id="f-active" type="checkbox" name="active" defaultChecked={user.active} className="size-5" />
        <label htmlFor="f-active">{t("fields.active")}</label>
      </div>
      <SubmitButton>{t("admin.save")}</SubmitButton>
    </form>
  );
}

export function FocalPointForm({ user, countries }: { user: UserView; countries: Option[] }) {
  const { t } = useTranslation("accounts");
  const [state, action] = useActionState(setFocalPointAction, IDLE);
  return (
    <form action={action} noValidate className="flex flex-wrap items-end gap-3">
      <input type="hidden" name="id" value={user.id} />
      <div className="min-w-56">
        <SelectField
          name="country"
          idSuffix={`-${user.id}`}
          label={t("fields.focalPointCountry")}
          defaultValue={user.focalPointCountry ?? ""}
          state={state}
          options={countries}
          includeEmpty={t("admin.none")}
        />
      </div>
      <div className="mb-4">
        <SubmitButton>{t("admin.save")}</SubmitButton>
      </div>
      <div className="w-full">
        <FormAlert state={state} />
      </div>
    </form>
  );
}
