package cn.zwgk.kiosk.sync;

import cn.zwgk.core.bundle.BundleException;
import cn.zwgk.core.bundle.BundleManifest;
import cn.zwgk.core.bundle.BundleReader;
import cn.zwgk.core.store.AttachmentFiles;
import cn.zwgk.core.store.Database;
import cn.zwgk.core.sync.ChangePage;
import cn.zwgk.core.sync.PageVerifier;
import cn.zwgk.core.sync.SigningKeys;
import cn.zwgk.core.sync.SyncProtocolException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports a bundle file with exactly the rules of an online pull: every page and the manifest verified
 * against the pinned central key, the bundle built for this kiosk's site, no gap before the checkpoint,
 * each page continuing the one before. Everything is checked before anything is applied, and the pages
 * the kiosk does not have yet are applied in one transaction, so a bundle is taken whole or not at all.
 * Pages the kiosk already has are skipped (a page that straddles the checkpoint is applied from it), so
 * importing the same bundle twice changes nothing.
 */
final class BundleImporter {
    private static final Logger LOG = LoggerFactory.getLogger(BundleImporter.class);

    private final Database database;
    private final PageCommitter committer;
    private final SyncStateStore state;
    private final AttachmentFiles attachments;
    private final BundleImportStore log = new BundleImportStore();
    private final Clock clock;

    BundleImporter(Database database, PageCommitter committer, SyncStateStore state, AttachmentFiles attachments,
            Clock clock) {
        this.database = database;
        this.committer = committer;
        this.state = state;
        this.attachments = attachments;
        this.clock = clock;
    }

    /** Imports {@code file} for the kiosk enrolled as {@code identity}; records and returns the outcome. */
    BundleImport importFile(Path file, String source, KioskIdentity identity) {
        String name = file.getFileName().toString();
        BundleImport result;
        try (BundleReader reader = BundleReader.open(file, new PageVerifier(SigningKeys.decodePublic(identity.publicKey())))) {
            result = apply(reader, source, name, identity.siteCode());
        } catch (BundleException e) {
            result = refused(source, name, null, e.getMessage());
        } catch (SyncProtocolException e) {
            result = refused(source, name, null, "同步包中的数据未通过检查（" + e.getMessage()
                    + "），已整包拒绝，本机数据没有任何改动。请联系政务公开办。");
        } catch (cn.zwgk.core.store.StoreException | java.io.UncheckedIOException e) {
            result = refused(source, name, null, "导入时本机存储出错（可能磁盘已满：" + e.getMessage()
                    + "），同步包没有导入，本机数据保持原状。请联系技术人员。");
        }
        return record(result);
    }

    /** Keeps the outcome in the import log (what staff see as the last import). */
    BundleImport record(BundleImport result) {
        database.useTransaction(c -> log.record(c, result));
        LOG.info("bundle {} from {}: {} ({})", result.fileName(), result.source(), result.outcome(), result.message());
        return result;
    }

    java.util.Optional<BundleImport> last() {
        return database.inTransaction(log::last);
    }

    private BundleImport apply(BundleReader reader, String source, String name, String site) {
        BundleManifest m = reader.manifest();
        if (!site.equals(m.scope())) {
            return refused(source, name, m, "这个同步包是为站点 " + m.scope() + " 制作的，本终端属于站点 " + site
                    + "，已整包拒绝，本机数据没有任何改动。请向政务公开办索取本站点的同步包。");
        }
        reader.verifyAll();
        long checkpoint = database.inTransaction(state::read).checkpoint();
        if (checkpoint >= m.until()) {
            return new BundleImport(clock.instant(), source, name, BundleImport.Outcome.NOTHING_NEW, m.scope(),
                    m.since(), m.until(), 0, "本机已有这个同步包的全部数据（本机进度 " + checkpoint + "），没有任何改动。");
        }
        if (!m.reset() && m.since() > checkpoint) {
            return refused(source, name, m, "这个同步包从第 " + m.since() + " 条开始，本机进度为第 " + checkpoint
                    + " 条，中间缺少数据，已整包拒绝，本机数据没有任何改动。请向政务公开办索取从第 " + checkpoint
                    + " 条开始的同步包（导出时填写起始序号 " + checkpoint + "）。");
        }
        for (BundleManifest.AttachmentEntry a : m.attachments()) {
            attachments.putVerified(a.sha256(), reader.attachment(a)); // content-addressed: harmless if unused
        }
        PageCommitter.Run run = committer.commitRun(pagesFrom(reader, checkpoint), () -> pagesFrom(reader, checkpoint));
        return new BundleImport(clock.instant(), source, name, BundleImport.Outcome.IMPORTED, m.scope(), m.since(),
                m.until(), run.changes(), "已导入 " + run.changes() + " 条变更" + (run.reset() ? "（完整快照）" : "")
                + "，本机进度 " + checkpoint + " → " + run.checkpoint() + "。");
    }

    /** The bundle's pages the kiosk does not have yet; a snapshot bundle is taken whole. */
    private static Iterator<ChangePage> pagesFrom(BundleReader reader, long checkpoint) {
        BundleManifest m = reader.manifest();
        return new Iterator<>() {
            private int next = 0;

            {
                if (!m.reset()) {
                    while (next < m.pages().size() && m.pages().get(next).until() <= checkpoint) {
                        next++;
                    }
                }
            }

            @Override
            public boolean hasNext() {
                return next < m.pages().size();
            }

            @Override
            public ChangePage next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                ChangePage page = reader.page(next++);
                return !page.reset() && page.since() < checkpoint ? page.after(checkpoint) : page;
            }
        };
    }

    private BundleImport refused(String source, String name, BundleManifest m, String message) {
        return new BundleImport(clock.instant(), source, name, BundleImport.Outcome.REFUSED,
                m == null ? null : m.scope(), m == null ? null : m.since(), m == null ? null : m.until(), 0, message);
    }
}
