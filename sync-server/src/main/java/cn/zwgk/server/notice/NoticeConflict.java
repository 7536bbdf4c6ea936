package cn.zwgk.server.notice;

import cn.zwgk.core.notice.Notice;
import java.time.Instant;

/** A kiosk's edit of a notice that the central office had changed meanwhile; both copies are kept. */
public record NoticeConflict(String uploadId, String kioskId, Notice kioskCopy, long centralVersion,
        Instant receivedAt) {
}
