import { currentLocale, ForbiddenView } from "@/modules/shell";

export default async function Forbidden() {
  return <ForbiddenView lng={await currentLocale()} />;
}
