import { comingSoonMetadata, comingSoonPage } from "@/modules/shell/components/coming-soon-page";

export const generateMetadata = comingSoonMetadata("activities");
export default comingSoonPage("activities");
