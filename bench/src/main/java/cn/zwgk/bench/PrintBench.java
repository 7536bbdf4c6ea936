package cn.zwgk.bench;

import cn.zwgk.board.print.DisclosureList;
import cn.zwgk.board.print.DisclosureListPdf;
import cn.zwgk.board.print.PrintProgress;
import cn.zwgk.core.catalogue.CatalogueItem;
import cn.zwgk.core.demo.DemoDataGenerator;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A printed disclosure list of {@value #ITEMS} generated items (mixed 简/繁, ~90% with a QR code): the
 * median of {@value #RUNS} runs after one warm-up, from items in memory to the saved PDF bytes (font
 * loading and subsetting included, as a hall-staff print does it). Target: ≤ 10 s.
 */
final class PrintBench implements BenchMain.Suite {
    private static final int ITEMS = 1_000;
    private static final int RUNS = 3;

    @Override
    public void run() {
        List<CatalogueItem> items = new DemoDataGenerator(DemoDataGenerator.DEFAULT_SEED).generate(ITEMS).items();
        DisclosureList list = new DisclosureList("基层政务公开事项清单", "城关街道便民服务中心", LocalDate.now(), 123_456,
                items);
        DisclosureListPdf pdf = DisclosureListPdf.withInstalledFont();
        print(pdf, list);
        List<Double> seconds = new ArrayList<>();
        int bytes = 0;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            bytes = print(pdf, list);
            seconds.add((System.nanoTime() - start) / 1e9);
        }
        BenchMain.report("print.items", items.size(), "items");
        BenchMain.report("print.seconds", BenchMain.median(seconds), "s");
        BenchMain.report("print.pdf_kb", Math.round(bytes / 1024.0), "KiB");
    }

    private static int print(DisclosureListPdf pdf, DisclosureList list) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.write(list, out, PrintProgress.NONE);
        return out.size();
    }
}
