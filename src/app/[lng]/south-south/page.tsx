import { comingSoonMetadata, comingSoonPage } from "@/modules/shell/components/coming-soon-page";

export const generateMetadata = comingSoonMetadata("southSouth");
export default comingSoonPage("southSouth");
