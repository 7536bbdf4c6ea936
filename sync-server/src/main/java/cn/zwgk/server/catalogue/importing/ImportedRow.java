package cn.zwgk.server.catalogue.importing;

import cn.zwgk.core.catalogue.AdministrativeLevel;
import cn.zwgk.core.catalogue.Audience;
import cn.zwgk.core.catalogue.DisclosureMethod;
import java.util.List;
import java.util.Set;

/**
 * One data row read as catalogue fields (text as typed, spaces tidied); {@code url} null when the file has none.
 *
 * @param typedSerial whether {@code serialNo} was typed in the 序号 cell (else it is the row's position)
 */
record ImportedRow(String sheet, int rowNumber, String domainCode, int serialNo, boolean typedSerial, String level1,
        String name, String level3, String content, String basis, String timeLimit, String body, List<String> channels,
        Audience audience, DisclosureMethod method, Set<AdministrativeLevel> levels, String url) {

    /** The identity used to find the existing item. */
    String matchKey() {
        return matchKey(domainCode, level1, name, level3);
    }

    /** Domain, 一级事项, 二级事项 and (where there is one) 三级事项, in either script. */
    static String matchKey(String domainCode, String level1, String name, String level3) {
        return domainCode + "\u0000" + ChineseText.key(level1) + "\u0000" + ChineseText.key(name)
                + (level3 == null ? "" : "\u0000" + ChineseText.key(level3));
    }

    /** The same row numbered {@code serial} (序号 restarting per 一级事项 is renumbered in file order). */
    ImportedRow numbered(int serial) {
        return new ImportedRow(sheet, rowNumber, domainCode, serial, typedSerial, level1, name, level3, content, basis,
                timeLimit, body, channels, audience, method, levels, url);
    }
}
