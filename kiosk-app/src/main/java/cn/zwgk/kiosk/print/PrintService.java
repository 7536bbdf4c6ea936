package cn.zwgk.kiosk.print;

import cn.zwgk.board.print.DisclosureList;
import cn.zwgk.board.print.DisclosureListPdf;
import cn.zwgk.board.print.PrintProgress;
import cn.zwgk.core.catalogue.Audience;
import cn.zwgk.core.catalogue.CatalogueItem;
import cn.zwgk.core.catalogue.Domain;
import cn.zwgk.core.site.Site;
import cn.zwgk.core.staff.Role;
import cn.zwgk.core.staff.StaffSession;
import cn.zwgk.core.store.Database;
import cn.zwgk.kiosk.search.SearchHit;
import cn.zwgk.kiosk.search.SearchService;
import cn.zwgk.kiosk.site.SiteStore;
import cn.zwgk.kiosk.sync.SyncService;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Printed disclosure lists at the kiosk (hall staff): choose the items by domain, responsible body,
 * audience or a search, make the A4 PDF, and send it to the kiosk's CUPS printer or hand it out as a
 * download. Printing needs the hall-staff role, checked here.
 */
public final class PrintService {
    private final Database database;
    private final PrintStore store;
    private final SiteStore sites;
    private final SearchService search;
    private final SyncService sync;
    private final PrintSettings settings;
    private final String siteCode;
    private final Clock clock;
    private final ZoneId zone;

    public PrintService(Database database, SiteStore sites, SearchService search, SyncService sync,
            PrintSettings settings, String siteCode, Clock clock, ZoneId zone) {
        this.database = database;
        this.store = new PrintStore();
        this.sites = sites;
        this.search = search;
        this.sync = sync;
        this.settings = settings;
        this.siteCode = siteCode;
        this.clock = clock;
        this.zone = zone;
    }

    public PrintSettings settings() {
        return settings;
    }

    public List<Domain> domains() {
        return database.inTransaction(store::domains);
    }

    /** Every responsible body (公开主体) of the kiosk's items, sorted. */
    public List<String> departments() {
        return database.inTransaction(store::items).stream().map(CatalogueItem::responsibleBody)
                .filter(Objects::nonNull).collect(Collectors.toCollection(TreeSet::new)).stream().toList();
    }

    /** The list the selection describes, stamped with this kiosk's site, today's date and its sync checkpoint. */
    public DisclosureList list(StaffSession who, PrintSelection selection) {
        who.require(Role.HALL_STAFF);
        List<CatalogueItem> items = switch (selection.by()) {
            case SEARCH -> searched(selection.value());
            default -> database.inTransaction(store::items).stream().filter(matcher(selection)).toList();
        };
        return new DisclosureList(title(selection), siteName(), LocalDate.now(clock.withZone(zone)),
                sync.currentState().checkpoint(), items);
    }

    /** The PDF of {@code list}; {@code progress} hears after each row. */
    public byte[] pdf(StaffSession who, DisclosureList list, PrintProgress progress) {
        who.require(Role.HALL_STAFF);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DisclosureListPdf.withInstalledFont().write(list, out, progress);
        return out.toByteArray();
    }

    /** Sends a PDF to the configured printer; returns the CUPS job id. */
    public String send(StaffSession who, byte[] pdf, String title) {
        who.require(Role.HALL_STAFF);
        if (!settings.hasPrinter()) {
            throw new cn.zwgk.board.print.PrintException("本机没有配置打印机，请下载 PDF。");
        }
        return new LpPrinter(settings).print(pdf, title);
    }

    private java.util.function.Predicate<CatalogueItem> matcher(PrintSelection s) {
        return switch (s.by()) {
            case DOMAIN -> i -> i.domainCode().equals(s.value());
            case DEPARTMENT -> i -> s.value().equals(i.responsibleBody());
            case AUDIENCE -> i -> i.audience() != null && i.audience().name().equals(s.value());
            case SEARCH -> i -> true;
        };
    }

    private List<CatalogueItem> searched(String words) {
        List<String> ids = search.search(words).hits().stream().filter(h -> h.target() == SearchHit.Target.ITEM)
                .map(SearchHit::id).toList();
        Map<String, CatalogueItem> byId = database.inTransaction(store::items).stream()
                .collect(Collectors.toMap(CatalogueItem::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    private String title(PrintSelection s) {
        return switch (s.by()) {
            case DOMAIN -> domains().stream().filter(d -> d.code().equals(s.value())).map(Domain::name).findFirst()
                    .orElse(s.value()) + "领域公开事项清单";
            case DEPARTMENT -> s.value() + "公开事项清单";
            case AUDIENCE -> "面向" + Audience.valueOf(s.value()).label() + "的公开事项清单";
            case SEARCH -> "“" + s.value().strip() + "”相关公开事项清单";
        };
    }

    private String siteName() {
        return database.inTransaction(c -> sites.byCode(c, siteCode)).map(Site::name).orElse(siteCode);
    }
}
