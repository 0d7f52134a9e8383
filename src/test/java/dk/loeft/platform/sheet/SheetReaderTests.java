package dk.loeft.platform.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SheetReaderTests {

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = SheetReaderTests.class.getResourceAsStream("/dataimport/" + name)) {
            return in.readAllBytes();
        }
    }

    private static List<String> cells(SheetRow row) {
        return Arrays.asList(row.cells());
    }

    @Test
    void readsUtf8WithByteOrderMarkAndSemicolons() throws IOException {
        SheetData data = SheetReader.read("institutioner.csv", fixture("institutioner-utf8-bom.csv"));

        assertThat(data.source().encoding()).isEqualTo("UTF-8");
        assertThat(data.source().separator()).isEqualTo(';');
        assertThat(data.header().getFirst()).isEqualTo("Institutionsnummer");
        assertThat(data.rows()).hasSize(3);
        assertThat(cells(data.rows().getFirst())).startsWith("IMP-101", "Børnehuset Æblehaven", "børnehave");
        assertThat(data.rows().getFirst().number()).isEqualTo(2);
    }

    @Test
    void readsWindows1252WithDanishLettersAndCommaSeparator() throws IOException {
        byte[] content = fixture("institutioner-cp1252.csv");
        assertThat(new String(content, StandardCharsets.UTF_8)).contains("\uFFFD");

        SheetData data = SheetReader.read("institutioner.csv", content);

        assertThat(data.source().encoding()).isEqualTo("Windows-1252");
        assertThat(data.source().separator()).isEqualTo(',');
        assertThat(data.rows())
                .extracting(r -> r.cell(1))
                .containsExactly("Vuggestuen Østergården", "Skovgårdens Børnehus");
        assertThat(data.rows().getFirst().cell(4)).isEqualTo("Område Åløkke");
    }

    @Test
    void readsQuotedFieldsWithSeparatorsQuotesAndLineBreaks() {
        String csv = "navn;adresse;by\r\n"
                + "\"Huset; det gamle\";\"Vej \"\"12\"\"\nbaghuset\";\"  Rødovre \"\r\n"
                + "Andet;;\n";

        SheetData data = SheetReader.read("x.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(cells(data.rows().get(0))).containsExactly("Huset; det gamle", "Vej \"12\"\nbaghuset", "Rødovre");
        assertThat(cells(data.rows().get(1))).containsExactly("Andet", "", "");
        assertThat(data.rows().get(1).number()).isEqualTo(3);
    }

    @Test
    void detectsTheSeparatorFromTheHeaderLineOnly() {
        String csv = "måned;børn 0-2 år;børn 3-5 år\n08-2026;32,5;61\n";

        SheetData data = SheetReader.read("x.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(data.source().separator()).isEqualTo(';');
        assertThat(cells(data.rows().getFirst())).containsExactly("08-2026", "32,5", "61");
    }

    @Test
    void readsExcelUnicodeTextAsTabSeparatedUtf16() {
        byte[] body = "navn\tby\nÅse\tKøge\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] content = new byte[body.length + 2];
        content[0] = (byte) 0xFF;
        content[1] = (byte) 0xFE;
        System.arraycopy(body, 0, content, 2, body.length);

        SheetData data = SheetReader.read("x.txt", content);

        assertThat(data.source().separator()).isEqualTo('\t');
        assertThat(cells(data.rows().getFirst())).containsExactly("Åse", "Køge");
    }

    @Test
    void skipsBlankRowsAndTemplateCommentRowsButKeepsRowNumbers() {
        String csv = "navn;by\n\n;\nA;B\n\"# navn: beskrivelse; mere\"\nC;D\n";

        SheetData data = SheetReader.read("x.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(data.rows()).extracting(SheetRow::number).containsExactly(4, 6);
    }

    @Test
    void readsXlsxWithNumericDateAndTextCells() throws IOException {
        byte[] content;
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Data");
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("medarbejdernummer");
            header.createCell(1).setCellValue("fødselsdato");
            header.createCell(2).setCellValue("ugentlige timer");
            header.createCell(3).setCellValue("navn");
            header.createCell(4).setCellValue("uddannelsesår");
            var dates = workbook.createCellStyle();
            dates.setDataFormat(workbook.createDataFormat().getFormat("dd-mm-yyyy"));
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue(40123);
            var birth = row.createCell(1);
            birth.setCellValue(LocalDate.of(1988, 3, 14));
            birth.setCellStyle(dates);
            row.createCell(2).setCellValue(32.5);
            row.createCell(3).setCellValue("Søren Ærø");
            row.createCell(4).setCellValue(2015);
            sheet.createRow(2);
            var sparse = sheet.createRow(3);
            sparse.createCell(3).setCellValue("Kun navn");
            workbook.write(out);
            content = out.toByteArray();
        }

        SheetData data = SheetReader.read("personale.xlsx", content);

        assertThat(data.source().format()).isEqualTo(SheetData.Format.XLSX);
        assertThat(data.header())
                .containsExactly("medarbejdernummer", "fødselsdato", "ugentlige timer", "navn", "uddannelsesår");
        assertThat(cells(data.rows().get(0))).containsExactly("40123", "1988-03-14", "32.5", "Søren Ærø", "2015");
        assertThat(data.rows().get(1).number()).isEqualTo(4);
        assertThat(data.rows().get(1).cell(0)).isEmpty();
        assertThat(data.rows().get(1).cell(3)).isEqualTo("Kun navn");
    }

    @Test
    void refusesOldExcelFilesEmptyFilesAndBinaryFiles() {
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0};
        assertThatThrownBy(() -> SheetReader.read("gammel.xls", xls))
                .isInstanceOfSatisfying(UnreadableFileException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("dataimport.file.xls"));
        assertThatThrownBy(() -> SheetReader.read("tom.csv", new byte[0]))
                .isInstanceOfSatisfying(UnreadableFileException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("dataimport.file.empty"));
        assertThatThrownBy(() -> SheetReader.read("billede.csv", new byte[] {1, 2, 0, 3}))
                .isInstanceOfSatisfying(UnreadableFileException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("dataimport.file.unreadable"));
        assertThatThrownBy(() -> SheetReader.read("ødelagt.xlsx", new byte[] {0x50, 0x4B, 0x03, 0x04, 9, 9}))
                .isInstanceOfSatisfying(UnreadableFileException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("dataimport.file.unreadable"));
    }

    @Test
    void reportsTheRowOfAnUnterminatedQuote() {
        String csv = "navn;by\nA;B\n\"C;D\nE;F\n";

        assertThatThrownBy(() -> SheetReader.read("x.csv", csv.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(UnreadableFileException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("dataimport.file.quote");
                    assertThat(e.arguments()).containsExactly("3");
                });
    }

    @Test
    void takesOnlyWellFormedUtf8AsUtf8() {
        assertThat(CsvParser.isUtf8("Ærø og Åløkke €".getBytes(StandardCharsets.UTF_8)))
                .isTrue();
        assertThat(CsvParser.isUtf8(windows1252("Ærø"))).isFalse();
        assertThat(CsvParser.isUtf8(new byte[] {(byte) 0xC0, (byte) 0xAF}))
                .as("overlong")
                .isFalse();
        assertThat(CsvParser.isUtf8(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}))
                .as("surrogate")
                .isFalse();
        assertThat(CsvParser.isUtf8(new byte[] {(byte) 0xE2, (byte) 0x82}))
                .as("cut short")
                .isFalse();
    }

    static byte[] windows1252(String text) {
        return text.getBytes(Charset.forName("windows-1252"));
    }
}
