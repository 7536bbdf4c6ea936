package cn.zwgk.server.upload;

import cn.zwgk.core.notice.Notice;
import cn.zwgk.core.store.AttachmentFiles;
import cn.zwgk.core.store.Database;
import cn.zwgk.server.notice.KioskNotices;
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
    private final KioskNotices notices;
    private final NoticeIntake intake;
    private final RequestIntake requests;
    private final AttachmentFiles attachments;
    private final Clock clock;

    public UploadService(Database database, KioskNotices notices, NoticeIntake intake, RequestIntake requests,
            AttachmentFiles attachments, Clock clock) {
        this.database = database;
        this.notices = notices;
        this.intake = intake;
        this.requests = requests;
        this.attachments = attachments;
        this.clock = clock;
    }

    /** The server's answer to one upload: a refusal (422, the reason for staff) or an acknowledgement. */
    public record Answer(String refusal, Upload.Ack ack) {
    }

    /**
     * Checks and stores one upload from the kiosk {@code kioskId} of {@code kioskSite}. An information request is
     * checked by the request intake; a notice by {@link KioskNotices} (the server sets its site, origin, author and
     * urgency; a refused one is kept in {@code notice_refusal} for review, the kiosk holds it and shows staff why).
     */
    public Answer take(String kioskId, String kioskSite, Upload upload) {
        if ("INFO_REQUEST".equals(upload.type())) {
            String refusal = requests.refusal(kioskId, kioskSite, upload);
            return refusal != null ? new Answer(refusal, null) : new Answer(null, receive(kioskId, upload, null));
        }
        if (sameAgain(upload)) {
            // a lost acknowledgement: answered as before, whatever happened to the notice since
            return new Answer(null, new Upload.Ack(upload.id(), "DUPLICATE", null));
        }
        KioskNotices.Admission admission = notices.admit(kioskId, kioskSite, upload.payload());
        String refusal = admission.refusal() != null ? admission.refusal() : missingImage(admission.notice());
        if (refusal != null) {
            database.useTransaction(c -> store.insertRefusal(c, upload.id(), kioskId, refusal,
                    SyncJson.write(upload.payload()), Timestamp.from(clock.instant())));
            return new Answer(refusal, null);
        }
        return new Answer(null, receive(kioskId, upload, admission.notice()));
    }

    private boolean sameAgain(Upload upload) {
        String hash = hashOf(upload);
        return database.inTransaction(c -> store.hashOf(c, upload.id())).map(hash::equals).orElse(false);
    }

    private static String hashOf(Upload upload) {
        return sha256(upload.type() + "\n" + SyncJson.write(upload.payload()));
    }

    /** The kiosk sends a notice's new images before the notice: one missing here would fail on every other kiosk. */
    private String missingImage(Notice notice) {
        return notice.attachments().stream().filter(sha -> !attachments.has(sha)).findFirst()
                .map(sha -> "公告引用的图片 " + sha.substring(0, 12) + "… 未上传到中心，公告暂不发布，已留待核查")
                .orElse(null);
    }

    /** {@code notice}: the notice as admitted (null for an information request). */
    private Upload.Ack receive(String kioskId, Upload upload, Notice notice) {
        String plain = SyncJson.write(upload.payload());
        String hash = hashOf(upload);
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
                if (notice != null && intake.receive(c, upload.id(), kioskId, notice, now.toInstant())
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
