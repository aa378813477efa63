import { describe, expect, it } from "vitest";
import { isPublicPage } from "./public-pages";

describe("isPublicPage", () => {
  it.each(["", "/", "/activities", "/activities?q=patent&type=workshop", "/activities/42", "/activities/statistics", "/countries", "/api-docs", "/consultants", "/consultants?q=patent&status=ldc&all=1", "/consultants/statistics", "/consultants/c1000000-0000-4000-8000-000000000040", "/consultants/C1000000-0000-4000-8000-00000000004A?x=1", "/matchmaking/matches", "/matchmaking/matches?modality=triangular", "/matchmaking/matches/c1000000-0000-4000-8000-000000000040", "/matchmaking/statistics", "/stories", "/stories?theme=innovation&year=2024", "/stories/c1000000-0000-4000-8000-000000000040"])("%s is public", (p) => {
    expect(isPublicPage(p)).toBe(true);
  });
  it.each(["/sign-in", "/register", "/reset-password", "/account", "/activities/new", "/activities/import", "/activities/42/edit", "/admin/users", "/secretariat/focal-points", "/verify-email", "/consultants/apply", "/consultants/review", "/consultants/review/c1000000-0000-4000-8000-000000000040", "/consultants/nominate", "/consultants/invitation", "/consultants/invitation/abc", "/consultants/c1000000-0000-4000-8000-000000000040/edit", "/consultants/not-a-uuid", "/consultants/statistics/x", "/matchmaking/matches/new", "/matchmaking/moderation", "/matchmaking/mine", "/matchmaking/unsubscribe", "/stories/manage", "/stories/new", "/stories/new?match=x", "/stories/c1000000-0000-4000-8000-000000000040/edit", "/stories/feed.xml"])(
    "%s is not",
    (p) => {
      expect(isPublicPage(p)).toBe(false);
    },
  );
});
