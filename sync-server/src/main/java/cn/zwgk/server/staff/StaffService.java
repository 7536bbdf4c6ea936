package cn.zwgk.server.staff;

import cn.zwgk.core.staff.LockoutPolicy;
import cn.zwgk.core.staff.PasswordHasher;
import cn.zwgk.core.staff.Role;
import cn.zwgk.core.staff.StaffAccount;
import cn.zwgk.core.staff.StaffSession;
import cn.zwgk.core.store.Database;
import cn.zwgk.core.sync.ChangeOp;
import cn.zwgk.core.sync.RecordType;
import cn.zwgk.core.sync.SyncJson;
import cn.zwgk.core.validation.ValidationException;
import cn.zwgk.server.audit.AuditLog;
import cn.zwgk.server.sync.ChangeLogStore;
import cn.zwgk.server.sync.LogEntry;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Staff accounts: login with lockout, and their management by the central admin. Accounts bound to a site
 * are written to the change log so that the kiosks of that site can check logins offline; an account
 * moved to another site is deleted from the old site's kiosks.
 */
public final class StaffService {
    static final String WRONG = "用户名或密码错误";

    private final Database database;
    private final StaffStore store;
    private final ChangeLogStore changeLog;
    private final AuditLog audit;
    private final LockoutPolicy lockout;
    private final Clock clock;

    public StaffService(Database database, StaffStore store, ChangeLogStore changeLog, AuditLog audit,
            LockoutPolicy lockout, Clock clock) {
        this.database = database;
        this.store = store;
        this.changeLog = changeLog;
        this.audit = audit;
        this.lockout = lockout;
        this.clock = clock;
    }

    public LoginResult login(String username, String password) {
        String name = username == null ? "" : username.strip().toLowerCase();
        // Hash outside the transaction: ~0.5 s of CPU should not hold a connection.
        Optional<StaffStore.Row> found = database.inTransaction(c -> store.find(c, name));
        Instant now = clock.instant();
        if (found.isEmpty()) {
            PasswordHasher.verify(password == null ? "" : password, DUMMY_HASH); // same time as a real check
            return new LoginResult.Refused(WRONG);
        }
        StaffStore.Row row = found.get();
        Optional<Instant> lockedUntil = lockout.lockedUntil(row.failedLogins(), row.lastFailure());
        if (lockedUntil.isPresent() && now.isBefore(lockedUntil.get())) {
            return new LoginResult.Refused("连续输错密码次数过多，账户已锁定，请于 "
                    + TIME.format(lockedUntil.get()) + " 后再试，或请管理员协助");
        }
        boolean ok = row.account().active() && PasswordHasher.verify(password, row.account().passwordHash());
        return database.inTransaction(c -> {
            if (!ok) {
                store.loginFailed(c, name, now);
                audit.append(c, name, "LOGIN_FAILED", "staff:" + name, null);
                return new LoginResult.Refused(WRONG);
            }
            store.loginSucceeded(c, name, now);
            audit.append(c, name, "LOGIN", "staff:" + name, null);
            return new LoginResult.Success(row.account().session());
        });
    }

    /** The account as stored now (a console session checks it on every request). */
    public Optional<StaffAccount> account(String username) {
        return database.inTransaction(c -> store.find(c, username)).map(StaffStore.Row::account);
    }

    public List<StaffStore.Row> list(StaffSession who) {
        who.require(Role.CENTRAL_ADMIN);
        return database.inTransaction(store::all);
    }

    public StaffAccount create(StaffSession who, String username, String displayName, String password, Set<Role> roles,
            String siteCode) {
        who.require(Role.CENTRAL_ADMIN);
        return createAccount(who.username(), username, displayName, password, roles, siteCode);
    }

    /**
     * The first account of a fresh installation, from the command line (no session can exist yet). Refused
     * once any account exists.
     */
    public StaffAccount bootstrap(String username, String displayName, String password, Set<Role> roles,
            String siteCode, boolean onlyIfEmpty) {
        if (onlyIfEmpty && database.inTransaction(store::count) > 0) {
            throw new IllegalStateException("已有员工账户，请在管理控制台中添加");
        }
        return createAccount("cli", username, displayName, password, roles, siteCode);
    }

