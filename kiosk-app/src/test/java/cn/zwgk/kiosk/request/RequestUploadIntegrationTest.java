package cn.zwgk.kiosk.request;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.core.dataset.Dataset;
import cn.zwgk.core.demo.DemoDataGenerator;
import cn.zwgk.core.request.RequestState;
import cn.zwgk.core.request.TrackingCode;
import cn.zwgk.core.store.Database;
import cn.zwgk.kiosk.sync.SyncResult;
import cn.zwgk.kiosk.system.KioskApp;
import cn.zwgk.kiosk.system.KioskConfig;
import cn.zwgk.kiosk.system.KioskDatabase;
import cn.zwgk.kiosk.system.KioskServices;
import cn.zwgk.server.system.ServerConfig;
import cn.zwgk.server.system.SyncServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A resident files a request while the central server is down; the receipt comes at once; the server comes
 * up; the kiosk's sync uploads it (real HTTP on loopback, real Derby at both ends); the desk has it exactly
 * once; its status comes back down and the kiosk answers from it.
 */
class RequestUploadIntegrationTest {
    static final String SITE = "110199001001";
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path dir;
    SyncServer server;
    Database kioskDb;

    @AfterEach
    void stop() {
        if (kioskDb != null) {
            kioskDb.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aRequestFiledOfflineIsUploadedOnceTheServerIsUpAndItsStatusComesBack() throws Exception {
        int port = freePort();
        server = SyncServer.create(ServerConfig.embedded("127.0.0.1", port, dir.resolve("server")), cn.zwgk.core.time.AppClock.forTests());
        Dataset data = new DemoDataGenerator(5).generate(50);
        server.importer().importDataset(data);
        String code = server.enrolment().issueCode(SITE, Duration.ofHours(1));

        kioskDb = KioskDatabase.open(dir.resolve("kiosk/db"));
        KioskConfig config = new KioskConfig("127.0.0.1", 0, dir.resolve("kiosk"), URI.create("http://127.0.0.1:" + port),
                "hall-kiosk-1", SITE, Duration.ofMinutes(5), ZONE);
        KioskServices kiosk = KioskApp.services(kioskDb, config, cn.zwgk.core.time.AppClock.forTests());
        kiosk.sync().useEnrolmentCode(code);

        // offline: the server is not listening yet
        Receipt receipt = kiosk.requests().submit(RequestFixture.complete());
        SyncResult offline = kiosk.sync().syncNow();
        assertThat(offline.ok()).isFalse();
        assertThat(kiosk.sync().pendingUploads()).isEqualTo(1);
        assertThat(kiosk.requests().status(receipt.trackingCode(), "5678")).isInstanceOf(StatusAnswer.WaitingForUpload.class);

        server.start();
        SyncResult online = kiosk.sync().syncNow();

        assertThat(online.ok()).as(online.error()).isTrue();
        assertThat(kiosk.sync().pendingUploads()).isZero();
        assertThat(kiosk.sync().heldUploads()).isEmpty();
        String compact = TrackingCode.parse(receipt.trackingCode()).orElseThrow().compact();
        assertThat(serverCount("SELECT COUNT(*) FROM info_request WHERE tracking_code = ? AND kiosk_id = 'hall-kiosk-1'",
                compact)).isEqualTo(1);
        assertThat(serverCount("SELECT COUNT(*) FROM info_request WHERE personal LIKE ?", "%" + RequestFixture.NAME + "%"))
                .as("the server keeps the personal data encrypted too").isZero();

        // the desk's first status came down in the same sync (pull follows push)
        assertThat(kiosk.requests().status(receipt.trackingCode(), "5678")).isInstanceOfSatisfying(
                StatusAnswer.FromDesk.class, d -> {
                    assertThat(d.state()).isEqualTo(RequestState.SUBMITTED);
                    assertThat(d.receivedOn()).isEqualTo(receipt.receivedOn());
                    assertThat(d.dueDate()).isEqualTo(receipt.dueDate());
                });

        // the acknowledgement was lost: the sealed record goes up again, decrypted to the same bytes → DUPLICATE
        kioskDb.useTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE outbox SET sent_at = NULL")) {
                assertThat(ps.executeUpdate()).isEqualTo(1);
            }
        });
        assertThat(kiosk.sync().pendingUploads()).isEqualTo(1);
        assertThat(kiosk.sync().syncNow().ok()).isTrue();
        assertThat(kiosk.sync().pendingUploads()).isZero();
        assertThat(kiosk.sync().heldUploads()).as("a duplicate is not a conflict").isEmpty();
        assertThat(serverCount("SELECT COUNT(*) FROM info_request", null)).isEqualTo(1);
        assertThat(serverCount("SELECT COUNT(*) FROM upload_conflict", null)).isZero();
    }

    long serverCount(String sql, String parameter) {
        return server.database().inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                if (parameter != null) {
                    ps.setString(1, parameter);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
