import type { ReactNode } from "react";

/**
 * A box that scrolls sideways on narrow screens (a wide table or chart): focusable, so a
 * keyboard can scroll it with the arrow keys, and a named region, so a screen reader says
 * what it holds (axe: scrollable-region-focusable). No hooks: usable from server and client
 * components alike. Give it the label of what it holds, in the reader's language.
 */
export function ScrollRegion({ label, className = "", children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      // The focus ring is the global :focus-visible one (globals.css).
      className={`overflow-x-auto ${className}`.trim()}
    >
      {children}
    </div>
  );
}
