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

    @Test
    void aServerAskingForAnUpgradeIsShownWithBothVersions() {
        database().useTransaction(c -> new SyncStateStore().recordFailure(c, Instant.now(),
                new UpgradeRequiredException("0.3.0", "0.1.0").getMessage()));
        navigate(SyncStatusView.class);
        assertThat($(DescriptionList.class).id("sync-facts").getElement().getTextRecursively())
                .contains("中心服务器要求升级本机软件（最低版本 0.3.0，本机版本 0.1.0），请联系区政务公开办");
    }

    @Test
    void recordsOfAnUnknownTypeAskForAnUpgradeNamingThisKiosksVersion() {
        database().useTransaction(c -> new SyncStateStore().recordFailure(c, Instant.now(),
                "Cannot deserialize value of type `cn.zwgk.core.sync.RecordType` from String \"BUNDLE\""));
        navigate(SyncStatusView.class);
        assertThat($(DescriptionList.class).id("sync-facts").getElement().getTextRecursively())
                .contains("请升级本机软件").contains("版本 " + services.sync().settings().appVersion())
                .doesNotContain("RecordType");
    }

    private String outcomeAfterClicking(String buttonId) throws InterruptedException {
        test($(Button.class).id(buttonId)).click();
        String outcome = "";
        for (int i = 0; i < 200 && (outcome.isEmpty() || outcome.startsWith("正在处理")); i++) {
            Thread.sleep(50);
            runPendingSignalsTasks();
            outcome = $(Paragraph.class).id("offline-outcome").getText();
        }
        return outcome;
    }

    @Test
    void importingFromAUsbDirectoryWithoutABundleSaysWhatIsMissing() throws Exception {
        java.nio.file.Path empty = java.nio.file.Files.createTempDirectory("usb");
        navigate(SyncStatusView.class);
        assertThat($(Paragraph.class).id("last-bundle").getText()).startsWith("最近一次导入");
        test($(com.vaadin.flow.component.textfield.TextField.class).id("usb-dir")).setValue(empty.toString());

        assertThat(outcomeAfterClicking("import-usb")).contains("没有同步包").contains(empty.toString());
        assertThat(services.sync().transports().usbDir()).isEqualTo(empty.toString());
    }

    @Test
    void aBundleOnTheStickOfAnUnenrolledKioskIsRefusedWithTheReason() throws Exception {
        java.nio.file.Path stick = java.nio.file.Files.createTempDirectory("usb");
        java.nio.file.Files.write(stick.resolve("110199001001-0.zwgkbundle"), new byte[] {1, 2, 3});
        navigate(SyncStatusView.class);
        test($(com.vaadin.flow.component.textfield.TextField.class).id("usb-dir")).setValue(stick.toString());

        assertThat(outcomeAfterClicking("import-usb")).contains("未导入").contains("尚未登记");
        assertThat($(Paragraph.class).id("last-bundle").getText()).contains("USB").contains("尚未登记");
    }

    @Test
    void theFtpTestButtonExplainsAnUnreachableServer() throws Exception {
        navigate(SyncStatusView.class);
        test($(com.vaadin.flow.component.textfield.TextField.class).id("ftp-host")).setValue("127.0.0.1");
        test($(com.vaadin.flow.component.textfield.IntegerField.class).id("ftp-port")).setValue(1);

        assertThat(outcomeAfterClicking("ftp-test")).contains("无法从 FTP 服务器 127.0.0.1:1 获取同步包");
    }

    @Test
    void theStoredFtpPasswordNeverReachesTheBrowserAndAnEmptyFieldKeepsIt() throws Exception {
        services.sync().transports().saveFtpSettings(new FtpSettings("127.0.0.1", 2121, "kiosk", "s3cret-ftp", "/bundles",
                false));
        navigate(SyncStatusView.class);
        var field = $(com.vaadin.flow.component.textfield.PasswordField.class).id("ftp-password");
        assertThat(field.getValue()).isEmpty();
        assertThat(field.getPlaceholder()).isEqualTo("已保存（留空则不变）");
        assertThat(field.getElement().getOuterHTML()).doesNotContain("s3cret-ftp");

        assertThat(outcomeAfterClicking("ftp-save")).contains("FTP 设置已保存");
        assertThat(services.sync().transports().ftpSettings().password()).isEqualTo("s3cret-ftp");
        test(field).setValue("new-secret");
        assertThat(outcomeAfterClicking("ftp-save")).contains("FTP 设置已保存");
        assertThat(services.sync().transports().ftpSettings().password()).isEqualTo("new-secret");
    }

    @Test
    void theClockLineSaysWhenNothingWasMeasuredYet() {
        navigate(SyncStatusView.class);
        assertThat($(Paragraph.class).id("clock-line").getText()).contains("尚未测量").contains("未设置时间服务器");
    }
}
