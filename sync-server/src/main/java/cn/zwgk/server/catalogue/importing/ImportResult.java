package cn.zwgk.server.catalogue.importing;

/**
 * What a confirmed import wrote.
 *
 * @param latestSeq the change log's head after the import (kiosks at this checkpoint have it)
 */
public record ImportResult(int created, int changed, int retired, int rejected, boolean urgent, long latestSeq) {
}
