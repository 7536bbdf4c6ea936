package cn.zwgk.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.core.demo.DemoDataGenerator;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The enrolment code dialog gives the operator what install/kiosk.sh needs: the code and the key fingerprint. */
class FleetEnrolmentViewTest extends ConsoleViewTest {

    @Test
    void theCodeDialogShowsTheCentralKeyFingerprintToCheckAtInstallation() {
        server.importer().importDataset(new DemoDataGenerator(3).generate(20));
        actAs(admin());
        navigate(FleetView.class);

        test($(TextField.class).withCaption("新终端的站点代码").single()).setValue("110199001001");
        test($(Button.class).withText("生成登记码").single()).click();

        List<String> shown = $(Paragraph.class).all().stream().map(Paragraph::getText).toList();
        String fingerprint = services.fleet().keyFingerprint();
        assertThat(fingerprint).matches("[0-9a-f]{64}");
        assertThat(shown).contains("中心公钥指纹（安装时核对：--server-key-sha256）：" + fingerprint)
                .anyMatch(text -> text.startsWith("在终端安装时输入：install/kiosk.sh --server"));
    }
}
