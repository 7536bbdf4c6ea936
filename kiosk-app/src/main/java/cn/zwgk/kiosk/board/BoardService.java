package cn.zwgk.kiosk.board;

import cn.zwgk.board.TemplateCatalog;
import cn.zwgk.board.render.AttachmentSource;
import cn.zwgk.board.render.NoticeRenderer;
import cn.zwgk.board.render.TemplateSource;
import cn.zwgk.core.notice.Notice;
import cn.zwgk.core.notice.NoticeOrigin;
import cn.zwgk.core.notice.NoticeTemplate;
import cn.zwgk.core.site.Site;
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

/**
 * The community's board: today's notices of this site and the sites above it, enforced by the kiosk's own
 * clock (works offline); expired ones move to the archive; pinned first; an urgent notice from the central
 * office (never one written at a kiosk) takes over. Renders with the template version each notice was
 * written with (built-in versions plus every version received by sync).
 */
public final class BoardService {
    private static final int MAX_SITE_DEPTH = 5;

    private final Database database;
    private final BoardStore store;
    private final SiteStore sites;
    private final TemplateVersionStore templateVersions;
    private final String siteCode;
    private final Clock clock;
    private final ZoneId zone;
    private final BoardSettings settings;
    private final TemplateSource templates = new TemplateSource(TemplateCatalog.builtIn().all());
    private final NoticeRenderer renderer;
    private final Set<String> loadedTemplates = new HashSet<>();

    public BoardService(Database database, BoardStore store, SiteStore sites, TemplateVersionStore templateVersions,
            String siteCode, Clock clock, ZoneId zone, BoardSettings settings) {
        this(database, store, sites, templateVersions, siteCode, clock, zone, settings, AttachmentSource.NONE);
    }

    /** @param attachments the kiosk's attachment store: attached images are shown on the board and in print */
    public BoardService(Database database, BoardStore store, SiteStore sites, TemplateVersionStore templateVersions,
            String siteCode, Clock clock, ZoneId zone, BoardSettings settings, AttachmentSource attachments) {
        this.renderer = new NoticeRenderer(templates, attachments);
        this.database = database;
        this.store = store;
        this.sites = sites;
        this.templateVersions = templateVersions;
        this.siteCode = siteCode;
        this.clock = clock;
        this.zone = zone;
        this.settings = settings;
    }

    public BoardSettings settings() {
        return settings;
    }

    public String siteCode() {
        return siteCode;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    public BoardSnapshot snapshot() {
        LocalDate today = today();
        return database.inTransaction(c -> {
            List<Site> chain = siteChain(c);
            List<Notice> published = store.published(c, chain.stream().map(Site::code).toList());
            List<Notice> current = new ArrayList<>();
            List<Notice> archive = new ArrayList<>();
            for (Notice n : published) {
                if (n.isVisibleOn(today)) {
                    current.add(n);
                } else if (n.period() != null && n.period().end() != null && n.period().end().isBefore(today)) {
                    archive.add(n);
                }
            }
            current.sort(Comparator.comparing((Notice n) -> !n.pinned())
                    .thenComparing(n -> !n.siteCode().equals(siteCode))
                    .thenComparing((Notice n) -> n.period().start(), Comparator.reverseOrder())
                    .thenComparing(Notice::title));
            archive.sort(Comparator.comparing((Notice n) -> n.period().end(), Comparator.reverseOrder()).thenComparing(Notice::title));
            Optional<Notice> urgent = current.stream().filter(n -> n.urgent() && n.origin() == NoticeOrigin.CENTRAL)
                    .max(Comparator.comparing(Notice::updatedAt));
            String name = chain.isEmpty() ? siteCode : chain.getFirst().name();
            return new BoardSnapshot(name, today, current, urgent, archive);
        });
    }

    /** The 1920x1080 pages of one notice, with its template version and a QR code when it is online. */
    public List<String> screenPages(Notice n) {
        refreshTemplates();
        return renderer.screenPages(n, settings.onlineUrl(n.id()));
    }

    /** The renderer, with every template version this kiosk knows (for the editor's previews). */
    public NoticeRenderer renderer() {
        refreshTemplates();
        return renderer;
    }

    /** Templates staff may write with now: the newest version of each. */
    public List<NoticeTemplate> templates() {
        refreshTemplates();
        Map<String, NoticeTemplate> newest = new LinkedHashMap<>();
        TemplateCatalog.builtIn().all().forEach(t -> newest.put(t.id(), templates.newest(t.id()).orElse(t)));
        database.inTransaction(templateVersions::all).forEach(t -> newest.putIfAbsent(t.id(), templates.newest(t.id()).orElse(t)));
        return List.copyOf(newest.values());
    }

    private void refreshTemplates() {
        List<NoticeTemplate> stored = database.inTransaction(templateVersions::all);
        synchronized (loadedTemplates) {
            for (NoticeTemplate t : stored) {
                String key = t.id() + "@" + t.version() + "#" + (t.markup() == null ? 0 : t.markup().hashCode());
                if (loadedTemplates.add(key)) {
                    templates.add(t);
                }
            }
        }
    }

    /** The kiosk's site, then its parents. */
    List<Site> siteChain(Connection c) throws SQLException {
        List<Site> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String code = siteCode;
        while (code != null && seen.add(code) && chain.size() < MAX_SITE_DEPTH) {
            Optional<Site> site = sites.byCode(c, code);
            if (site.isEmpty()) {
                if (chain.isEmpty()) {
                    chain.add(new Site(code, code, cn.zwgk.core.site.SiteLevel.COMMUNITY, null));
                }
                break;
            }
            chain.add(site.get());
            code = site.get().parentCode();
        }
        return chain;
    }
}
