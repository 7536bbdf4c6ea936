package cn.zwgk.board.edit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.board.TemplateCatalog;
import cn.zwgk.core.notice.Notice;
import cn.zwgk.core.notice.NoticeOrigin;
import cn.zwgk.core.notice.NoticeStatus;
import cn.zwgk.core.notice.NoticeTemplate;
import cn.zwgk.core.notice.PublicityPeriod;
import cn.zwgk.core.validation.Violation;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class NoticeCheckTest {
    final TemplateCatalog catalog = TemplateCatalog.builtIn();

    static Notice notice(String template, Map<String, String> fields, String objection) {
        return new Notice(UUID.randomUUID().toString(), "110199001001", template, "cat", "标题", "正文", fields,
                new PublicityPeriod(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 8)), objection, "东湖社区居民委员会",
                NoticeStatus.PUBLISHED, NoticeOrigin.KIOSK, "staff", 1, Instant.now(), List.of(), 1, false, false);
    }

    static List<String> messages(cn.zwgk.core.validation.Violations v) {
        return v.list().stream().map(x -> x.label() + x.problem()).toList();
    }

    @Test
    void aCompleteNoticePasses() {
        NoticeTemplate t = catalog.byId("finance").orElseThrow();
        Notice n = notice("finance", Map.of("income", "办公经费：100元", "expense", "水电费：20.5元"), "居务监督委员会");
        assertThat(NoticeCheck.publish(t, n).isEmpty()).isTrue();
    }

    @Test
    void anOverLongFieldIsRefusedNamingTheLimit() {
        NoticeTemplate t = catalog.byId("event").orElseThrow();
        Notice n = notice("event", Map.of("time", "九".repeat(101), "place", "广场"), null);
        assertThat(messages(NoticeCheck.draft(t, n))).containsExactly("活动时间不能超过 100 个字符");
    }

    @Test
    void publishingNeedsRequiredFieldsAndTheObjectionContact() {
        NoticeTemplate t = catalog.byId("subsistence-list").orElseThrow();
        Notice n = notice("subsistence-list", Map.of(), null);
        assertThat(NoticeCheck.draft(t, n).isEmpty()).isTrue();
        assertThat(messages(NoticeCheck.publish(t, n))).containsExactlyInAnyOrder("公示家庭不能为空", "异议联系方式不能为空");
    }

    @Test
    void ledgerLinesMustSayItemAndAmount() {
        NoticeTemplate t = catalog.byId("finance").orElseThrow();
        Notice n = notice("finance", Map.of("income", "办公经费：100元\n很多钱", "expense", "水电费：20元"), "监督委员会");
        assertThat(messages(NoticeCheck.publish(t, n))).singleElement().asString()
                .startsWith("收入明细第 2 行“很多钱”应写成“项目：金额元”");
    }

    @Nested
    class Images {
        @Test
        void aRealPngIsAccepted() throws Exception {
            assertThat(ImageCheck.problem(png(40, 30), ImageCheck.DEFAULT_MAX_BYTES)).isEmpty();
        }

        @Test
        void somethingThatIsNotAnImageIsRefusedWhateverItsName() {
            assertThat(ImageCheck.problem("%PDF-1.7 not an image".getBytes(), ImageCheck.DEFAULT_MAX_BYTES))
                    .contains("附件不是图片，只接受 JPG、PNG 或 GIF 图片");
        }

        @Test
        void aTooLargeImageIsRefusedNamingTheLimit() throws Exception {
            byte[] png = png(400, 400);
            assertThat(ImageCheck.problem(png, 1024)).hasValueSatisfying(m -> assertThat(m).startsWith("图片太大").contains("上限为 0.0 MB"));
            assertThat(ImageCheck.problem(new byte[3 * 1024 * 1024], ImageCheck.DEFAULT_MAX_BYTES))
                    .contains("图片太大（3.0 MB），上限为 2.0 MB，请缩小后再上传");
        }

        @Test
        void aTruncatedImageIsRefused() throws Exception {
            byte[] png = png(200, 200);
            byte[] cut = java.util.Arrays.copyOf(png, png.length / 3);
            assertThat(ImageCheck.problem(cut, ImageCheck.DEFAULT_MAX_BYTES)).contains("图片已损坏，无法读取");
        }

        private byte[] png(int w, int h) throws Exception {
            BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            for (int x = 0; x < w; x++) {
                for (int y = 0; y < h; y++) {
                    img.setRGB(x, y, (x * 7919 + y * 104729) & 0xffffff);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        }
    }
}
