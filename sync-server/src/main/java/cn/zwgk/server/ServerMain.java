package cn.zwgk.server;

import cn.zwgk.core.dataset.DatasetFile;
import cn.zwgk.core.dataset.ImportFileException;
import cn.zwgk.core.demo.DemoDataGenerator;
import cn.zwgk.core.store.Database;
import cn.zwgk.server.system.CentralDatabase;
import cn.zwgk.server.system.ServerConfig;
import cn.zwgk.server.system.SyncServer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code java -jar sync-server.jar serve|import|demo-data}. */
@Command(name = "sync-server", mixinStandardHelpOptions = true, version = ServerConfig.APP_VERSION,
        description = "政务公开 central sync-server",
        subcommands = {ServerMain.Serve.class, ServerMain.Import.class, ServerMain.DemoData.class,
            ServerMain.EnrolCode.class, ServerMain.Revoke.class, ServerMain.Attach.class,
            ServerMain.ResolveConflict.class, ServerMain.StaffAdd.class, SyncCommands.Bundle.class,
            SyncCommands.PurgeTombstones.class, SyncCommands.HardDeleteCommand.class, BackupCommands.Backup.class,
            BackupCommands.Restore.class, DueDateCommand.class, ImportCatalogueCommand.class})
public final class ServerMain {

