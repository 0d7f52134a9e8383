package dk.loeft.dataimport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Small import files for tests, with numbers unique to each test so tests sharing the database do not meet. */
public final class ImportFiles {

    public static final String INSTITUTION_HEADER =
            "institutionsnummer;navn;type;ejerform;område;adresse;postnummer;by\n";
    public static final String CHILDREN_HEADER = "institutionsnummer;måned;børn 0-2 år;børn 3-5 år\n";
    public static final String STAFF_HEADER = "medarbejdernummer;navn;fødselsdato;stilling;uddannelse;uddannelsesår;"
            + "institutionsnummer;ugentlige timer;ansat fra;ansat til;tidligere erfaring i måneder;funktioner\n";

    private ImportFiles() {}

    /** A prefix that makes institution and employee numbers unique to one test. */
    public static String unique() {
        return "T" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static InputStream stream(String csv) {
        return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
    }

    public static byte[] bytes(String csv) {
        return csv.getBytes(StandardCharsets.UTF_8);
    }

    /** Two institutions, {p}-1 and {p}-2, in the area "Område {p}". */
    public static String institutions(String p) {
        return INSTITUTION_HEADER
                + p + "-1;Børnehuset Æblehaven;børnehave;kommunal;Område " + p + ";Æblevej 1;2600;Glostrup\n"
                + p + "-2;Vuggestuen Mælkebøtten;vuggestue;selvejende;Område " + p + ";Mælkevej 2;2600;Glostrup\n";
    }

    public static byte[] fixture(String name) {
        try (InputStream in = ImportFiles.class.getResourceAsStream("/dataimport/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fixture file with its {p} placeholders replaced by the test's prefix. */
    public static String fixture(String name, String p) {
        return new String(fixture(name), StandardCharsets.UTF_8).replace("{p}", p);
    }
}
