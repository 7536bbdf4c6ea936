package cn.zwgk.core.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StaffTest {

    @Test
    void aPasswordVerifiesAgainstItsOwnHashOnly() {
        String hash = PasswordHasher.hash("社区2026-good");
        assertThat(hash).startsWith("$argon2id$");
        assertThat(PasswordHasher.verify("社区2026-good", hash)).isTrue();
        assertThat(PasswordHasher.verify("社区2026-goo", hash)).isFalse();
        assertThat(PasswordHasher.hash("社区2026-good")).as("salted").isNotEqualTo(hash);
    }

    @Test
    void shortPasswordsAndBrokenHashesAreRefused() {
        assertThatThrownBy(() -> PasswordHasher.hash("short")).hasMessageContaining("至少 8 位");
        assertThat(PasswordHasher.verify("anything", "$argon2id$broken")).isFalse();
        assertThat(PasswordHasher.verify("anything", null)).isFalse();
    }

    @Test
    void fiveFailuresLockForFifteenMinutes() {
        LockoutPolicy policy = LockoutPolicy.standard();
        Instant last = Instant.parse("2026-12-01T09:00:00Z");
        assertThat(policy.isLocked(4, last, last)).isFalse();
        assertThat(policy.isLocked(5, last, last.plus(Duration.ofMinutes(14)))).isTrue();
        assertThat(policy.isLocked(5, last, last.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void aSessionWithoutTheRoleIsRefusedNamingTheRole() {
        StaffSession hall = new StaffSession("wang", "王芳", Set.of(Role.HALL_STAFF), "110199001001");
        hall.require(Role.COMMUNITY_STAFF, Role.HALL_STAFF);
        assertThatThrownBy(() -> hall.require(Role.REQUEST_OFFICER))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("申请办理人员");
    }

    @Test
    void siteStaffNeedASite() {
        StaffAccount noSite = new StaffAccount("li.na", "李娜", PasswordHasher.hash("password-1"),
                Set.of(Role.COMMUNITY_STAFF), null, true, 1);
        assertThat(noSite.validate().list()).anyMatch(v -> v.toString().contains("所属站点"));
        StaffAccount central = new StaffAccount("admin", "管理员", noSite.passwordHash(),
                Set.of(Role.CENTRAL_ADMIN), null, true, 1);
        assertThat(central.validate().isEmpty()).isTrue();
    }
}
