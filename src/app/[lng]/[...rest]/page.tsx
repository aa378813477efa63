import { notFound } from "next/navigation";

// Any path no page matches: render the localized not-found page with a 404.
export default function UnknownPage() {
  notFound();
}
