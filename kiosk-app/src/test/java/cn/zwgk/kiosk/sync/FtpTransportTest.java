package cn.zwgk.kiosk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.core.demo.DemoDataGenerator;
import cn.zwgk.core.staff.Role;
import cn.zwgk.core.staff.StaffSession;
import cn.zwgk.core.store.Database;
import cn.zwgk.kiosk.system.KioskConfig;
import cn.zwgk.kiosk.system.KioskDatabase;
import cn.zwgk.server.bundle.BundleExporter;
import cn.zwgk.server.system.ServerConfig;
import cn.zwgk.server.system.SyncServer;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.ftpserver.FtpServer;
import org.apache.ftpserver.FtpServerFactory;
import org.apache.ftpserver.DataConnectionConfigurationFactory;
import org.apache.ftpserver.impl.DefaultFtpServer;
import org.apache.ftpserver.listener.ListenerFactory;
import org.apache.ftpserver.usermanager.PropertiesUserManagerFactory;
import org.apache.ftpserver.usermanager.impl.BaseUser;
import org.apache.ftpserver.usermanager.impl.TransferRatePermission;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bundles over FTP against a real Apache FtpServer on 127.0.0.1 (port 0): the staff screen's test button,
 * and a download cut halfway (the FTP server stops mid-transfer) that resumes from the bytes already on
 * disk on the next fetch, verifies and imports.
 */
class FtpTransportTest {
    static final String SITE = "110199001001";

    @TempDir
    Path dir;
    SyncServer server;
    Database kioskDb;
    SyncService sync;
    Path home;
    Path bundle;
    FtpServer ftp;

    @BeforeEach
    void bundleOnAnFtpDrop() throws Exception {
        ServerConfig config = ServerConfig.embedded("127.0.0.1", 0, dir.resolve("server"));
        server = SyncServer.create(config, Clock.systemUTC());
        server.importer().importDataset(new DemoDataGenerator(3).generate(400));
        server.start();
        kioskDb = KioskDatabase.open(dir.resolve("kiosk/db"));
        sync = new SyncService(kioskDb, new PageApplier(new cn.zwgk.kiosk.catalogue.CatalogueStore(),
                new cn.zwgk.kiosk.notice.NoticeStore(), new cn.zwgk.kiosk.site.SiteStore()),
                new SyncSettings(URI.create("http://127.0.0.1:" + server.port()), "ftp-kiosk", KioskConfig.APP_VERSION,
                        dir.resolve("kiosk"), 500, SITE, OfflineSettings.DEFAULTS), Clock.systemUTC());
        // enrolled once (the one time it needs a network), then offline: nothing synced yet
        cn.zwgk.core.sync.Enrolment e = SyncClient.enrol(URI.create("http://127.0.0.1:" + server.port()),
                server.enrolment().issueCode(SITE, Duration.ofHours(1)), "ftp-kiosk", SITE);
        kioskDb.useTransaction(c -> new KioskIdentityStore().save(c, new KioskIdentity(e.kioskId(), e.siteCode(),
                e.token(), URI.create("http://127.0.0.1:1"), e.publicKey(), e.keyId()), java.time.Instant.now()));
        home = Files.createDirectories(dir.resolve("ftp-home/drop"));
        bundle = SyncServer.bundleExporterFor(config, server.database(), Clock.systemUTC())
                .export(new StaffSession("admin", "管理员", Set.of(Role.CENTRAL_ADMIN), null), SITE, 0,
                        home.resolve(SITE + "-0" + FtpFetcher.SUFFIX), BundleExporter.Progress.NONE).file();
    }

    @AfterEach
    void stop() {
        if (ftp != null && !ftp.isStopped()) {
            ftp.stop();
        }
        kioskDb.close();
        server.close();
    }

