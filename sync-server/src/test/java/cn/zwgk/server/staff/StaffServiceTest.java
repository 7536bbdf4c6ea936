package cn.zwgk.server.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zwgk.core.staff.AccessDeniedException;
import cn.zwgk.core.staff.Role;
import cn.zwgk.core.staff.StaffSession;
import cn.zwgk.core.store.Database;
import cn.zwgk.core.sync.RecordType;
import cn.zwgk.core.validation.ValidationException;
import cn.zwgk.server.TestDatabases;
import cn.zwgk.server.TestDatabases.Engine;
import cn.zwgk.server.audit.AuditLog;
import cn.zwgk.server.system.CentralDatabase;
import cn.zwgk.server.system.ServerConfig;
import cn.zwgk.server.system.SyncServer;
import cn.zwgk.server.sync.ChangeLogStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StaffServiceTest {
    @TempDir
    Path temp;
    private ServerConfig config;
    private Database database;
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-01T02:00:00Z"));
    private final Clock clock = new Clock() {
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        public Instant instant() {
            return now.get();
        }
    };

    private StaffService open(Engine engine) {
        config = TestDatabases.config(engine, temp);
        database = CentralDatabase.open(config);
        return new StaffService(database, new StaffStore(), new ChangeLogStore(clock), new AuditLog(clock),
                cn.zwgk.core.staff.LockoutPolicy.standard(), clock);
    }

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
            TestDatabases.dropSchema(config);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void loginLocksAfterFiveFailuresAndUnlocksAfterFifteenMinutes(Engine engine) {
        StaffService staff = open(engine);
        staff.bootstrap("admin", "管理员", "central-2026", Set.of(Role.CENTRAL_ADMIN), null, true);

        assertThat(staff.login("admin", "central-2026")).isInstanceOf(LoginResult.Success.class);
        for (int i = 0; i < 5; i++) {
            assertThat(staff.login("admin", "wrong-password")).isEqualTo(new LoginResult.Refused(StaffService.WRONG));
        }
        LoginResult locked = staff.login("admin", "central-2026");
        assertThat(locked).isInstanceOf(LoginResult.Refused.class);
        assertThat(((LoginResult.Refused) locked).message()).contains("已锁定");

        now.set(now.get().plus(Duration.ofMinutes(16)));
        assertThat(staff.login("ADMIN ", "central-2026")).isInstanceOf(LoginResult.Success.class);
        assertThat(staff.login("nobody", "central-2026")).isEqualTo(new LoginResult.Refused(StaffService.WRONG));
        assertThat(TestDatabases.count(database, "audit_log")).isEqualTo(8);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void onlyTheAdminManagesStaffAndSiteAccountsTravelToTheirKiosks(Engine engine) {
        StaffService staff = open(engine);
        staff.bootstrap("admin", "管理员", "central-2026", Set.of(Role.CENTRAL_ADMIN), null, true);
        StaffSession admin = ((LoginResult.Success) staff.login("admin", "central-2026")).session();

        staff.create(admin, "li.na", "李娜", "community-1", Set.of(Role.COMMUNITY_STAFF), "110199001001");
        StaffSession community = ((LoginResult.Success) staff.login("li.na", "community-1")).session();
        assertThatThrownBy(() -> staff.create(community, "x.y", "某某", "password-9", Set.of(Role.CENTRAL_ADMIN), null))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("中心管理员");
        assertThatThrownBy(() -> staff.list(community)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.create(admin, "li.na", "重名", "password-9", Set.of(Role.HALL_STAFF), "110199001001"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("已被使用");

        staff.update(admin, "li.na", "李娜", Set.of(Role.COMMUNITY_STAFF), "110199001002", true);
        var log = database.inTransaction(c -> new ChangeLogStore(clock).since(c, 0, 100));
        assertThat(log).allMatch(ch -> ch.type() == RecordType.STAFF);
        assertThat(log).extracting(ch -> ch.op().name()).containsExactly("UPSERT", "DELETE", "UPSERT");
        assertThat(log.get(0).payload().toString()).contains("$argon2id$").doesNotContain("community-1");

        staff.update(admin, "li.na", "李娜", Set.of(Role.COMMUNITY_STAFF), "110199001002", false);
        assertThat(staff.login("li.na", "community-1")).isInstanceOf(LoginResult.Refused.class);
        assertThatThrownBy(() -> staff.update(admin, "admin", "管理员", Set.of(Role.CENTRAL_ADMIN), null, false))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.bootstrap("second", "第二", "password-9", Set.of(Role.CENTRAL_ADMIN), null, true))
                .isInstanceOf(IllegalStateException.class);
    }
}
