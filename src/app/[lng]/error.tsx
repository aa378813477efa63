"use client";
import { UNAVAILABLE_DIGEST } from "@/lib/page-errors";
import { ErrorView } from "@/modules/shell/components/error-view";
import { UnavailableView } from "@/modules/shell/components/unavailable-view";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  if (error.digest === UNAVAILABLE_DIGEST) return <UnavailableView onRetry={reset} />;
  return <ErrorView digest={error.digest} onRetry={reset} />;
}
