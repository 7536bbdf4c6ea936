package cn.zwgk.bench;

import cn.zwgk.core.catalogue.CatalogueItem;
import cn.zwgk.core.catalogue.Domain;
import cn.zwgk.core.dataset.Dataset;
import cn.zwgk.core.demo.DemoDataGenerator;
import cn.zwgk.core.store.Database;
import cn.zwgk.kiosk.catalogue.CatalogueStore;
import cn.zwgk.kiosk.search.SearchIndexer;
import cn.zwgk.kiosk.search.SearchResults;
import cn.zwgk.kiosk.search.SearchService;
import cn.zwgk.kiosk.search.SearchStore;
import cn.zwgk.kiosk.system.KioskDatabase;
import com.ibm.icu.text.Transliterator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Search on a kiosk holding {@value #ITEMS} generated catalogue items (mixed 简/繁): index build time and
 * size, then {@value #QUERIES} realistic queries through {@link SearchService} (index, domain names,
 * highlighting: what a resident waits for, minus rendering) against the same queries as a Derby
 * {@code LIKE '%q%'} scan over name and record, side by side in one run.
 */
final class SearchBench implements BenchMain.Suite {
    private static final int ITEMS = 50_000;
    private static final int QUERIES = 200;
    private static final int WARM_UP_ROUNDS = 2;
    private static final String SITE = "110105001001";

    @Override
    public void run() throws Exception {
        Path dir = Files.createTempDirectory("bench-search");
        Dataset data = new DemoDataGenerator(DemoDataGenerator.DEFAULT_SEED).generate(ITEMS);
        try (Database db = KioskDatabase.open(dir.resolve("db"))) {
            load(db, data);
            SearchStore store = new SearchStore();
            try (SearchIndexer indexer = new SearchIndexer(dir.resolve("search-index"), db, store)) {
                long start = System.nanoTime();
                indexer.start();
                if (!indexer.awaitIdle(30, TimeUnit.MINUTES) || !indexer.isSearchable()) {
                    throw new IllegalStateException("index not built: " + indexer.state());
                }
                double buildSeconds = (System.nanoTime() - start) / 1e9;
                SearchService search = new SearchService(db, store, indexer, SITE, Clock.systemUTC(),
                        ZoneId.of("Asia/Shanghai"));
                List<String> queries = queries(data.items());

                int found = 0;
                for (int round = 0; round < WARM_UP_ROUNDS; round++) {
                    for (String q : queries) {
                        search.search(q);
                    }
                }
                List<Double> indexMs = new ArrayList<>();
                for (String q : queries) {
                    long t = System.nanoTime();
                    SearchResults results = search.search(q);
                    indexMs.add((System.nanoTime() - t) / 1e6);
                    found += results.hits().isEmpty() ? 0 : 1;
                }
                List<Double> likeMs = new ArrayList<>();
                for (String q : queries) {
                    long t = System.nanoTime();
                    db.inTransaction(c -> store.likeScan(c, q));
                    likeMs.add((System.nanoTime() - t) / 1e6);
                }
                double p95 = percentile(indexMs, 95);
                double likeP95 = percentile(likeMs, 95);
                BenchMain.report("search.items", data.items().size(), "items");
                BenchMain.report("search.queries", queries.size(), "queries");
                BenchMain.report("search.queries_with_hits", found, "queries");
                BenchMain.report("search.p50_ms", percentile(indexMs, 50), "ms");
                BenchMain.report("search.p95_ms", p95, "ms");
                BenchMain.report("search.like_p50_ms", percentile(likeMs, 50), "ms");
                BenchMain.report("search.like_p95_ms", likeP95, "ms");
                BenchMain.report("search.speedup_p95", likeP95 / p95, "x");
                BenchMain.report("search.index_build_seconds", buildSeconds, "s");
                BenchMain.report("search.index_mb", indexer.sizeOnDisk() / (1024.0 * 1024.0), "MB");
            }
        }
    }

    private static void load(Database db, Dataset data) {
        CatalogueStore catalogue = new CatalogueStore();
        db.useTransaction(c -> {
            for (Domain d : data.domains()) {
                catalogue.putDomain(c, d);
            }
        });
        List<CatalogueItem> items = data.items();
        for (int from = 0; from < items.size(); from += 1000) {
            List<CatalogueItem> batch = items.subList(from, Math.min(items.size(), from + 1000));
            db.useTransaction(c -> {
                for (CatalogueItem item : batch) {
                    catalogue.putItem(c, item);
                }
            });
        }
    }

    /**
     * A fixed mix, drawn with a fixed seed from the data: 40 exact names, 40 words of 2–4 characters in
     * 简体 and 30 in 繁體, 30 document or index numbers, 30 pinyin initials, 30 queries with no hits.
     */
    static List<String> queries(List<CatalogueItem> items) {
        Random random = new Random(42);
        Transliterator toTraditional = Transliterator.getInstance("Simplified-Traditional");
        Transliterator toLatin = Transliterator.getInstance("Traditional-Simplified; Han-Latin; Latin-ASCII");
        List<String> queries = new ArrayList<>();
        List<CatalogueItem> documents = items.stream().filter(i -> i.document() != null).toList();
        for (int i = 0; i < 40; i++) {
            queries.add(pick(items, random).name());
        }
        for (int i = 0; i < 70; i++) {
            String word = word(pick(items, random).name(), random);
            queries.add(i < 40 ? word : toTraditional.transliterate(word));
        }
        for (int i = 0; i < 30; i++) {
            CatalogueItem doc = pick(documents, random);
            String number = doc.document().documentNo();
            queries.add(number != null && !number.isBlank() && i % 2 == 0 ? number : doc.document().indexNo());
        }
        for (int i = 0; i < 30; i++) {
            String word = word(pick(items, random).name(), random);
            StringBuilder initials = new StringBuilder();
            for (String syllable : toLatin.transliterate(word).trim().split("\\s+")) {
                if (!syllable.isEmpty() && Character.isLetter(syllable.charAt(0))) {
                    initials.append(syllable.charAt(0));
                }
            }
            queries.add(initials.toString().toUpperCase(Locale.ROOT));
        }
        String[] none = {"宇宙飞船", "量子计算机维修", "火星移民登记", "恐龙化石鉴定", "深海潜水执照", "xqzj", "zzzzq",
                "北极熊领养", "时间旅行许可", "外星人接待"};
        for (int i = 0; i < 30; i++) {
            queries.add(none[i % none.length] + (i < none.length ? "" : String.valueOf(i)));
        }
        return queries;
    }

    private static <T> T pick(List<T> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }

    /** 2–4 consecutive Han characters from {@code name}. */
    private static String word(String name, Random random) {
        String han = name.replaceAll("[^\\p{IsHan}]", "");
        if (han.length() <= 2) {
            return han;
        }
        int length = 2 + random.nextInt(Math.min(3, han.length() - 1));
        int start = random.nextInt(han.length() - length + 1);
        return han.substring(start, start + length);
    }

    static double percentile(List<Double> values, int p) {
        List<Double> sorted = values.stream().sorted().toList();
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
