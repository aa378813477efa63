"use client";
import { signIn } from "next-auth/react";

/** Single sign-on goes through next-auth's OAuth flow, which needs its CSRF token: this button fetches it. */
export function OidcButton({ label, callbackUrl }: { label: string; callbackUrl: string }) {
  return (
    <button
      type="button"
      onClick={() => void signIn("oidc", { callbackUrl })}
      className="rounded border border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50"
    >
      {label}
    </button>
  );
}
