package cn.zwgk.server.catalogue.importing;

/** A row the import will not take: its sheet, row number and why (naming the cell), in Chinese. */
public record RejectedRow(String sheet, int rowNumber, String reason) {
}
