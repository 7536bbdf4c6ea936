package cn.zwgk.kiosk.print;

import cn.zwgk.board.print.PrintException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sends a PDF to a CUPS queue with {@code lp} (the PDF on standard input), and returns the job id. */
final class LpPrinter {
    static final long TIMEOUT_SECONDS = 60;
    private static final Pattern JOB = Pattern.compile("request id is (\\S+)");

    private final PrintSettings settings;

    LpPrinter(PrintSettings settings) {
        this.settings = settings;
    }

    String print(byte[] pdf, String title) {
        List<String> command = List.of(settings.lpCommand(), "-d", settings.printer(), "-t", title, "-o", "media=A4", "-");
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new PrintException("无法调用打印命令 " + settings.lpCommand() + "（未安装 CUPS 客户端？）。请联系管理员，"
                    + "或先下载 PDF 用其他电脑打印。 Could not run " + settings.lpCommand() + ": " + e.getMessage(), e);
        }
        try (OutputStream in = p.getOutputStream()) {
            in.write(pdf);
        } catch (IOException e) {
            p.destroyForcibly();
            throw new PrintException("打印任务没有送达打印服务。 lp closed its input: " + e.getMessage(), e);
        }
        try {
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new PrintException("打印服务 " + TIMEOUT_SECONDS + " 秒内没有响应，请检查打印机后重试。");
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (p.exitValue() != 0) {
                throw new PrintException("打印机「" + settings.printer() + "」没有接受打印任务：" + out
                        + "。请检查打印机是否开机、联网、有纸，或先下载 PDF。");
            }
            Matcher m = JOB.matcher(out);
            return m.find() ? m.group(1) : out;
        } catch (IOException e) {
            throw new PrintException("读取打印服务的回复失败：" + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            throw new PrintException("打印被中断。", e);
        }
    }
}
