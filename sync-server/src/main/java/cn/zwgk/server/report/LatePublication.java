package cn.zwgk.server.report;

import java.time.LocalDate;

/**
 * A document published after its deadline.
 *
 * @param due              the 20th working day after it was formed
 * @param dueProvisional   counted over a year without an official calendar (Monday to Friday): 暂定
 * @param workingDaysLate  working days from the due date to the publication
 */
public record LatePublication(String department, String itemId, String name, String indexNo, LocalDate formed,
        LocalDate published, LocalDate due, boolean dueProvisional, int workingDaysLate) {

    /** The due date as printed: {@code 2027-01-29（暂定）} when provisional. */
    public String dueText() {
        return due + (dueProvisional ? "（暂定）" : "");
    }
}
