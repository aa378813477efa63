/**
 * Request body limits, in one place. next.config.ts (Next's proxy buffer and server
 * actions), our production server (scripts/lib/portal-server.mjs, 413 above; a mirrored
 * constant, kept equal by its test) and
 * deploy/nginx.conf (`client_max_body_size`, checked by scripts/deploy-config.test.ts)
 * all follow MAX_REQUEST_BODY_BYTES; the import itself checks MAX_IMPORT_BYTES.
 */

/** The largest activities import file (CSV or XLSX). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** Room for the multipart envelope around the file: boundaries, part headers, the other fields. */
export const MULTIPART_ROOM_BYTES = 1024 * 1024;

/** The largest request body the portal reads anywhere (21 MiB). */
export const MAX_REQUEST_BODY_BYTES = MAX_IMPORT_BYTES + MULTIPART_ROOM_BYTES;

/** "20 MiB": sizes as the messages name them. */
export function mebibytes(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MiB`;
}
