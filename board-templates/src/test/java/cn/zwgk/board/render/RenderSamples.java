package cn.zwgk.board.render;

import cn.zwgk.core.notice.Notice;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes every sample notice as a screen document and as A4/A3 PDFs under target/samples, for people to look at. */
public final class RenderSamples {
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/samples");
        Files.createDirectories(out);
        NoticeRenderer r = NoticeRenderer.builtIn();
        List<Notice> all = new ArrayList<>(SampleNotices.all());
        all.add(SampleNotices.longList(40));
        for (Notice n : all) {
            String name = n.templateId() + (n.fields().getOrDefault("households", "").lines().count() > 10 ? "-long" : "");
            Files.writeString(out.resolve(name + ".html"), r.screenDocument(r.screenPages(n, "https://zwgk.example.gov.cn/n/" + n.id())));
        }
        for (Paper p : Paper.values()) {
            try (OutputStream o = Files.newOutputStream(out.resolve("all-" + p.name().toLowerCase() + ".pdf"))) {
                r.pdf(all, p, n -> "https://zwgk.example.gov.cn/n/" + n.id(), o);
            }
        }
    }
}
