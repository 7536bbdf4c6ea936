package cn.zwgk.board.render;

import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.TemplateExceptionHandler;
import java.util.Locale;

/**
 * The one FreeMarker setup for HTML, used by the notice templates and the server's own pages: the HTML output
 * format, so every {@code ${...}} is escaped in text and attributes; no way into Java ({@code new}, {@code ?api});
 * errors rethrown, not printed into the page.
 */
public final class HtmlTemplates {

    private HtmlTemplates() {
    }

    /** A configuration reading templates from {@code loader}. */
    public static Configuration configuration(TemplateLoader loader) {
        Configuration config = new Configuration(Configuration.VERSION_2_3_34);
        config.setOutputFormat(HTMLOutputFormat.INSTANCE);
        config.setRecognizeStandardFileExtensions(true);
        config.setDefaultEncoding("UTF-8");
        config.setLocale(Locale.ROOT);
        config.setNumberFormat("computer");
        config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        config.setAPIBuiltinEnabled(false);
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        config.setTemplateLoader(loader);
        return config;
    }
}
