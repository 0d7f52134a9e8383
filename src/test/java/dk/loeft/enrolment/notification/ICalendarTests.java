package dk.loeft.enrolment.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ICalendarTests {

    static final Instant START = Instant.parse("2027-02-01T08:00:00Z");
    static final Instant END = Instant.parse("2027-02-01T15:30:00Z");

    @Test
    void escapesTextAndWritesUtcTimesWithCrlfLineEnds() {
        String ics = ICalendar.write(
                "Kursusdage",
                START,
                List.of(new ICalendar.Event(
                        "a-b@loeft", START, END, "Læringsdag 1; leg, læring\\sprog", "Campus\nCarlsberg", "")));

        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics)
                .contains("\r\nDTSTART:20270201T080000Z\r\n")
                .contains("\r\nDTEND:20270201T153000Z\r\n")
                .contains("\r\nSUMMARY:Læringsdag 1\\; leg\\, læring\\\\sprog\r\n")
                .contains("\r\nLOCATION:Campus\\nCarlsberg\r\n")
                .doesNotContain("DESCRIPTION");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n");
    }

    @Test
    void foldsLongLinesAt75OctetsWithoutSplittingACharacter() {
        String summary = "Æbleø ".repeat(40);
        String ics = ICalendar.write("K", START, List.of(new ICalendar.Event("u", START, END, summary, "", "")));

        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("SUMMARY:" + summary + "\r\n");
    }
}