    private StaffAccount createAccount(String actor, String username, String displayName, String password,
            Set<Role> roles, String siteCode) {
        String name = username == null ? "" : username.strip().toLowerCase();
        StaffAccount account = new StaffAccount(name, strip(displayName), PasswordHasher.hash(password), roles,
                blankToNull(siteCode), true, 1);
        account.validate().throwIfAny("员工账户");
        return database.inTransaction(c -> {
            if (store.find(c, name).isPresent()) {
                throw new ValidationException("员工账户", List.of(new cn.zwgk.core.validation.Violation(
                        "username", "用户名", "已被使用")));
            }
            Instant now = clock.instant();
            store.insert(c, account, now);
            publish(c, null, account);
            audit.append(c, actor, "STAFF_CREATE", "staff:" + name, describe(account));
            return account;
        });
    }

    /** Changes name, roles, site and whether the account may log in; the password stays. */
    public StaffAccount update(StaffSession who, String username, String displayName, Set<Role> roles,
            String siteCode, boolean active) {
        who.require(Role.CENTRAL_ADMIN);
        if (who.username().equals(username) && (!active || !roles.contains(Role.CENTRAL_ADMIN))) {
            throw new cn.zwgk.core.staff.AccessDeniedException("不能停用自己或取消自己的管理员角色");
        }
        return change(who, username, old -> new StaffAccount(old.username(), strip(displayName), old.passwordHash(),
                roles, blankToNull(siteCode), active, old.version() + 1), "STAFF_UPDATE");
    }

    public StaffAccount resetPassword(StaffSession who, String username, String newPassword) {
        who.require(Role.CENTRAL_ADMIN);
        String hash = PasswordHasher.hash(newPassword);
        return change(who, username, old -> new StaffAccount(old.username(), old.displayName(), hash, old.roles(),
                old.siteCode(), old.active(), old.version() + 1), "PASSWORD_RESET");
    }

    public StaffAccount changeOwnPassword(StaffSession who, String oldPassword, String newPassword) {
        String hash = PasswordHasher.hash(newPassword);
        StaffStore.Row row = database.inTransaction(c -> store.find(c, who.username())).orElseThrow();
        if (!PasswordHasher.verify(oldPassword, row.account().passwordHash())) {
            throw new cn.zwgk.core.staff.AccessDeniedException("原密码不正确");
        }
        return change(who, who.username(), old -> new StaffAccount(old.username(), old.displayName(), hash,
                old.roles(), old.siteCode(), old.active(), old.version() + 1), "PASSWORD_CHANGE");
    }

    private StaffAccount change(StaffSession who, String username, java.util.function.UnaryOperator<StaffAccount> edit,
            String action) {
        return database.inTransaction(c -> {
            StaffStore.Row row = store.find(c, username)
                    .orElseThrow(() -> new IllegalArgumentException("没有这个员工账户：" + username));
            StaffAccount before = row.account();
            StaffAccount after = edit.apply(before);
            after.validate().throwIfAny("员工账户");
            if (!store.update(c, after, before.version(), clock.instant())) {
                throw new IllegalStateException("该账户刚被其他人修改，请刷新后重试");
            }
            publish(c, before, after);
            audit.append(c, who, action, "staff:" + username, describe(before) + " → " + describe(after));
            return after;
        });
    }

    /** Site-bound accounts go to their site's kiosks; a move or a change to central takes them off the old ones. */
    private void publish(Connection c, StaffAccount before, StaffAccount after) throws SQLException {
        List<LogEntry> entries = new ArrayList<>();
        if (before != null && before.siteCode() != null && !Objects.equals(before.siteCode(), after.siteCode())) {
            entries.add(new LogEntry(RecordType.STAFF, after.username(), ChangeOp.DELETE, before.siteCode(), null));
        }
        if (after.siteCode() != null) {
            entries.add(new LogEntry(RecordType.STAFF, after.username(), ChangeOp.UPSERT, after.siteCode(),
                    SyncJson.write(after)));
        }
        if (!entries.isEmpty()) {
            changeLog.append(c, entries);
        }
    }

    private static String describe(StaffAccount a) {
        return a.displayName() + " " + a.roles().stream().map(Role::label).sorted().toList()
                + (a.siteCode() == null ? " 中心" : " 站点" + a.siteCode()) + (a.active() ? "" : " 已停用");
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of("Asia/Shanghai"));
    private static final String DUMMY_HASH = PasswordHasher.hash("timing-equaliser-only");
}
