package cn.zwgk.kiosk.notice;

import cn.zwgk.core.site.Site;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The notices residents may see today at this kiosk.
 *
 * @param sites      the kiosk's site first, then its street and district (as far as the kiosk knows them)
 * @param categories the visible notices by category, categories in the templates' order
 */
public record NoticeBoard(List<Site> sites, Map<String, List<NoticeEntry>> categories) {

    public NoticeBoard {
        sites = List.copyOf(sites);
        Map<String, List<NoticeEntry>> copy = new LinkedHashMap<>();
        categories.forEach((category, entries) -> copy.put(category, List.copyOf(entries)));
        categories = java.util.Collections.unmodifiableMap(copy);
    }

    public int size() {
        return categories.values().stream().mapToInt(List::size).sum();
    }

    public boolean isEmpty() {
        return size() == 0;
    }
}
