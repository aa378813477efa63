"use client";
import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { useTranslation } from "react-i18next";
import { PASSWORD_MIN_LENGTH } from "../constants";
import type { FormState } from "../form-state";

const inputClass =
  "mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700";

export function FormAlert({ state }: { state: FormState }) {
  const { t } = useTranslation("accounts");
  if (!state.message) return null;
  // The module's own wording first, else the shared one of the action wrapper's refusals.
  const ok = state.status === "success";
  return (
    <p
      role={ok ? "status" : "alert"}
      className={`mb-4 rounded border-s-4 p-3 ${ok ? "border-green-700 bg-green-50 text-green-900" : "border-red-700 bg-red-50 text-red-900"}`}
    >
      {t([`messages.${state.message}`, `common:actionRefused.${state.message}`])}
    </p>
  );
}

function FieldError({ id, code }: { id: string; code?: string }) {
  const { t } = useTranslation("accounts");
  if (!code) return null;
  return (
    <p id={id} className="mt-1 text-sm font-semibold text-red-800">
      {t(`errors.${code}`, { defaultValue: t("errors.invalid") })}
    </p>
  );
}

/** A new-password field with the rules spelled out. */
export function NewPasswordField({ name, state }: { name: string; state: FormState }) {
  const { t } = useTranslation("accounts");
  return (
    <TextField
      name={name}
      type="password"
      label={t("fields.newPassword")}
      autoComplete="new-password"
      hint={t("passwordHint", { min: PASSWORD_MIN_LENGTH })}
      state={state}
    />
  );
}

interface FieldProps {
  name: string;
  label: string;
  state: FormState;
  type?: string;
  autoComplete?: string;
  defaultValue?: string;
  hint?: string;
  required?: boolean;
  valueKey?: string;
}

export function TextField({ name, label, state, type = "text", autoComplete, defaultValue, hint, required = true, valueKey }: FieldProps) {
  const error = state.fieldErrors?.[name];
  const id = `f-${name.replace(/\W/g, "-")}`;
  const value = type === "password" ? undefined : (state.values?.[name] ?? state.values?.[valueKey ?? name] ?? defaultValue);
  return (
    <div className="mb-4">
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type={type}
        autoComplete={autoComplete}
        required={required}
        defaultValue={value}
        aria-invalid={error ? "true" : undefined}
        aria-describedby={[error && `${id}-error`, hint && `${id}-hint`].filter(Boolean).join(" ") || undefined}
        className={inputClass}
        dir={type === "email" || type === "password" ? "ltr" : undefined}
      />
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} code={error} />
    </div>
  );
}

export function SelectField({
  name,
  label,
  state,
  options,
  defaultValue,
  valueKey,
  includeEmpty,
  idSuffix = "",
}: {
  idSuffix?: string;
  name: string;
  label: string;
  state: FormState;
  options: { value: string; label: string; lang?: string }[];
  defaultValue?: string;
  valueKey?: string;
  includeEmpty?: string;
}) {
  const error = state.fieldErrors?.[name];
  const id = `f-${name.replace(/\W/g, "-")}${idSuffix}`;
  return (
    <div className="mb-4">
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <select
        id={id}
        name={name}
        defaultValue={state.values?.[name] ?? state.values?.[valueKey ?? name] ?? defaultValue ?? ""}
        aria-invalid={error ? "true" : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={inputClass}
      >
        {includeEmpty !== undefined ? <option value="">{includeEmpty}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value} lang={o.lang}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldError id={`${id}-error`} code={error} />
    </div>
  );
}

export function SubmitButton({ children, danger = false }: { children: ReactNode; danger?: boolean }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={`rounded px-4 py-2 font-semibold text-white disabled:opacity-60 ${danger ? "bg-red-800 hover:bg-red-900" : "bg-brand-700 hover:bg-brand-800"}`}
    >
      {children}
    </button>
  );
}
