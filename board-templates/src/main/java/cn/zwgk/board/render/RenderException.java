package cn.zwgk.board.render;

import cn.zwgk.core.ZwgkException;

/** A notice could not be rendered; the message says why in Chinese first, fit for a staff screen. */
public class RenderException extends ZwgkException {
    public RenderException(String message) {
        super(message);
    }

    public RenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
