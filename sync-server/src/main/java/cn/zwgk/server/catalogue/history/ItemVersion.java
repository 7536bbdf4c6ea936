package cn.zwgk.server.catalogue.history;

import cn.zwgk.core.catalogue.CatalogueItem;
import java.time.Instant;

/**
 * One version of a catalogue item as it was written.
 *
 * @param author  the staff username who made it
 * @param source  where it came from, e.g. "导入：社会保险.xlsx" or "控制台编辑"
 * @param item    the item as written (for a retirement: as it was when retired)
 */
public record ItemVersion(ChangeKind kind, String author, Instant at, String source, CatalogueItem item) {
}
