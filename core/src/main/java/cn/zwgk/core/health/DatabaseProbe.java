package cn.zwgk.core.health;

import cn.zwgk.core.store.Database;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code database}: one trivial query ({@code VALUES 1} on Derby, {@code SELECT 1} elsewhere) within a short
 * timeout; no answer or an error is {@code fail}. Runs on its own daemon thread so that a pool waiting for a
 * connection cannot hold the health answer longer than the timeout.
 */
public final class DatabaseProbe implements HealthProbe {
    private static final ExecutorService WORKER = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "health-db");
        t.setDaemon(true);
        return t;
    });

    private final Database database;
    private final Duration timeout;

    public DatabaseProbe(Database database, Duration timeout) {
        this.database = database;
        this.timeout = timeout;
    }

    @Override
    public HealthCheck check() {
        long started = System.nanoTime();
        Future<Void> query = WORKER.submit(this::query);
        try {
            query.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return HealthCheck.ok("database", Map.of("millis", (System.nanoTime() - started) / 1_000_000));
        } catch (TimeoutException e) {
            query.cancel(true);
            return fail("no answer within " + timeout.toMillis() + " ms");
        } catch (ExecutionException e) {
            return fail(e.getCause() instanceof SQLException sql
                    ? "query failed (SQLState " + sql.getSQLState() + ")"
                    : "query failed (" + e.getCause().getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted");
        }
    }

    private Void query() throws SQLException {
        try (Connection c = database.open(); Statement s = c.createStatement()) {
            s.setQueryTimeout((int) Math.max(1, timeout.toSeconds()));
            s.executeQuery(database.isDerby() ? "VALUES 1" : "SELECT 1").close();
            c.rollback();
        }
        return null;
    }

    private static HealthCheck fail(String reason) {
        return new HealthCheck("database", HealthStatus.FAIL, Map.of("error", reason));
    }
}
