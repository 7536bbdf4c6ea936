package cn.zwgk.server.catalogue;

import cn.zwgk.core.catalogue.CatalogueItem;
import cn.zwgk.core.catalogue.Domain;
import cn.zwgk.core.staff.Role;
import cn.zwgk.core.staff.StaffSession;
import cn.zwgk.core.store.Database;
import cn.zwgk.core.sync.ChangeOp;
import cn.zwgk.core.sync.RecordType;
import cn.zwgk.core.sync.SyncJson;
import cn.zwgk.server.audit.AuditLog;
import cn.zwgk.server.catalogue.history.CatalogueHistory;
import cn.zwgk.server.catalogue.history.CatalogueHistoryStore;
import cn.zwgk.server.catalogue.history.ChangeKind;
import cn.zwgk.server.catalogue.history.ItemVersion;
import cn.zwgk.server.sync.ChangeLogStore;
import cn.zwgk.server.sync.LogEntry;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One item at a time, for the catalogue editor: browse and filter, create, edit, retire. Every write is one
 * transaction: the item, its version in the history (author, time), the change log entry (nightly or urgent)
 * and the audit line. An edit based on an older version than the stored one is refused, not merged.
 */
public final class CatalogueEditor {
    static final Role[] EDIT_ROLES = {Role.CATALOGUE_EDITOR, Role.CENTRAL_ADMIN};
    private static final int LIST_LIMIT = 2000;

    private final Database database;
    private final CatalogueStore store;
    private final CatalogueHistoryStore historyStore;
    private final ChangeLogStore changeLog;
    private final AuditLog audit;
    private final Clock clock;

    public CatalogueEditor(Database database, CatalogueStore store, CatalogueHistoryStore historyStore,
            ChangeLogStore changeLog, AuditLog audit, Clock clock) {
        this.database = database;
        this.store = store;
        this.historyStore = historyStore;
        this.changeLog = changeLog;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Domain> domains(StaffSession who) {
        who.require(EDIT_ROLES);
        return database.inTransaction(store::domains);
    }

    /** Matching items by domain and serial number, at most 2,000 (narrow the filter for more). */
    public List<CatalogueItem> list(StaffSession who, CatalogueFilter filter) {
        who.require(EDIT_ROLES);
        return database.inTransaction(store::allItems).stream().filter(filter).limit(LIST_LIMIT).toList();
    }

    /** The change-log seq the catalogue is at: printed on paper lists so that they can be traced to the data. */
    public long catalogueVersion(StaffSession who) {
        who.require(EDIT_ROLES);
        return database.inTransaction(changeLog::latestSeq);
    }

    public List<ItemVersion> history(StaffSession who, String itemId) {
        return new CatalogueHistory(database, historyStore).of(who, itemId);
    }

    /** A blank item of {@code domainCode} for the editor, with a new id and version 0 (not stored yet). */
    public CatalogueItem draft(StaffSession who, String domainCode) {
        who.require(EDIT_ROLES);
        return new CatalogueItem(UUID.randomUUID().toString(), cn.zwgk.core.catalogue.ItemKind.ITEM, domainCode, 0, "",
                "", "", "", "信息形成或者变更之日起20个工作日内", "", List.of("政府网站"),
                cn.zwgk.core.catalogue.Audience.PUBLIC, cn.zwgk.core.catalogue.DisclosureMethod.PROACTIVE,
                cn.zwgk.core.catalogue.AdministrativeLevel.COUNTY, null, null, List.of(), "zh-Hans", 0, null);
    }

    /**
     * Stores {@code edited} (created when its version is 0) as the next version and publishes it. Refused with
     * the reasons when invalid, or when someone saved the item after {@code edited} was loaded.
     */
    public CatalogueItem save(StaffSession who, CatalogueItem edited, boolean urgent) {
        who.require(EDIT_ROLES);
        Instant now = clock.instant();
        CatalogueItem next = edited.nextVersion(now);
        next.validate().throwIfAny("公开事项");
        return database.inTransaction(c -> {
            Optional<CatalogueItem> stored = store.item(c, edited.id());
            long storedVersion = stored.map(CatalogueItem::version).orElse(0L);
            if (storedVersion != edited.version()) {
                throw new IllegalStateException("该事项已被其他人修改（当前版本 " + storedVersion + "），请重新打开后再编辑。");
            }
            if (!store.domainCodes(c).contains(next.domainCode())) {
                throw new IllegalArgumentException("领域「" + next.domainCode() + "」不存在。");
            }
            store.writeItems(c, List.of(next));
            ChangeKind kind = stored.isEmpty() ? ChangeKind.CREATED : ChangeKind.CHANGED;
            historyStore.append(c, List.of(new ItemVersion(kind, who.username(), now, "控制台编辑", next)));
            changeLog.append(c, List.of(new LogEntry(RecordType.CATALOGUE_ITEM, next.id(), ChangeOp.UPSERT, null,
                    SyncJson.write(next), urgent)));
            audit.append(c, who, "PUBLISH", "catalogue-item:" + next.id(), kind.label() + "「" + next.name() + "」 第 "
                    + next.version() + " 版" + (urgent ? "；紧急推送" : "；随夜间同步推送"));
            return next;
        });
    }

    /** Takes an item off every kiosk (a tombstone in the change log); its history stays. */
    public void retire(StaffSession who, String itemId, long expectedVersion, boolean urgent) {
        who.require(EDIT_ROLES);
        Instant now = clock.instant();
        database.useTransaction(c -> {
            CatalogueItem stored = store.item(c, itemId)
                    .orElseThrow(() -> new IllegalArgumentException("该事项不存在或已停用。"));
            if (stored.version() != expectedVersion) {
                throw new IllegalStateException("该事项已被其他人修改，请刷新后再操作。");
            }
            store.deleteItem(c, itemId);
            historyStore.append(c, List.of(new ItemVersion(ChangeKind.RETIRED, who.username(), now, "控制台停用",
                    stored.nextVersion(now))));
            changeLog.append(c, List.of(new LogEntry(RecordType.CATALOGUE_ITEM, itemId, ChangeOp.DELETE, null, null,
                    urgent)));
            audit.append(c, who, "WITHDRAW", "catalogue-item:" + itemId, "停用「" + stored.name() + "」");
        });
    }
}
