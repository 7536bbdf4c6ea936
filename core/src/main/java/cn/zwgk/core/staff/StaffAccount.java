package cn.zwgk.core.staff;

import cn.zwgk.core.validation.Violations;
import java.util.Set;

/**
 * A staff login. Managed by the central office; accounts with a site travel to the kiosks of that site and
 * the sites below it (as {@code RecordType.STAFF}) so that staff can log in at a kiosk while it is offline.
 * Only the Argon2id hash travels, never the password.
 *
 * @param username     the login name, also the record id
 * @param displayName  the person's name as shown in the audit log
 * @param passwordHash a {@link PasswordHasher} hash
 * @param roles        what the account may do
 * @param siteCode     the site it works for (a community or street); {@code null} for the central office
 * @param active       false once disabled: it can no longer log in anywhere
 * @param version      incremented on every change
 */
public record StaffAccount(String username, String displayName, String passwordHash, Set<Role> roles,
                           String siteCode, boolean active, long version) {

    public StaffAccount {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public String id() {
        return username;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public StaffSession session() {
        return new StaffSession(username, displayName, roles, siteCode);
    }

    public Violations validate() {
        Violations v = new Violations();
        if (username == null || !username.matches("[a-z0-9._-]{3,32}")) {
            v.add("username", "用户名", "须为 3 到 32 个小写字母、数字或 . _ -");
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > 40) {
            v.add("displayName", "姓名", "必填，不超过 40 字");
        }
        if (passwordHash == null || !passwordHash.startsWith("$argon2")) {
            v.add("passwordHash", "密码", "必须是 Argon2 散列");
        }
        if (roles.isEmpty()) {
            v.add("roles", "角色", "至少选择一个角色");
        }
        boolean siteBound = roles.contains(Role.COMMUNITY_STAFF) || roles.contains(Role.HALL_STAFF);
        if (siteBound && (siteCode == null || siteCode.isBlank())) {
            v.add("siteCode", "所属站点", "社区工作人员和大厅工作人员必须指定所属站点");
        }
        if (version < 1) {
            v.add("version", "版本", "必须从 1 开始");
        }
        return v;
    }
}
