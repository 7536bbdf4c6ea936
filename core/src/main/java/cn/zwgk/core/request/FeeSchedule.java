package cn.zwgk.core.request;

/**
 * 信息处理费 under 国办函〔2020〕109号《政府信息公开信息处理费管理办法》: charged only when a request clearly exceeds a
 * reasonable volume, by one scale per request, never both. Each band charges only the part within it.
 * <ul>
 * <li>By item (按件): an applicant's items in one calendar month — 1–10 free, 11–30 ¥100 each, then bands of 10 items,
 *     each band ¥100 per item more than the one before (31–40 ¥200, 41–50 ¥300, …).</li>
 * <li>By volume (按量): pages of one request — 1–30 free, 31–100 ¥10 each, 101–200 ¥20 each, over 200 ¥40 each.</li>
 * </ul>
 */
public final class FeeSchedule {
    private FeeSchedule() {
    }

    /**
     * The fee, in yuan, for {@code items} more items from an applicant who has already requested {@code earlierItems}
     * items this calendar month.
     */
    public static int byItem(int earlierItems, int items) {
        requireNotNegative(earlierItems, items);
        int fee = 0;
        for (int n = earlierItems + 1; n <= earlierItems + items; n++) {
            fee += perItem(n);
        }
        return fee;
    }

    /** The fee of the n-th item of the month. */
    static int perItem(int n) {
        if (n <= 10) {
            return 0;
        }
        if (n <= 30) {
            return 100;
        }
        return 100 * (2 + (n - 31) / 10);
    }

    /** The fee, in yuan, for a request of {@code pages} pages. */
    public static int byVolume(int pages) {
        requireNotNegative(pages, 0);
        return 10 * band(pages, 30, 100) + 20 * band(pages, 100, 200) + 40 * Math.max(0, pages - 200);
    }

    private static int band(int pages, int above, int upTo) {
        return Math.max(0, Math.min(pages, upTo) - above);
    }

    private static void requireNotNegative(int a, int b) {
        if (a < 0 || b < 0) {
            throw new IllegalArgumentException("件数、页数不能为负数");
        }
    }
}
