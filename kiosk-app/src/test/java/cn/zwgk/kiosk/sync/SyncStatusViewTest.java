package cn.zwgk.kiosk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.kiosk.testing.KioskViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The staff sync screen tells the truth from committed state, in plain words. */
class SyncStatusViewTest extends KioskViewTest {

    /** The sync screen is a staff screen: log in first (StaffGuard). */
    @org.junit.jupiter.api.BeforeEach
    void logIn() {
        cn.zwgk.kiosk.staff.StaffSessions.logIn(com.vaadin.flow.server.VaadinSession.getCurrent(),
                new cn.zwgk.core.staff.StaffSession("wang", "王小红", java.util.Set.of(cn.zwgk.core.staff.Role.HALL_STAFF),
                        cn.zwgk.kiosk.testing.ViewFixture.SITE), services.clock().instant());
    }

    @Test
    void anUnenrolledKioskSaysSoAndSyncNowExplainsWhatToDo() throws Exception {
        navigate(SyncStatusView.class);
        String facts = $(DescriptionList.class).id("sync-facts").getElement().getTextRecursively();
        assertThat(facts).contains("尚未登记").contains("从未成功同步").contains("待上传记录").contains("0 条");

        test($(Button.class).id("sync-now")).click();
        String outcome = "";
        for (int i = 0; i < 100 && !outcome.startsWith("同步"); i++) {
            Thread.sleep(50);
            runPendingSignalsTasks();
            outcome = $(Paragraph.class).id("sync-progress").getText();
        }
        assertThat(outcome).startsWith("同步未完成").contains("本终端尚未登记");
    }

    @Test
    void technicalErrorsAreShownInPlainWords() {
        database().useTransaction(c -> new SyncStateStore().recordFailure(c, Instant.now(),
                "cannot connect to http://127.0.0.1:8080 (ConnectException)"));
        navigate(SyncStatusView.class);
        assertThat($(DescriptionList.class).id("sync-facts").getElement().getTextRecursively())
                .contains("无法连接中心服务器（网络中断或服务器未开启）").doesNotContain("ConnectException");
    }
}
