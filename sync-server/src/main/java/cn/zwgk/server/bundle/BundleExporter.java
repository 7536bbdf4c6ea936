package cn.zwgk.server.bundle;

import cn.zwgk.core.bundle.BundleManifest;
import cn.zwgk.core.bundle.BundleWriter;
import cn.zwgk.core.notice.Notice;
import cn.zwgk.core.staff.Role;
import cn.zwgk.core.staff.StaffSession;
import cn.zwgk.core.store.AttachmentFiles;
import cn.zwgk.core.store.Database;
import cn.zwgk.core.sync.Change;
import cn.zwgk.core.sync.ChangeOp;
import cn.zwgk.core.sync.ChangePage;
import cn.zwgk.core.sync.PageSigner;
import cn.zwgk.core.sync.RecordType;
import cn.zwgk.core.sync.SyncJson;
import cn.zwgk.core.sync.SyncPaths;
import cn.zwgk.server.audit.AuditLog;
import cn.zwgk.server.site.SiteStore;
import cn.zwgk.server.sync.ChangeFeed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Exports a bundle file for one site from a starting seq: exactly the signed pages an online kiosk of that
 * site would fetch from that checkpoint (a snapshot when the seq is behind the tombstone horizon), plus the
 * attachments their notices refer to. Pages are spooled to a temporary directory, then packed with the
 * signed manifest first. Usable without a screen (command line) and from the console with a progress bar.
 */
public final class BundleExporter {

    /** Progress of an export: {@code fraction} 0..1 of the log range covered, and a line for staff. */
    @FunctionalInterface
    public interface Progress {
        void update(double fraction, String text);

        Progress NONE = (fraction, text) -> { };
    }

    /** A finished export. */
    public record Export(Path file, BundleManifest manifest, long bytes) {
    }

    private final Database database;
    private final ChangeFeed feed;
    private final SiteStore sites;
    private final PageSigner signer;
    private final AttachmentFiles attachments;
    private final AuditLog audit;
    private final Clock clock;

    public BundleExporter(Database database, ChangeFeed feed, SiteStore sites, PageSigner signer,
            AttachmentFiles attachments, AuditLog audit, Clock clock) {
        this.database = database;
        this.feed = feed;
        this.sites = sites;
        this.signer = signer;
        this.attachments = attachments;
        this.audit = audit;
        this.clock = clock;
    }

    /** For a staff member: central administrators only; the export is audited. */
    public Export export(StaffSession who, String site, long since, Path out, Progress progress) {
        who.require(Role.CENTRAL_ADMIN);
        Export export = export(site, since, out, progress);
        database.useTransaction(c -> audit.append(c, who, "BUNDLE_EXPORT", "SITE:" + site, "从第 " + since
                + " 条到第 " + export.manifest().until() + " 条，" + export.manifest().changeCount() + " 条变更，文件 "
                + out.getFileName()));
        return export;
    }

    /** Writes the bundle of {@code site} after {@code since} to {@code out}; throws {@link BundleExportException}. */
    public Export export(String site, long since, Path out, Progress progress) {
        if (since < 0) {
            throw new BundleExportException("起始序号不能为负数");
        }
        if (site == null || !database.inTransaction(c -> sites.codes(c).contains(site))) {
            throw new BundleExportException("没有编号为 " + site + " 的站点");
        }
        Path spool = tempDir(out);
        try {
            List<BundleWriter.SignedPage> pages = new ArrayList<>();
            Set<String> needed = new LinkedHashSet<>();
            long latest = feed.latestSeq();
            boolean reset = false;
            long checkpoint = since;
            boolean more = true;
            while (more) {
                ChangePage page = feed.pageFor(site, checkpoint, SyncPaths.DEFAULT_PAGE_SIZE, !pages.isEmpty());
                reset |= pages.isEmpty() && page.reset();
                byte[] body = SyncJson.writeBytes(page);
                Path file = spool.resolve(String.format("%06d.json", pages.size() + 1));
                Files.write(file, body);
                pages.add(new BundleWriter.SignedPage(file, signer.sign(body), page.since(), page.until(),
                        page.changes().size()));
                collectAttachments(body, needed);
                checkpoint = page.until();
                more = page.hasMore();
                double span = Math.max(1, latest - (reset ? 0 : since));
                progress.update(Math.min(0.95, (checkpoint - (reset ? 0 : since)) / span),
                        "已打包 " + pages.size() + " 页（至第 " + checkpoint + " 条）");
            }
            List<Path> files = new ArrayList<>();
            for (String sha : needed) {
                files.add(attachments.path(sha).orElseThrow(() -> new BundleExportException(
                        "公告引用的附件 " + sha.substring(0, 12) + "… 不在中心的附件库中，无法导出")));
            }
            progress.update(0.96, "正在写入同步包文件……");
            BundleManifest manifest = BundleWriter.write(out, site, reset, clock.instant(), signer, pages, files);
            // for transports that check a download before handing it on (the kiosk's FTP fetch does)
            Files.writeString(out.resolveSibling(out.getFileName() + ".sha256"),
                    cn.zwgk.core.sync.Sha256.of(out) + "  " + out.getFileName() + "\n");
            progress.update(1.0, "完成：" + manifest.changeCount() + " 条变更，" + pages.size() + " 页，"
                    + files.size() + " 个附件");
            return new Export(out, manifest, Files.size(out));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot export bundle to " + out, e);
        } finally {
            deleteQuietly(spool);
        }
    }

    /** Attachments of the notices written in this page. */
    private static void collectAttachments(byte[] body, Set<String> needed) {
        ChangePage parsed = SyncJson.read(body, ChangePage.class);
        for (Change change : parsed.changes()) {
            if (change.type() == RecordType.NOTICE && change.op() == ChangeOp.UPSERT) {
                needed.addAll(SyncJson.convert(change.payload(), Notice.class).attachments());
            }
        }
    }

    private static Path tempDir(Path out) {
        try {
            Path dir = out.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            return Files.createTempDirectory(dir, ".bundle-spool");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write next to " + out, e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // harmless: the bundle itself was written whole or not at all
            org.slf4j.LoggerFactory.getLogger(BundleExporter.class).debug("spool {} left behind: {}", dir, e.toString());
        }
    }
}
