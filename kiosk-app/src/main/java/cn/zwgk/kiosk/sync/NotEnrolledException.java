package cn.zwgk.kiosk.sync;

/** The kiosk has no credential, or the server refused it (401): staff must enrol it (again). */
public class NotEnrolledException extends SyncTransportException {
    public NotEnrolledException(String message) {
        super(message);
    }
}
