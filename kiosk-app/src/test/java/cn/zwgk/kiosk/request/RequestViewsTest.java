package cn.zwgk.kiosk.request;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.kiosk.catalogue.HomeView;
import cn.zwgk.kiosk.testing.KioskViewTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;

/** The request screens on the real kiosk wiring (real Derby, real outbox and key), without a browser. */
@ViewPackages(packages = "cn.zwgk.kiosk")
class RequestViewsTest extends KioskViewTest {

    private void choose(String field, String value) {
        NativeButton tile = $(NativeButton.class).withClassName("choice-tile").all().stream()
                .filter(b -> value.equals(b.getElement().getAttribute("data-value")))
                .filter(b -> ("field-" + field).equals(b.getParent().flatMap(Component::getParent)
                        .flatMap(Component::getId).orElse(null)))
                .findFirst().orElseThrow(() -> new AssertionError("no tile " + value + " for " + field));
        test(tile).click();
    }

    private void type(String field, String value) {
        test($(TextField.class).id("field-" + field)).setValue(value);
    }

    private TextField field(String field) {
        return $(TextField.class).id("field-" + field);
    }

    private void press(String id) {
        test($(NativeButton.class).id(id)).click();
    }

    private String step() {
        return $(Paragraph.class).id("request-step").getText();
    }

    private String text(String id) {
        return $(Div.class).id(id).getText();
    }

    private void fillToConfirm() {
        navigate(RequestFormView.class);
        choose("applicantType", "NATURAL_PERSON");
        press("request-next");
        type("name", RequestFixture.NAME);
        choose("idType", "RESIDENT_ID");
        type("idNumber", RequestFixture.ID_NUMBER);
        press("request-next");
        type("phone", "138 1234 5678");
        choose("delivery", "COLLECT");
        press("request-next");
        test($(TextArea.class).id("field-description")).setValue(RequestFixture.DESCRIPTION);
        choose("form", "ELECTRONIC");
        press("request-next");
    }

    @Test
    void theHomeScreenLeadsToTheForm() {
        navigate(HomeView.class);
        assertThat($(RequestEntry.class).id("request-entry").getElement().getTextRecursively()).contains("申请政府信息公开");
        test($(RequestEntry.class).id("request-entry")).click();
        assertThat(step()).isEqualTo("第 1 步，共 5 步：申请人类型");
    }

    @Test
    void eachStepShowsItsProblemsBesideTheFieldsAndKeepsWhatWasTyped() {
        navigate(RequestFormView.class);
        press("request-next");
        assertThat($(Paragraph.class).id("error-summary").getText()).isEqualTo("有 1 处需要修改，请看红色提示。");
        assertThat($(Paragraph.class).id("field-applicantType-error").getText()).contains("请选择");

        choose("applicantType", "NATURAL_PERSON");
        press("request-next");
        assertThat(step()).contains("第 2 步").contains("申请人信息");
        type("name", "张三丰");
        choose("idType", "RESIDENT_ID");
        type("idNumber", "110105194912310021");
        press("request-next");

        assertThat(step()).as("stays on the step with the problem").contains("第 2 步");
        assertThat(field("idNumber").isInvalid()).isTrue();
        assertThat(field("idNumber").getErrorMessage()).contains("校验位");
        assertThat(field("idNumber").getValue()).isEqualTo("110105194912310021");
        assertThat(field("name").getValue()).isEqualTo("张三丰");
        assertThat(field("name").isInvalid()).isFalse();

        type("idNumber", RequestFixture.ID_NUMBER);
        press("request-next");
        assertThat(step()).contains("第 3 步");
        type("phone", "12345");
        choose("delivery", "EMAIL");
        type("email", "zhang@");
        press("request-next");
        assertThat(field("phone").getErrorMessage()).contains("手机号码");
        assertThat(field("email").getErrorMessage()).contains("电子邮箱格式不正确");

        press("request-previous");
        assertThat(step()).contains("第 2 步");
        assertThat(field("name").getValue()).isEqualTo("张三丰");
        assertThat(field("idNumber").getValue()).isEqualTo(RequestFixture.ID_NUMBER);

        // a look at 办理须知 and back: the same step, the same text
        navigate(RequestHelpView.class);
        assertThat($(Div.class).id("help-time").getElement().getTextRecursively()).contains("20 个工作日").contains("最多再延长 20 个工作日");
        navigate(RequestFormView.class);
        assertThat(step()).contains("第 2 步");
        assertThat(field("name").getValue()).isEqualTo("张三丰");
        press("request-next");
        assertThat(field("phone").getValue()).isEqualTo("12345");
        assertThat(field("email").getValue()).isEqualTo("zhang@");
    }

