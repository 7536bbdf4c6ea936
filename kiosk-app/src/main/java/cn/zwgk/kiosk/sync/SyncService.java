package cn.zwgk.kiosk.sync;

import cn.zwgk.core.store.Database;
import cn.zwgk.core.store.StoreException;
import cn.zwgk.core.sync.ChangePage;
import cn.zwgk.core.sync.Enrolment;
import cn.zwgk.core.sync.InventoryReport;
import cn.zwgk.core.sync.Upload;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One sync run, in stages: enrol (once) → push the outbox → pull pages → report inventory.
 *
 * <p>Each page is verified (signature over its exact bytes against the pinned key, scope, continuity,
 * order) and then applied together with the checkpoint move in one Derby transaction: a crash or a bad
 * page anywhere leaves the kiosk exactly at the last whole page, and the next run resumes there. An
 * outbox record is marked sent only once the server acknowledged it. Failures are recorded in the store
 * and returned, not thrown.
 */
public final class SyncService {
    private static final Logger LOG = LoggerFactory.getLogger(SyncService.class);
    /** Bounds one run; a log longer than this continues at the next run. */
    private static final int MAX_PAGES_PER_RUN = 10_000;
    private static final int MAX_UPLOADS_PER_RUN = 500;

    private final Database database;
    private final PageApplier applier;
    private final SyncSettings settings;
    private final Clock clock;
    private final SyncStateStore state = new SyncStateStore();
    private final KioskIdentityStore identities = new KioskIdentityStore();
    private final OutboxStore outbox;
    private final cn.zwgk.core.store.AttachmentFiles attachments;
    private final ReentrantLock running = new ReentrantLock();
    private final List<PageListener> listeners = new CopyOnWriteArrayList<>();
    private final PageCommitter committer;
    private final BundleImporter bundles;
    private final cn.zwgk.kiosk.clock.ClockCheck clockCheck;
    private final OfflineTransports transports;
    private volatile SyncClient client;
    private volatile String enrolCode;
    private volatile String expectedKeySha256;
    private volatile java.time.Instant lastReportAt;
    /** With nothing changed, the inventory goes up at most this often (so "nothing changed" stays one request). */
    private static final java.time.Duration QUIET_REPORT_INTERVAL = java.time.Duration.ofHours(6);

    public SyncService(Database database, PageApplier applier, SyncSettings settings, Clock clock) {
        this.database = database;
        this.applier = applier;
        this.settings = settings;
        this.clock = clock;
        this.outbox = new OutboxStore(OutboxCipher.forDataDir(settings.dataDir()));
        this.attachments = new cn.zwgk.core.store.AttachmentFiles(settings.dataDir().resolve("attachments"));
        this.committer = new PageCommitter(database, applier, state, listeners);
        this.bundles = new BundleImporter(database, committer, state, attachments, clock);
        this.transports = new OfflineTransports(database, this, settings.dataDir().resolve("bundles"),
                settings.offline().usbDir(), clock);
        this.clockCheck = new cn.zwgk.kiosk.clock.ClockCheck(database, settings.offline().ntpServer(),
                settings.offline().driftThreshold(), settings.offline().clockCheckEvery(), clock);
    }

    /** The clock check against NTP (and the drift measured on sync pages): see {@code ClockCheck#lastKnownDrift}. */
    public cn.zwgk.kiosk.clock.ClockCheck clockCheck() {
        return clockCheck;
    }

    public SyncSettings settings() {
        return settings;
    }

    /**
     * Imports a bundle file (from a USB directory or fetched by FTP) with the rules of an online pull; never
     * throws for a bad bundle: the outcome says why it was refused, in words for staff. Waits for a running
     * sync to end first (they would move the same checkpoint).
     */
    public BundleImport importBundle(java.nio.file.Path file, String source) {
        Optional<KioskIdentity> identity = enrolledIdentity();
        if (identity.isEmpty()) {
            return bundles.record(new BundleImport(clock.instant(), source, file.getFileName().toString(),
                    BundleImport.Outcome.REFUSED, null, null, null, 0,
                    "本终端尚未登记，不能导入同步包：请先用政务公开办提供的登记码登记（登记需要一次联网）。"));
        }
        running.lock();
        try {
            BundleImport result = bundles.importFile(file, source, identity.get());
            if (result.outcome() == BundleImport.Outcome.IMPORTED) {
                database.useTransaction(c -> state.recordSuccess(c, clock.instant()));
                pruneAttachments();
            }
            return result;
        } finally {
            running.unlock();
        }
    }

    /** USB and FTP/FTPS sources of bundle files (downloads kept under {@code <data>/bundles}). */
    public OfflineTransports transports() {
        return transports;
    }

    /** The last bundle import tried (refused ones too). */
    public Optional<BundleImport> lastBundleImport() {
        return bundles.last();
    }

    /** A one-time code to enrol with at the next run, when the kiosk is not enrolled yet. */
    public void useEnrolmentCode(String code) {
        this.enrolCode = code;
    }

