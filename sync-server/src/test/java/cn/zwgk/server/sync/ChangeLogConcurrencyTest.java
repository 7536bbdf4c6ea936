package cn.zwgk.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.core.catalogue.Domain;
import cn.zwgk.core.store.Database;
import cn.zwgk.core.sync.Change;
import cn.zwgk.core.sync.ChangeOp;
import cn.zwgk.core.sync.ChangePage;
import cn.zwgk.core.sync.RecordType;
import cn.zwgk.core.sync.SyncJson;
import cn.zwgk.server.TestDatabases;
import cn.zwgk.server.TestDatabases.Engine;
import cn.zwgk.server.site.SiteStore;
import cn.zwgk.server.system.CentralDatabase;
import cn.zwgk.server.system.ServerConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Several writers append to the change log at once — on PostgreSQL through two separate pools, as two
 * server nodes would — and hold their transactions open for a while after appending, while a reader
 * follows the log page by page like a kiosk. The reader must see every committed seq exactly once: a seq
 * that commits after a higher one was read would be skipped for ever.
 */
class ChangeLogConcurrencyTest {
    private static final int WRITERS = 4;
    private static final int TRANSACTIONS_PER_WRITER = 25;

    @TempDir
    Path dir;
    ServerConfig config;
    List<Database> nodes = new ArrayList<>();

    @AfterEach
    void close() {
        nodes.forEach(Database::close);
        if (config != null) {
            TestDatabases.dropSchema(config);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aReaderFollowingTheLogNeverSkipsASeqWhileWritersCommitConcurrently(Engine engine) throws Exception {
        config = TestDatabases.config(engine, dir);
        Database nodeA = CentralDatabase.open(config);
        nodes.add(nodeA);
        // Derby is embedded: one process, one pool. PostgreSQL: a second pool is a second server node.
        Database nodeB = engine == Engine.DERBY ? nodeA : new Database(config.jdbcUrl(), config.jdbcUser(), null);
        if (nodeB != nodeA) {
            nodes.add(nodeB);
        }
        ChangeLogStore log = new ChangeLogStore(Clock.systemUTC());
        ChangeFeed feed = new ChangeFeed(nodeA, log, new SiteStore(), Clock.systemUTC());

        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            Database node = w % 2 == 0 ? nodeA : nodeB;
            Random random = new Random(w);
            int writer = w;
            writers.add(pool.submit(() -> {
                for (int t = 0; t < TRANSACTIONS_PER_WRITER; t++) {
                    int size = 1 + random.nextInt(3);
                    int tx = t;
                    node.useTransaction(c -> {
                        List<LogEntry> entries = new ArrayList<>();
                        for (int i = 0; i < size; i++) {
                            String code = "w" + writer + "-" + tx + "-" + i;
                            entries.add(new LogEntry(RecordType.DOMAIN, code, ChangeOp.UPSERT, null,
                                    SyncJson.write(new Domain(code, "领域", 1))));
                        }
                        log.append(c, entries);
                        sleep(random.nextInt(15)); // commit late: a naive reader would step over this seq
                    });
                }
                return null;
            }));
        }
        Future<List<Long>> reader = pool.submit(() -> {
            List<Long> seen = new ArrayList<>();
            long since = 0;
            for (int rounds = 0; rounds < 100_000; rounds++) {
                boolean finalRound = !writing.get();
                ChangePage page = feed.pageSince(since, 7);
                page.requireContinues(since);
                page.changes().stream().map(Change::seq).forEach(seen::add);
                since = page.until();
                if (finalRound && !page.hasMore()) {
                    break;
                }
            }
            return seen;
        });
        for (Future<?> w : writers) {
            w.get(120, TimeUnit.SECONDS);
        }
        writing.set(false);
        List<Long> seen = reader.get(120, TimeUnit.SECONDS);
        pool.shutdown();

        long total = TestDatabases.count(nodeA, "change_log");
        assertThat(total).isGreaterThanOrEqualTo(WRITERS * TRANSACTIONS_PER_WRITER);
        assertThat(seen).as("every seq once, in order, none skipped")
                .containsExactlyElementsOf(LongStream.rangeClosed(1, total).boxed().toList());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
