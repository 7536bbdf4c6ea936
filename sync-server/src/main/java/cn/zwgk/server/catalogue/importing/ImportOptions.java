package cn.zwgk.server.catalogue.importing;

import java.util.Map;

/**
 * Choices staff make before the dry run.
 *
 * @param domainCode    the domain the file's items belong to (districts publish one list per domain);
 *                      may be null when the file has a 领域 column
 * @param mapping       the mapping step's corrections: catalogue column → 0-based spreadsheet column
 * @param retireMissing the file is the domain's whole list: items of its domain(s) that are not in it retire
 */
public record ImportOptions(String domainCode, Map<Column, Integer> mapping, boolean retireMissing) {

    public ImportOptions {
        mapping = mapping == null ? Map.of() : Map.copyOf(mapping);
    }

    /** The whole list of one domain, headers as detected. */
    public static ImportOptions wholeList(String domainCode) {
        return new ImportOptions(domainCode, Map.of(), true);
    }
}
