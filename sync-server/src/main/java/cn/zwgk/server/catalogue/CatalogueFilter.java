package cn.zwgk.server.catalogue;

import cn.zwgk.core.catalogue.CatalogueItem;
import java.util.function.Predicate;

/**
 * What the catalogue list shows: a domain, a responsible body (department) and words in the name or content;
 * each may be blank for "any".
 */
public record CatalogueFilter(String domainCode, String department, String text) implements Predicate<CatalogueItem> {

    @Override
    public boolean test(CatalogueItem i) {
        return (blank(domainCode) || domainCode.equals(i.domainCode()))
                && (blank(department) || contains(i.responsibleBody(), department))
                && (blank(text) || contains(i.name(), text) || contains(i.level1(), text) || contains(i.content(), text));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static boolean contains(String haystack, String needle) {
        return haystack != null && haystack.contains(needle.strip());
    }
}
