package org.careplanner.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpreadsheetCsvTest {

    @Test
    void cellsThatASpreadsheetWouldRunAsAFormulaAreWrittenAsText() {
        assertThat(SpreadsheetCsv.cell("=1+2")).isEqualTo("'=1+2");
        assertThat(SpreadsheetCsv.cell("+44 1632")).isEqualTo("'+44 1632");
        assertThat(SpreadsheetCsv.cell("-3.20")).isEqualTo("'-3.20");
        assertThat(SpreadsheetCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetCsv.cell("\tx")).isEqualTo("'\tx");
        assertThat(SpreadsheetCsv.cell("\rx")).isEqualTo("\"'\rx\"");
        assertThat(SpreadsheetCsv.cell("Zoë")).isEqualTo("Zoë");
        assertThat(SpreadsheetCsv.cell("a=b")).isEqualTo("a=b");
    }

    @Test
    void cellsWithCommasQuotesOrLineBreaksAreQuoted() {
        assertThat(SpreadsheetCsv.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(SpreadsheetCsv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(SpreadsheetCsv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(SpreadsheetCsv.cell("=x,y")).isEqualTo("\"'=x,y\"");
    }

    @Test
    void whatIsWrittenReadsBackAsTheSameText() {
        List<String> cells = List.of("=cmd|' /C calc'!A0", "O'Brien", "'=already", "a,\"b\"\r\nc", "", "-5", "Nguyễn");
        StringBuilder out = new StringBuilder(SpreadsheetCsv.BYTE_ORDER_MARK);
        SpreadsheetCsv.writeRow(out, cells);
        SpreadsheetCsv.writeRow(out, List.of("last"));
        assertThat(SpreadsheetCsv.read(new StringReader(out.toString()))).containsExactly(cells, List.of("last"));
    }
}
