package cn.zwgk.core.bundle;

/** Names inside a bundle file (a zip whose first entry is the manifest). */
final class BundleFormat {
    static final String MANIFEST = "manifest.json";
    static final String MANIFEST_SIGNATURE = "manifest.sig";
    static final String PAGES = "pages/";
    static final String ATTACHMENTS = "attachments/";
    /** No honest manifest or page comes near this; a bigger entry is refused before it is read. */
    static final long MAX_ENTRY_BYTES = 256L * 1024 * 1024;

    private BundleFormat() {
    }

    static String page(String name) {
        return PAGES + name + ".json";
    }

    static String pageSignature(String name) {
        return PAGES + name + ".sig";
    }

    static String attachment(String sha256) {
        return ATTACHMENTS + sha256;
    }
}
