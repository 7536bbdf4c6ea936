package cn.zwgk.server.request;

import cn.zwgk.core.sync.KioskVersions;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.core.demo.DemoDataGenerator;
import cn.zwgk.core.request.ApplicantType;
import cn.zwgk.core.request.DeliveryMethod;
import cn.zwgk.core.request.IdDocumentType;
import cn.zwgk.core.request.InfoRequest;
import cn.zwgk.core.request.InformationForm;
import cn.zwgk.core.request.OrganisationKind;
import cn.zwgk.core.request.TrackingCode;
import cn.zwgk.core.staff.Role;
import cn.zwgk.core.staff.StaffSession;
import cn.zwgk.core.sync.Enrolment;
import cn.zwgk.core.sync.SyncJson;
import cn.zwgk.core.sync.SyncPaths;
import cn.zwgk.core.sync.Upload;
import cn.zwgk.server.TestDatabases;
import cn.zwgk.server.system.ServerConfig;
import cn.zwgk.server.system.SyncServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** A started sync-server on one engine, one enrolled kiosk, and requests uploaded over real HTTP. */
final class RequestRig implements AutoCloseable {
    static final String SITE = "110199001001";
    static final StaffSession OFFICER = new StaffSession("officer1", "王办理", Set.of(Role.REQUEST_OFFICER), null);
    static final StaffSession HALL = new StaffSession("hall1", "李大厅", Set.of(Role.HALL_STAFF), SITE);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    final TestClock clock = new TestClock(Instant.parse("2026-03-02T02:00:00Z"));
    final ServerConfig config;
    final SyncServer server;
    final Enrolment kiosk;
    private final AtomicLong sequence = new AtomicLong();

    RequestRig(TestDatabases.Engine engine, Path dir) throws Exception {
        config = TestDatabases.config(engine, dir);
        server = SyncServer.create(config, clock);
        try {
            server.importer().importDataset(new DemoDataGenerator(3).generate(20));
            server.start();
            kiosk = enrol("kiosk-hall-1");
        } catch (Exception | AssertionError e) {
            close();
            throw e;
        }
    }

    Enrolment enrol(String kioskId) throws Exception {
        return enrol(kioskId, SITE);
    }

    Enrolment enrol(String kioskId, String site) throws Exception {
        String code = server.enrolment().issueCode(site, Duration.ofDays(1));
        HttpResponse<String> r = send("POST", SyncPaths.ENROL, null, SyncJson.write(new Enrolment.Request(code, kioskId)));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return SyncJson.read(r.body(), Enrolment.class);
    }

    RequestDesk desk() {
        return server.requests().desk();
    }

    /** A valid application by a person, filed today (by the rig's clock) at the rig's kiosk. */
    InfoRequest person(String name, String phone) {
        Instant at = clock.instant();
        long kioskNo = TrackingCode.kioskNumberFor(kiosk.kioskId());
        return new InfoRequest(UUID.randomUUID().toString(), TrackingCode.issue(kioskNo, sequence.incrementAndGet()).toString(),
                kiosk.kioskId(), SITE, ApplicantType.NATURAL_PERSON, null, name, null, IdDocumentType.RESIDENT_ID,
                "11010519491231002X", phone, null, null, "2025年本街道老旧小区改造项目的资金安排文件", InformationForm.PAPER,
                null, DeliveryMethod.COLLECT, true, at, "Asia/Shanghai", at.atZone(ZoneId.of("Asia/Shanghai")).toLocalDate(),
                false);
    }

    InfoRequest organisation(OrganisationKind kind) {
        InfoRequest p = person("北京某某律师事务所", "010-12345678");
        return new InfoRequest(p.id(), p.trackingCode(), p.kioskId(), p.siteCode(), ApplicantType.ORGANISATION, kind,
                p.name(), "李四", IdDocumentType.CREDIT_CODE, "91350100M000100Y43", p.phone(), "office@example.com", null,
                p.description(), InformationForm.ELECTRONIC, null, DeliveryMethod.EMAIL, true, p.submittedAt(), p.zone(),
                p.submittedDate(), false);
    }

    HttpResponse<String> upload(Object request, String id) throws Exception {
        return upload(kiosk, request, id);
    }

    HttpResponse<String> upload(Enrolment from, Object request, String id) throws Exception {
        Upload u = new Upload("INFO_REQUEST", id, SyncJson.tree(request));
        return send("PUT", SyncPaths.UPLOADS + "/" + id, from.token(), SyncJson.write(u));
    }

    /** Uploads and expects it accepted; returns the request id. */
    String filed(InfoRequest r) throws Exception {
        HttpResponse<String> response = upload(r, r.id());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("ACCEPTED");
        return r.id();
    }

    HttpResponse<String> send(String method, String path, String token, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .method(method, HttpRequest.BodyPublishers.ofString(json)).header("Content-Type", "application/json")
                .header(SyncPaths.HEADER_APP_VERSION, KioskVersions.MINIMUM);
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    long count(String table) {
        return TestDatabases.count(server.database(), table);
    }

    /** Every value of {@code column} in {@code table}, joined (to look for plaintext). */
    String dump(String table, String column) {
        return server.database().inTransaction(c -> {
            StringBuilder s = new StringBuilder();
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT " + column + " FROM " + table)) {
                while (rs.next()) {
                    s.append(rs.getString(1)).append('\n');
                }
            }
            return s.toString();
        });
    }

    LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Override
    public void close() {
        server.close();
        TestDatabases.dropSchema(config);
    }
}
