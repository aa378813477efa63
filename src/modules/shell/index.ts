export { SiteHeader } from "./components/site-header";
export { SiteFooter } from "./components/site-footer";
export { ComingSoon } from "./components/coming-soon";
export { ForbiddenView, NotFoundView } from "./components/status-view";
export { NAV_SECTIONS, SIGN_IN_PATH, localHref, type SectionKey } from "./nav";
export { currentLocale } from "./server/request-context";
