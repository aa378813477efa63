import { comingSoonMetadata, comingSoonPage } from "@/modules/shell/components/coming-soon-page";

export const generateMetadata = comingSoonMetadata("matchmaking");
export default comingSoonPage("matchmaking");
