import { comingSoonMetadata, comingSoonPage } from "@/modules/shell/components/coming-soon-page";

export const generateMetadata = comingSoonMetadata("consultants");
export default comingSoonPage("consultants");