    @Test
    void anOrganisationIsAskedForItsKindContactPersonAndCreditCode() {
        navigate(RequestFormView.class);
        choose("applicantType", "ORGANISATION");
        press("request-next");
        assertThat($(Paragraph.class).id("field-organisationKind-error").getText()).isNotBlank();
        choose("organisationKind", "LEGAL_SERVICE");
        press("request-next");
        assertThat(field("name").getLabel()).isEqualTo("单位名称");
        assertThat($(NativeButton.class).withClassName("choice-tile").all().stream()
                .map(b -> b.getElement().getAttribute("data-value"))).containsExactly("CREDIT_CODE", "OTHER");
        press("request-next");
        assertThat(field("contactPerson").getErrorMessage()).isEqualTo("请填写这一项");
    }

    @Test
    void theConsentIsRequiredThenTheReceiptShowsTheCodeLargeWithQrAndOnlyMaskedData() {
        fillToConfirm();
        assertThat(step()).contains("第 5 步").contains("核对并提交");
        String summary = $(Div.class).id("request-summary").getElement().getTextRecursively();
        assertThat(summary).contains("张*丰").contains("11*************02X").contains("138****5678")
                .doesNotContain(RequestFixture.ID_NUMBER).doesNotContain("13812345678");
        press("request-submit");
        assertThat($(Paragraph.class).id("field-consent-error").getText()).contains("请阅读并确认");

        press("field-consent");
        press("request-submit");

        assertThat(VaadinSession.getCurrent().getAttribute(RequestDraft.class)).as("the draft is gone").isNull();
        String code = $(Span.class).id("receipt-code").getText();
        assertThat(code).matches("[0-9A-Z]{3}-[0-9A-Z]{3}-[0-9A-Z]{4}");
        assertThat($(Image.class).id("receipt-qr").getSrc()).startsWith("data:image/png;base64,");
        assertThat(text("receipt-date")).isEqualTo("2026年11月23日（在本机提交的日期，即法定的申请收到日期）");
        assertThat(text("receipt-due")).startsWith("一般在 2026年12月").contains("前答复");
        assertThat(text("receipt-applicant")).isEqualTo("张*丰（自然人（个人））");
        assertThat(text("receipt-phone")).isEqualTo("138****5678");
        assertThat(text("receipt-delivery")).isEqualTo("自行领取");
        String page = $(Div.class).withClassName("receipt-view").first().getElement().getTextRecursively();
        assertThat(page).doesNotContain(RequestFixture.ID_NUMBER).doesNotContain("13812345678");

        // the same code and the phone's last four digits find it on the status screen
        navigate(RequestStatusView.class);
        test($(TextField.class).id("status-code")).setValue(code);
        test($(TextField.class).id("status-digits")).setValue("5678");
        press("status-search");
        assertThat(text("status-state")).startsWith("已提交，等待上传");
        assertThat($(TextField.class).id("status-digits").getValue()).as("digits wiped").isEmpty();

        test($(TextField.class).id("status-code")).setValue(code);
        test($(TextField.class).id("status-digits")).setValue("0000");
        press("status-search");
        assertThat($(Paragraph.class).id("status-problem").getText()).startsWith("没有查到");
        assertThat($(Div.class).id("status-result").getElement().getTextRecursively()).doesNotContain(code);
    }

    @Test
    void theReceiptCannotBeCalledUpByAnotherResident() {
        VaadinSession.getCurrent().setAttribute(Receipt.class, null);
        navigate(RequestReceiptView.class);
        assertThat($(Paragraph.class).withClassName("hint").first().getText()).startsWith("没有可显示的回执");
    }
}
