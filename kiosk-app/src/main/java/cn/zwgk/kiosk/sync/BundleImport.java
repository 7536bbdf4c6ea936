package cn.zwgk.kiosk.sync;

import java.time.Instant;

/**
 * One bundle import as recorded (refused ones too): what staff see as "last bundle imported".
 *
 * @param source   USB or FTP
 * @param outcome  IMPORTED, NOTHING_NEW (everything in it was already here) or REFUSED
 * @param message  for staff, in Chinese
 */
public record BundleImport(Instant at, String source, String fileName, Outcome outcome, String scope, Long since,
        Long until, long changes, String message) {

    public enum Outcome { IMPORTED, NOTHING_NEW, REFUSED }

    public boolean ok() {
        return outcome != Outcome.REFUSED;
    }
}
