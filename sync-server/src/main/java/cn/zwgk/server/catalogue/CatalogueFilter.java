package cn.zwgk.server.catalogue;

import cn.zwgk.core.catalogue.AdministrativeLevel;
import cn.zwgk.core.catalogue.CatalogueItem;
import java.util.function.Predicate;

/**
 * What the catalogue list shows: a domain, a responsible body (department), words in the name or content and a
 * 公开层级 the item is published at (among others); each may be blank/null for "any".
 */
public record CatalogueFilter(String domainCode, String department, String text, AdministrativeLevel level)
        implements Predicate<CatalogueItem> {

    public CatalogueFilter(String domainCode, String department, String text) {
        this(domainCode, department, text, null);
    }

    @Override
    public boolean test(CatalogueItem i) {
        return (blank(domainCode) || domainCode.equals(i.domainCode()))
                && (blank(department) || contains(i.responsibleBody(), department))
                && (level == null || i.levels().contains(level))
                && (blank(text) || contains(i.name(), text) || contains(i.level1(), text) || contains(i.content(), text));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static boolean contains(String haystack, String needle) {
        return haystack != null && haystack.contains(needle.strip());
    }
}
