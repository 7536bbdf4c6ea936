package cn.zwgk.kiosk.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zwgk.board.print.DisclosureList;
import cn.zwgk.board.print.PrintProgress;
import cn.zwgk.core.catalogue.Audience;
import cn.zwgk.core.catalogue.Domain;
import cn.zwgk.core.staff.AccessDeniedException;
import cn.zwgk.core.staff.Role;
import cn.zwgk.core.staff.StaffSession;
import cn.zwgk.kiosk.staff.StaffSessions;
import cn.zwgk.kiosk.testing.KioskViewTest;
import cn.zwgk.kiosk.testing.ViewFixture;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.server.VaadinSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Hall staff print a disclosure list at the kiosk; the PDF is made off the UI thread. */
class PrintViewTest extends KioskViewTest {
    static final StaffSession HALL = new StaffSession("li", "李大厅", Set.of(Role.HALL_STAFF), ViewFixture.SITE);
    static final StaffSession COMMUNITY = new StaffSession("wang", "王小红", Set.of(Role.COMMUNITY_STAFF), ViewFixture.SITE);

    private String awaitStatus(String prefix) throws InterruptedException {
        String text = "";
        for (int i = 0; i < 400 && !text.startsWith(prefix); i++) {
            Thread.sleep(50);
            runPendingSignalsTasks();
            text = $(Paragraph.class).id("print-status").getText();
        }
        return text;
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDomainListIsMadeInTheBackgroundAndOfferedAsAPdf() throws Exception {
        StaffSessions.logIn(VaadinSession.getCurrent(), HALL, services.clock().instant());
        navigate(PrintView.class);
        assertThat($(Paragraph.class).id("print-where").getText()).contains("未连接打印机");
        ComboBox<Domain> domain = $(ComboBox.class).id("print-domain");
        test(domain).selectItem("社会保险");

        test($(Button.class).id("print-make")).click();
        assertThat($(Button.class).id("print-make").isEnabled()).as("busy while the PDF is made").isFalse();

        assertThat(awaitStatus("已生成")).contains("社会保险领域公开事项清单");
        assertThat($(Anchor.class).id("print-download").getText()).isEqualTo("下载 PDF");
        assertThat($(Button.class).id("print-make").isEnabled()).isTrue();
    }

    @Test
    void choosingNothingAsksForAChoice() {
        StaffSessions.logIn(VaadinSession.getCurrent(), HALL, services.clock().instant());
        navigate(PrintView.class);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<PrintSelection.By> by = $(RadioButtonGroup.class).id("print-by");
        by.setValue(PrintSelection.By.SEARCH);
        test($(Button.class).id("print-make")).click();
        assertThat($(Paragraph.class).id("print-status").getText()).contains("请先选择");
    }

    @Test
    void theListCarriesSiteDateAndSyncCheckpointAndEveryChosenItem() throws Exception {
        PrintService print = services.print();
        DisclosureList list = print.list(HALL, new PrintSelection(PrintSelection.By.AUDIENCE, Audience.PUBLIC.name()));
        assertThat(list.title()).isEqualTo("面向全社会的公开事项清单");
        assertThat(list.printedOn()).isEqualTo(ViewFixture.TODAY);
        assertThat(list.catalogueVersion()).isEqualTo(services.sync().currentState().checkpoint());
        assertThat(list.items()).isNotEmpty().allSatisfy(i -> assertThat(i.audience()).isEqualTo(Audience.PUBLIC));

        List<Integer> seen = new ArrayList<>();
        byte[] pdf = print.pdf(HALL, list, (done, total) -> seen.add(done));
        assertThat(seen).hasSize(list.items().size());
        try (var doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains(list.title(), list.items().getFirst().name().substring(0, 4));
        }
    }

    @Test
    void onlyHallStaffMayPrintEvenWhenTheServiceIsCalledDirectly() {
        PrintService print = services.print();
        PrintSelection social = new PrintSelection(PrintSelection.By.DOMAIN, ViewFixture.SOCIAL);
        assertThatThrownBy(() -> print.list(COMMUNITY, social)).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("大厅工作人员");
        DisclosureList list = print.list(HALL, social);
        assertThatThrownBy(() -> print.pdf(COMMUNITY, list, PrintProgress.NONE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> print.send(HALL, new byte[1], "t")).hasMessageContaining("没有配置打印机");
    }
}
