package cn.zwgk.bench;

import cn.zwgk.core.sync.KioskVersions;
import cn.zwgk.core.demo.DemoDataGenerator;
import cn.zwgk.core.demo.DemoRequests;
import cn.zwgk.core.request.AnnualReportTable;
import cn.zwgk.core.request.InfoRequest;
import cn.zwgk.core.request.ReplyReason;
import cn.zwgk.core.request.ReplyType;
import cn.zwgk.core.request.ReportRow;
import cn.zwgk.core.request.ReportColumn;
import cn.zwgk.core.request.RequestStatus;
import cn.zwgk.core.request.TrackingCode;
import cn.zwgk.core.staff.Role;
import cn.zwgk.core.staff.StaffSession;
import cn.zwgk.core.sync.Enrolment;
import cn.zwgk.core.sync.SyncJson;
import cn.zwgk.core.sync.SyncPaths;
import cn.zwgk.core.sync.Upload;
import cn.zwgk.server.request.AnnualReportService;
import cn.zwgk.server.system.ServerConfig;
import cn.zwgk.server.system.SyncServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Information requests at scale on embedded Derby: 10,000 requests uploaded by 100 kiosks over real HTTP
 * (each kiosk sends its requests one after another, as its nightly sync does; {@value #CONCURRENT} kiosks at a
 * time), then table 三 of the annual report over 100,000 stored requests (rows written directly, not through the
 * intake: the intake's slow phone hash would make the setup take longer than the measurement).
 */
final class RequestsBench implements BenchMain.Suite {
    private static final List<String> COMMUNITIES = List.of("110199001001", "110199001002", "110199002001",
            "110199002002");
    private static final int KIOSKS = 100;
    private static final int REQUESTS_PER_KIOSK = 100;
    static final int CONCURRENT = 10;
    private static final int REPORT_REQUESTS = 100_000;
    private static final StaffSession ADMIN = new StaffSession("bench", "基准测试", Set.of(Role.CENTRAL_ADMIN), null);

    @Override
    public void run() throws Exception {
        Path dir = Files.createTempDirectory("bench-requests");
        try (SyncServer server = SyncServer.create(ServerConfig.embedded("127.0.0.1", 0, dir.resolve("upload")),
                Clock.systemUTC())) {
            server.importer().importDataset(new DemoDataGenerator(DemoDataGenerator.DEFAULT_SEED).generate(100));
            server.start();
            uploads(server, URI.create("http://127.0.0.1:" + server.port()));
        }
        try (SyncServer server = SyncServer.create(ServerConfig.embedded("127.0.0.1", 0, dir.resolve("report")),
                Clock.systemUTC())) {
            report(server);
        }
    }

    private void uploads(SyncServer server, URI uri) throws Exception {
        ExecutorService httpThreads = Executors.newFixedThreadPool(4);
        try (HttpClient http = HttpClient.newBuilder().executor(httpThreads).build()) {
            uploads(server, uri, http);
        } finally {
            httpThreads.shutdownNow();
        }
    }

    private void uploads(SyncServer server, URI uri, HttpClient http) throws Exception {
        List<Enrolment> kiosks = new ArrayList<>();
        for (int i = 0; i < KIOSKS; i++) {
            String code = server.enrolment().issueCode(COMMUNITIES.get(i % COMMUNITIES.size()), Duration.ofHours(1));
            kiosks.add(SyncJson.read(send(http, "POST", uri.resolve(SyncPaths.ENROL), null,
                    SyncJson.write(new Enrolment.Request(code, "night-kiosk-" + i))).body(), Enrolment.class));
        }
        long t = System.nanoTime();
        RequestStatus.phoneCheck(TrackingCode.issue(1, 1), "13800131234");
        System.out.printf("# one phone check (PBKDF2-SHA256, 20,000 rounds): %.1f ms%n", (System.nanoTime() - t) / 1e6);

        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENT);
        Instant submitted = Instant.now();
        long start = System.nanoTime();
        List<Future<Integer>> done = new ArrayList<>();
        for (Enrolment kiosk : kiosks) {
            done.add(pool.submit(() -> {
                int accepted = 0;
                for (int s = 1; s <= REQUESTS_PER_KIOSK; s++) {
                    InfoRequest r = DemoRequests.sample(kiosk.kioskId(), kiosk.siteCode(), s, submitted);
                    String body = SyncJson.write(new Upload("INFO_REQUEST", r.id(), SyncJson.tree(r)));
                    long t0 = System.nanoTime();
                    HttpResponse<String> response = send(http, "PUT", uri.resolve(SyncPaths.UPLOADS + "/" + r.id()),
                            kiosk.token(), body);
                    latencies.add(System.nanoTime() - t0);
                    if (response.statusCode() != 200 || !response.body().contains("ACCEPTED")) {
                        throw new IllegalStateException("upload refused: " + response.statusCode() + " " + response.body());
                    }
                    accepted++;
                }
                return accepted;
            }));
        }
        int accepted = 0;
        try {
            for (Future<Integer> f : done) {
                accepted += f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long stored = server.database().inTransaction(c -> {
            try (var ps = c.prepareStatement("SELECT COUNT(*) FROM info_request"); var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        if (stored != accepted) {
            throw new IllegalStateException(accepted + " acknowledged but " + stored + " stored");
        }
        List<Long> sorted = latencies.stream().sorted().toList();
        BenchMain.report("requests.uploaded", stored, "count");
        BenchMain.report("requests.upload_p99_ms", sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1) / 1e6, "ms");
        BenchMain.report("requests.upload_median_ms", sorted.get(sorted.size() / 2) / 1e6, "ms");
        BenchMain.report("requests.upload_seconds", seconds, "s");
        BenchMain.report("requests.uploads_per_s", stored / seconds, "req/s");
    }

    private void report(SyncServer server) throws Exception {
        long t = System.nanoTime();
        insertRequests(server);
        System.out.printf("# %d requests written for the report in %.1f s%n", REPORT_REQUESTS, (System.nanoTime() - t) / 1e9);
        AnnualReportService reports = server.requests().annualReport();
        List<Double> runs = new ArrayList<>();
        AnnualReportTable table = null;
        int xlsxBytes = 0;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            table = reports.table(ADMIN, 2026);
            xlsxBytes = reports.xlsx(ADMIN, 2026).length;
            runs.add((System.nanoTime() - start) / 1e9);
        }
        if (!table.checkProblems().isEmpty()) {
            throw new IllegalStateException("report does not balance: " + table.checkProblems());
        }
        System.out.printf("# 2026: new %d, carried over %d, concluded %d, carried forward %d; xlsx %d bytes; runs %s%n",
                table.cell(ReportRow.Kind.NEW, ReportColumn.TOTAL), table.cell(ReportRow.Kind.CARRIED_OVER, ReportColumn.TOTAL),
                table.cell(ReportRow.Kind.OUTCOME_TOTAL, ReportColumn.TOTAL),
                table.cell(ReportRow.Kind.CARRIED_FORWARD, ReportColumn.TOTAL), xlsxBytes, runs);
        BenchMain.report("requests.report_requests", REPORT_REQUESTS, "count");
        BenchMain.report("requests.report_seconds", BenchMain.median(runs), "s");
    }

    /** 100,000 requests received 2025-01-01 … 2026-12-31, most concluded within a month with a spread of outcomes. */
    private static void insertRequests(SyncServer server) {
        ReplyReason[] reasons = ReplyReason.values();
        server.database().useTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO info_request (id, tracking_code, kiosk_id, site_code, applicant_type, organisation_kind,
                        delivery, department, received_date, submitted_at, clock_doubt, state, due_date, reply_type,
                        reply_reason, concluded_on, version, phone_check, personal, created_at)
                    VALUES (?, ?, 'bench', '110199001001', ?, ?, 'COLLECT', '办公室', ?, ?, FALSE, ?, NULL, ?, ?, ?, 1,
                        'bench', 'not-personal: written by the benchmark', ?)""")) {
                Random r = new Random(42);
                LocalDate first = LocalDate.of(2025, 1, 1);
                for (int i = 0; i < REPORT_REQUESTS; i++) {
                    LocalDate received = first.plusDays(r.nextInt(730));
                    boolean org = r.nextInt(5) == 0;
                    boolean open = r.nextInt(20) == 0;
                    ps.setString(1, java.util.UUID.nameUUIDFromBytes(("bench" + i).getBytes()).toString());
                    ps.setString(2, TrackingCode.issue(7, i % (TrackingCode.MAX_SEQUENCE + 1)).compact());
                    ps.setString(3, org ? "ORGANISATION" : "NATURAL_PERSON");
                    ps.setString(4, org ? cn.zwgk.core.request.OrganisationKind.values()[r.nextInt(5)].name() : null);
                    ps.setDate(5, Date.valueOf(received));
                    ps.setTimestamp(6, Timestamp.valueOf(received.atTime(10, 0)));
                    if (open) {
                        ps.setString(7, "REGISTERED");
                        ps.setString(8, null);
                        ps.setString(9, null);
                        ps.setDate(10, null);
                    } else {
                        int pick = r.nextInt(reasons.length + 2);
                        ReplyType type = pick == 0 ? ReplyType.DISCLOSED : pick == 1 ? ReplyType.PARTIALLY_DISCLOSED
                                : reasons[pick - 2].type();
                        ps.setString(7, "REPLIED");
                        ps.setString(8, type.name());
                        ps.setString(9, pick < 2 ? null : reasons[pick - 2].name());
                        ps.setDate(10, Date.valueOf(received.plusDays(5 + r.nextInt(40))));
                    }
                    ps.setTimestamp(11, Timestamp.from(Instant.now()));
                    ps.addBatch();
                    if (i % 1000 == 999) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
        });
    }

    private static HttpResponse<String> send(HttpClient http, String method, URI uri, String token, String json)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).method(method, HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json").header(SyncPaths.HEADER_APP_VERSION, KioskVersions.MINIMUM);
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
