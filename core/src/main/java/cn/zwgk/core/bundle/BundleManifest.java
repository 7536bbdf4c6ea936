package cn.zwgk.core.bundle;

import java.time.Instant;
import java.util.List;

/**
 * What a bundle file holds, written first in the file and signed like a page. A bundle carries the same
 * signed pages an online kiosk of {@code scope} would have fetched after {@code since}, byte for byte, so
 * the kiosk checks them exactly as it checks online pages.
 *
 * @param formatVersion {@link #FORMAT_VERSION}
 * @param scope         the site the pages were built for; a kiosk of another site refuses the bundle
 * @param since         the checkpoint the first page continues from (0 for a snapshot, see {@code reset})
 * @param until         the checkpoint after the last page
 * @param reset         the first page starts a snapshot: the bundle replaces everything the kiosk holds
 * @param createdAt     when the server wrote it
 * @param keyId         the central key that signed the manifest and the pages
 * @param pages         in order; each continues from the one before
 * @param attachments   files the bundle's notices refer to, by SHA-256
 */
public record BundleManifest(int formatVersion, String scope, long since, long until, boolean reset,
        Instant createdAt, String keyId, List<PageEntry> pages, List<AttachmentEntry> attachments) {

    public static final int FORMAT_VERSION = 1;

    public BundleManifest {
        pages = pages == null ? List.of() : List.copyOf(pages);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** Changes in the whole bundle. */
    public long changeCount() {
        return pages.stream().mapToLong(PageEntry::changes).sum();
    }

    /**
     * One page: the zip entries {@code pages/<name>.json} (its exact bytes) and {@code pages/<name>.sig}.
     *
     * @param sha256 of the page bytes (a damaged page is named before its signature is even checked)
     */
    public record PageEntry(String name, long since, long until, int changes, long size, String sha256) {
    }

    /** One attachment: the zip entry {@code attachments/<sha256>}. */
    public record AttachmentEntry(String sha256, long size) {
    }
}
