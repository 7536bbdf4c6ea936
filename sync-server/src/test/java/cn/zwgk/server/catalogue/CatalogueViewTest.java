package cn.zwgk.server.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zwgk.core.catalogue.CatalogueItem;
import cn.zwgk.core.demo.DemoDataGenerator;
import cn.zwgk.core.staff.AccessDeniedException;
import cn.zwgk.core.staff.Role;
import cn.zwgk.core.staff.StaffSession;
import cn.zwgk.core.sync.ChangeOp;
import cn.zwgk.core.sync.RecordType;
import cn.zwgk.server.console.ConsoleViewTest;
import cn.zwgk.server.sync.ChangeLogStore;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Catalogue management on the real server wiring: filter, edit with validation, publish, history, roles. */
class CatalogueViewTest extends ConsoleViewTest {
    private static final StaffSession EDITOR = new StaffSession("editor1", "目录编辑", Set.of(Role.CATALOGUE_EDITOR), null);

    @BeforeAll
    static void demoCatalogue() {
        server.importer().importDataset(new DemoDataGenerator(DemoDataGenerator.DEFAULT_SEED).generate(200));
    }

    @Test
    void theListFiltersByALevelAnItemIsPublishedAtAmongOthers() {
        var all = services.catalogue().list(EDITOR, new CatalogueFilter(null, null, null));
        var village = services.catalogue().list(EDITOR, new CatalogueFilter(null, null, null,
                cn.zwgk.core.catalogue.AdministrativeLevel.VILLAGE));
        assertThat(village).isNotEmpty().hasSizeLessThan(all.size())
                .allSatisfy(i -> assertThat(i.levels()).contains(cn.zwgk.core.catalogue.AdministrativeLevel.VILLAGE));
    }

    @Test
    void anEditorChangesAnItemAndItIsVersionedLoggedAndPublished() {
        actAs(EDITOR);
        navigate(CatalogueView.class);
        @SuppressWarnings("unchecked")
        Grid<CatalogueItem> grid = $(Grid.class).single();
        CatalogueItem first = test(grid).getRow(0);
        long seqBefore = server.database().inTransaction(new ChangeLogStore(Clock.systemUTC())::latestSeq);

        test(grid).clickRow(0);
        TextField name = $(TextField.class).withCaption("二级事项（事项名称）").single();
        test(name).setValue("");
        test($(Button.class).withText("保存并发布").single()).click();
        assertThat(services.catalogue().list(EDITOR, new CatalogueFilter(null, null, null)))
                .filteredOn(i -> i.id().equals(first.id())).singleElement()
                .satisfies(i -> assertThat(i.version()).as("an invalid edit writes nothing").isEqualTo(first.version()));
        assertThat(name.getValue()).as("nothing typed is lost").isEmpty();

        test(name).setValue("最低生活保障对象名单（2026 年修订）");
        test($(Button.class).withText("保存并发布").single()).click();

        CatalogueItem saved = services.catalogue().list(EDITOR, new CatalogueFilter(null, null, "2026 年修订"))
                .getFirst();
        assertThat(saved.id()).isEqualTo(first.id());
        assertThat(saved.version()).isEqualTo(first.version() + 1);
        assertThat(services.catalogue().history(EDITOR, first.id())).last()
                .satisfies(v -> assertThat(v.author()).isEqualTo("editor1"));
        var log = server.database().inTransaction(c -> new ChangeLogStore(Clock.systemUTC()).since(c, seqBefore, 10));
        assertThat(log).singleElement().satisfies(ch -> {
            assertThat(ch.type()).isEqualTo(RecordType.CATALOGUE_ITEM);
            assertThat(ch.op()).isEqualTo(ChangeOp.UPSERT);
            assertThat(ch.payload().toString()).contains("2026 年修订");
        });
    }

    @Test
    void aStaleEditIsRefusedAndARequestOfficerCannotEditAtAll() {
        CatalogueItem item = services.catalogue().list(EDITOR, new CatalogueFilter(null, null, null)).get(1);
        services.catalogue().save(EDITOR, item, false);
        assertThatThrownBy(() -> services.catalogue().save(EDITOR, item, false))
                .hasMessageContaining("已被其他人修改");
        StaffSession officer = new StaffSession("o", "办理", Set.of(Role.REQUEST_OFFICER), null);
        assertThatThrownBy(() -> services.catalogue().save(officer, item, false))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> services.catalogue().retire(officer, item.id(), item.version() + 1, false))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void retiringLeavesATombstoneAndTheHistory() {
        CatalogueItem item = services.catalogue().list(EDITOR, new CatalogueFilter(null, null, null)).get(2);
        services.catalogue().retire(EDITOR, item.id(), item.version(), true);
        assertThat(services.catalogue().list(EDITOR, new CatalogueFilter(null, null, null)))
                .noneMatch(i -> i.id().equals(item.id()));
        assertThat(services.catalogue().history(EDITOR, item.id())).last()
                .satisfies(v -> assertThat(v.kind().label()).isEqualTo("停用"));
    }
}
