package cn.zwgk.kiosk.search;

/**
 * One search result row.
 *
 * @param target  what the row opens: a catalogue entry or a notice
 * @param id      the entry's or notice's id (the route parameter of its screen)
 * @param kind    for catalogue entries the {@link cn.zwgk.core.catalogue.ItemKind} name, for notices NOTICE
 * @param group   for catalogue entries the domain's name, for notices the category
 * @param title   the name with the matched parts marked
 * @param snippet a short piece of the content, body or document number, marked likewise (may be empty)
 */
public record SearchHit(Target target, String id, String kind, String group, Highlighted title, Highlighted snippet) {

    /** Which screen a result opens. */
    public enum Target { ITEM, NOTICE }
}