    /**
     * The SHA-256 the central public key must have (as {@code sync-server enrol-code} prints it), checked
     * before an enrolment is saved and against the key already pinned; null: no check.
     */
    public void expectServerKey(String sha256) {
        this.expectedKeySha256 = sha256 == null ? null : sha256.replace(":", "").strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** {@code listener} hears of every page right after it committed (e.g. to update the search index). */
    public void addPageListener(PageListener listener) {
        listeners.add(listener);
    }

    /** Runs one sync to the end of the server's log, unless one is already running (then returns at once). */
    public SyncResult syncNow() {
        if (!running.tryLock()) {
            return new SyncResult(false, 0, 0, currentState().checkpoint(), "a sync is already running");
        }
        try {
            return run();
        } finally {
            running.unlock();
        }
    }

    /** The light poll: one small request; syncs at once when the server has urgent changes for this kiosk. */
    public Optional<SyncResult> syncIfUrgent() {
        try {
            long urgent = client(identity()).urgentSeq();
            if (urgent > currentState().checkpoint()) {
                LOG.info("urgent changes up to {}: syncing now", urgent);
                return Optional.of(syncNow());
            }
            return Optional.empty();
        } catch (RuntimeException e) {
            LOG.debug("urgent poll failed: {}", e.getMessage());
            return Optional.empty();
        }
    }

    public SyncState currentState() {
        return database.inTransaction(state::read);
    }

    /** This kiosk's enrolled identity, if it has one. */
    public Optional<KioskIdentity> enrolledIdentity() {
        return database.inTransaction(identities::read);
    }

    /** This kiosk's clock minus the server's at the last successful sync, null before the first. */
    public Long clockDriftMillis() {
        return clockCheck.lastKnownDrift().map(cn.zwgk.kiosk.clock.ClockReading::driftMillis).orElse(null);
    }

    /** Uploads the server kept aside (conflicts, refusals) for a person to decide, with the server's words. */
    public List<String> heldUploads() {
        return database.inTransaction(outbox::held);
    }

    public int pendingUploads() {
        return database.inTransaction(outbox::countPending);
    }

    /** The client of the current identity (for benchmarks: bytes on the wire). */
    public SyncClient client() {
        return client;
    }

    private SyncResult run() {
        int pages = 0;
        int changes = 0;
        long checkpoint = currentState().checkpoint();
        try {
            SyncClient api = client(identity());
            push(api);
            for (boolean more = true; more && pages < MAX_PAGES_PER_RUN; pages++) {
                ChangePage page = api.fetch(checkpoint, settings.pageSize());
                if (page.reset()) {
                    // behind the tombstone horizon: the whole snapshot is applied in one transaction
                    LOG.info("checkpoint {} is behind the server's tombstone horizon: taking a snapshot", checkpoint);
                    PageCommitter.Run run = committer.commitRun(snapshot(api, page), null);
                    checkpoint = run.checkpoint();
                    changes += (int) run.changes();
                    more = true;
                    continue;
                }
                checkpoint = committer.commit(page);
                changes += page.changes().size();
                // After the last page with changes, one more (empty) request tells the server where the
                // kiosk stands, so its view of this kiosk is the committed checkpoint, not a guess.
                more = page.hasMore() || !page.changes().isEmpty();
            }
            fetchMissingAttachments(api);
            pruneAttachments();
            long drift = api.lastDriftMillis();
            database.useTransaction(c -> {
                state.recordSuccess(c, clock.instant());
                state.recordDrift(c, drift);
            });
            LOG.info("sync done: {} pages, {} changes, checkpoint {}, clock drift {} ms", pages, changes, checkpoint,
                    drift);
            java.time.Instant last = lastReportAt;
            if (changes > 0 || last == null || last.plus(QUIET_REPORT_INTERVAL).isBefore(clock.instant())) {
                report(api, null);
            }
            return new SyncResult(true, pages, changes, checkpoint, null);
        } catch (RuntimeException e) {
            // Protocol, transport and store failures are expected on bad links; anything else is a bug,
            // but it must still be recorded, and the page it hit was rolled back either way.
            String reason = e instanceof cn.zwgk.core.ZwgkException ? e.getMessage() : e.toString();
            LOG.warn("sync stopped at checkpoint {} after {} pages: {}", checkpoint, pages, reason);
            recordFailure(reason);
            if (client != null && !(e instanceof NotEnrolledException)) {
                report(client, reason);
            }
            return new SyncResult(false, pages, changes, checkpoint, reason);
        }
    }

    private KioskIdentity identity() {
        Optional<KioskIdentity> known = enrolledIdentity();
        if (known.isPresent()) {
            checkServerKey(known.get().publicKey());
            return known.get();
        }
        String code = enrolCode;
        if (code == null || code.isBlank()) {
            throw new NotEnrolledException("本终端尚未登记：请工作人员用政务公开办提供的登记码登记 (not enrolled)");
        }
        URI server = settings.server();
        Enrolment e = SyncClient.enrol(server, code, settings.kioskId(), settings.siteCode());
        checkServerKey(e.publicKey());
        KioskIdentity identity = new KioskIdentity(e.kioskId(), e.siteCode(), e.token(), server, e.publicKey(),
                e.keyId());
        database.useTransaction(c -> identities.save(c, identity, clock.instant()));
        enrolCode = null;
        LOG.info("enrolled as {} for site {}, pinned central key {}", e.kioskId(), e.siteCode(), e.keyId());
        return identity;
    }

    private void checkServerKey(String publicKey) {
        String expected = expectedKeySha256;
        String actual = cn.zwgk.core.sync.SigningKeys.fingerprint(cn.zwgk.core.sync.SigningKeys.decodePublic(publicKey));
        if (expected != null && !expected.equals(actual)) {
            throw new cn.zwgk.core.sync.SyncProtocolException("中心公钥指纹不符，未登记/未同步：请向政务公开办核对服务器地址和指纹 "
                    + "(central key SHA-256 is " + actual + ", expected " + expected + ")");
        }
    }

    private SyncClient client(KioskIdentity identity) {
        SyncClient current = client;
        if (current == null || !current.identity().equals(identity)) {
            current = new SyncClient(identity, settings.offline().otherServers(), settings.appVersion(), clock);
            client = current;
        }
        return current;
    }

    private void push(SyncClient api) {
        List<OutboxStore.Pending> pending = database.inTransaction(c -> outbox.pending(c, MAX_UPLOADS_PER_RUN));
        AttachmentPush images = new AttachmentPush(attachments);
        for (OutboxStore.Pending record : pending) {
            Upload.Ack ack;
            try {
                // a notice's images go first; one the server refuses holds the notice (kept here, reason shown)
                ack = images.before(api, record).map(reason -> new Upload.Ack(record.id(), "REFUSED", reason))
                        .orElseGet(() -> api.upload(record.type(), record.id(), record.payload()));
            } catch (RuntimeException e) {
                database.useTransaction(c -> outbox.markFailed(c, record.id(), String.valueOf(e.getMessage())));
                throw e;
            }
            String note = switch (ack.status()) {
                case "ACCEPTED", "DUPLICATE" -> null;
                default -> ack.status() + ": " + ack.message();
            };
            if (note != null) {
                LOG.warn("upload {}: {}", record.id(), note);
            }
            database.useTransaction(c -> outbox.markSent(c, record.id(), clock.instant(), note));
        }
    }

    /**
     * Downloads every attachment the stored notices refer to that is not on disk yet, checking each against
     * its hash. Compared with what is really on disk, so a download that failed earlier is retried.
     */
    private void fetchMissingAttachments(SyncClient api) {
        for (String sha : database.inTransaction(state::referencedAttachments)) {
            if (!attachments.has(sha) && !attachments.putVerified(sha, api.attachment(sha))) {
                throw new cn.zwgk.core.sync.SyncProtocolException("attachment " + sha + " does not match its hash");
            }
        }
    }

    /** Attachments on this kiosk, by SHA-256. */
    public cn.zwgk.core.store.AttachmentFiles attachments() {
        return attachments;
    }

    /** The first page of a snapshot, then the pages after it, fetched as the run asks for them. */
    private java.util.Iterator<ChangePage> snapshot(SyncClient api, ChangePage first) {
        return new java.util.Iterator<>() {
            private ChangePage previous;
            private int fetched;

            @Override
            public boolean hasNext() {
                return previous == null || previous.hasMore();
            }

            @Override
            public ChangePage next() {
                if (fetched++ > MAX_PAGES_PER_RUN) {
                    throw new cn.zwgk.core.sync.SyncProtocolException("snapshot longer than " + MAX_PAGES_PER_RUN + " pages");
                }
                previous = previous == null ? first : api.fetch(previous.until(), settings.pageSize(), true);
                return previous;
            }
        };
    }

    /** Attachment files no stored notice refers to any more (a notice deleted, or erased by a hard delete). */
    private void pruneAttachments() {
        java.util.Set<String> referenced = database.inTransaction(state::referencedAttachments);
        java.nio.file.Path dir = settings.dataDir().resolve("attachments");
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (java.nio.file.Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (cn.zwgk.core.sync.Sha256.HEX.matcher(name).matches() && !referenced.contains(name)) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException e) {
            LOG.warn("could not prune attachments: {}", e.toString());
        }
    }

    private void report(SyncClient api, String error) {
        try {
            Long drift = clockDriftMillis();
            InventoryReport report = database.inTransaction(c -> {
                SyncState s = state.read(c);
                return new InventoryReport(s.checkpoint(), state.recordCounts(c), settings.appVersion(), freeDisk(),
                        drift == null ? 0 : drift, s.lastSuccessAt(), outbox.countPending(c), error);
            });
            api.report(report);
            lastReportAt = clock.instant();
        } catch (RuntimeException e) {
            LOG.info("inventory report not delivered: {}", e.getMessage());
        }
    }

    private long freeDisk() {
        try {
            return Files.getFileStore(settings.dataDir()).getUsableSpace();
        } catch (IOException e) {
            return -1;
        }
    }

    private void recordFailure(String reason) {
        try {
            database.useTransaction(c -> state.recordFailure(c, clock.instant(), reason));
        } catch (StoreException e) {
            LOG.error("could not record the sync failure ({}): {}", reason, e.getMessage());
        }
    }
}
