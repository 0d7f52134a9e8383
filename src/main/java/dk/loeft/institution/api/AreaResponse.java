package dk.loeft.institution.api;

import dk.loeft.institution.Area;
import java.util.UUID;

/** An area (distrikt/område) of a kommune. */
record AreaResponse(UUID id, int kommuneCode, String name, int version) {

    static AreaResponse of(Area area) {
        return new AreaResponse(area.id(), area.kommuneCode(), area.name(), area.version());
    }
}
