package cn.zwgk.kiosk.request;

import cn.zwgk.core.store.Database;
import java.sql.PreparedStatement;

/**
 * The kiosk's tracking-code sequence after a restore. A backup holds the counter as it was that night; codes the
 * kiosk issued afterwards are already on residents' receipts and at the desk. Restored as it was, the counter
 * would hand out those codes again, so a restore moves it past every number the kiosk could have issued since.
 */
public final class RequestCounter {
    /** Far more requests than a kiosk takes between two backups; 1,000 restores fit in the code's 20 bits. */
    public static final long RESTORE_SKIP = 1000;

    private RequestCounter() {
    }

    public static void skipAheadAfterRestore(Database database) {
        database.useTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE request_counter SET next_seq = next_seq + ? WHERE id = 1")) {
                ps.setLong(1, RESTORE_SKIP);
                ps.executeUpdate();
            }
        });
    }
}
