package cn.zwgk.server.request;

import cn.zwgk.core.request.RequestState;

/**
 * What the desk's list shows. Null/zero fields do not filter.
 *
 * @param state          only requests in this state
 * @param dueWithinWorkingDays only open requests due within this many working days from today (overdue included)
 * @param overdueOnly    only open requests past their due date
 * @param department     only requests of this department
 * @param limit          at most this many (1–1000; 0 means 200)
 */
public record RequestFilter(RequestState state, int dueWithinWorkingDays, boolean overdueOnly, String department,
                            int limit) {

    public RequestFilter {
        department = department == null || department.isBlank() ? null : department.strip();
        limit = limit <= 0 ? 200 : Math.min(limit, 1000);
    }

    public static RequestFilter all() {
        return new RequestFilter(null, 0, false, null, 0);
    }

    public static RequestFilter dueWithin(int workingDays) {
        return new RequestFilter(null, workingDays, false, null, 0);
    }

    public static RequestFilter overdue() {
        return new RequestFilter(null, 0, true, null, 0);
    }
}
