package cn.zwgk.server.report;

import java.time.LocalDate;

/**
 * A document published after its deadline.
 *
 * @param due              the 20th working day after it was formed
 * @param workingDaysLate  working days from the due date to the publication
 */
public record LatePublication(String department, String itemId, String name, String indexNo, LocalDate formed,
        LocalDate published, LocalDate due, int workingDaysLate) {
}
