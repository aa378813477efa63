"use client";
import { useActionState } from "react";
import { sendMessageAction, type ContactFormState } from "../actions/contact";

export interface ContactFormText {
  title: string;
  lead: string;
  name: string;
  email: string;
  message: string;
  honeypot: string;
  submit: string;
  sent: string;
  refused: Record<string, string>;
  errors: Record<string, string>;
}

/** The contact form's fields (works without JavaScript); what was typed comes back with the errors. */
export function ContactFormFields({ lng, consultantId, text }: { lng: string; consultantId: string; text: ContactFormText }) {
  const [state, action] = useActionState<ContactFormState, FormData>(sendMessageAction, {});
  const values = state.values ?? { name: "", email: "", message: "" };
  const input = "mt-1 block w-full rounded border border-slate-400 px-2 py-1.5";
  const errorOf = (field: string) => (state.errors?.[field] ? (text.errors[state.errors[field]] ?? text.errors.invalid) : null);
  const field = (name: "name" | "email" | "message") => {
    const error = errorOf(name);
    const props = {
      id: `contact-${name}`,
      name,
      required: true,
      defaultValue: values[name],
      "aria-invalid": error ? ("true" as const) : undefined,
      "aria-describedby": error ? `contact-${name}-error` : undefined,
      className: input,
    };
    return (
      <div>
        <label htmlFor={`contact-${name}`} className="block font-semibold">{text[name]}</label>
        {name === "message" ? <textarea {...props} rows={6} maxLength={5000} /> : <input {...props} type={name === "email" ? "email" : "text"} autoComplete={name === "email" ? "email" : "name"} maxLength={name === "email" ? 254 : 120} />}
        {error ? <p id={`contact-${name}-error`} className="mt-1 text-sm text-red-800">{error}</p> : null}
      </div>
    );
  };
  return (
    <form action={action} className="space-y-3" aria-labelledby="contact-title">
      <h2 id="contact-title" className="text-xl font-bold text-brand-900">{text.title}</h2>
      <p className="text-sm text-slate-700">{text.lead}</p>
      <input type="hidden" name="consultantId" value={consultantId} />
      <input type="hidden" name="lng" value={lng} />
      {state.status === "sent" ? (
        <p role="status" className="rounded border-s-4 border-green-700 bg-green-50 p-3 text-green-900">{text.sent}</p>
      ) : null}
      {state.status === "error" && state.message ? (
        <p role="alert" className="rounded border-s-4 border-red-700 bg-red-50 p-3 text-red-900">{text.refused[state.message] ?? text.refused.fixErrors}</p>
      ) : null}
      <div key={state.round ?? 0} className="space-y-3">
        {field("name")}
        {field("email")}
        {field("message")}
        {/* The honeypot: hidden from people (and from assistive technology), filled by form-filling robots. */}
        <div className="pointer-events-none absolute size-px overflow-hidden opacity-0 [clip-path:inset(50%)]" aria-hidden="true">
          <label htmlFor="contact-website">{text.honeypot}</label>
          <input id="contact-website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>
      </div>
      <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">{text.submit}</button>
    </form>
  );
}
