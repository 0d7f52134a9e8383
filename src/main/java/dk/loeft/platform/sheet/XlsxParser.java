package dk.loeft.platform.sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.jspecify.annotations.Nullable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The first sheet of an XLSX workbook, streamed (a sheet of 80.000 rows does not become 80.000
 * objects per cell). Date cells become ISO dates ({@code 2024-08-01}), numbers plain decimals with a
 * point ({@code 32.5}), text stays text.
 */
final class XlsxParser {

    private XlsxParser() {}

    static SheetData parse(byte[] content) {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
            XSSFReader reader = new XSSFReader(pkg);
            var strings = new ReadOnlySharedStringsTable(pkg);
            var sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new UnreadableFileException("dataimport.file.empty");
            }
            var collector = new Collector();
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(
                        reader.getStylesTable(), strings, collector, new IsoDateFormatter(), false));
                parser.parse(new InputSource(sheet));
            }
            return collector.result();
        } catch (UnreadableFileException e) {
            throw e;
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            throw new UnreadableFileException("dataimport.file.unreadable", e);
        }
    }

    /** Formats date cells as ISO dates and other numbers without grouping or exponent. */
    static final class IsoDateFormatter extends DataFormatter {

        @Override
        public String formatRawCellContents(double value, int formatIndex, @Nullable String formatString) {
            return formatRawCellContents(value, formatIndex, formatString, false);
        }

        @Override
        public String formatRawCellContents(
                double value, int formatIndex, @Nullable String formatString, boolean use1904Windowing) {
            if (formatString != null
                    && DateUtil.isADateFormat(formatIndex, formatString)
                    && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904Windowing)
                        .toLocalDate()
                        .toString();
            }
            return plainNumber(value);
        }
    }

    static String plainNumber(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** Unstyled numbers reach us as the raw XML text, which may use an exponent. */
    static String normalise(String raw) {
        String value = SheetReader.clean(raw);
        if (value.indexOf('E') > 0 && value.matches("-?\\d+(\\.\\d+)?E-?\\d+")) {
            return plainNumber(Double.parseDouble(value));
        }
        return value;
    }

    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final List<SheetRow> rows = new ArrayList<>();
        private @Nullable List<String> header;
        private int headerRow;
        private final List<String> current = new ArrayList<>(16);

        @Override
        public void startRow(int rowNum) {
            current.clear();
        }

        @Override
        public void endRow(int rowNum) {
            String[] cells = current.toArray(String[]::new);
            if (SheetReader.isBlankRow(cells)) {
                return;
            }
            if (header == null) {
                header = List.of(cells);
                headerRow = rowNum + 1;
            } else if (!SheetReader.isComment(cells)) {
                rows.add(new SheetRow(rowNum + 1, cells));
            }
        }

        @Override
        public void cell(
                @Nullable String cellReference, @Nullable String formattedValue, @Nullable XSSFComment comment) {
            int column = cellReference == null ? current.size() : new CellReference(cellReference).getCol();
            while (current.size() < column) {
                current.add("");
            }
            String value = formattedValue == null ? "" : normalise(formattedValue);
            if (current.size() == column) {
                current.add(value);
            } else {
                current.set(column, value);
            }
        }

        SheetData result() {
            if (header == null) {
                throw new UnreadableFileException("dataimport.file.empty");
            }
            return new SheetData(header, headerRow, rows, new SheetData.Source(SheetData.Format.XLSX, null, null));
        }
    }
}
