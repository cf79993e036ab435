package org.careplanner.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV as spreadsheets read and write it (RFC 4180: comma separated, CRLF rows, fields quoted when they hold
 * a comma, quote or line break, quotes doubled), made safe to open in Excel or LibreOffice: a cell that
 * starts with {@code = + - @}, a tab or a carriage return is written with a leading apostrophe, so it is
 * shown as text and never run as a formula (OWASP "CSV injection"). Reading removes that apostrophe again.
 * Files are UTF-8 with a byte-order mark, which Excel needs to show "Zoë" rather than "ZoÃ«".
 */
public final class SpreadsheetCsv {

    public static final String BYTE_ORDER_MARK = "\uFEFF";

    private SpreadsheetCsv() {
    }

    /** One cell, escaped against formula injection and quoted where needed. */
    public static String cell(String value) {
        String v = value == null ? "" : value;
        if (needsApostrophe(v)) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            v = '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    /**
     * A cell that starts with a formula character, after any apostrophes: the apostrophes count too, so a
     * cell that really is "'=x" is written "''=x" and reads back as itself.
     */
    private static boolean needsApostrophe(String v) {
        int i = 0;
        while (i < v.length() && v.charAt(i) == '\'') {
            i++;
        }
        if (i == v.length()) {
            return false;
        }
        char first = v.charAt(i);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** Appends one row, ending it with CRLF. */
    public static void writeRow(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
    }

    /** The text a cell written by {@link #cell} stood for (the protective apostrophe removed). */
    static String unescape(String cell) {
        if (cell.startsWith("'") && needsApostrophe(cell.substring(1))) {
            return cell.substring(1);
        }
        return cell;
    }

    /** A file's rows, each a list of unescaped cells; the header is row 1. */
    public static List<List<String>> read(Reader reader) {
        try {
            return parse(reader.markSupported() ? reader : new BufferedReader(reader));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<List<String>> parse(Reader reader) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean cellStarted = false;
        boolean first = true;
        int ch;
        while ((ch = reader.read()) != -1) {
            if (first) {
                first = false;
                if (ch == '\uFEFF') {
                    continue;
                }
            }
            char c = (char) ch;
            if (quoted) {
                if (c == '"') {
                    reader.mark(1);
                    int next = reader.read();
                    if (next == '"') {
                        cell.append('"');
                    } else {
                        quoted = false;
                        if (next != -1) {
                            reader.reset();
                        }
                    }
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && !cellStarted) {
                quoted = true;
                cellStarted = true;
            } else if (c == ',') {
                row.add(unescape(cell.toString()));
                cell.setLength(0);
                cellStarted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r') {
                    reader.mark(1);
                    if (reader.read() != '\n') {
                        reader.reset();
                    }
                }
                row.add(unescape(cell.toString()));
                rows.add(row);
                row = new ArrayList<>();
                cell.setLength(0);
                cellStarted = false;
            } else {
                cell.append(c);
                cellStarted = true;
            }
        }
        if (cellStarted || !row.isEmpty() || cell.length() > 0) {
            row.add(unescape(cell.toString()));
            rows.add(row);
        }
        return rows;
    }
}
