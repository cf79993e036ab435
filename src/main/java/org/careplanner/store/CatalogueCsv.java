package org.careplanner.store;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.careplanner.domain.Money;
import org.careplanner.domain.MoneyFormatException;

/** The service catalogue as a spreadsheet: one header row, then one service a row (see {@link #HEADER}). */
public final class CatalogueCsv {

    public static final List<String> HEADER = List.of("code", "name", "category", "unit", "unit_price",
            "evidence_note", "excluded", "source");

    /** The longest text each column may hold (the service table's column sizes, migration V1). */
    static final Map<String, Integer> MAX_LENGTH = Map.of("code", 50, "name", 200, "category", 100, "unit", 50,
            "evidence_note", 2000, "source", 1000);

    /** One row that cannot be imported, and why. Row 1 is the header. */
    public record RowProblem(int row, String column, String message) {
        @Override
        public String toString() {
            return "Row " + row + (column.isEmpty() ? "" : ", " + column) + ": " + message;
        }
    }

    /** What a file holds: its services, or every problem found (then nothing may be imported). */
    public record Parsed(List<CatalogueEntry> entries, List<RowProblem> problems) {
        public Parsed {
            entries = List.copyOf(entries);
            problems = List.copyOf(problems);
        }

        public boolean isOk() {
            return problems.isEmpty();
        }
    }

    private CatalogueCsv() {
    }

    /** The catalogue as CSV text: byte-order mark, header, a row per service. */
    public static String write(List<CatalogueEntry> entries) {
        StringBuilder out = new StringBuilder(SpreadsheetCsv.BYTE_ORDER_MARK);
        SpreadsheetCsv.writeRow(out, HEADER);
        for (CatalogueEntry e : entries) {
            SpreadsheetCsv.writeRow(out, List.of(e.code(), e.name(), e.category(), e.unit(),
                    e.unitPrice().toPlainString(), e.evidenceNote(), e.excluded() ? "yes" : "no", e.source()));
        }
        return out.toString();
    }

    /** Reads every row, collecting every problem (not just the first). */
    public static Parsed read(Reader reader) {
        List<List<String>> rows = SpreadsheetCsv.read(reader);
        List<RowProblem> problems = new ArrayList<>();
        List<CatalogueEntry> entries = new ArrayList<>();
        if (rows.isEmpty()) {
            problems.add(new RowProblem(1, "", "The file is empty: it needs the header row " + String.join(",", HEADER)
                    + " and a row for each service."));
            return new Parsed(entries, problems);
        }
        List<String> header = rows.get(0).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        if (!header.equals(HEADER)) {
            problems.add(new RowProblem(1, "", "The header row must be exactly: " + String.join(",", HEADER) + "."));
            return new Parsed(entries, problems);
        }
        Map<String, Integer> firstRowOfCode = new HashMap<>();
        for (int i = 1; i < rows.size(); i++) {
            int rowNumber = i + 1;
            List<String> row = rows.get(i);
            if (row.size() == 1 && row.get(0).isBlank()) {
                continue;
            }
            if (row.size() != HEADER.size()) {
                problems.add(new RowProblem(rowNumber, "", "has " + row.size() + " cells; every row needs "
                        + HEADER.size() + "."));
                continue;
            }
            int before = problems.size();
            for (int c = 0; c < HEADER.size(); c++) {
                Integer max = MAX_LENGTH.get(HEADER.get(c));
                if (max != null && row.get(c).strip().length() > max) {
                    problems.add(new RowProblem(rowNumber, HEADER.get(c), "is longer than " + max + " characters."));
                }
            }
            String code = row.get(0).strip();
            if (code.isEmpty()) {
                problems.add(new RowProblem(rowNumber, "code", "is empty: every service needs a code."));
            } else if (firstRowOfCode.containsKey(code)) {
                problems.add(new RowProblem(rowNumber, "code", "\"" + code + "\" is already used on row "
                        + firstRowOfCode.get(code) + "."));
            } else {
                firstRowOfCode.put(code, rowNumber);
            }
            String name = row.get(1).strip();
            if (name.isEmpty()) {
                problems.add(new RowProblem(rowNumber, "name", "is empty: every service needs a name."));
            }
            if (row.get(2).isBlank()) {
                problems.add(new RowProblem(rowNumber, "category", "is empty."));
            }
            if (row.get(3).isBlank()) {
                problems.add(new RowProblem(rowNumber, "unit", "is empty: say what one unit is, e.g. hour."));
            }
            Money price = null;
            try {
                price = Money.parse(row.get(4));
                if (price.isNegative()) {
                    problems.add(new RowProblem(rowNumber, "unit_price", "is negative."));
                }
            } catch (MoneyFormatException e) {
                problems.add(new RowProblem(rowNumber, "unit_price", e.getMessage()));
            }
            Boolean excluded = yesNo(row.get(6));
            if (excluded == null) {
                problems.add(new RowProblem(rowNumber, "excluded", "must be yes or no, not \"" + row.get(6) + "\"."));
            }
            if (problems.size() == before) {
                entries.add(new CatalogueEntry(code, name, row.get(2).strip(), row.get(3).strip(), price,
                        row.get(5).strip(), excluded, row.get(7).strip()));
            }
        }
        return new Parsed(entries, problems);
    }

    private static Boolean yesNo(String cell) {
        return switch (cell.strip().toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true" -> Boolean.TRUE;
            case "no", "n", "false", "" -> Boolean.FALSE;
            default -> null;
        };
    }
}
