export { SiteHeader } from "./components/site-header";
export { SiteFooter } from "./components/site-footer";
export { ComingSoon } from "./components/coming-soon";
export { ForbiddenView, NotFoundView } from "./components/status-view";
export { ErrorStrings } from "./components/error-strings";
// Client components import it from "@/modules/shell/components/scroll-region" (this index pulls in server code).
export { ScrollRegion } from "./components/scroll-region";
export { HorizontalBars } from "./components/horizontal-bars";
export { FacetFieldset, type FacetOption } from "./components/facet-fieldset";
export { NAV_SECTIONS, SIGN_IN_PATH, localHref, type SectionKey } from "./nav";
export { currentLocale, currentLocalPath } from "./server/request-context";
