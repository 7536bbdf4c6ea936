package cn.zwgk.kiosk.request;

import cn.zwgk.core.calendar.CalendarBook;
import cn.zwgk.core.calendar.CountedDate;
import cn.zwgk.core.calendar.WorkingCalendar;
import cn.zwgk.core.request.DueDates;
import cn.zwgk.core.request.InfoRequest;
import cn.zwgk.core.request.RequestStatus;
import cn.zwgk.core.request.TrackingCode;
import cn.zwgk.core.store.Database;
import cn.zwgk.core.sync.RecordType;
import cn.zwgk.core.sync.SyncJson;
import cn.zwgk.core.validation.Violation;
import cn.zwgk.core.validation.Violations;
import cn.zwgk.kiosk.reference.ReferenceStore;
import cn.zwgk.kiosk.sync.OutboxStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Information requests at the kiosk: files a request (tracking code from this kiosk's own sequence, the
 * legal receipt date from its clock, the record sealed into the outbox — all in one Derby transaction, so
 * a receipt is only shown for a request that is stored), answers status look-ups, and purges personal data
 * once the server has had it for the retention delay. Works with no network at all.
 */
public final class RequestService {
    private static final Logger LOG = LoggerFactory.getLogger(RequestService.class);
    static final String UPLOAD_TYPE = "INFO_REQUEST";

    private final Database database;
    private final RequestStore store;
    private final OutboxStore outbox;
    private final ReferenceStore references = new ReferenceStore();
    private final String kioskId;
    private final String siteCode;
    private final ZoneId zone;
    private final Clock clock;
    private final Supplier<Long> clockDriftMillis;
    private final RequestSettings settings;
    private final StatusLimiter limiter;

    /**
     * @param clockDriftMillis the kiosk's last measured clock drift against the server (null if never measured)
     */
    public RequestService(Database database, RequestStore store, OutboxStore outbox, String kioskId, String siteCode,
            ZoneId zone, Clock clock, Supplier<Long> clockDriftMillis, RequestSettings settings) {
        this.database = database;
        this.store = store;
        this.outbox = outbox;
        this.kioskId = kioskId;
        this.siteCode = siteCode;
        this.zone = zone;
        this.clock = clock;
        this.clockDriftMillis = clockDriftMillis;
        this.settings = settings;
        this.limiter = new StatusLimiter(clock, settings.failuresPerCode(), settings.codeWindow(),
                settings.lookupsPerMinute());
    }

    /** What is wrong with the draft so far, for the resident's fields only (the kiosk fills in the rest). */
    public List<Violation> check(RequestDraft draft) {
        TrackingCode sample = TrackingCode.issue(0, 0);
        InfoRequest r = draft.toRequest(UUID.randomUUID().toString(), sample.toString(), kioskId, siteCode,
                clock.instant(), zone, false);
        return r.validate().list().stream().filter(v -> RequestStep.asking(v.field()) != null).toList();
    }

    /**
     * Files the request: stored and queued for upload before this returns, or not at all.
     *
     * @throws RequestRefusedException when the draft is incomplete (the form checks first, so this is a bug)
     */
    public Receipt submit(RequestDraft draft) {
        Instant at = clock.instant();
        boolean clockDoubt = clockInDoubt();
        long kioskNumber = TrackingCode.kioskNumberFor(kioskId);
        String id = UUID.randomUUID().toString();
        InfoRequest request = database.inTransaction(c -> {
            long sequence = store.nextSequence(c);
            if (sequence > TrackingCode.MAX_SEQUENCE) {
                throw new RequestRefusedException("this kiosk has used all " + TrackingCode.MAX_SEQUENCE
                        + " tracking codes of its number; give it a new kiosk id");
            }
            TrackingCode code = TrackingCode.issue(kioskNumber, sequence);
            InfoRequest r = draft.toRequest(id, code.toString(), kioskId, siteCode, at, zone, clockDoubt);
            Violations problems = r.validate();
            if (!problems.isEmpty()) {
                throw new RequestRefusedException("request incomplete: " + String.join("; ",
                        problems.list().stream().map(Violation::field).toList()));
            }
            store.insert(c, id, code.compact(), RequestStatus.phoneCheck(code, r.phone()), at, r.submittedDate(),
                    clockDoubt, r.delivery());
            outbox.enqueue(c, id, UPLOAD_TYPE, SyncJson.write(r), at);
            return r;
        });
        LOG.info("request {} filed{}", request.trackingCode(), clockDoubt ? " (clock in doubt)" : "");
        return Receipt.of(request, dueDate(request.submittedDate()));
    }

