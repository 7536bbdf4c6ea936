package cn.zwgk.kiosk.staff;

import cn.zwgk.core.site.Site;
import cn.zwgk.core.staff.LockoutPolicy;
import cn.zwgk.core.staff.PasswordHasher;
import cn.zwgk.core.staff.Role;
import cn.zwgk.core.staff.StaffAccount;
import cn.zwgk.core.store.Database;
import cn.zwgk.kiosk.site.SiteStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Staff login at the kiosk, offline: accounts come down by sync (hash only), the password is checked with
 * Argon2id here, and repeated failures lock the name for a while ({@link LockoutPolicy#standard()}), counted
 * in Derby so a restart does not reset them. Only active accounts of this kiosk's site or a site above it,
 * with a role that works at a kiosk, get in.
 */
public final class StaffService {
    /** Roles that have something to do at a kiosk. */
    public static final Set<Role> KIOSK_ROLES = Set.of(Role.COMMUNITY_STAFF, Role.HALL_STAFF);
    private static final String WRONG = "用户名或密码不正确";
    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private final Database database;
    private final StaffStore store;
    private final SiteStore sites;
    private final String siteCode;
    private final Clock clock;
    private final ZoneId zone;
    private final LockoutPolicy policy;
    private final Duration idle;
    private volatile String decoy;

    /** @param idle how long a logged-in staff member may leave the kiosk untouched before being logged out */
    public StaffService(Database database, StaffStore store, SiteStore sites, String siteCode, Clock clock, ZoneId zone,
            LockoutPolicy policy, Duration idle) {
        this.database = database;
        this.store = store;
        this.sites = sites;
        this.siteCode = siteCode;
        this.clock = clock;
        this.zone = zone;
        this.policy = policy;
        this.idle = idle;
    }

    public Duration idle() {
        return idle;
    }

    public Clock clock() {
        return clock;
    }

    public LoginOutcome login(String rawUsername, String password) {
        String username = rawUsername == null ? "" : rawUsername.strip().toLowerCase(Locale.ROOT);
        if (username.isEmpty() || password == null || password.isEmpty()) {
            return new LoginOutcome.Refused("请输入用户名和密码");
        }
        if (username.length() > 64) {
            return new LoginOutcome.Refused(WRONG);
        }
        Instant now = clock.instant();
        StaffStore.Failures failures = database.inTransaction(c -> store.failures(c, username));
        Optional<Instant> until = policy.lockedUntil(failures.count(), failures.last());
        if (until.isPresent() && now.isBefore(until.get())) {
            return new LoginOutcome.Refused("连续输错密码 " + policy.maxFailures() + " 次，账号已锁定，请于 "
                    + HOUR_MINUTE.format(until.get().atZone(zone)) + " 以后再试，或联系中心管理员");
        }
        Optional<StaffAccount> account = database.inTransaction(c -> store.byUsername(c, username));
        // an unknown name costs the same hash as a known one, so names cannot be probed by timing
        boolean matches = PasswordHasher.verify(password, account.map(StaffAccount::passwordHash).orElseGet(this::decoy));
        if (account.isEmpty() || !matches) {
            int count = failures.count() + 1;
            database.useTransaction(c -> store.setFailures(c, username, count, now));
            int left = policy.maxFailures() - count;
            return new LoginOutcome.Refused(left > 0 ? WRONG + "，再错 " + left + " 次账号将锁定 "
                    + policy.lockFor().toMinutes() + " 分钟" : "连续输错密码 " + policy.maxFailures() + " 次，账号已锁定 "
                    + policy.lockFor().toMinutes() + " 分钟");
        }
        database.useTransaction(c -> store.clearFailures(c, username));
        StaffAccount a = account.get();
        if (!a.active()) {
            return new LoginOutcome.Refused("此账号已停用，请联系中心管理员");
        }
        if (a.roles().stream().noneMatch(KIOSK_ROLES::contains)) {
            return new LoginOutcome.Refused("此账号没有可在自助终端使用的角色（社区工作人员或大厅工作人员）");
        }
        if (a.siteCode() == null || !database.inTransaction(this::siteChain).contains(a.siteCode())) {
            return new LoginOutcome.Refused("此账号不属于本终端所在的社区或街道");
        }
        return new LoginOutcome.LoggedIn(a.session());
    }

    /** This kiosk's site and the sites above it. */
    private Set<String> siteChain(Connection c) throws SQLException {
        Set<String> chain = new HashSet<>();
        String code = siteCode;
        while (code != null && chain.add(code) && chain.size() < 6) {
            code = sites.byCode(c, code).map(Site::parentCode).orElse(null);
        }
        return chain;
    }

    private String decoy() {
        String d = decoy;
        if (d == null) {
            d = PasswordHasher.hash("decoy-" + System.nanoTime());
            decoy = d;
        }
        return d;
    }
}
