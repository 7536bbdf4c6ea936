package cn.zwgk.server.upload;

import cn.zwgk.core.notice.Notice;
import cn.zwgk.core.store.AttachmentFiles;
import cn.zwgk.core.store.Database;
import cn.zwgk.server.notice.NoticeIntake;
import cn.zwgk.server.request.RequestIntake;
import cn.zwgk.core.sync.SyncJson;
import cn.zwgk.core.sync.Upload;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

/**
 * Receives records kiosks created, idempotently by id: new → stored; same content again → acknowledged
 * again; different content under a known id → refused and kept in {@code upload_conflict} for review.
 */
public final class UploadService {
    /** The record types kiosks may upload. */
    public static final Set<String> TYPES = Set.of("INFO_REQUEST", "NOTICE");

    private final Database database;
    private final UploadStore store = new UploadStore();
    private final NoticeIntake notices;
    private final RequestIntake requests;
    private final AttachmentFiles attachments;
    private final Clock clock;

    public UploadService(Database database, NoticeIntake notices, RequestIntake requests, AttachmentFiles attachments,
            Clock clock) {
        this.database = database;
        this.notices = notices;
        this.requests = requests;
        this.attachments = attachments;
        this.clock = clock;
    }

    /**
     * As {@link #refusal(String, Upload)}; an information request is checked by the request intake. A refused
     * notice is kept in {@code notice_refusal} for review (the kiosk holds it and shows the reason to staff).
     */
    public String refusal(String kioskId, String kioskSite, Upload upload) {
        if ("INFO_REQUEST".equals(upload.type())) {
            return requests.refusal(kioskId, kioskSite, upload);
        }
        String reason = refusal(kioskSite, upload);
        if (reason != null) {
            database.useTransaction(c -> store.insertRefusal(c, upload.id(), kioskId, reason,
                    SyncJson.write(upload.payload()), Timestamp.from(clock.instant())));
        }
        return reason;
    }

    /**
     * Refuses (with the reason) what no kiosk may send: a notice that does not validate or is for another
     * site than the kiosk's. Null when acceptable.
     */
    public String refusal(String kioskSite, Upload upload) {
        if (!"NOTICE".equals(upload.type())) {
            return null;
        }
        Notice notice;
        try {
            notice = SyncJson.convert(upload.payload(), Notice.class);
        } catch (RuntimeException e) {
            return "not a notice: " + e.getMessage();
        }
        if (!notice.validate().isEmpty()) {
            return "invalid notice: " + notice.validate().list().getFirst().message();
        }
        if (!kioskSite.equals(notice.siteCode())) {
            return "a kiosk of " + kioskSite + " cannot publish for site " + notice.siteCode();
        }
        // the kiosk sends a notice's new images before the notice: one missing here would fail on every other kiosk
        return notice.attachments().stream().filter(sha -> !attachments.has(sha)).findFirst()
                .map(sha -> "公告引用的图片 " + sha.substring(0, 12) + "… 未上传到中心，公告暂不发布，已留待核查")
                .orElse(null);
    }

    public Upload.Ack receive(String kioskId, Upload upload) {
        String plain = SyncJson.write(upload.payload());
        String hash = sha256(upload.type() + "\n" + plain);
        // an information request's personal data is kept only encrypted
        boolean request = "INFO_REQUEST".equals(upload.type());
        String payload = request ? requests.sealed(upload) : plain;
        Timestamp now = Timestamp.from(clock.instant());
        return database.inTransaction(c -> {
            Optional<String> known = store.hashOf(c, upload.id());
            if (known.isEmpty()) {
                store.insert(c, UploadStore.INSERT, upload.id(), kioskId, upload.type(), hash, payload, now);
                if (request) {
                    requests.receive(c, kioskId, upload.payload(), now.toInstant());
                }
                if ("NOTICE".equals(upload.type()) && notices.receive(c, upload.id(), kioskId,
                        SyncJson.convert(upload.payload(), Notice.class), now.toInstant())
                        == NoticeIntake.Outcome.CONFLICT) {
                    return new Upload.Ack(upload.id(), "HELD",
                            "the central copy changed meanwhile: both kept, the central copy stays until staff decide");
                }
                return new Upload.Ack(upload.id(), "ACCEPTED", null);
            }
            if (known.get().equals(hash)) {
                return new Upload.Ack(upload.id(), "DUPLICATE", null);
            }
            store.insert(c, UploadStore.INSERT_CONFLICT, upload.id(), kioskId, upload.type(), hash, payload, now);
            return new Upload.Ack(upload.id(), "CONFLICT",
                    "a different record with this id was received before; kept for review");
        });
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
