package cn.zwgk.server.metrics;

import cn.zwgk.core.sync.SyncPaths;
import java.util.Set;

/**
 * The endpoint label of a request path. Only known names become labels (an unknown path must not create a
 * new time series per typo or probe).
 */
final class Endpoints {
    static final Set<String> SYNC = Set.of("enrol", "changes", "urgent", "inventory", "uploads", "credential",
            "attachments", "bundles");

    private Endpoints() {
    }

    static String of(String path) {
        if (path == null) {
            return "other";
        }
        String prefix = SyncPaths.V1 + "/";
        if (path.startsWith(prefix)) {
            String rest = path.substring(prefix.length());
            int slash = rest.indexOf('/');
            String first = slash < 0 ? rest : rest.substring(0, slash);
            return SYNC.contains(first) ? first : "sync-other";
        }
        if (path.equals("/health") || path.equals("/metrics")) {
            return path.substring(1);
        }
        if (path.startsWith("/console")) {
            return "console";
        }
        return path.equals("/") ? "status" : "other";
    }
}
