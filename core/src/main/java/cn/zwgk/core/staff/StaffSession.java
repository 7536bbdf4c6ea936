package cn.zwgk.core.staff;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** Who is acting: a logged-in staff member. Services that act for staff take one and check it themselves. */
public record StaffSession(String username, String displayName, Set<Role> roles, String siteCode) {

    public StaffSession {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Passes when the session holds any of the roles; otherwise refuses, naming the roles needed. */
    public void require(Role... anyOf) {
        for (Role r : anyOf) {
            if (roles.contains(r)) {
                return;
            }
        }
        String needed = Arrays.stream(anyOf).map(Role::label).collect(Collectors.joining("或"));
        throw new AccessDeniedException("没有权限：此操作需要" + needed + "角色（当前用户 " + username + "）");
    }
}
