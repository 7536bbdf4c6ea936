package cn.zwgk.core.validation;

/**
 * One thing wrong with a record.
 *
 * @param field   the record component, dotted for nested ones ({@code document.indexNo})
 * @param label   the field's name as staff know it (Chinese)
 * @param problem what is wrong, in Chinese
 */
public record Violation(String field, String label, String problem) {

    /** e.g. {@code 「事项名称」(name)：不能为空}. */
    public String message() {
        return "「" + label + "」(" + field + ")：" + problem;
    }
}
