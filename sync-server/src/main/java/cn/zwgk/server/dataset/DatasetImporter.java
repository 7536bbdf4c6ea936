package cn.zwgk.server.dataset;

import cn.zwgk.core.dataset.Dataset;
import cn.zwgk.core.dataset.DatasetFile;
import cn.zwgk.core.store.Database;
import cn.zwgk.core.sync.ChangeOp;
import cn.zwgk.core.sync.RecordType;
import cn.zwgk.core.sync.SyncJson;
import cn.zwgk.server.catalogue.CatalogueStore;
import cn.zwgk.server.notice.NoticeStore;
import cn.zwgk.server.site.SiteStore;
import cn.zwgk.server.sync.ChangeLogStore;
import cn.zwgk.server.sync.LogEntry;
import cn.zwgk.core.notice.NoticeTemplate;
import cn.zwgk.server.template.TemplateStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Loads a dataset into the central store: every record and its change-log entry in one transaction,
 * so an import is all or nothing and kiosks see it as one consistent stretch of the log.
 */
public final class DatasetImporter {
    private final Database database;
    private final CatalogueStore catalogue;
    private final SiteStore sites;
    private final NoticeStore notices;
    private final ChangeLogStore changeLog;
    private final TemplateStore templates;
    private final cn.zwgk.server.reference.ReferenceStore references = new cn.zwgk.server.reference.ReferenceStore();

    public DatasetImporter(Database database, CatalogueStore catalogue, SiteStore sites, NoticeStore notices,
            ChangeLogStore changeLog, TemplateStore templates) {
        this.database = database;
        this.catalogue = catalogue;
        this.sites = sites;
        this.notices = notices;
        this.changeLog = changeLog;
        this.templates = templates;
    }

    /** Reads, checks and imports a dataset file; throws {@link cn.zwgk.core.dataset.ImportFileException} naming bad rows. */
    public ImportReport importFile(Path file) {
        return importFile(file, false);
    }

    public ImportReport importFile(Path file, boolean urgent) {
        Set<String>[] known = database.inTransaction(c -> new Set[] {catalogue.domainCodes(c), sites.codes(c)});
        Dataset dataset = DatasetFile.read(file, known[0], known[1]);
        return importDataset(dataset, urgent);
    }

    public ImportReport importDataset(Dataset d) {
        return importDataset(d, false);
    }

    /** {@code urgent}: online kiosks pick the changes up within minutes instead of at the nightly sync. */
    public ImportReport importDataset(Dataset d, boolean urgent) {
        List<LogEntry> log = new ArrayList<>(d.size());
        d.sites().forEach(s -> log.add(upsert(RecordType.SITE, s.code(), null, s, urgent)));
        d.domains().forEach(x -> log.add(upsert(RecordType.DOMAIN, x.code(), null, x, urgent)));
        d.items().forEach(i -> log.add(upsert(RecordType.CATALOGUE_ITEM, i.id(), null, i, urgent)));
        d.notices().forEach(n -> log.add(upsert(RecordType.NOTICE, n.id(), n.siteCode(), n, urgent)));
        d.calendars().forEach(y -> log.add(upsert(RecordType.CALENDAR, y.id(), null, y, urgent)));
        long latest = database.inTransaction(c -> {
            sites.write(c, d.sites());
            catalogue.writeDomains(c, d.domains());
            catalogue.writeItems(c, d.items());
            notices.write(c, d.notices());
            for (var y : d.calendars()) {
                references.put(c, RecordType.CALENDAR, y.id(), y.version(), SyncJson.write(y));
            }
            changeLog.append(c, log);
            for (var t : d.templates()) {
                publishTemplate(c, t, "import", urgent);
            }
            return changeLog.latestSeq(c);
        });
        return new ImportReport(d.domains().size(), d.sites().size(), d.items().size(), d.notices().size(),
                d.templates().size(), d.calendars().size(), latest);
    }

    /**
     * One template version into the version history, the reference store (newest) and the change log, in the
     * caller's transaction: the import and the console's publish take this same path to the kiosks.
     */
    public void publishTemplate(Connection c, NoticeTemplate t, String publishedBy, boolean urgent) throws SQLException {
        templates.put(c, t, publishedBy);
        references.put(c, RecordType.TEMPLATE, t.id(), t.version(), SyncJson.write(t));
        changeLog.append(c, List.of(upsert(RecordType.TEMPLATE, t.id(), null, t, urgent)));
    }

    private static LogEntry upsert(RecordType type, String id, String scopeSite, Record record, boolean urgent) {
        return new LogEntry(type, id, ChangeOp.UPSERT, scopeSite, SyncJson.write(record), urgent);
    }
}
