package dk.loeft.institution;

import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** An area (distrikt/område) that groups a kommune's institutions for planning and reporting. */
@Table("area")
public record Area(
        @Id UUID id, int kommuneCode, String name, @Version int version) {

    public static Area create(int kommuneCode, String name) {
        return new Area(UUID.randomUUID(), kommuneCode, name.trim(), 0);
    }
}
