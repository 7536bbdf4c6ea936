package cn.zwgk.board.render;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.core.notice.Notice;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ScreenPagerTest {
    final NoticeRenderer renderer = NoticeRenderer.builtIn();

    @Test
    void aLongListContinuesOnMorePagesWithItsHeadingRepeatedAndEveryRowOnce() {
        List<String> pages = renderer.screenPages(SampleNotices.longList(120), null);
        assertThat(pages.size()).isGreaterThanOrEqualTo(8);
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            Document d = Jsoup.parse(pages.get(i));
            Element page = d.selectFirst("section.zb-screen-page");
            assertThat(page.attr("data-page")).isEqualTo(String.valueOf(i + 1));
            assertThat(page.selectFirst(".zb-page-no").text()).isEqualTo("第 " + (i + 1) + " 页 / 共 " + pages.size() + " 页");
            for (Element table : page.select("table.zb-roster")) {
                assertThat(table.select("thead th").eachText()).contains("户主姓名");
            }
            double used = page.select(".zb-content > *").stream().mapToDouble(ScreenPager::height).sum();
            assertThat(used).as("page %d fits", i + 1).isLessThanOrEqualTo(ScreenPager.NEXT_PAGE);
            page.select("table.zb-roster tbody tr").forEach(tr -> rows.add(tr.child(0).text()));
            boolean last = i == pages.size() - 1;
            assertThat(page.select(".zb-foot")).as("footer only on the last page").hasSize(last ? 1 : 0);
            if (i > 0) {
                assertThat(page.selectFirst(".zb-title").text()).endsWith("（续）");
            }
        }
        assertThat(rows).hasSize(120);
        assertThat(rows.getFirst()).isEqualTo("1");
        assertThat(rows.getLast()).isEqualTo("120");
        assertThat(rows).doesNotHaveDuplicates();
    }

    @Test
    void aShortNoticeIsOnePage() {
        assertThat(renderer.screenPages(SampleNotices.all().getFirst(), null)).hasSize(1);
    }

    @Test
    void aVeryLongBodyIsSplitAtSentenceEnds() {
        String sentence = "社区定于本月开展消防安全入户检查，请居民予以支持和配合。";
        Notice n = SampleNotices.of("notice", "通知", "长通知", sentence.repeat(60), java.util.Map.of(), SampleNotices.START, null);
        List<String> pages = renderer.screenPages(n, null);
        assertThat(pages.size()).isGreaterThan(1);
        StringBuilder all = new StringBuilder();
        for (String p : pages) {
            Jsoup.parse(p).select(".zb-content .zb-p").forEach(e -> {
                assertThat(e.text()).endsWith("。");
                all.append(e.text());
            });
        }
        assertThat(all.toString()).isEqualTo(sentence.repeat(60));
    }

}
