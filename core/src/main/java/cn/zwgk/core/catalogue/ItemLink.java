package cn.zwgk.core.catalogue;

/**
 * A link from an item to a related catalogue entry: its policy interpretation (解读) or a
 * hot-question answer (热点问答). The target is another catalogue entry, by id.
 */
public record ItemLink(ItemKind kind, String targetId) {
}
