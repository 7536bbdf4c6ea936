package cn.zwgk.server.catalogue.importing;

import cn.zwgk.core.catalogue.CatalogueItem;
import cn.zwgk.core.staff.Role;
import cn.zwgk.core.staff.StaffSession;
import cn.zwgk.core.store.Database;
import cn.zwgk.core.sync.ChangeOp;
import cn.zwgk.core.sync.RecordType;
import cn.zwgk.core.sync.SyncJson;
import cn.zwgk.server.audit.AuditLog;
import cn.zwgk.server.catalogue.CatalogueStore;
import cn.zwgk.server.catalogue.history.CatalogueHistoryStore;
import cn.zwgk.server.catalogue.history.ChangeKind;
import cn.zwgk.server.catalogue.history.ItemVersion;
import cn.zwgk.server.sync.ChangeLogStore;
import cn.zwgk.server.sync.LogEntry;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Imports a district's catalogue spreadsheet in two steps: {@link #preview} (the dry run: what would be
 * created, changed, retired and rejected; writes nothing) and {@link #apply} (writes exactly that plan in
 * one transaction with its change-log entries, item history and audit line — or nothing at all).
 * Both require a catalogue editor or central admin, checked here, not only in the console.
 */
public final class CatalogueImportService {
    /** Larger files are refused before parsing (the largest real catalogues are well under 2 MB). */
    public static final int MAX_FILE_BYTES = 20 * 1024 * 1024;
    static final int WRITE_CHUNK = 500;

    private final Database database;
    private final CatalogueStore catalogue;
    private final ChangeLogStore changeLog;
    private final CatalogueHistoryStore history;
    private final AuditLog audit;
    private final ImportStore store = new ImportStore();
    private final Clock clock;

    public CatalogueImportService(Database database, CatalogueStore catalogue, ChangeLogStore changeLog,
            CatalogueHistoryStore history, AuditLog audit, Clock clock) {
        this.database = database;
        this.catalogue = catalogue;
        this.changeLog = changeLog;
        this.history = history;
        this.audit = audit;
        this.clock = clock;
    }

    /** Reads the file and works out the plan. Fails with {@link ImportException} when the file cannot be read. */
    public ImportPlan preview(StaffSession who, String fileName, byte[] file, ImportOptions options,
            ImportProgress progress) {
        who.require(Role.CATALOGUE_EDITOR, Role.CENTRAL_ADMIN);
        if (file.length > MAX_FILE_BYTES) {
            throw new ImportException("文件太大（" + file.length / 1024 / 1024 + " MB），最大 "
                    + MAX_FILE_BYTES / 1024 / 1024 + " MB。");
        }
        progress.update("读取文件", 0, 1);
        List<SourceSheet> sheets = FileReader.read(fileName, file);
        progress.update("读取文件", 1, 1);
        Map<String, String> domainKeys = database.inTransaction(store::domainKeys);
        if (options.domainCode() != null && !domainKeys.containsValue(options.domainCode())) {
            throw new ImportException("领域「" + options.domainCode() + "」不存在。");
        }
        requireCatalogue(sheets, options);
        List<CatalogueItem> existing = database.inTransaction(catalogue::allItems);
        return new ImportPlanner(clock.instant()).plan(fileName, sheets, options, domainKeys, existing, progress);
    }

    /** Refuses a file none of whose tables is a catalogue, naming what was expected. */
    private static void requireCatalogue(List<SourceSheet> sheets, ImportOptions options) {
        boolean any = sheets.stream().anyMatch(s -> ColumnMapping.detect(s.rows()).with(options.mapping()).isCatalogue());
        if (!any) {
            throw new ImportException("没有找到表头：" + (sheets.size() == 1 ? "" : "所有 " + sheets.size() + " 个表格（"
                    + String.join("、", sheets.stream().map(SourceSheet::name).toList()) + "）")
                    + "前 " + ColumnMapping.HEADER_SEARCH_ROWS + " 行中都没有「二级事项」「公开主体」等列名，不像是公开事项目录。"
                    + "需要的列：" + String.join("、", java.util.Arrays.stream(Column.values()).filter(Column::required)
                    .map(Column::label).toList()) + "（公开对象、公开方式、公开层级可分列打 √）。");
        }
    }

