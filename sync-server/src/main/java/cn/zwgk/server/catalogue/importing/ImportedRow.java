package cn.zwgk.server.catalogue.importing;

import cn.zwgk.core.catalogue.AdministrativeLevel;
import cn.zwgk.core.catalogue.Audience;
import cn.zwgk.core.catalogue.DisclosureMethod;
import java.util.List;
import java.util.Set;

/** One data row read as catalogue fields (text as typed, spaces tidied); {@code url} null when the file has none. */
record ImportedRow(int rowNumber, String domainCode, int serialNo, String level1, String name, String content,
        String basis, String timeLimit, String body, List<String> channels, Audience audience,
        DisclosureMethod method, Set<AdministrativeLevel> levels, String url) {

    /** The identity used to find the existing item: domain, 一级事项 and 二级事项 in either script. */
    String matchKey() {
        return matchKey(domainCode, level1, name);
    }

    static String matchKey(String domainCode, String level1, String name) {
        return domainCode + "\u0000" + ChineseText.key(level1) + "\u0000" + ChineseText.key(name);
    }
}
