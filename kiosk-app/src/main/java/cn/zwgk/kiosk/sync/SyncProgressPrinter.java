package cn.zwgk.kiosk.sync;

import cn.zwgk.core.sync.ChangePage;
import java.io.PrintStream;

/** Prints one line per committed page, for {@code --sync-once} run by an installer: the operator sees it move. */
public final class SyncProgressPrinter implements PageListener {
    private final PrintStream out;
    private int pages;
    private long changes;

    public SyncProgressPrinter(PrintStream out) {
        this.out = out;
    }

    @Override
    public void pageCommitted(ChangePage page) {
        pages++;
        changes += page.changes().size();
        out.println("已接收 第 " + pages + " 页，共 " + changes + " 条变更… (page " + pages + ", " + changes + " changes)");
        out.flush();
    }

    @Override
    public void storeReplaced() {
        out.println("已接收完整数据快照… (snapshot applied)");
        out.flush();
    }
}
