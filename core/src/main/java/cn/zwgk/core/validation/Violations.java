package cn.zwgk.core.validation;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/** Collects the violations of one record; each check names the field it looked at. */
public final class Violations {
    private final List<Violation> list = new ArrayList<>();

    public Violations add(String field, String label, String problem) {
        list.add(new Violation(field, label, problem));
        return this;
    }

    public Violations addAll(Violations other) {
        list.addAll(other.list);
        return this;
    }

    public Violations require(String field, String label, String value) {
        if (value == null || value.isBlank()) {
            add(field, label, "不能为空");
        }
        return this;
    }

    public Violations requireValue(String field, String label, Object value) {
        if (value == null) {
            add(field, label, "必须填写");
        }
        return this;
    }

    public Violations maxLength(String field, String label, String value, int max) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            add(field, label, "不能超过 " + max + " 个字符");
        }
        return this;
    }

    public Violations matches(String field, String label, String value, String regex, String problem) {
        if (value != null && !Pattern.matches(regex, value)) {
            add(field, label, problem);
        }
        return this;
    }

    public Violations requireUuid(String field, String label, String value) {
        if (value == null || value.isBlank()) {
            return add(field, label, "不能为空");
        }
        try {
            UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            add(field, label, "不是有效的 UUID：" + value);
        }
        return this;
    }

    /** Accepts null/blank (no URL); otherwise an absolute http(s) URL. */
    public Violations url(String field, String label, String value) {
        if (value == null || value.isBlank()) {
            return this;
        }
        try {
            URI uri = new URI(value);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                add(field, label, "必须是以 http:// 或 https:// 开头的完整网址");
            }
        } catch (URISyntaxException e) {
            add(field, label, "不是有效的网址：" + value);
        }
        return this;
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public List<Violation> list() {
        return List.copyOf(list);
    }

    /** Throws {@link ValidationException} naming {@code what} when anything was found. */
    public void throwIfAny(String what) {
        if (!list.isEmpty()) {
            throw new ValidationException(what, list);
        }
    }
}
