import { comingSoonMetadata, comingSoonPage } from "@/modules/shell/components/coming-soon-page";

export const generateMetadata = comingSoonMetadata("stories");
export default comingSoonPage("stories");
