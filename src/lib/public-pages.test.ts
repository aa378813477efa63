import { describe, expect, it } from "vitest";
import { isPublicPage } from "./public-pages";

describe("isPublicPage", () => {
  it.each(["", "/", "/activities", "/activities?q=patent&type=workshop", "/activities/42", "/activities/statistics", "/countries", "/api-docs"])("%s is public", (p) => {
    expect(isPublicPage(p)).toBe(true);
  });
  it.each(["/sign-in", "/register", "/reset-password", "/account", "/activities/new", "/activities/import", "/activities/42/edit", "/admin/users", "/secretariat/focal-points", "/verify-email"])(
    "%s is not",
    (p) => {
      expect(isPublicPage(p)).toBe(false);
    },
  );
});
