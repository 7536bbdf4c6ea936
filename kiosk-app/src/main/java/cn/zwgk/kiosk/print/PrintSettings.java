package cn.zwgk.kiosk.print;

/**
 * Where printed disclosure lists go, resolved once: system property, then environment, then default.
 * The CJK font is found by {@link cn.zwgk.board.print.CjkFontFile} ({@code zwgk.print.font} /
 * {@code ZWGK_PRINT_FONT}, else Debian's fonts-wqy-zenhei).
 *
 * @param printer    the CUPS queue ({@code zwgk.kiosk.printer} / {@code ZWGK_KIOSK_PRINTER}); blank: no printer,
 *                   lists are offered as a PDF download
 * @param lpCommand  the CUPS client command ({@code zwgk.kiosk.lp} / {@code ZWGK_KIOSK_LP}, default {@code lp})
 */
public record PrintSettings(String printer, String lpCommand) {

    public PrintSettings {
        printer = printer == null ? "" : printer.strip();
        lpCommand = lpCommand == null || lpCommand.isBlank() ? "lp" : lpCommand.strip();
    }

    public static PrintSettings resolve() {
        return new PrintSettings(value("zwgk.kiosk.printer", "ZWGK_KIOSK_PRINTER"), value("zwgk.kiosk.lp", "ZWGK_KIOSK_LP"));
    }

    public boolean hasPrinter() {
        return !printer.isEmpty();
    }

    private static String value(String property, String env) {
        return System.getProperty(property, System.getenv(env));
    }
}
