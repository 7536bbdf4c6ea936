package cn.zwgk.server.catalogue.importing;

/** A row the import will not take, with the spreadsheet row number and why, in Chinese. */
public record RejectedRow(int rowNumber, String reason) {
}
