package cn.zwgk.bench;

import java.util.List;
import java.util.Map;

/**
 * Benchmark launcher: {@code bench/run.sh [suite ...]}. Each suite prints one line per figure,
 * {@code BENCH <name> <value> <unit>}, so figures can be compared run after run.
 */
public final class BenchMain {
    private static final Map<String, Suite> SUITES = Map.of(
            "sync-initial", new SyncInitialBench(),
            "startup", new StartupBench(),
            "search", new SearchBench(),
            "sync", new SyncBench(),
            "requests", new RequestsBench(),
            "print", new PrintBench(),
            "import", new ImportBench(),
            "boards", new BoardsBench());

    /** One benchmark suite. */
    interface Suite {
        void run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        List<String> names = args.length == 0 ? List.of("sync-initial", "startup") : List.of(args);
        for (String name : names) {
            Suite suite = SUITES.get(name);
            if (suite == null) {
                System.err.println("unknown suite '" + name + "'; known: " + SUITES.keySet());
                System.exit(2);
            }
            System.out.println("# suite " + name);
            suite.run();
        }
    }

    static void report(String name, double value, String unit) {
        System.out.printf(java.util.Locale.ROOT, "BENCH %s %s %s%n", name,
                value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value)
                        : String.format(java.util.Locale.ROOT, "%.3f", value), unit);
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
