package cn.zwgk.core.sync;

import tools.jackson.databind.JsonNode;

/**
 * A record a kiosk created (an information request, a locally written notice), sent up with
 * {@code PUT /sync/v1/uploads/<id>}. The server is idempotent on {@code id}: the same content again is
 * acknowledged again (200); different content under the same id is refused (409) and kept for review.
 *
 * @param type    what it is, e.g. {@code INFO_REQUEST}, {@code NOTICE}
 * @param id      the UUID the kiosk gave it
 * @param payload the record
 */
public record Upload(String type, String id, JsonNode payload) {

    /** The server's answer: {@code ACCEPTED} (new), {@code DUPLICATE} (same content again) or {@code CONFLICT}. */
    public record Ack(String id, String status, String message) {
    }
}
