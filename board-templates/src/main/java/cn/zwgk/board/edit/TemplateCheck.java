package cn.zwgk.board.edit;

import cn.zwgk.board.render.Medium;
import cn.zwgk.board.render.NoticeHtml;
import cn.zwgk.board.render.NoticeRenderer;
import cn.zwgk.board.render.Paper;
import cn.zwgk.board.render.RenderException;
import cn.zwgk.board.render.TemplateSource;
import cn.zwgk.core.notice.NoticeTemplate;
import cn.zwgk.core.notice.TemplateField;
import cn.zwgk.core.validation.Violations;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.template.Template;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a new template version must satisfy before the central office publishes it to every kiosk: valid
 * metadata, markup that parses, HTML auto-escaping left on (no {@code ?no_esc}, {@code <#noautoesc>},
 * {@code <#outputformat>}, {@code <#ftl …>} header, {@code ?interpret}/{@code ?eval}, {@code ?new}/{@code ?api}),
 * includes only of the shared built-in parts, every field it refers to declared and every declared field
 * shown, and a render with sample data that succeeds for the 16:9 screen page and the A4 PDF.
 *
 * <p>The renderer's configuration already refuses {@code ?new} and {@code ?api} at run time; refusing them
 * here too names the problem to the person publishing instead of failing on a board.
 */
public final class TemplateCheck {
    /** Field types the renderer and editors understand. */
    public static final Set<String> FIELD_TYPES = Set.of("text", "multiline", "list", "ledger");
    private static final List<Forbidden> FORBIDDEN = List.of(
            // FreeMarker takes every built-in in snake_case and camelCase: ?no_esc and ?noEsc, ?eval_json and ?evalJson
            new Forbidden("\\?\\s*no_?esc\\b", "不能使用 ?no_esc / ?noEsc（会关闭转义，工作人员输入的 HTML 将被当作网页代码执行）"),
            new Forbidden("[<\\[]#\\s*no_?auto_?esc", "不能使用 <#noautoesc>（会关闭自动转义）"),
            new Forbidden("[<\\[]#\\s*output_?format", "不能使用 <#outputformat>（会改变输出格式、关闭 HTML 转义）"),
            new Forbidden("[<\\[]#\\s*ftl\\b", "不能使用 <#ftl …> 模板头（输出格式和自动转义由系统固定）"),
            new Forbidden("\\?\\s*(interpret|eval|eval_?json)\\b", "不能使用 ?interpret 或 ?eval（会把文字当作模板代码执行）"),
            new Forbidden("\\?\\s*(new|api)\\b", "不能使用 ?new 或 ?api（模板不能调用 Java）"),
            new Forbidden("[<\\[]#\\s*(setting|visit|recurse)\\b", "不能使用 <#setting>、<#visit>、<#recurse>"),
            // the boards and kiosks show notices inside their own pages: a template carries layout, never code
            new Forbidden("<\\s*/?\\s*(script|style|iframe|frame|frameset|object|embed|applet|form|base|meta|link|svg|math|template)\\b",
                    "不能包含脚本、样式表、框架、表单或外部资源标签（样式由系统样式表统一提供）"),
            // inside a tag an attribute starts after a space, a slash or a quote: <img src=x/onerror=…> has no space
            new Forbidden("<[^>]*[\\s/\"']on[a-z]+\\s*=", "不能包含事件属性（on…=）"));
    /** Schemes a browser runs; looked for after entities are decoded and blanks removed ({@code &#106;ava script:}). */
    private static final Pattern SCRIPT_SCHEME = Pattern.compile("(javascript|vbscript|livescript):", Pattern.CASE_INSENSITIVE);
    private static final Pattern INCLUDE = Pattern.compile("[<\\[]#\\s*(include|import)\\s+\"([^\"]*)\"");
    private static final Pattern SHARED_PART = Pattern.compile("/?_[a-z0-9-]+\\.ftlh");
    private static final Pattern FIELD_REF = Pattern.compile(
            "fields\\s*\\.\\s*([A-Za-z0-9_]+)|fields\\s*\\[\\s*\"([^\"]+)\"\\s*]");
    /** The shared macros' {@code name="…"}: they show nothing for a field that is absent, so it may be an alias. */
    private static final Pattern MACRO_FIELD = Pattern.compile("\\bname\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern EXCEPT_LIST = Pattern.compile("except\\s*=\\s*\\[([^\\]]*)]");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");

    private record Forbidden(Pattern pattern, String reason) {
        Forbidden(String regex, String reason) {
            this(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), reason);
        }
    }

    private TemplateCheck() {
    }

    /**
     * The problems of {@code candidate} (empty when it may be published), rendered beside {@code known}
     * (the versions in force, so a candidate is checked exactly as kiosks will render it).
     */
    public static Violations check(NoticeTemplate candidate, Collection<NoticeTemplate> known) {
        Violations v = metadata(candidate);
        String markup = candidate.markup();
        if (markup == null || markup.isBlank()) {
            return v.add("markup", "模板内容", "不能为空");
        }
        FORBIDDEN.stream().filter(f -> f.pattern().matcher(markup).find())
                .forEach(f -> v.add("markup", "模板内容", f.reason()));
        if (SCRIPT_SCHEME.matcher(decoded(markup)).find()) {
            v.add("markup", "模板内容", "不能包含 javascript: 等脚本链接（包括用 &#106; 之类字符实体写的）");
        }
        Matcher include = INCLUDE.matcher(markup);
        while (include.find()) {
            if (!SHARED_PART.matcher(include.group(2)).matches()) {
                v.add("markup", "模板内容", "只能引用系统自带的公共部分（如 /_notice.ftlh），不能引用“" + include.group(2) + "”");
            }
        }
        fieldReferences(candidate, v);
        if (!v.isEmpty()) {
            return v;
        }
        List<NoticeTemplate> all = new ArrayList<>(known);
        all.add(candidate);
        TemplateSource source = new TemplateSource(all);
        Template parsed;
        try {
            parsed = source.parse(candidate);
        } catch (ParseException e) {
            return v.add("markup", "模板内容", "第 " + e.getLineNumber() + " 行第 " + e.getColumnNumber() + " 列有语法错误："
                    + e.getEditorMessage());
        } catch (IOException e) {
            return v.add("markup", "模板内容", "无法读取：" + e.getMessage());
        }
        if (parsed.getOutputFormat() != HTMLOutputFormat.INSTANCE || !parsed.getAutoEscaping()) {
            return v.add("markup", "模板内容", "必须保持 HTML 输出格式和自动转义");
        }
        sampleRender(candidate, new NoticeRenderer(source), v);
        return v;
    }

    private static Violations metadata(NoticeTemplate t) {
        Violations v = t.validate();
        Set<String> names = new HashSet<>();
        for (TemplateField f : t.fields()) {
            String label = "字段 " + f.name();
            if (f.name() != null && !f.name().matches("[A-Za-z][A-Za-z0-9_]{0,39}")) {
                v.add("fields", label, "字段名只能由字母、数字和下划线组成，并以字母开头");
            }
            if (f.name() != null && !names.add(f.name())) {
                v.add("fields", label, "字段名重复");
            }
            if (!FIELD_TYPES.contains(f.type())) {
                v.add("fields", label, "类型“" + f.type() + "”无效，可用：" + String.join("、", FIELD_TYPES));
            }
            if (f.maxLength() < 1 || f.maxLength() > 20000) {
                v.add("fields", label, "最大长度须在 1 到 20000 之间");
            }
            v.require("fields", label + " 的显示名称", f.label());
        }
        return v;
    }

    /**
     * Every field the markup reads directly ({@code fields.x}) must be declared; every declared one must be shown
     * (read, named in a shared macro, or listed by {@code g.rest} unless excepted).
     */
    private static void fieldReferences(NoticeTemplate t, Violations v) {
        Set<String> declared = new LinkedHashSet<>();
        t.fields().forEach(f -> declared.add(f.name()));
        Set<String> referenced = new LinkedHashSet<>();
        Matcher m = FIELD_REF.matcher(t.markup());
        while (m.find()) {
            referenced.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        Set<String> shown = new HashSet<>(referenced);
        Matcher macro = MACRO_FIELD.matcher(t.markup());
        while (macro.find()) {
            shown.add(macro.group(1));
        }
        // g.rest lists every field not named in its except list (naming an undeclared one there is harmless)
        Set<String> excepted = new HashSet<>();
        Matcher except = EXCEPT_LIST.matcher(t.markup());
        while (except.find()) {
            Matcher q = QUOTED.matcher(except.group(1));
            while (q.find()) {
                excepted.add(q.group(1));
            }
        }
        for (String name : referenced) {
            if (!declared.contains(name)) {
                v.add("markup", "模板内容", "引用了未声明的字段“" + name + "”，请在字段说明中声明");
            }
        }
        boolean rest = t.markup().contains("@g.rest");
        for (String name : declared) {
            if (!shown.contains(name) && !(rest && !excepted.contains(name))) {
                v.add("fields", "字段 " + name, "已声明但模板中没有显示它（可用 <@g.field name=\"" + name + "\"/> 或 <@g.rest/>）");
            }
        }
    }

    /** The markup as a browser reads it: character entities decoded, blanks and control characters dropped. */
    static String decoded(String markup) {
        return org.jsoup.parser.Parser.unescapeEntities(markup, true).replaceAll("[\\s\\x00-\\x1f]", "");
    }

    private static void sampleRender(NoticeTemplate t, NoticeRenderer renderer, Violations v) {
        var sample = TemplateSample.notice(t);
        try {
            // what a template builds at run time (a tag or attribute name put together from pieces) shows up here
            for (Medium medium : Medium.values()) {
                if (!NoticeHtml.isClean(renderer.uncleanedArticle(sample, medium, null))) {
                    v.add("markup", "模板内容", "示例数据生成的网页含有不允许的标签或属性（只允许排版用的标签和 class，"
                            + "不允许脚本、样式、事件属性和外部链接）");
                    return;
                }
            }
        } catch (RenderException e) {
            v.add("markup", "模板内容", "示例数据无法生成 16:9 屏幕页面：" + e.getMessage());
            return;
        }
        try {
            if (renderer.screenPages(sample, null).isEmpty()) {
                v.add("markup", "模板内容", "示例数据在 16:9 屏幕上没有生成页面");
            }
        } catch (RenderException e) {
            v.add("markup", "模板内容", "示例数据无法生成 16:9 屏幕页面：" + e.getMessage());
            return;
        }
        try {
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            renderer.pdf(List.of(sample), Paper.A4, n -> null, pdf);
            if (pdf.size() == 0) {
                v.add("markup", "模板内容", "示例数据没有生成 A4 打印页");
            }
        } catch (RuntimeException e) {
            v.add("markup", "模板内容", "示例数据无法生成 A4 打印页：" + e.getMessage());
        }
    }
}
