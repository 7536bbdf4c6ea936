package cn.zwgk.core.sync;

import java.time.Instant;
import java.util.Map;

/**
 * What a kiosk reports after every sync, so the console shows the truth about it.
 *
 * @param checkpoint       the last seq it applied (committed)
 * @param recordCounts     rows per record type in its store, e.g. {@code CATALOGUE_ITEM -> 2400}
 * @param appVersion       its kiosk-app version
 * @param freeDiskBytes    free space on its data volume
 * @param clockDriftMillis its clock minus the server's, measured on the last page (positive = kiosk ahead)
 * @param lastSuccessAt    when its last complete sync ended (its clock)
 * @param pendingUploads   records waiting in its outbox
 * @param lastError        the last sync error, null when the last sync succeeded
 */
public record InventoryReport(long checkpoint, Map<String, Long> recordCounts, String appVersion, long freeDiskBytes,
        long clockDriftMillis, Instant lastSuccessAt, int pendingUploads, String lastError) {

    public InventoryReport {
        recordCounts = recordCounts == null ? Map.of() : Map.copyOf(recordCounts);
    }
}
