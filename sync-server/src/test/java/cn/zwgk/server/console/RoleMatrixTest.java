package cn.zwgk.server.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zwgk.core.staff.AccessDeniedException;
import cn.zwgk.core.staff.Role;
import cn.zwgk.core.staff.StaffSession;
import cn.zwgk.server.catalogue.CatalogueFilter;
import cn.zwgk.server.catalogue.importing.ImportOptions;
import cn.zwgk.server.catalogue.importing.ImportProgress;
import cn.zwgk.server.request.RequestFilter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every console action called directly on its service (as a forged request would reach it, not through the
 * UI) by every role: refused for the roles without the permission, allowed for those with it.
 */
class RoleMatrixTest extends ConsoleViewTest {
    @TempDir
    Path temp;

    private static StaffSession as(Role role) {
        return new StaffSession("u-" + role.name().toLowerCase(), "测试", Set.of(role), "110199001001");
    }

    private void check(String action, Set<Role> allowed, Consumer<StaffSession> call) {
        for (Role role : Role.values()) {
            StaffSession who = as(role);
            if (allowed.contains(role)) {
                assertThatCode(() -> {
                    try {
                        call.accept(who);
                    } catch (AccessDeniedException e) {
                        throw e;
                    } catch (cn.zwgk.core.ZwgkException | IllegalArgumentException refusedInput) {
                        // through the role check; the action refused its (deliberately bad) input, in words for staff
                        assertThat(refusedInput.getMessage()).as(action + " by " + role + ": a refusal staff can read")
                                .containsPattern("\\p{IsHan}");
                    }
                    // anything else (a NullPointerException, a database error) is a crash and fails here
                }).as(action + " by " + role).doesNotThrowAnyException();
            } else {
                assertThatThrownBy(() -> call.accept(who)).as(action + " by " + role)
                        .isInstanceOf(AccessDeniedException.class);
            }
        }
    }

    @Test
    void eachActionIsRefusedOnTheServerForRolesWithoutIt() {
        Set<Role> admin = EnumSet.of(Role.CENTRAL_ADMIN);
        Set<Role> catalogue = EnumSet.of(Role.CENTRAL_ADMIN, Role.CATALOGUE_EDITOR);
        Set<Role> desk = EnumSet.of(Role.CENTRAL_ADMIN, Role.REQUEST_OFFICER);
        Set<Role> notices = EnumSet.of(Role.CENTRAL_ADMIN, Role.COMMUNITY_STAFF);

        check("list staff", admin, who -> services.staff().list(who));
        check("create staff", admin, who -> services.staff().create(who, "new." + who.username().length(), "新人",
                "password-123", Set.of(Role.HALL_STAFF), "110199001001"));
        check("read audit log", admin, who -> services.audit().recent(who, "", "", 10));
        check("issue enrolment code", admin, who -> services.fleet().issueEnrolmentCode(who, "110199001001"));
        check("revoke kiosk", admin, who -> services.fleet().revoke(who, "no-such-kiosk"));
        check("see fleet", catalogue, who -> services.fleet().kiosks(who));
        check("list catalogue", catalogue, who -> services.catalogue().list(who, new CatalogueFilter(null, null, null)));
        check("save item", catalogue, who -> services.catalogue().save(who,
                services.catalogue().draft(as(Role.CENTRAL_ADMIN), "no-such-domain"), false));
        check("retire item", catalogue, who -> services.catalogue().retire(who, "no-such-item", 1, false));
        check("import preview", catalogue, who -> services.catalogueImport().preview(who, "x.csv",
                "序号,二级事项\n".getBytes(), new ImportOptions(null, Map.of(), false), ImportProgress.NONE));
        check("timeliness report", catalogue, who -> services.timeliness().report(who, YearMonth.of(2026, 1),
                YearMonth.of(2026, 2)));
        check("request list", desk, who -> services.requests().desk().list(who, RequestFilter.all()));
        check("request detail", desk, who -> services.requests().desk().detail(who, "no-such-request"));
        check("register request", desk, who -> services.requests().desk().register(who, "no-such-request", "民政科", null));
        check("annual report", desk, who -> services.requests().annualReport().table(who, 2026));
        check("bundle export", admin, who -> services.bundles().export(who, "110199001001", 0,
                temp.resolve(who.username() + ".zwgk"), (f, t) -> { }));
        check("list notices", notices, who -> services.notices().list(who, null));
        check("save calendar", admin, who -> services.calendars().save(who, 2027, java.util.List.of(),
                java.util.List.of()));
        cn.zwgk.core.notice.NoticeTemplate template = cn.zwgk.board.TemplateCatalog.builtIn().all().getFirst();
        check("list templates", admin, who -> services.templates().list(who));
        check("template history", admin, who -> services.templates().history(who, template.id()));
        check("preview template", admin, who -> services.templates().preview(who, template));
        check("publish template", admin, who -> services.templates().publish(who, new cn.zwgk.core.notice.NoticeTemplate(
                template.id(), template.name(), template.category(), template.publicityDays(), template.objectionContact(),
                template.fields(), 1, "<#noautoesc>${title}</#noautoesc>")));
        check("list refused notice uploads", admin, who -> services.noticeRefusals().list(who, true));
        check("mark a refused notice upload reviewed", admin, who -> services.noticeRefusals().markReviewed(who, -1));
    }
}
