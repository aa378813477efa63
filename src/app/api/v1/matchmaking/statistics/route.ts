import { apiRoute } from "@/lib/api/route";
import { matchmakingStatistics } from "@/modules/matchmaking/server";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ etag: "fromBody", cacheControl: "public, max-age=0, must-revalidate, s-maxage=60" }, async () => matchmakingStatistics());
