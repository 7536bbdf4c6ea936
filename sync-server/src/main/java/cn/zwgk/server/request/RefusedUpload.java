package cn.zwgk.server.request;

import java.time.Instant;

/**
 * An INFO_REQUEST upload refused as malformed (the kiosk got 422 with {@code reason}), kept for a person to
 * review. The payload itself is encrypted; {@link RequestDesk#refusedPayload} reads it (audited).
 */
public record RefusedUpload(String id, String uploadId, String kioskId, String reason, Instant receivedAt,
                            Instant reviewedAt) {
}
