package dk.loeft.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PagedTests {

    @Test
    void countsPagesRoundingUp() {
        assertThat(new Paged<>(List.of(1, 2), 0, 2, 5).totalPages()).isEqualTo(3);
        assertThat(new Paged<>(List.of(), 0, 50, 0).totalPages()).isZero();
        assertThat(new Paged<>(List.of(1), 0, 50, 50).totalPages()).isOne();
    }

    @Test
    void aRequestIsClampedToSensibleBounds() {
        assertThat(new Paged.Request(-3, 0)).isEqualTo(new Paged.Request(0, 1));
        assertThat(new Paged.Request(2, 10_000).size()).isEqualTo(Paged.MAX_SIZE);
        assertThat(new Paged.Request(3, 20).offset()).isEqualTo(60);
    }

    @Test
    void mapsItemsKeepingThePosition() {
        Paged<String> mapped = new Paged<>(List.of(1, 2), 4, 2, 10).map(String::valueOf);
        assertThat(mapped).isEqualTo(new Paged<>(List.of("1", "2"), 4, 2, 10));
    }
}
