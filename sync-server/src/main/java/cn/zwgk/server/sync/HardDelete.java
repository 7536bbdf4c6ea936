package cn.zwgk.server.sync;

import cn.zwgk.core.notice.Notice;
import cn.zwgk.core.staff.Role;
import cn.zwgk.core.staff.StaffSession;
import cn.zwgk.core.store.AttachmentFiles;
import cn.zwgk.core.store.Database;
import cn.zwgk.core.sync.ChangeOp;
import cn.zwgk.core.sync.RecordType;
import cn.zwgk.core.sync.SyncJson;
import cn.zwgk.server.audit.AuditLog;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes a notice or catalogue item published by mistake (personal data) everywhere: the record, every
 * entry of it in the change log's history (so no kiosk, snapshot or bundle made from now on can carry it
 * again), kiosk uploads and conflicts that hold a copy, and attachments no other notice uses; then appends
 * an urgent tombstone, so every kiosk deletes it at its next light poll. Only the central administrator may
 * do this; it is audited. Bundles exported before cannot be recalled: they are named in the audit detail.
 */
public final class HardDelete {
    private static final Logger LOG = LoggerFactory.getLogger(HardDelete.class);
    static final String NOTICE = "SELECT payload FROM notice WHERE id = ?";
    static final String DELETE_NOTICE = "DELETE FROM notice WHERE id = ?";
    static final String DELETE_ITEM = "DELETE FROM catalogue_item WHERE id = ?";
    static final String DELETE_UPLOADS = "DELETE FROM upload WHERE id = ?";
    static final String DELETE_UPLOAD_CONFLICTS = "DELETE FROM upload_conflict WHERE id = ?";
    static final String DELETE_NOTICE_CONFLICTS = "DELETE FROM notice_conflict WHERE notice_id = ?";
    static final String ATTACHMENT_USED = "SELECT COUNT(*) FROM notice WHERE payload LIKE ?";

    /** What was removed. */
    public record Result(RecordType type, String id, int logEntriesErased, long tombstoneSeq, int attachmentsRemoved) {
    }

    private final Database database;
    private final ChangeLogStore changeLog;
    private final AuditLog audit;
    private final AttachmentFiles attachments;

    public HardDelete(Database database, ChangeLogStore changeLog, AuditLog audit, AttachmentFiles attachments) {
        this.database = database;
        this.changeLog = changeLog;
        this.audit = audit;
        this.attachments = attachments;
    }

    /** Throws {@link HardDeleteException} (Chinese message) when there is no such record. */
    public Result erase(StaffSession who, RecordType type, String id, String reason) {
        who.require(Role.CENTRAL_ADMIN);
        if (type != RecordType.NOTICE && type != RecordType.CATALOGUE_ITEM) {
            throw new HardDeleteException("只能彻底删除公告或目录事项，不能删除 " + type);
        }
        if (reason == null || reason.isBlank()) {
            throw new HardDeleteException("请写明彻底删除的原因（例如：误发布了个人信息）");
        }
        Erased erased = database.inTransaction(c -> {
            Optional<Notice> notice = type == RecordType.NOTICE ? notice(c, id) : Optional.empty();
            int removed = update(c, type == RecordType.NOTICE ? DELETE_NOTICE : DELETE_ITEM, id);
            int entries = changeLog.eraseHistory(c, type, id);
            if (removed == 0 && entries == 0) {
                throw new HardDeleteException("没有编号为 " + id + " 的" + (type == RecordType.NOTICE ? "公告" : "目录事项"));
            }
            update(c, DELETE_UPLOADS, id);
            update(c, DELETE_UPLOAD_CONFLICTS, id);
            if (type == RecordType.NOTICE) {
                update(c, DELETE_NOTICE_CONFLICTS, id);
            }
            String scope = notice.map(Notice::siteCode).orElse(null);
            long tombstone = changeLog.append(c, List.of(new LogEntry(type, id, ChangeOp.DELETE, scope, null, true)));
            audit.append(c, who, "HARD_DELETE", type + ":" + id, reason.strip() + "（变更日志中删除 " + entries
                    + " 条历史；此前导出的同步包仍含此记录，请收回销毁）");
            return new Erased(entries, tombstone, notice.map(Notice::attachments).orElse(List.of()));
        });
        return new Result(type, id, erased.entries(), erased.tombstone(), removeUnusedAttachments(erased.attachments()));
    }

    private record Erased(int entries, long tombstone, List<String> attachments) {
    }

    private Optional<Notice> notice(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(NOTICE)) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(SyncJson.read(rs.getString(1), Notice.class)) : Optional.empty();
            }
        }
    }

    /** After the commit: files of the erased notice that no remaining notice refers to. */
    private int removeUnusedAttachments(List<String> hashes) {
        int removed = 0;
        for (String sha : hashes) {
            boolean used = database.inTransaction(c -> {
                try (PreparedStatement ps = c.prepareStatement(ATTACHMENT_USED)) {
                    ps.setString(1, "%" + sha + "%");
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getLong(1) > 0;
                    }
                }
            });
            Optional<java.nio.file.Path> file = attachments.path(sha);
            if (!used && file.isPresent()) {
                try {
                    Files.deleteIfExists(file.get());
                    removed++;
                } catch (IOException e) {
                    LOG.warn("could not remove attachment {} of an erased notice: {}", sha, e.getMessage());
                }
            }
        }
        return removed;
    }

    private static int update(Connection c, String sql, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, id);
            return ps.executeUpdate();
        }
    }
}
