package cn.zwgk.kiosk.staff;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.core.site.Site;
import cn.zwgk.core.site.SiteLevel;
import cn.zwgk.core.staff.LockoutPolicy;
import cn.zwgk.core.staff.PasswordHasher;
import cn.zwgk.core.staff.Role;
import cn.zwgk.core.staff.StaffAccount;
import cn.zwgk.core.store.Database;
import cn.zwgk.kiosk.site.SiteStore;
import cn.zwgk.kiosk.system.KioskDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Staff login at the kiosk on a real Derby store: offline, Argon2id, lockout that survives a restart of the service. */
class StaffServiceTest {
    static final String SITE = "110199001001";
    static final String PASSWORD = "Dongh-2026!";
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    @TempDir
    static Path dir;
    static Database db;
    static String hash;

    /** A clock the test moves. */
    static final class MovingClock extends Clock {
        Instant now = Instant.parse("2026-11-23T02:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @BeforeAll
    static void store() {
        db = KioskDatabase.open(dir.resolve("db"));
        hash = PasswordHasher.hash(PASSWORD);
        SiteStore sites = new SiteStore();
        StaffStore staff = new StaffStore();
        db.useTransaction(c -> {
            sites.put(c, new Site("110199", "城东区", SiteLevel.DISTRICT, null));
            sites.put(c, new Site("110199001", "东湖街道", SiteLevel.STREET, "110199"));
            sites.put(c, new Site(SITE, "东湖社区", SiteLevel.COMMUNITY, "110199001"));
            staff.put(c, account("wang", Set.of(Role.COMMUNITY_STAFF), SITE, true));
            staff.put(c, account("street", Set.of(Role.HALL_STAFF), "110199001", true));
            staff.put(c, account("gone", Set.of(Role.COMMUNITY_STAFF), SITE, false));
            staff.put(c, account("other", Set.of(Role.COMMUNITY_STAFF), "110199002001", true));
            staff.put(c, account("editor", Set.of(Role.CATALOGUE_EDITOR), SITE, true));
            staff.put(c, account("locked", Set.of(Role.COMMUNITY_STAFF), SITE, true));
        });
    }

    @AfterAll
    static void close() {
        db.close();
    }

    static StaffAccount account(String name, Set<Role> roles, String site, boolean active) {
        return new StaffAccount(name, "王小红", hash, roles, site, active, 1);
    }

    StaffService service(Clock clock) {
        return new StaffService(db, new StaffStore(), new SiteStore(), SITE, clock, ZONE, LockoutPolicy.standard(),
                Duration.ofMinutes(5));
    }

    @Test
    void theRightPasswordOpensASessionWithTheAccountsRoles() {
        LoginOutcome outcome = service(new MovingClock()).login(" Wang ", PASSWORD);
        assertThat(outcome).isInstanceOfSatisfying(LoginOutcome.LoggedIn.class, in -> {
            assertThat(in.session().username()).isEqualTo("wang");
            assertThat(in.session().has(Role.COMMUNITY_STAFF)).isTrue();
            assertThat(in.session().siteCode()).isEqualTo(SITE);
        });
    }

    @Test
    void streetStaffMayLogInAtTheirCommunitiesKiosks() {
        assertThat(service(new MovingClock()).login("street", PASSWORD)).isInstanceOf(LoginOutcome.LoggedIn.class);
    }

    @Test
    void disabledAccountsOtherSitesAndRolesWithoutKioskWorkAreRefusedPlainly() {
        StaffService s = service(new MovingClock());
        assertThat(refusal(s.login("gone", PASSWORD))).isEqualTo("此账号已停用，请联系中心管理员");
        assertThat(refusal(s.login("other", PASSWORD))).isEqualTo("此账号不属于本终端所在的社区或街道");
        assertThat(refusal(s.login("editor", PASSWORD))).startsWith("此账号没有可在自助终端使用的角色");
        assertThat(refusal(s.login("", ""))).isEqualTo("请输入用户名和密码");
        assertThat(refusal(s.login("nobody", PASSWORD))).startsWith("用户名或密码不正确");
    }

    @Test
    void fiveWrongPasswordsLockTheNameForFifteenMinutesEvenAcrossARestart() {
        MovingClock clock = new MovingClock();
        StaffService s = service(clock);
        for (int i = 1; i <= 4; i++) {
            assertThat(refusal(s.login("locked", "wrong-" + i))).isEqualTo("用户名或密码不正确，再错 " + (5 - i) + " 次账号将锁定 15 分钟");
        }
        assertThat(refusal(s.login("locked", "wrong-5"))).isEqualTo("连续输错密码 5 次，账号已锁定 15 分钟");
        StaffService restarted = service(clock);
        assertThat(refusal(restarted.login("locked", PASSWORD))).as("locked even with the right password")
                .isEqualTo("连续输错密码 5 次，账号已锁定，请于 10:15 以后再试，或联系中心管理员");
        clock.now = clock.now.plus(Duration.ofMinutes(15)).plusSeconds(1);
        assertThat(restarted.login("locked", PASSWORD)).isInstanceOf(LoginOutcome.LoggedIn.class);
        assertThat(refusal(restarted.login("locked", "wrong-again"))).as("success reset the count")
                .isEqualTo("用户名或密码不正确，再错 4 次账号将锁定 15 分钟");
    }

    private static String refusal(LoginOutcome o) {
        assertThat(o).isInstanceOf(LoginOutcome.Refused.class);
        return ((LoginOutcome.Refused) o).message();
    }
}
