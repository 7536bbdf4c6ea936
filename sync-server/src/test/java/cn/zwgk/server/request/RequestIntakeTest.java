package cn.zwgk.server.request;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.core.request.InfoRequest;
import cn.zwgk.core.request.RequestState;
import cn.zwgk.core.request.RequestStatus;
import cn.zwgk.core.sync.RecordType;
import cn.zwgk.core.sync.SyncJson;
import cn.zwgk.server.TestDatabases.Engine;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** INFO_REQUEST uploads over real HTTP become requests, once, with personal data only encrypted. */
class RequestIntakeTest {
    @TempDir
    Path dir;
    private RequestRig rig;

    @AfterEach
    void close() {
        if (rig != null) {
            rig.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aValidUploadBecomesOneRequestWithItsStatusForEveryKiosk(Engine engine) throws Exception {
        rig = new RequestRig(engine, dir);
        InfoRequest r = rig.person("张小三", "13800131234");
        rig.filed(r);

        List<RequestSummary> found = rig.desk().findByCode(RequestRig.OFFICER, r.trackingCode().toLowerCase());
        assertThat(found).singleElement().satisfies(s -> {
            assertThat(s.state()).isEqualTo(RequestState.SUBMITTED);
            assertThat(s.receivedDate()).isEqualTo("2026-03-02");
            // 20 working days after Mon 2026-03-02: 3/3 … 3/30
            assertThat(s.dueDate()).isEqualTo("2026-03-30");
            assertThat(s.clockDoubt()).isFalse();
        });
        assertThat(rig.count("request_event")).isEqualTo(1);

        // the status every kiosk gets: district-wide, answerable with the phone's last four digits
        String statusJson = rig.server.database().inTransaction(c -> {
            try (var ps = c.prepareStatement("SELECT payload, scope_site FROM change_log WHERE record_type = ?")) {
                ps.setString(1, RecordType.REQUEST_STATUS.name());
                try (var rs = ps.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(2)).isNull();
                    return rs.getString(1);
                }
            }
        });
        RequestStatus status = SyncJson.read(statusJson, RequestStatus.class);
        assertThat(status.phoneMatches("1234")).isTrue();
        assertThat(status.phoneMatches("4321")).isFalse();
        assertThat(status.dueDate()).isEqualTo("2026-03-30");
        assertThat(statusJson).doesNotContain("张小三", "13800131234", "11010519491231002X");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void personalDataIsStoredOnlyEncrypted(Engine engine) throws Exception {
        rig = new RequestRig(engine, dir);
        rig.filed(rig.person("张小三", "13800131234"));
        for (String[] tc : new String[][] {{"upload", "payload"}, {"info_request", "personal"}, {"change_log WHERE record_type = 'REQUEST_STATUS'", "payload"}}) {
            assertThat(rig.dump(tc[0], tc[1])).as(tc[0]).doesNotContain("张小三", "13800131234",
                    "11010519491231002X", "老旧小区");
        }
        // …and the desk reads it back in full
        String id = rig.desk().list(RequestRig.OFFICER, RequestFilter.all()).getFirst().id();
        assertThat(rig.desk().detail(RequestRig.OFFICER, id).request().name()).isEqualTo("张小三");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theSameUploadTwiceOrAChangedCopyNeverMakesASecondRequest(Engine engine) throws Exception {
        rig = new RequestRig(engine, dir);
        InfoRequest r = rig.person("张小三", "13800131234");
        rig.filed(r);
        HttpResponse<String> again = rig.upload(r, r.id());
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("DUPLICATE");

        InfoRequest changed = new InfoRequest(r.id(), r.trackingCode(), r.kioskId(), r.siteCode(), r.applicantType(),
                null, "张小四", null, r.idType(), r.idNumber(), r.phone(), null, null, r.description(), r.form(), null,
                r.delivery(), true, r.submittedAt(), r.zone(), r.submittedDate(), false);
        assertThat(rig.upload(changed, r.id()).statusCode()).isEqualTo(409);
        assertThat(rig.count("info_request")).isEqualTo(1);
        assertThat(rig.count("request_event")).isEqualTo(1);
        // the conflicting copy is kept for review, but not in plain text
        assertThat(rig.count("upload_conflict")).isEqualTo(1);
        assertThat(rig.dump("upload_conflict", "payload")).doesNotContain("张小四", "13800131234");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aMalformedUploadIsRefusedWithTheReasonAndKeptForReview(Engine engine) throws Exception {
        rig = new RequestRig(engine, dir);
        InfoRequest r = rig.person("张小三", "13800131234");
        InfoRequest bad = new InfoRequest(r.id(), r.trackingCode(), r.kioskId(), r.siteCode(), r.applicantType(), null,
                r.name(), null, r.idType(), "110105194912310021", "12345", null, null, r.description(), r.form(), null,
                r.delivery(), true, r.submittedAt(), r.zone(), r.submittedDate(), false);
        HttpResponse<String> response = rig.upload(bad, bad.id());
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("证件号码").contains("联系电话");
        assertThat(rig.count("info_request")).isZero();
        assertThat(rig.count("request_refusal")).isEqualTo(1);
        assertThat(rig.dump("request_refusal", "payload")).doesNotContain("张小三");

        HttpResponse<String> notARequest = rig.upload(java.util.Map.of("hello", List.of(1, 2)), r.id());
        assertThat(notARequest.statusCode()).isEqualTo(422);
        assertThat(rig.count("request_refusal")).isEqualTo(2);

        // the desk reviews them: reasons listed, content readable (audited), then marked reviewed
        List<RefusedUpload> refused = rig.desk().refusedUploads(RequestRig.OFFICER, false);
        assertThat(refused).hasSize(2).allSatisfy(u -> assertThat(u.uploadId()).isEqualTo(r.id()));
        RefusedUpload first = refused.stream().filter(u -> u.reason().contains("证件号码")).findFirst().orElseThrow();
        assertThat(rig.desk().refusedPayload(RequestRig.OFFICER, first.id())).contains("张小三");
        assertThat(rig.dump("audit_log", "action_code")).contains("REQUEST_READ_REFUSED_UPLOAD");
        rig.desk().markRefusalReviewed(RequestRig.OFFICER, first.id());
        assertThat(rig.desk().refusedUploads(RequestRig.OFFICER, false)).hasSize(1);
        assertThat(rig.desk().refusedUploads(RequestRig.OFFICER, true)).hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aKioskCannotFileForAnotherKiosk(Engine engine) throws Exception {
        rig = new RequestRig(engine, dir);
        var other = rig.enrol("kiosk-hall-2");
        InfoRequest r = rig.person("张小三", "13800131234");
        HttpResponse<String> response = rig.upload(other, r, r.id());
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("不能代其他终端");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aRequestTakenUnderADoubtfulClockIsFlaggedForTheDesk(Engine engine) throws Exception {
        rig = new RequestRig(engine, dir);
        InfoRequest r = rig.person("张小三", "13800131234");
        InfoRequest doubtful = new InfoRequest(r.id(), r.trackingCode(), r.kioskId(), r.siteCode(), r.applicantType(),
                null, r.name(), null, r.idType(), r.idNumber(), r.phone(), null, null, r.description(), r.form(), null,
                r.delivery(), true, r.submittedAt(), r.zone(), r.submittedDate(), true);
        rig.filed(doubtful);
        // a kiosk clock a day ahead of the server is doubtful even when the kiosk did not notice
        InfoRequest p = rig.person("李四", "13900001111");
        Instant ahead = p.submittedAt().plusSeconds(86_400);
        InfoRequest future = new InfoRequest(p.id(), p.trackingCode(), p.kioskId(), p.siteCode(), p.applicantType(),
                null, p.name(), null, p.idType(), p.idNumber(), p.phone(), null, null, p.description(), p.form(), null,
                p.delivery(), true, ahead, p.zone(), LocalDate.of(2026, 3, 3), false);
        rig.filed(future);
        assertThat(rig.desk().list(RequestRig.OFFICER, RequestFilter.all()))
                .extracting(RequestSummary::clockDoubt).containsExactly(true, true);
        assertThat(rig.desk().detail(RequestRig.OFFICER, r.id()).history().getFirst().note()).contains("时钟可疑");
    }
}
