package cn.zwgk.server;

import cn.zwgk.core.calendar.CalendarBook;
import cn.zwgk.core.request.Deadlines;
import cn.zwgk.core.store.Database;
import cn.zwgk.core.sync.SyncJson;
import cn.zwgk.server.calendar.CalendarService;
import cn.zwgk.server.system.CentralDatabase;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code sync-server due-date --data DIR --received 2026-12-20 [--json]}: the reply deadline of a request received
 * that day, on the calendars this installation holds. With {@code --json} exactly
 * {@code {"received":"…","dueDate":"…","provisional":true|false,"officialYears":[2025,2026,…]}} (scripts rely on it).
 */
@Command(name = "due-date", description = "答复期限计算: the reply deadline of a request received on a given day")
final class DueDateCommand implements Callable<Integer> {
    @CommandLine.Mixin
    ServerMain.StoreOptions store;

    @Option(names = "--received", required = true, paramLabel = "YYYY-MM-DD", description = "the legal receipt date")
    String received;

    @Option(names = "--json", description = "print one JSON object instead of text")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        LocalDate day;
        try {
            day = LocalDate.parse(received.strip());
        } catch (DateTimeParseException e) {
            spec.commandLine().getErr().println("--received 「" + received + "」不是日期，请写成 2026-12-20 的形式");
            return 2;
        }
        CalendarBook book;
        try (Database database = CentralDatabase.open(store.offline())) {
            book = CalendarService.create(database, cn.zwgk.core.time.AppClock.fromSystemProperty(), (c, s) -> 0).book();
        } catch (RuntimeException e) {
            spec.commandLine().getErr().println("无法打开数据库（服务运行时内置 Derby 被占用，请在控制台「答复期限计算」中查询）：" + e.getMessage());
            return 2;
        }
        Deadlines d = Deadlines.of(day, book);
        spec.commandLine().getOut().println(json ? json(d) : text(d, book));
        spec.commandLine().getOut().flush();
        return 0;
    }

    static String json(Deadlines d) {
        ObjectNode out = SyncJson.mapper().createObjectNode();
        out.put("received", d.received().toString());
        out.put("dueDate", d.reply().date().toString());
        out.put("provisional", d.reply().provisional());
        var years = out.putArray("officialYears");
        d.officialYears().forEach(years::add);
        return SyncJson.write(out);
    }

    static String text(Deadlines d, CalendarBook book) {
        String missing = d.missingYears(book).stream().map(String::valueOf).collect(Collectors.joining("、"));
        return "收到日期：" + d.received() + "\n"
                + "答复期限（20 个工作日）：" + d.reply().text() + "\n"
                + "延期后（再 20 个工作日）：" + d.extended().text() + "\n"
                + "补正告知最迟：" + d.correctionNotice().text() + "\n"
                + "第三方答复最迟（当天征求意见）：" + d.thirdParty().text() + "\n"
                + "已录入工作日历的年份：" + d.officialYears().stream().map(String::valueOf).collect(Collectors.joining("、"))
                + (missing.isEmpty() ? "" : "\n暂定：" + missing + " 年的工作日历尚未录入，按周一至周五计算；录入后以新结果为准");
    }
}
