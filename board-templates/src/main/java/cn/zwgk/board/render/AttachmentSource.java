package cn.zwgk.board.render;

import java.util.Optional;

/** Where the bytes of a notice's attachments are, by SHA-256 (the kiosk's attachment store, the server's). */
@FunctionalInterface
public interface AttachmentSource {
    AttachmentSource NONE = sha -> Optional.empty();

    Optional<byte[]> bytes(String sha256);
}
