package cn.zwgk.kiosk.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zwgk.board.print.PrintException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CUPS hand-off as {@code lp} sees it. No CUPS daemon runs on a build machine, so a small script stands
 * in for {@code lp}: it takes the same arguments, keeps what arrives on standard input and answers as lp does.
 */
class LpPrinterTest {
    @TempDir
    Path dir;

    private Path fakeLp(String body) throws Exception {
        Path script = dir.resolve("lp");
        Files.writeString(script, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }

    @Test
    void thePdfGoesToTheConfiguredQueueOnStandardInputAndTheJobIdComesBack() throws Exception {
        Path received = dir.resolve("received.pdf");
        Path args = dir.resolve("args.txt");
        Path lp = fakeLp("echo \"$@\" > " + args + "\ncat > " + received
                + "\necho 'request id is hall-printer-42 (1 file(s))'");
        byte[] pdf = "%PDF-1.7 test".getBytes();

        String job = new LpPrinter(new PrintSettings("hall-printer", lp.toString())).print(pdf, "社会保险领域公开事项清单");

        assertThat(job).isEqualTo("hall-printer-42");
        assertThat(Files.readAllBytes(received)).isEqualTo(pdf);
        assertThat(Files.readString(args)).contains("-d hall-printer", "-t 社会保险领域公开事项清单", "media=A4");
    }

    @Test
    void aRefusedJobSaysSoInChineseWithWhatToCheck() throws Exception {
        Path lp = fakeLp("cat > /dev/null\necho 'lp: The printer or class does not exist.'\nexit 1");

        assertThatThrownBy(() -> new LpPrinter(new PrintSettings("nope", lp.toString())).print(new byte[10], "t"))
                .isInstanceOf(PrintException.class)
                .hasMessageContaining("打印机「nope」没有接受打印任务")
                .hasMessageContaining("does not exist")
                .hasMessageContaining("下载 PDF");
    }

    @Test
    void aMissingLpCommandIsExplained() {
        assertThatThrownBy(() -> new LpPrinter(new PrintSettings("p", dir.resolve("no-lp").toString()))
                .print(new byte[10], "t"))
                .isInstanceOf(PrintException.class).hasMessageContaining("无法调用打印命令");
    }
}
