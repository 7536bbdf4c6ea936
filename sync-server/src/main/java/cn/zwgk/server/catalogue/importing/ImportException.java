package cn.zwgk.server.catalogue.importing;

import cn.zwgk.core.ZwgkException;

/** A spreadsheet could not be imported at all (unreadable, no header, plan out of date); message in Chinese. */
public class ImportException extends ZwgkException {
    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
