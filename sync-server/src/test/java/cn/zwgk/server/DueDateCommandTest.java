package cn.zwgk.server;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.core.calendar.WorkingCalendar;
import cn.zwgk.core.dataset.Dataset;
import cn.zwgk.server.system.ServerConfig;
import cn.zwgk.server.system.SyncServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sync-server due-date}: its --json answer is a contract for scripts outside the repo. */
class DueDateCommandTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        picocli.CommandLine cli = new picocli.CommandLine(new ServerMain());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return new Run(cli.execute(args), out.toString(), err.toString());
    }

    @Test
    void theJsonAnswerIsExactlyTheContractAndMovesWhenNextYearsCalendarIsEntered() {
        String data = dir.resolve("server").toString();
        Run provisional = run("due-date", "--data", data, "--received", "2026-12-20", "--json");
        assertThat(provisional.code()).as(provisional.err()).isZero();
        assertThat(provisional.out().strip()).isEqualTo(
                "{\"received\":\"2026-12-20\",\"dueDate\":\"2027-01-15\",\"provisional\":true,\"officialYears\":[2025,2026]}");

        // the office enters 2027 (New Year's Day off): the same question gets an official, later answer
        try (SyncServer server = SyncServer.create(ServerConfig.embedded("127.0.0.1", 0, dir.resolve("server")),
                cn.zwgk.core.time.AppClock.forTests())) {
            server.importer().importDataset(new Dataset(List.of(), List.of(), List.of(), List.of(), List.of(),
                    List.of(new WorkingCalendar(2027, List.of(LocalDate.parse("2027-01-01")), List.of(), 1))));
        }
        Run official = run("due-date", "--data", data, "--received", "2026-12-20", "--json");
        assertThat(official.out().strip()).isEqualTo(
                "{\"received\":\"2026-12-20\",\"dueDate\":\"2027-01-18\",\"provisional\":false,\"officialYears\":[2025,2026,2027]}");
    }

    @Test
    void theTextAnswerNamesEveryDeadlineAndWhatIsProvisionalAndABadDateIsRefusedInOneLine() {
        String data = dir.resolve("server").toString();
        Run text = run("due-date", "--data", data, "--received", "2026-12-20");
        assertThat(text.out()).contains("答复期限（20 个工作日）：2027-01-15（暂定）")
                .contains("补正告知最迟：2026-12-29\n")
                .contains("暂定：2027 年的工作日历尚未录入");
        Run bad = run("due-date", "--data", data, "--received", "20.12.2026");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err().strip()).isEqualTo("--received 「20.12.2026」不是日期，请写成 2026-12-20 的形式");
        assertThat(bad.out()).isEmpty();
    }
}
