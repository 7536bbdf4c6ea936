package cn.zwgk.bench;

import cn.zwgk.board.render.NoticeRenderer;
import cn.zwgk.board.render.Paper;
import cn.zwgk.core.demo.DemoDataGenerator;
import cn.zwgk.core.notice.Notice;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * {@code bench/run.sh boards}: 1,000 demo notices (all templates, realistic lists) rendered to 1920x1080
 * screen pages (target ≤ 10 s) and into one A4 PDF (target ≤ 30 s), after a short warm-up. Each notice
 * has its own online URL, so each needs its own QR code.
 */
final class BoardsBench implements BenchMain.Suite {
    static final int NOTICES = 1_000;

    @Override
    public void run() {
        List<Notice> notices = new DemoDataGenerator(DemoDataGenerator.DEFAULT_SEED).generate(10_000).notices()
                .stream().limit(NOTICES).toList();
        NoticeRenderer renderer = NoticeRenderer.builtIn();
        for (Notice n : notices.subList(0, 20)) {
            renderer.screenPages(n, url(n));
        }
        renderer.pdf(notices.subList(0, 5), Paper.A4, BoardsBench::url, new ByteArrayOutputStream());

        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long c0 = cpu.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        long pages = 0;
        for (Notice n : notices) {
            pages += renderer.screenPages(n, url(n)).size();
        }
        double renderSeconds = (System.nanoTime() - t0) / 1e9;
        double renderCpu = (cpu.getCurrentThreadCpuTime() - c0) / 1e9;

        long c1 = cpu.getCurrentThreadCpuTime();
        long t1 = System.nanoTime();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        renderer.pdf(notices, Paper.A4, BoardsBench::url, pdf);
        double pdfSeconds = (System.nanoTime() - t1) / 1e9;
        double pdfCpu = (cpu.getCurrentThreadCpuTime() - c1) / 1e9;

        BenchMain.report("boards.notices", notices.size(), "notices");
        BenchMain.report("boards.screen_pages", pages, "pages");
        BenchMain.report("boards.render_seconds", renderSeconds, "s");
        BenchMain.report("boards.pdf_seconds", pdfSeconds, "s");
        BenchMain.report("boards.pdf_bytes", pdf.size(), "bytes");
        // CPU time of the rendering thread: tells a busy machine from slow code
        BenchMain.report("boards.render_cpu_seconds", renderCpu, "s");
        BenchMain.report("boards.pdf_cpu_seconds", pdfCpu, "s");
    }

    private static String url(Notice n) {
        return "https://zwgk.example.gov.cn/notice/" + n.id();
    }
}
