package cn.zwgk.core.notice;

/**
 * A field a template asks staff to fill in.
 *
 * @param name      key in {@code Notice.fields()}
 * @param label     what staff see, e.g. 公示对象
 * @param type      text, multiline, date, money or list
 * @param required  whether publishing needs it
 * @param maxLength longest accepted value, in characters
 */
public record TemplateField(String name, String label, String type, boolean required, int maxLength) {
}
