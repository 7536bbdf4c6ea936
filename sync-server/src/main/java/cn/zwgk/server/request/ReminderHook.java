package cn.zwgk.server.request;

/**
 * Where the daily reminder goes besides the log, e.g. an e-mail to the desk's mailbox. No SMTP is built in:
 * a district plugs its own sender in here.
 */
@FunctionalInterface
public interface ReminderHook {
    void send(ReminderSummary summary);
}