    /**
     * The kiosk's clock is off by more than the threshold, or was never compared with NTP or the server (a
     * kiosk taking requests before its first sync): either way the desk should check the receipt date.
     */
    boolean clockInDoubt() {
        Long drift = clockDriftMillis.get();
        return drift == null || Math.abs(drift) > settings.clockDoubt().toMillis();
    }

    /**
     * The reply's due date for a request received on {@code received} with no events yet, by the kiosk's
     * calendars: provisional (Monday to Friday) over a year whose calendar has not reached the kiosk.
     */
    CountedDate dueDate(LocalDate received) {
        return DueDates.dueDate(received, List.of(), calendars()).orElseThrow();
    }

    private CalendarBook calendars() {
        List<WorkingCalendar> synced = database.inTransaction(c -> references.all(c, RecordType.CALENDAR,
                WorkingCalendar.class));
        return CalendarBook.builtIn().with(synced);
    }

    /** Looks a request up by what a resident typed: a code and the last four digits of the phone. */
    public StatusAnswer status(String typedCode, String lastFour) {
        Optional<Duration> pace = limiter.admitLookup();
        if (pace.isPresent()) {
            return new StatusAnswer.TooManyOverall(pace.get());
        }
        Optional<TrackingCode> code = TrackingCode.parse(typedCode);
        if (code.isEmpty()) {
            return new StatusAnswer.BadCode();
        }
        String digits = lastFour == null ? "" : lastFour.strip();
        if (!digits.matches("\\d{4}")) {
            return new StatusAnswer.BadDigits();
        }
        String compact = code.get().compact();
        Optional<Duration> blocked = limiter.blockedFor(compact);
        if (blocked.isPresent()) {
            return new StatusAnswer.TooManyForCode(blocked.get());
        }
        Optional<StatusAnswer> found = find(code.get(), digits);
        if (found.isEmpty()) {
            limiter.recordFailure(compact);
            return new StatusAnswer.NotFound();
        }
        return found.get();
    }

    private Optional<StatusAnswer> find(TrackingCode code, String digits) {
        String compact = code.compact();
        List<RequestStatus> fromDesk = database.inTransaction(c -> store.statusesByCode(c, compact));
        Optional<RequestStore.LocalRequest> local = database.inTransaction(c -> store.byCode(c, compact));
        for (RequestStatus s : fromDesk) {
            if (s.phoneMatches(digits)) {
                var delivery = local.filter(l -> l.id().equals(s.id())).map(RequestStore.LocalRequest::delivery)
                        .orElse(null);
                return Optional.of(new StatusAnswer.FromDesk(code.toString(), s.state(), s.receivedDate(),
                        s.dueDate(), s.dueProvisional(), s.replyType(), delivery, s.howToCollect()));
            }
        }
        if (local.isPresent() && local.get().phoneCheck() != null) {
            RequestStore.LocalRequest l = local.get();
            RequestStatus probe = new RequestStatus(l.id(), compact, l.phoneCheck(), null, null, null, false, null,
                    null, null, 0);
            if (probe.phoneMatches(digits)) {
                CountedDate due = dueDate(l.receivedOn());
                return Optional.of(l.sentAt() == null
                        ? new StatusAnswer.WaitingForUpload(code.toString(), l.receivedOn(), due.date(), due.provisional())
                        : new StatusAnswer.Uploaded(code.toString(), l.receivedOn(), due.date(), due.provisional()));
            }
        }
        return Optional.empty();
    }

    /**
     * Removes personal data of requests the server acknowledged more than the retention delay ago: the
     * sealed outbox payload and the phone check; tracking code, date and status stay. Returns how many.
     */
    public int purgeExpired() {
        Instant now = clock.instant();
        Instant sentBefore = now.minus(settings.retention());
        int purged = database.inTransaction(c -> {
            outbox.purgeSealed(c, sentBefore);
            return store.purge(c, sentBefore, now);
        });
        if (purged > 0) {
            LOG.info("purged the personal data of {} acknowledged requests (retention {})", purged,
                    settings.retention());
        }
        return purged;
    }

    /** The request could not be filed as given. */
    public static final class RequestRefusedException extends cn.zwgk.core.ZwgkException {
        public RequestRefusedException(String message) {
            super(message);
        }
    }
}
