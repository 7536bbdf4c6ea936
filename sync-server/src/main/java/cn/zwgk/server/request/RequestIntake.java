package cn.zwgk.server.request;

import cn.zwgk.core.calendar.CountedDate;
import cn.zwgk.core.request.DueDates;
import cn.zwgk.core.request.InfoRequest;
import cn.zwgk.core.request.RequestEvent;
import cn.zwgk.core.request.RequestEventType;
import cn.zwgk.core.request.RequestState;
import cn.zwgk.core.request.RequestStatus;
import cn.zwgk.core.store.Database;
import cn.zwgk.core.sync.SyncJson;
import cn.zwgk.core.sync.Upload;
import cn.zwgk.core.validation.Violation;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Takes INFO_REQUEST uploads in: a valid one becomes a request row (personal data encrypted) with its SUBMITTED
 * event and its first status in the change log, in the upload's own transaction — so the upload's idempotency
 * (same id and content → acknowledged again, different content → 409) also means one request per upload. A
 * malformed one is refused with the reason and kept (encrypted) for review. Nothing personal is logged.
 */
public final class RequestIntake {
    private static final Logger LOG = LoggerFactory.getLogger(RequestIntake.class);
    /** A submission time this far ahead of the server's clock is doubtful even if the kiosk did not say so. */
    static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(10);

    private final Database database;
    private final RequestStore store;
    private final RequestCipher cipher;
    private final StatusWriter status;
    private final RequestCalendars calendars;
    private final Clock clock;

    RequestIntake(Database database, RequestStore store, RequestCipher cipher, StatusWriter status,
            RequestCalendars calendars, Clock clock) {
        this.database = database;
        this.store = store;
        this.cipher = cipher;
        this.status = status;
        this.calendars = calendars;
        this.clock = clock;
    }

    /**
     * Why the upload cannot be taken in (Chinese, per field), after keeping it for review; null when acceptable.
     */
    public String refusal(String kioskId, String kioskSite, Upload upload) {
        String reason = problem(kioskId, kioskSite, upload);
        if (reason != null) {
            String sealed = cipher.encrypt(upload.id(), SyncJson.write(upload.payload()));
            database.useTransaction(c -> store.insertRefusal(c, upload.id(), kioskId, reason, sealed, clock.instant()));
            LOG.warn("refused INFO_REQUEST upload {} from kiosk {}; kept for review", upload.id(), kioskId);
        }
        return reason;
    }

    private static String problem(String kioskId, String kioskSite, Upload upload) {
        InfoRequest r;
        try {
            r = SyncJson.convert(upload.payload(), InfoRequest.class);
        } catch (RuntimeException e) {
            return "申请数据格式不正确，无法读取";
        }
        List<Violation> violations = r.validate().list();
        if (!violations.isEmpty()) {
            return "申请内容不完整或有误：" + violations.stream().map(Violation::message).collect(Collectors.joining("；"));
        }
        if (!upload.id().equals(r.id())) {
            return "申请编号与上传编号不一致";
        }
        if (!kioskId.equals(r.kioskId()) || !kioskSite.equals(r.siteCode())) {
            return "终端 " + kioskId + "（站点 " + kioskSite + "）不能代其他终端或站点提交申请";
        }
        return null;
    }

    /** The upload's payload as the upload table keeps it: encrypted (the id is the associated data). */
    public String sealed(Upload upload) {
        return cipher.encrypt(upload.id(), SyncJson.write(upload.payload()));
    }

    /** Within the upload's transaction: the request, its SUBMITTED event and its first status. */
    public void receive(Connection c, String kioskId, JsonNode payload, Instant now) throws SQLException {
        InfoRequest r = SyncJson.convert(payload, InfoRequest.class);
        boolean doubt = r.clockDoubt() || r.submittedAt().isAfter(now.plus(FUTURE_TOLERANCE));
        LocalDate received = r.submittedDate();
        RequestEvent submitted = RequestEvent.of(RequestEventType.SUBMITTED, now, "kiosk:" + kioskId, received,
                doubt ? "终端时钟可疑，请核对收到日期" : null);
        CountedDate due = due(c, received, submitted);
        RequestSummary summary = new RequestSummary(r.id(), r.code().toString(), kioskId, r.siteCode(),
                r.applicantType(), r.organisationKind(), r.delivery(), null, received, r.submittedAt(), doubt,
                RequestState.SUBMITTED, due.date(), due.provisional(), null, null, null, 1);
        String phoneCheck = RequestStatus.phoneCheck(r.code(), r.phone());
        store.insert(c, summary, new RequestStore.Sealed(phoneCheck, cipher.encrypt(r.id(), SyncJson.write(r))), now);
        store.insertEvent(c, r.id(), 1, submitted);
        status.publish(c, summary);
    }

    /** The first due date: provisional when it reaches into a year without an official calendar. */
    private CountedDate due(Connection c, LocalDate received, RequestEvent submitted) throws SQLException {
        return DueDates.dueDate(received, List.of(submitted), calendars.current(c)).orElseThrow();
    }
}
