package cn.zwgk.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zwgk.core.demo.DemoDataGenerator;
import cn.zwgk.core.sync.Enrolment;
import cn.zwgk.core.sync.SyncJson;
import cn.zwgk.server.system.ServerConfig;
import cn.zwgk.server.system.SyncServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17 item 2: kiosk ids are no secret (the status page lists them). Someone holding any unused code tries
 * to enrol under a running kiosk's id, which used to replace its credential and move it to the code's site.
 */
class EnrolmentTakeoverTest {
    static final String SITE = "110199001001";
    static final String OTHER_SITE = "110199002001";

    @TempDir
    Path dir;
    SyncServer server;
    KioskHttp hall;
    KioskHttp attacker;

    @BeforeEach
    void start() throws Exception {
        server = SyncServer.create(ServerConfig.embedded("127.0.0.1", 0, dir),
                Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneOffset.UTC));
        server.importer().importDataset(new DemoDataGenerator(2).generate(10));
        server.start();
        hall = KioskHttp.enrolled(server, SITE, "hall-kiosk");
        attacker = new KioskHttp(server);
    }

    @AfterEach
    void stop() {
        hall.close();
        attacker.close();
        server.close();
    }

    String code(String site) {
        return server.enrolment().issueCode(site, Duration.ofHours(1));
    }

    @Test
    void aFreshCodeCannotTakeOverARunningKiosksId() throws Exception {
        String code = code(OTHER_SITE);

        HttpResponse<String> r = attacker.enrol(code, "hall-kiosk");

        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("终端编号 hall-kiosk 已在使用中，不能再次登记");
        assertThat(hall.changes(0).statusCode()).as("the running kiosk keeps its credential").isEqualTo(200);
        assertThat(server.enrolment().authenticate(hall.token()))
                .hasValueSatisfying(p -> assertThat(p.siteCode()).as("and its site").isEqualTo(SITE));
        // the refusal did not spend the code: a new kiosk may still use it
        assertThat(attacker.enrol(code, "new-kiosk").statusCode()).isEqualTo(200);
    }

    @Test
    void aRevokedKioskIsNotBroughtBackByAnOrdinaryCode() throws Exception {
        assertThat(server.enrolment().revoke("hall-kiosk")).isTrue();

        HttpResponse<String> r = attacker.enrol(code(SITE), "hall-kiosk");

        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("已吊销，重新登记需要中心为它生成的重新登记码");
        assertThat(hall.changes(0).statusCode()).isEqualTo(401);
    }

    @Nested
    class ReenrolmentCodes {
        @Test
        void aCodeIssuedForTheRevokedIdBringsItBackAtItsSite() throws Exception {
            server.enrolment().revoke("hall-kiosk");
            String code = server.enrolment().issueReenrolmentCode("hall-kiosk", null, Duration.ofHours(1));

            HttpResponse<String> r = attacker.enrol(code, "hall-kiosk");

            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            Enrolment e = SyncJson.read(r.body(), Enrolment.class);
            assertThat(e.kioskId()).isEqualTo("hall-kiosk");
            assertThat(e.siteCode()).isEqualTo(SITE);
            assertThat(attacker.changes(0).statusCode()).isEqualTo(200);
            assertThat(hall.changes(0).statusCode()).as("the old credential stays dead").isEqualTo(401);
        }

        @Test
        void aReenrolmentCodeEnrolsNoOtherId() throws Exception {
            server.enrolment().revoke("hall-kiosk");
            KioskHttp.enrolled(server, SITE, "other-kiosk").close();
            String code = server.enrolment().issueReenrolmentCode("hall-kiosk", null, Duration.ofHours(1));

            HttpResponse<String> r = attacker.enrol(code, "other-kiosk");

            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(r.body()).contains("登记码是为终端 hall-kiosk 生成的");
            assertThat(attacker.enrol(code, "hall-kiosk").statusCode()).as("still usable by its kiosk").isEqualTo(200);
        }

        @Test
        void noReenrolmentCodeIsIssuedForARunningOrUnknownKiosk() {
            assertThatThrownBy(() -> server.enrolment().issueReenrolmentCode("hall-kiosk", null, Duration.ofHours(1)))
                    .isInstanceOf(EnrolmentException.class).hasMessageContaining("仍在使用中：请先吊销它");
            assertThatThrownBy(() -> server.enrolment().issueReenrolmentCode("nobody", null, Duration.ofHours(1)))
                    .isInstanceOf(EnrolmentException.class).hasMessageContaining("不存在");
        }

        @Test
        void aReenrolmentCodeIsRefusedOnceTheKioskRunsAgain() throws Exception {
            server.enrolment().revoke("hall-kiosk");
            String first = server.enrolment().issueReenrolmentCode("hall-kiosk", null, Duration.ofHours(1));
            String second = server.enrolment().issueReenrolmentCode("hall-kiosk", null, Duration.ofHours(1));
            assertThat(attacker.enrol(first, "hall-kiosk").statusCode()).isEqualTo(200);

            HttpResponse<String> r = new KioskHttp(server).enrol(second, "hall-kiosk");

            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(r.body()).contains("未吊销，重新登记码不能使用");
            assertThat(attacker.changes(0).statusCode()).isEqualTo(200);
        }
    }
}
