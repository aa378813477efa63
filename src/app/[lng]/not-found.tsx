import { currentLocale, NotFoundView } from "@/modules/shell";

export default async function NotFound() {
  return <NotFoundView lng={await currentLocale()} />;
}
