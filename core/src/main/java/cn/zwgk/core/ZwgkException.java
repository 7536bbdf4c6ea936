package cn.zwgk.core;

/** Root of every failure this system raises on purpose; subclasses are named by the failure. */
public class ZwgkException extends RuntimeException {
    public ZwgkException(String message) {
        super(message);
    }

    public ZwgkException(String message, Throwable cause) {
        super(message, cause);
    }
}
