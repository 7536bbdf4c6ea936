package cn.zwgk.kiosk.notice;

import cn.zwgk.core.notice.Notice;
import cn.zwgk.core.site.Site;
import cn.zwgk.core.site.SiteLevel;
import cn.zwgk.core.store.Database;
import cn.zwgk.kiosk.site.SiteStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The residents'-affairs notices (居务公开) of the kiosk's own site and of the street and district above
 * it. Only published notices inside their publicity period are ever returned; "today" is the kiosk's own
 * clock in the kiosk's zone, so this works offline.
 */
public final class NoticeService {
    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    /** A site tree deeper than district → street → community is bad data; stop rather than loop. */
    private static final int MAX_SITE_DEPTH = 5;

    private final Database database;
    private final NoticeStore notices;
    private final SiteStore sites;
    private final String siteCode;
    private final Clock clock;
    private final ZoneId zone;
    private final List<String> categoryOrder;

    /**
     * @param categoryOrder the order categories are listed in (the board templates' order); categories not
     *                      in it follow, sorted
     */
    public NoticeService(Database database, NoticeStore notices, SiteStore sites, String siteCode, Clock clock,
            ZoneId zone, List<String> categoryOrder) {
        this.database = database;
        this.notices = notices;
        this.sites = sites;
        this.siteCode = siteCode;
        this.clock = clock;
        this.zone = zone;
        this.categoryOrder = List.copyOf(categoryOrder);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /** Today's visible notices, by category; within a category the newest period first, own site before others. */
    public NoticeBoard board() {
        LocalDate today = today();
        return database.inTransaction(c -> {
            List<Site> chain = siteChain(c);
            List<NoticeEntry> entries = new ArrayList<>();
            for (Site site : chain) {
                for (Notice n : notices.visibleOn(c, site.code(), today)) {
                    if (n.isVisibleOn(today)) {
                        entries.add(new NoticeEntry(n, site, site.code().equals(siteCode)));
                    }
                }
            }
            entries.sort(Comparator.comparing((NoticeEntry e) -> e.notice().period().start()).reversed()
                    .thenComparing(e -> !e.ownSite())
                    .thenComparing(e -> e.notice().title()));
            return new NoticeBoard(chain, byCategory(entries));
        });
    }

    /** One notice, only if it is visible today and belongs to this kiosk's site or a site above it. */
    public Optional<NoticeEntry> notice(String id) {
        if (id == null || !UUID.matcher(id).matches()) {
            return Optional.empty();
        }
        LocalDate today = today();
        return database.inTransaction(c -> {
            Optional<Notice> notice = notices.byId(c, id).filter(n -> n.isVisibleOn(today));
            if (notice.isEmpty()) {
                return Optional.empty();
            }
            for (Site site : siteChain(c)) {
                if (site.code().equals(notice.get().siteCode())) {
                    return Optional.of(new NoticeEntry(notice.get(), site, site.code().equals(siteCode)));
                }
            }
            return Optional.empty();
        });
    }

    /** The kiosk's site, then its parents; a site the kiosk does not know yet stands for itself by code. */
    private List<Site> siteChain(Connection c) throws SQLException {
        List<Site> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String code = siteCode;
        while (code != null && seen.add(code) && chain.size() < MAX_SITE_DEPTH) {
            Optional<Site> site = sites.byCode(c, code);
            if (site.isEmpty()) {
                if (chain.isEmpty()) {
                    chain.add(new Site(code, code, SiteLevel.COMMUNITY, null));
                }
                break;
            }
            chain.add(site.get());
            code = site.get().parentCode();
        }
        return chain;
    }

    private Map<String, List<NoticeEntry>> byCategory(List<NoticeEntry> entries) {
        Map<String, List<NoticeEntry>> grouped = new LinkedHashMap<>();
        for (String category : categoryOrder) {
            grouped.put(category, new ArrayList<>());
        }
        entries.stream().map(e -> e.notice().category()).filter(cat -> !grouped.containsKey(cat)).distinct().sorted()
                .forEach(cat -> grouped.put(cat, new ArrayList<>()));
        entries.forEach(e -> grouped.get(e.notice().category()).add(e));
        grouped.values().removeIf(List::isEmpty);
        return grouped;
    }
}
