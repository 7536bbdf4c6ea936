package cn.zwgk.server.status;

import cn.zwgk.core.catalogue.ItemKind;
import cn.zwgk.core.store.Database;
import cn.zwgk.server.catalogue.CatalogueStore;
import cn.zwgk.server.fleet.KioskRegistry;
import cn.zwgk.server.notice.NoticeIntake;
import cn.zwgk.server.notice.NoticeStore;
import cn.zwgk.server.sync.ChangeLogStore;
import cn.zwgk.server.system.Responses;
import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** {@code GET /}: item counts, latest sequence number and the kiosks seen, as a small HTML page. */
public final class StatusHandler extends Handler.Abstract {
    private final Database database;
    private final CatalogueStore catalogue;
    private final NoticeStore notices;
    private final ChangeLogStore changeLog;
    private final KioskRegistry kiosks;
    private final ZoneId zone;
    private final Clock clock;
    private final NoticeIntake intake;

    public StatusHandler(Database database, CatalogueStore catalogue, NoticeStore notices, ChangeLogStore changeLog,
            KioskRegistry kiosks, NoticeIntake intake, ZoneId zone, Clock clock) {
        this.clock = clock;
        this.intake = intake;
        this.database = database;
        this.catalogue = catalogue;
        this.notices = notices;
        this.changeLog = changeLog;
        this.kiosks = kiosks;
        this.zone = zone;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        if (!"/".equals(request.getHttpURI().getPath())) {
            Responses.error(response, callback, 404, "not-found", "no such page");
            return true;
        }
        Map<String, Long> byKind = new LinkedHashMap<>();
        long[] figures = database.inTransaction(c -> {
            for (Object[] row : catalogue.countByKind(c)) {
                byKind.put(ItemKind.valueOf((String) row[0]).label(), (Long) row[1]);
            }
            return new long[] {notices.count(c), changeLog.latestSeq(c)};
        });
        var conflicts = database.inTransaction(intake::open);
        Responses.html(response, callback, StatusPage.render(byKind, figures[0], figures[1], kiosks.all(), zone,
                clock.instant(), conflicts));
        return true;
    }
}
