package dk.loeft.plan.document;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The plan document as text and tables, every figure already formatted the Danish way: the PDF and
 * the DOCX render exactly this, so they say the same thing.
 *
 * @param fileName the download's name without extension
 */
public record PlanDocument(String fileName, FrontPage front, List<Section> sections) {

    public PlanDocument {
        sections = List.copyOf(sections);
    }

    /** The front page: the kommune's name (and logo, if uploaded), the title and the version's facts. */
    public record FrontPage(
            String kommune,
            String title,
            String subtitle,
            List<String> facts,
            @Nullable Logo logo) {}

    /** An uploaded logo: PNG or JPEG bytes with the image's size in pixels. */
    public record Logo(String contentType, byte[] bytes, int width, int height) {

        public String dataUri() {
            return "data:" + contentType + ";base64,"
                    + java.util.Base64.getEncoder().encodeToString(bytes);
        }
    }

    public record Section(String heading, List<Block> blocks) {

        public Section {
            blocks = List.copyOf(blocks);
        }
    }

    /** A part of a section: a paragraph, a sub-heading, a bullet list or a table. */
    public sealed interface Block permits Paragraph, SubHeading, Bullets, Table {

        /** For the template: paragraph, subheading, bullets or table. */
        String kind();
    }

    public record Paragraph(String text) implements Block {
        @Override
        public String kind() {
            return "paragraph";
        }
    }

    public record SubHeading(String text) implements Block {
        @Override
        public String kind() {
            return "subheading";
        }
    }

    public record Bullets(List<String> items) implements Block {
        @Override
        public String kind() {
            return "bullets";
        }
    }

    /**
     * A table with a caption, a header row, body rows and an optional total row; {@code numeric}
     * marks the columns aligned right.
     */
    public record Table(
            String caption,
            List<String> header,
            List<List<String>> rows,
            @Nullable List<String> total,
            List<Boolean> numeric)
            implements Block {

        @Override
        public String kind() {
            return "table";
        }

        public boolean isNumeric(int column) {
            return numeric.get(column);
        }
    }
}
