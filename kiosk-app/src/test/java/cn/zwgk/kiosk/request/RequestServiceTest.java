package cn.zwgk.kiosk.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zwgk.core.request.InfoRequest;
import cn.zwgk.core.request.ReplyType;
import cn.zwgk.core.request.RequestState;
import cn.zwgk.core.request.RequestStatus;
import cn.zwgk.core.request.TrackingCode;
import cn.zwgk.core.store.Database;
import cn.zwgk.core.sync.SyncJson;
import cn.zwgk.kiosk.sync.OutboxCipher;
import cn.zwgk.kiosk.sync.OutboxStore;
import cn.zwgk.kiosk.system.KioskDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kiosk's request service on a real Derby store, with the real outbox and key file. */
class RequestServiceTest {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final String KIOSK = "hall-kiosk-7";

    @TempDir
    Path data;
    Database db;
    RequestFixture.MovableClock clock;
    Long drift;
    OutboxStore outbox;
    RequestService requests;

    @BeforeEach
    void open() {
        db = KioskDatabase.open(data.resolve("db"));
        clock = new RequestFixture.MovableClock(TODAY.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
        outbox = new OutboxStore(OutboxCipher.forDataDir(data));
        requests = new RequestService(db, new RequestStore(), outbox, KIOSK, "110199001001", ZONE, clock, () -> drift,
                RequestSettings.DEFAULTS);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aSubmittedRequestGetsItsCodeDateAndMaskedReceiptAtOnceWithoutAnyServer() {
        drift = 800L;
        Receipt receipt = requests.submit(RequestFixture.complete());

        TrackingCode code = TrackingCode.parse(receipt.trackingCode()).orElseThrow();
        assertThat(code).isEqualTo(TrackingCode.issue(TrackingCode.kioskNumberFor(KIOSK), 1));
        assertThat(receipt.trackingCode()).matches("[0-9A-Z]{3}-[0-9A-Z]{3}-[0-9A-Z]{4}");
        assertThat(receipt.receivedOn()).isEqualTo(TODAY);
        assertThat(receipt.clockDoubt()).isFalse();
        // 11/24(1) … 11/27(4) 11/30(5) … 12/4(9) … 12/11(14) … 12/18(19) 12/21(20), on the official 2026 calendar
        assertThat(receipt.dueDate()).isEqualTo("2026-12-21");
        assertThat(receipt.dueProvisional()).isFalse();
        assertThat(receipt.applicant()).isEqualTo("张*丰");
        assertThat(receipt.idNumber()).isEqualTo("11*************02X");
        assertThat(receipt.phone()).isEqualTo("138****5678");
        assertThat(receipt.deliverTo()).doesNotContain("501").endsWith("****");

        Receipt second = requests.submit(RequestFixture.complete());
        assertThat(TrackingCode.parse(second.trackingCode()).orElseThrow().sequence()).isEqualTo(2);
    }

    @Test
    void theOutboxGivesTheUploadTheWholeRequestDecrypted() {
        Receipt receipt = requests.submit(RequestFixture.complete());

        List<OutboxStore.Pending> pending = db.inTransaction(c -> outbox.pending(c, 10));
        assertThat(pending).singleElement().satisfies(p -> assertThat(p.type()).isEqualTo("INFO_REQUEST"));
        InfoRequest sent = SyncJson.read(pending.getFirst().payload(), InfoRequest.class);
        assertThat(sent.id()).isEqualTo(pending.getFirst().id());
        assertThat(sent.trackingCode()).isEqualTo(receipt.trackingCode());
        assertThat(sent.name()).isEqualTo(RequestFixture.NAME);
        assertThat(sent.idNumber()).isEqualTo(RequestFixture.ID_NUMBER);
        assertThat(sent.phone()).isEqualTo(RequestFixture.PHONE);
        assertThat(sent.kioskId()).isEqualTo(KIOSK);
        assertThat(sent.submittedDate()).isEqualTo(TODAY);
        assertThat(sent.validate().list()).isEmpty();
    }

    @Test
    void noNameIdNumberOrPhoneIsReadableInTheDerbyTablesOrFiles() throws Exception {
        requests.submit(RequestFixture.complete());

        String everyRow = String.join("\n", dump("outbox"), dump("kiosk_request"), dump("request_counter"));
        assertThat(everyRow).contains("INFO_REQUEST").doesNotContain(RequestFixture.NAME)
                .doesNotContain(RequestFixture.ID_NUMBER).doesNotContain(RequestFixture.PHONE)
                .doesNotContain("幸福里");

        db.close();
        List<String> leaks = new ArrayList<>();
        try (Stream<Path> files = Files.walk(data.resolve("db"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                for (String secret : List.of(RequestFixture.NAME, RequestFixture.ID_NUMBER, RequestFixture.PHONE, "幸福里小区")) {
                    if (contains(bytes, secret.getBytes(StandardCharsets.UTF_8))
                            || contains(bytes, secret.getBytes(StandardCharsets.UTF_16BE))) {
                        leaks.add(secret + " in " + file);
                    }
                }
            }
        }
        assertThat(leaks).as("plaintext personal data in the Derby files (data, log, everything)").isEmpty();
        db = KioskDatabase.open(data.resolve("db"));
    }

    @Test
    void aRecordThatCannotBeDecryptedIsHeldBackWithItsErrorNotUploadedGarbled() throws Exception {
        requests.submit(RequestFixture.complete());
        OutboxStore wrongKey = new OutboxStore(OutboxCipher.forDataDir(Files.createDirectory(data.resolve("elsewhere"))));

        List<OutboxStore.Pending> unreadable = db.inTransaction(c -> wrongKey.pending(c, 10));
        assertThat(unreadable).isEmpty();
        assertThat(dump("outbox")).contains("cannot be decrypted");
        int waiting = db.inTransaction(outbox::countPending);
        assertThat(waiting).as("still waiting for the right key").isEqualTo(1);
        List<OutboxStore.Pending> readable = db.inTransaction(c -> outbox.pending(c, 10));
        assertThat(readable).hasSize(1);
    }

    @Test
    void anIncompleteDraftIsRefusedAndNothingIsStored() {
        RequestDraft draft = RequestFixture.complete();
        draft.idNumber = "110105194912310021";
        assertThatThrownBy(() -> requests.submit(draft)).isInstanceOf(RequestService.RequestRefusedException.class)
                .hasMessageContaining("idNumber");
        assertThat(dump("outbox")).isEmpty();
        assertThat(TrackingCode.parse(requests.submit(RequestFixture.complete()).trackingCode()).orElseThrow().sequence())
                .as("the sequence number of the refused attempt was rolled back").isEqualTo(1);
    }

    @Test
    void aKioskClockKnownToBeOffMarksTheRequestSoTheDeskChecksTheDate() {
        drift = Duration.ofMinutes(-20).toMillis();
        Receipt receipt = requests.submit(RequestFixture.complete());
        assertThat(receipt.clockDoubt()).isTrue();
        InfoRequest sent = SyncJson.read(db.inTransaction(c -> outbox.pending(c, 1)).getFirst().payload(), InfoRequest.class);
        assertThat(sent.clockDoubt()).isTrue();

        drift = 1_500L;
        assertThat(requests.submit(RequestFixture.complete()).clockDoubt()).isFalse();

        drift = null;
        assertThat(requests.submit(RequestFixture.complete()).clockDoubt())
                .as("a clock never compared with NTP or the server is in doubt too").isTrue();
    }

    @Nested
    class Purge {
        @Test
        void personalDataGoesSevenDaysAfterTheAcknowledgementAndTheCodeStays() {
            Receipt receipt = requests.submit(RequestFixture.complete());
            String id = db.inTransaction(c -> outbox.pending(c, 1)).getFirst().id();
            clock.advance(Duration.ofDays(3));
            assertThat(requests.purgeExpired()).as("not acknowledged yet: kept").isZero();
            db.useTransaction(c -> outbox.markSent(c, id, clock.instant(), null));

            clock.advance(Duration.ofDays(7).minusMinutes(1));
            assertThat(requests.purgeExpired()).as("inside the retention delay").isZero();
            assertThat(dump("outbox")).contains("aesgcm1:");

            clock.advance(Duration.ofMinutes(2));
            assertThat(requests.purgeExpired()).isEqualTo(1);
            assertThat(dump("outbox")).doesNotContain("aesgcm1:").contains("purged");
            assertThat(dump("kiosk_request")).contains(TrackingCode.parse(receipt.trackingCode()).orElseThrow().compact());
            assertThat(requests.purgeExpired()).as("once").isZero();
            assertThat(requests.status(receipt.trackingCode(), "5678")).isInstanceOf(StatusAnswer.NotFound.class);
        }
    }

    @Test
    void aReceiptWhoseDueDateReachesAYearWithoutACalendarIsProvisionalUntilThatYearIsSyncedDown() {
        var december = new RequestFixture.MovableClock(LocalDate.of(2026, 12, 20).atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
        RequestService yearEnd = new RequestService(db, new RequestStore(), outbox, KIOSK, "110199001001", ZONE, december,
                () -> 0L, RequestSettings.DEFAULTS);
        Receipt receipt = yearEnd.submit(RequestFixture.complete());
        // 12/21(1) … 12/31(9), then 2027 Monday to Friday: 1/1(10) … 1/15(20)
        assertThat(receipt.dueDate()).isEqualTo("2027-01-15");
        assertThat(receipt.dueProvisional()).isTrue();
        assertThat(yearEnd.status(receipt.trackingCode(), "5678")).isInstanceOfSatisfying(StatusAnswer.WaitingForUpload.class,
                w -> assertThat(w.dueProvisional()).isTrue());

        // the office's 2027 calendar arrives by sync: the same look-up now gives the official date
        var y2027 = new cn.zwgk.core.calendar.WorkingCalendar(2027, List.of(LocalDate.parse("2027-01-01")), List.of(), 1);
        db.useTransaction(c -> new cn.zwgk.kiosk.reference.ReferenceStore().put(c, cn.zwgk.core.sync.RecordType.CALENDAR,
                y2027.id(), cn.zwgk.core.sync.SyncJson.write(y2027)));
        assertThat(yearEnd.status(receipt.trackingCode(), "5678")).isInstanceOfSatisfying(StatusAnswer.WaitingForUpload.class, w -> {
            assertThat(w.dueDate()).isEqualTo("2027-01-18");
            assertThat(w.dueProvisional()).isFalse();
        });
    }

    @Nested
    class Status {
        @Test
        void aRequestFiledHereIsFoundByCodeAndPhoneDigitsBeforeAndAfterUpload() {
            Receipt receipt = requests.submit(RequestFixture.complete());
            assertThat(requests.status(receipt.trackingCode().toLowerCase().replace("-", " "), "5678"))
                    .isInstanceOfSatisfying(StatusAnswer.WaitingForUpload.class,
                            w -> assertThat(w.receivedOn()).isEqualTo(TODAY));
            String id = db.inTransaction(c -> outbox.pending(c, 1)).getFirst().id();
            db.useTransaction(c -> outbox.markSent(c, id, clock.instant(), null));
            assertThat(requests.status(receipt.trackingCode(), "5678")).isInstanceOf(StatusAnswer.Uploaded.class);
        }

        @Test
        void theDesksStatusSyncedDownIsShownInPlainWords() {
            TrackingCode code = TrackingCode.issue(123, 45);
            RequestStatus replied = new RequestStatus("7c9e6679-7425-40de-944b-e07fc1f90ae7", code.compact(),
                    RequestStatus.phoneCheck(code, "13900001234"), RequestState.REPLIED, TODAY.minusDays(20), null,
                    false, ReplyType.DISCLOSED, null, "请携带身份证件和申请回执领取答复。", 3);
            db.useTransaction(c -> new RequestStore().putStatus(c, replied));

            assertThat(requests.status(code.toString(), "1234")).isInstanceOfSatisfying(StatusAnswer.FromDesk.class, d -> {
                assertThat(d.state()).isEqualTo(RequestState.REPLIED);
                assertThat(d.replyType()).isEqualTo(ReplyType.DISCLOSED);
                assertThat(d.howToCollect()).contains("领取");
            });
            assertThat(requests.status(code.toString(), "1235")).isInstanceOf(StatusAnswer.NotFound.class);
        }

        @Test
        void wrongDigitsAndUnknownCodesGetTheSameAnswerAndBadInputIsNamed() {
            Receipt receipt = requests.submit(RequestFixture.complete());
            assertThat(requests.status(receipt.trackingCode(), "0000")).isInstanceOf(StatusAnswer.NotFound.class);
            assertThat(requests.status(TrackingCode.issue(1, 1).toString(), "5678")).isInstanceOf(StatusAnswer.NotFound.class);
            assertThat(requests.status("ABC-DEF", "5678")).isInstanceOf(StatusAnswer.BadCode.class);
            assertThat(requests.status(receipt.trackingCode(), "56a8")).isInstanceOf(StatusAnswer.BadDigits.class);
        }

        @Test
        void fiveWrongTriesLockTheCodeForFifteenMinutesEvenForTheRightDigits() {
            Receipt receipt = requests.submit(RequestFixture.complete());
            for (int i = 0; i < 5; i++) {
                assertThat(requests.status(receipt.trackingCode(), String.format("%04d", i))).isInstanceOf(StatusAnswer.NotFound.class);
                clock.advance(Duration.ofSeconds(10));
            }
            assertThat(requests.status(receipt.trackingCode(), "5678")).isInstanceOfSatisfying(
                    StatusAnswer.TooManyForCode.class, t -> assertThat(t.retryIn()).isPositive()
                            .isLessThanOrEqualTo(Duration.ofMinutes(15)));
            clock.advance(Duration.ofMinutes(15));
            assertThat(requests.status(receipt.trackingCode(), "5678")).isInstanceOf(StatusAnswer.WaitingForUpload.class);
        }

        @Test
        void theKioskPacesAllLookUps() {
            for (int i = 0; i < RequestSettings.DEFAULTS.lookupsPerMinute(); i++) {
                assertThat(requests.status(TrackingCode.issue(7, i).toString(), "1234")).isInstanceOf(StatusAnswer.NotFound.class);
            }
            assertThat(requests.status(TrackingCode.issue(7, 99).toString(), "1234"))
                    .isInstanceOf(StatusAnswer.TooManyOverall.class);
            clock.advance(Duration.ofSeconds(61));
            assertThat(requests.status(TrackingCode.issue(7, 99).toString(), "1234")).isInstanceOf(StatusAnswer.NotFound.class);
        }
    }

    String dump(String table) {
        return db.inTransaction(c -> {
            StringBuilder s = new StringBuilder();
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM " + table); ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        s.append(rs.getString(i)).append('|');
                    }
                    s.append('\n');
                }
            }
            return s.toString();
        });
    }

    static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