    /** A real FTP server on loopback, serving {@code dir/ftp-home}, downloads limited to {@code bytesPerSecond}. */
    int startFtp(int bytesPerSecond) throws Exception {
        FtpServerFactory factory = new FtpServerFactory();
        ListenerFactory listener = new ListenerFactory();
        listener.setServerAddress("127.0.0.1");
        listener.setPort(0);
        DataConnectionConfigurationFactory data = new DataConnectionConfigurationFactory();
        data.setPassiveAddress("127.0.0.1");
        listener.setDataConnectionConfiguration(data.createDataConnectionConfiguration());
        factory.addListener("default", listener.createListener());
        PropertiesUserManagerFactory users = new PropertiesUserManagerFactory();
        Path userFile = dir.resolve("ftp-users.properties");
        if (!Files.exists(userFile)) {
            Files.createFile(userFile);
        }
        users.setFile(userFile.toFile());
        factory.setUserManager(users.createUserManager());
        BaseUser user = new BaseUser();
        user.setName("kiosk");
        user.setPassword("s3cret");
        user.setHomeDirectory(dir.resolve("ftp-home").toString());
        user.setAuthorities(List.of(new TransferRatePermission(bytesPerSecond, 0)));
        factory.getUserManager().save(user);
        ftp = factory.createServer();
        ftp.start();
        return ((DefaultFtpServer) ftp).getListener("default").getPort();
    }

    long downloaded() {
        return ((DefaultFtpServer) ftp).getServerContext().getFtpStatistics().getTotalDownloadSize();
    }

    @Test
    void theTestButtonListsTheBundlesAndAWrongPasswordIsSaidPlainly() throws Exception {
        int port = startFtp(0);
        FtpSettings good = new FtpSettings("127.0.0.1", port, "kiosk", "s3cret", "/drop", false);
        assertThat(sync.transports().testFtp(good)).contains("连接成功").contains("1 个同步包")
                .contains(bundle.getFileName().toString());
        FtpSettings bad = new FtpSettings("127.0.0.1", port, "kiosk", "wrong", "/drop", false);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> sync.transports().testFtp(bad))
                .hasMessageContaining("登录失败");
    }

    @Test
    void aDownloadCutHalfwayResumesFromWhatIsOnDiskAndTheBundleVerifies() throws Exception {
        long size = Files.size(bundle);
        int port = startFtp((int) Math.max(4_096, size / 12)); // ~12 s for the whole file
        sync.transports().saveFtpSettings(new FtpSettings("127.0.0.1", port, "kiosk", "s3cret", "/drop", false));
        Path part = dir.resolve("kiosk/bundles").resolve(bundle.getFileName() + ".part");

        CompletableFuture<List<BundleImport>> first = CompletableFuture.supplyAsync(sync.transports()::fetchFromFtp);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while ((!Files.exists(part) || Files.size(part) < size / 3) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        // the link goes down mid-transfer: data and control connections dropped, then the server is gone
        for (var session : ((DefaultFtpServer) ftp).getListener("default").getActiveSessions()) {
            session.getDataConnection().closeDataConnection();
            session.closeNow();
        }
        ftp.stop();
        List<BundleImport> cut = first.get(60, TimeUnit.SECONDS);
        assertThat(cut).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(BundleImport.Outcome.REFUSED);
            assertThat(r.message()).contains("已下载的部分会保留");
        });
        long kept = Files.size(part);
        assertThat(kept).isBetween(size / 3, size - 1);
        assertThat(sync.currentState().checkpoint()).isZero();

        int again = startFtp(0);
        sync.transports().saveFtpSettings(new FtpSettings("127.0.0.1", again, "kiosk", "s3cret", "/drop", false));
        List<BundleImport> resumed = sync.transports().fetchFromFtp();

        assertThat(resumed).singleElement().satisfies(r -> assertThat(r.outcome()).as(r.message())
                .isEqualTo(BundleImport.Outcome.IMPORTED));
        assertThat(downloaded()).as("only the rest was transferred (plus the small .sha256)")
                .isLessThan(size - kept + 1_000);
        assertThat(Files.readAllBytes(dir.resolve("kiosk/bundles").resolve(bundle.getFileName())))
                .isEqualTo(Files.readAllBytes(bundle));
        assertThat(sync.currentState().checkpoint()).isEqualTo(server.database().inTransaction(
                new cn.zwgk.server.sync.ChangeLogStore(Clock.systemUTC())::latestSeq));
    }
}