    /** Exit code of a command that needs the embedded store while a running server holds it. */
    static final int STORE_IN_USE = 3;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /**
     * The command line with its one rule for failures: a command that needs the embedded Derby while a running
     * server holds it says in one line what to do instead (no stack trace) and exits {@value #STORE_IN_USE}.
     */
    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new ServerMain());
        cli.setExecutionExceptionHandler((e, command, parsed) -> {
            if (!cn.zwgk.core.store.StoreInUse.isHeld(e)) {
                throw e;
            }
            command.getErr().println(storeInUse(command.getCommandName()));
            return STORE_IN_USE;
        });
        return cli;
    }

    /** What to do instead, for the command that could not open the store. */
    static String storeInUse(String command) {
        String instead = switch (command) {
            case "import-catalogue" -> "在控制台「导入目录」中导入同一文件（预览后确认）";
            case "import" -> "在控制台导入，或停止服务后再运行";
            case "staff-add" -> "在控制台「工作人员」中添加账号";
            case "enrol-code", "revoke" -> "在控制台「终端管理」中操作";
            case "due-date" -> "在控制台「答复期限计算」中查询";
            default -> "先停止服务（serve）再运行此命令";
        };
        return "数据库正被运行中的 sync-server 占用（内置 Derby 只允许一个进程打开）：请" + instead
                + "；或让服务和命令行共用 PostgreSQL（--jdbc-url）。";
    }

    /** Where the store is: the same options for every command that touches it. */
    static class StoreOptions {
        @Option(names = "--data", defaultValue = "${env:ZWGK_SERVER_DATA:-data/server}",
                description = "data directory (embedded Derby under DIR/db); default ${DEFAULT-VALUE}")
        Path dataDir;

        @Option(names = "--jdbc-url", defaultValue = "${env:ZWGK_JDBC_URL}",
                description = "use this database instead of embedded Derby, e.g. jdbc:postgresql://127.0.0.1:5432/test")
        String jdbcUrl;

        @Option(names = "--jdbc-user", defaultValue = "${env:ZWGK_JDBC_USER}")
        String jdbcUser;

        @Option(names = "--jdbc-password", defaultValue = "${env:ZWGK_JDBC_PASSWORD}")
        String jdbcPassword;

        @Option(names = "--key-dir", defaultValue = "${env:ZWGK_KEY_DIR}",
                description = "central signing key directory (default DATA/keys); share it between server nodes")
        Path keyDir;

        ServerConfig config(String host, int port) {
            return new ServerConfig(host, port, dataDir, jdbcUrl, jdbcUser, jdbcPassword, keyDir);
        }

        /** The configuration of a command that does not listen (import, enrol-code, revoke, …). */
        ServerConfig offline() {
            return config("127.0.0.1", 0);
        }
    }

    @Command(name = "serve", description = "run the sync API and status page")
    static class Serve implements Callable<Integer> {
        @CommandLine.Mixin
        StoreOptions store;

        @Option(names = "--host", defaultValue = "${env:ZWGK_SERVER_HOST:-127.0.0.1}")
        String host;

        @Option(names = "--port", defaultValue = "${env:ZWGK_SERVER_PORT:-8080}")
        int port;

        @Option(names = "--tls-keystore", defaultValue = "${env:ZWGK_TLS_KEYSTORE}",
                description = "PKCS#12 keystore with the server certificate: serve HTTPS instead of HTTP")
        Path tlsKeystore;

        @Option(names = "--tls-password", defaultValue = "${env:ZWGK_TLS_PASSWORD}")
        String tlsPassword;

        @Option(names = "--no-console", description = "serve the sync API only, without the staff console at /console")
        boolean noConsole;

        @Option(names = "--ntp-port", defaultValue = "${env:ZWGK_NTP_PORT:-0}",
                description = "also answer NTP on this UDP port (same host), so kiosks can check their clocks "
                        + "against this server; 0 = off (default)")
        int ntpPort;

        @Override
        public Integer call() throws Exception {
            ServerConfig config = store.config(host, port);
            if (tlsKeystore != null) {
                config = config.withTls(tlsKeystore, tlsPassword);
            }
            SyncServer server = SyncServer.create(config, cn.zwgk.core.time.AppClock.fromSystemProperty(), !noConsole);
            CountDownLatch stopped = new CountDownLatch(1);
            cn.zwgk.server.clock.NtpResponder ntp = ntpPort > 0
                    ? cn.zwgk.server.clock.NtpResponder.start(host, ntpPort, cn.zwgk.core.time.AppClock.fromSystemProperty()) : null;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                if (ntp != null) {
                    ntp.close();
                }
                server.close();
                stopped.countDown();
            }, "shutdown"));
            server.start();
            if (System.getProperty(cn.zwgk.core.time.AppClock.PROPERTY) != null) {
                System.out.println("clock set by -D" + cn.zwgk.core.time.AppClock.PROPERTY + "="
                        + System.getProperty(cn.zwgk.core.time.AppClock.PROPERTY) + " (demo/test only, never on a real server)");
            }
            System.out.println("sync-server listening on " + server.uri()
                    + (ntp != null ? " (NTP on udp port " + ntp.port() + ")" : ""));
            stopped.await();
            return 0;
        }
    }

    @Command(name = "import", description = "import a dataset file (JSON Lines); all or nothing")
    static class Import implements Callable<Integer> {
        @CommandLine.Mixin
        StoreOptions store;

        @Parameters(paramLabel = "FILE")
        Path file;

        @Option(names = "--urgent", description = "online kiosks pick these changes up within minutes")
        boolean urgent;

        @Override
        public Integer call() {
            ServerConfig config = store.offline();
            try (Database database = CentralDatabase.open(config)) {
                var importer = SyncServer.importerFor(database, cn.zwgk.core.time.AppClock.fromSystemProperty());
                System.out.println(importer.importFile(file, urgent));
                return 0;
            } catch (ImportFileException e) {
                System.err.println(e.getMessage());
                return 2;
            }
        }
    }

    @Command(name = "staff-add", description = "create a staff account (the first central admin of a new installation)")
    static class StaffAdd implements Callable<Integer> {
        @CommandLine.Mixin
        StoreOptions store;

        @Option(names = "--username", required = true)
        String username;

        @Option(names = "--name", required = true, description = "the person's name")
        String displayName;

        @Option(names = "--role", required = true, split = ",",
                description = "one or more of ${COMPLETION-CANDIDATES}")
        java.util.Set<cn.zwgk.core.staff.Role> roles;

        @Option(names = "--site", description = "site code, required for COMMUNITY_STAFF and HALL_STAFF")
        String site;

        @Option(names = "--password", interactive = true, arity = "0..1", required = true,
                description = "at least 8 characters; asked for when given without a value")
        String password;

        @Option(names = "--if-none", description = "only when no account exists yet (idempotent installs)")
        boolean ifNone;

        @Override
        public Integer call() {
            ServerConfig config = store.offline();
            try (Database database = CentralDatabase.open(config)) {
                var account = SyncServer.staffFor(database, cn.zwgk.core.time.AppClock.fromSystemProperty())
                        .bootstrap(username, displayName, password, roles, site, ifNone);
                System.out.println("created staff account " + account.username() + " " + account.roles());
                return 0;
            } catch (IllegalStateException e) {
                System.out.println(e.getMessage());
                return ifNone ? 0 : 2;
            } catch (cn.zwgk.core.validation.ValidationException | IllegalArgumentException e) {
                System.err.println(e.getMessage());
                return 2;
            }
        }
    }

    @Command(name = "enrol-code", description = "issue a one-time code that enrols one kiosk for a site")
    static class EnrolCode implements Callable<Integer> {
        @CommandLine.Mixin
        StoreOptions store;

        @Option(names = "--site", description = "site code of the kiosk's community or street (required for a new kiosk)")
        String site;

        @Option(names = "--kiosk", description = "a re-enrolment code for this revoked kiosk id (only it can use the code)")
        String kiosk;

        @Option(names = "--valid-days", defaultValue = "7")
        int validDays;

        @Override
        public Integer call() {
            ServerConfig config = store.offline();
            try (Database database = CentralDatabase.open(config)) {
                var enrolment = SyncServer.enrolmentFor(config, database, cn.zwgk.core.time.AppClock.fromSystemProperty());
                java.time.Duration validity = java.time.Duration.ofDays(validDays);
                if (kiosk == null && site == null) {
                    System.err.println("需要 --site（新终端）或 --kiosk（已吊销的终端）/ --site or --kiosk is required");
                    return 2;
                }
                String code = kiosk != null ? enrolment.issueReenrolmentCode(kiosk, site, validity)
                        : enrolment.issueCode(site, validity);
                // stdout stays the code alone (scripts read it); the fingerprint is for the operator's eyes,
                // to compare with what the kiosk installer shows (kiosk.sh --server-key-sha256)
                System.err.println("中心公钥指纹 central key SHA-256: " + enrolment.keyFingerprint());
                System.out.println(code);
                return 0;
            } catch (cn.zwgk.server.security.EnrolmentException e) {
                System.err.println(e.getMessage());
                return 2;
            }
        }
    }

    @Command(name = "revoke", description = "revoke a kiosk's credential at once")
    static class Revoke implements Callable<Integer> {
        @CommandLine.Mixin
        StoreOptions store;

        @Parameters(paramLabel = "KIOSK_ID")
        String kioskId;

        @Override
        public Integer call() {
            ServerConfig config = store.offline();
            try (Database database = CentralDatabase.open(config)) {
                boolean done = SyncServer.enrolmentFor(config, database, cn.zwgk.core.time.AppClock.fromSystemProperty()).revoke(kioskId);
                System.out.println(done ? "已停用终端 " + kioskId : "没有终端 " + kioskId);
                return done ? 0 : 2;
            }
        }
    }

    @Command(name = "attach", description = "store a file (image, PDF) as an attachment; prints its SHA-256, "
            + "which notices list in their attachments")
    static class Attach implements Callable<Integer> {
        @CommandLine.Mixin
        StoreOptions store;

        @Parameters(paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() throws Exception {
            byte[] bytes = java.nio.file.Files.readAllBytes(file);
            System.out.println(SyncServer.attachments(store.offline()).put(bytes));
            return 0;
        }
    }

    @Command(name = "resolve-conflict", description = "decide a notice conflict: keep the kiosk's or the central text")
    static class ResolveConflict implements Callable<Integer> {
        @CommandLine.Mixin
        StoreOptions store;

        @Parameters(paramLabel = "UPLOAD_ID")
        String uploadId;

        @Option(names = "--keep", required = true, description = "kiosk or central")
        String keep;

        @Override
        public Integer call() {
            if (!keep.equals("kiosk") && !keep.equals("central")) {
                System.err.println("--keep must be kiosk or central");
                return 2;
            }
            try (Database database = CentralDatabase.open(store.offline())) {
                boolean done = database.inTransaction(c -> SyncServer.noticeIntakeFor(cn.zwgk.core.time.AppClock.fromSystemProperty())
                        .resolve(c, uploadId, keep.equals("kiosk"), cn.zwgk.core.time.AppClock.fromSystemProperty().instant()));
                System.out.println(done ? "已处理冲突 " + uploadId : "没有未处理的冲突 " + uploadId);
                return done ? 0 : 2;
            }
        }
    }

    @Command(name = "demo-data", description = "write the deterministic demo dataset to a file")
    static class DemoData implements Callable<Integer> {
        @Option(names = "--items", defaultValue = "" + DemoDataGenerator.DEMO_ITEM_COUNT)
        int items;

        @Option(names = "--seed", defaultValue = "" + DemoDataGenerator.DEFAULT_SEED)
        long seed;

        @Option(names = "--today", description = "place the notices' publicity periods around this day "
                + "(default: today by the app clock, see -Dzwgk.clock)")
        java.time.LocalDate today;

        @Parameters(paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() {
            java.time.LocalDate day = today != null ? today : java.time.LocalDate.ofInstant(
                    cn.zwgk.core.time.AppClock.fromSystemProperty().instant(), SyncServer.ZONE);
            var generated = new DemoDataGenerator(seed).generate(items, day);
            // with the built-in notice templates and the built-in working-day calendars (2025, 2026), so they sync like data too
            var dataset = new cn.zwgk.core.dataset.Dataset(generated.domains(), generated.sites(), generated.items(),
                    generated.notices(), cn.zwgk.board.TemplateCatalog.builtIn().all(),
                    cn.zwgk.core.demo.DemoCalendar.all());
            DatasetFile.write(dataset, file);
            System.out.println("wrote " + dataset.items().size() + " items, " + dataset.notices().size()
                    + " notices to " + file);
            return 0;
        }
    }
}