    /**
     * Writes the plan in one transaction. {@code urgent}: online kiosks pick it up within minutes instead of
     * at the nightly sync. Fails with {@link ImportException}, writing nothing, when the catalogue of the
     * plan's domains changed after the preview.
     */
    public ImportResult apply(StaffSession who, ImportPlan plan, boolean urgent, ImportProgress progress) {
        who.require(Role.CATALOGUE_EDITOR, Role.CENTRAL_ADMIN);
        if (!plan.canApply()) {
            throw new ImportException(plan.mapping().missing().isEmpty() ? "没有需要写入的变更。"
                    : "还有必需的列没有对应：" + plan.mapping().missing().stream().map(Column::label).toList());
        }
        Instant now = clock.instant();
        String source = "导入：" + plan.fileName();
        List<CatalogueItem> written = new ArrayList<>();
        List<ItemVersion> versions = new ArrayList<>();
        List<LogEntry> log = new ArrayList<>();
        for (ItemChange c : plan.created()) {
            written.add(c.after());
            versions.add(new ItemVersion(ChangeKind.CREATED, who.username(), now, source, c.after()));
        }
        for (ItemChange c : plan.changed()) {
            written.add(c.after());
            versions.add(new ItemVersion(ChangeKind.CHANGED, who.username(), now, source, c.after()));
        }
        written.forEach(i -> log.add(new LogEntry(RecordType.CATALOGUE_ITEM, i.id(), ChangeOp.UPSERT, null,
                SyncJson.write(i), urgent)));
        for (CatalogueItem r : plan.retired()) {
            versions.add(new ItemVersion(ChangeKind.RETIRED, who.username(), now, source, r.nextVersion(now)));
            log.add(new LogEntry(RecordType.CATALOGUE_ITEM, r.id(), ChangeOp.DELETE, null, null, urgent));
        }
        long seq = database.inTransaction(c -> {
            requireUnchanged(c, plan);
            int total = written.size() + plan.retired().size();
            int created = plan.created().size();
            for (int from = 0; from < written.size(); from += WRITE_CHUNK) {
                int to = Math.min(written.size(), from + WRITE_CHUNK);
                // the created ones come first and have fresh ids: inserted straight away
                if (to <= created) {
                    catalogue.insertItems(c, written.subList(from, to));
                } else {
                    catalogue.insertItems(c, written.subList(from, Math.min(to, Math.max(from, created))));
                    catalogue.writeItems(c, written.subList(Math.max(from, created), to));
                }
                progress.update("写入目录", to, total);
            }
            store.deleteItems(c, plan.retired().stream().map(CatalogueItem::id).toList());
            history.append(c, versions);
            changeLog.append(c, log);
            audit.append(c, who, "PUBLISH", "catalogue:" + String.join(",", plan.domains()),
                    source + "；" + plan.summary() + (urgent ? "；紧急推送" : "；随夜间同步推送"));
            progress.update("写入目录", total, total);
            return changeLog.latestSeq(c);
        });
        return new ImportResult(plan.created().size(), plan.changed().size(), plan.retired().size(),
                plan.rejected().size(), urgent, seq);
    }

    private void requireUnchanged(Connection c, ImportPlan plan) throws SQLException {
        List<CatalogueItem> now = catalogue.allItems(c).stream()
                .filter(i -> plan.domains().contains(i.domainCode())).toList();
        if (!ImportPlanner.fingerprint(now).equals(plan.baseVersion())) {
            throw new ImportException("预览之后，这些领域的目录已被修改（可能有人同时在编辑或导入）。"
                    + "本次没有写入任何内容，请重新预览后再确认。");
        }
    }
}
