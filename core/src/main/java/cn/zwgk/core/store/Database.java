package cn.zwgk.core.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A JDBC database reached by URL (embedded Derby on kiosks and small servers, PostgreSQL for
 * scale-out), with work done in transaction callbacks. Stores own the SQL; this class owns
 * connections, commit and rollback.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    @FunctionalInterface
    public interface VoidWork {
        void run(Connection connection) throws SQLException;
    }

    private final String url;
    private final String user;
    private final String password;
    private final HikariDataSource pool;

    public Database(String url, String user, String password) {
        this(url, user, password, 10);
    }

    /** A database with a pool of at most {@code maxConnections} (opening a connection per call costs more than a page). */
    public Database(String url, String user, String password, int maxConnections) {
        this.url = url;
        this.user = user;
        this.password = password;
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(maxConnections);
        config.setMinimumIdle(1);
        config.setAutoCommit(false);
        config.setPoolName("zwgk-" + Integer.toHexString(url.hashCode()));
        config.setInitializationFailTimeout(-1);
        this.pool = new HikariDataSource(config);
    }

    /** An embedded Derby database in {@code directory}, created when missing. */
    public static Database derby(java.nio.file.Path directory) {
        return new Database("jdbc:derby:" + directory.toAbsolutePath() + ";create=true", null, null);
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public boolean isDerby() {
        return url.startsWith("jdbc:derby:");
    }

    public Connection open() throws SQLException {
        return pool.getConnection();
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T inTransaction(Work<T> work) {
        try (Connection c = open()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollback(c, e);
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("database operation failed on " + describe() + ": " + e.getMessage(), e);
        }
    }

    public void useTransaction(VoidWork work) {
        inTransaction(c -> {
            work.run(c);
            return null;
        });
    }

    private static void rollback(Connection c, Exception cause) {
        try {
            c.rollback();
        } catch (SQLException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }

    /** For Derby, shuts the embedded database down cleanly (flushes and releases the lock on its files). */
    @Override
    public void close() {
        pool.close();
        if (!isDerby()) {
            return;
        }
        String base = url.substring(0, url.indexOf(';') < 0 ? url.length() : url.indexOf(';'));
        try {
            DriverManager.getConnection(base + ";shutdown=true").close();
        } catch (SQLException e) {
            // Derby reports a successful single-database shutdown as SQLState 08006.
            if (!"08006".equals(e.getSQLState())) {
                LOG.warn("Derby shutdown of {} reported {}", base, e.getMessage());
            }
        }
    }

    private String describe() {
        int semicolon = url.indexOf(';');
        return semicolon < 0 ? url : url.substring(0, semicolon);
    }
}
