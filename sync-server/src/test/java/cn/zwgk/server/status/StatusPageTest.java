package cn.zwgk.server.status;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.server.fleet.KioskSighting;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The status page from its template: every value a kiosk sends is shown as text, never as markup. */
class StatusPageTest {
    static final String ATTACK = "<img src=x onerror=\"alert('x')\">&";
    static final Instant NOW = Instant.parse("2026-11-25T02:00:00Z");
    static final Instant FIRST_SEEN = Instant.parse("2026-11-20T02:00:00Z");
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Test
    void everyValueFromAKioskIsEscapedWhereverItAppears() {
        KioskSighting k = new KioskSighting(ATTACK, ATTACK, "ACTIVE", ATTACK, FIRST_SEEN, NOW, 7, null, 1500L,
                3L * 1024 * 1024, 0, null, ATTACK);
        Map<String, Long> kinds = new LinkedHashMap<>();
        kinds.put(ATTACK, 3L);

        String html = StatusPage.render(kinds, 1, 9, List.of(k), ZONE, NOW, List.of());

        assertThat(html).doesNotContain("<img").contains("&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;");
        Document page = Jsoup.parse(html);
        assertThat(page.select("img")).isEmpty();
        assertThat(page.select("#kiosks tr").get(1).select("td").eachText()).containsExactly(ATTACK, ATTACK,
                "在用（≥2 晚未同步）", ATTACK, "从未", "7", "2", "快 1.5 秒", "0", "3 MB", ATTACK);
        assertThat(page.select("#kiosks tr.missed")).hasSize(1);
        assertThat(page.select("#counts td").eachText()).containsExactly("目录条目（合计）", "3", ATTACK, "3",
                "居务公开公告", "1", "最新变更序号", "9");
        assertThat(page.selectFirst("#conflicts").text()).isEqualTo("无。");
    }

    @Test
    void withoutKiosksThePageSaysHowToEnrolOne() {
        String html = StatusPage.render(Map.of(), 0, 0, List.of(), ZONE, NOW, List.of());
        assertThat(Jsoup.parse(html).selectFirst("p#kiosks").text()).contains("尚无终端登记", "enrol-code");
    }
}
