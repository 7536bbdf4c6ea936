package cn.zwgk.core.demo;

import cn.zwgk.core.catalogue.CatalogueItem;
import cn.zwgk.core.catalogue.Domain;
import cn.zwgk.core.dataset.Dataset;
import cn.zwgk.core.notice.Notice;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates a realistic, reproducible demo {@link Dataset} for one fictional district (城东区): the 26
 * standard disclosure domains, a district → street → community site tree, a catalogue of items,
 * policy interpretations and hot questions composed from per-domain vocabulary, and residents'-affairs
 * notices for every site.
 *
 * <p>Everything, UUIDs and timestamps included, is drawn from a random stream seeded with the given
 * seed and from fixed base dates (never the clock), so the same seed and item count always give an
 * equal dataset. About 5% of the entries are in Traditional Chinese, about 2% carry a policy text of
 * several thousand characters and about 20% of the items are published documents with metadata.
 */
public final class DemoDataGenerator {
    public static final long DEFAULT_SEED = 20261123L;
    public static final int DEMO_ITEM_COUNT = 2400;
    /** The day {@link #generate(int)} places notices around (the data every benchmark and fixed test uses). */
    public static final java.time.LocalDate DEFAULT_TODAY = java.time.LocalDate.of(2026, 11, 23);

    /** Mixed into the seed for the notice stream, so notices do not shift when the catalogue changes. */
    private static final long NOTICE_SALT = 0x6E6F74696365L;

    private final long seed;

    public DemoDataGenerator(long seed) {
        this.seed = seed;
    }

    /**
     * Deterministic: same seed and count => equal Dataset (equals() on records), including UUIDs and
     * timestamps. Notices number {@code max(12, itemCount / 40)} per community (50 or more from 2,000
     * items on) plus a few per street and for the district; at least 60 in all.
     */
    public Dataset generate(int itemCount) {
        return generate(itemCount, DEFAULT_TODAY);
    }

    /**
     * As {@link #generate(int)}, with the notices' publicity periods placed around {@code today}: a demo or a test
     * run on any date finds notices over, in their 公示期 and to come, as on a real board.
     */
    public Dataset generate(int itemCount, java.time.LocalDate today) {
        if (itemCount < 0) {
            throw new IllegalArgumentException("itemCount must not be negative: " + itemCount);
        }
        List<CatalogueItem> items = new DemoCatalogue(new DemoRandom(seed)).generate(itemCount);
        List<Notice> notices = new DemoNotices(new DemoRandom(seed ^ NOTICE_SALT), today).generate(itemCount);
        return new Dataset(domains(), DemoNotices.SITES, items, notices);
    }

    private static List<Domain> domains() {
        List<Domain> domains = new ArrayList<>();
        for (var v : DemoVocabulary.DOMAINS) {
            domains.add(new Domain(v.code(), v.name(), domains.size() + 1));
        }
        return domains;
    }
}
