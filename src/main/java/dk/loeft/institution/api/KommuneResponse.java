package dk.loeft.institution.api;

import dk.loeft.institution.Kommune;
import java.math.BigDecimal;

/** A kommune with its coverage target (share, 0.85 = 85 %). */
record KommuneResponse(int code, String name, String region, BigDecimal coverageTarget) {

    static KommuneResponse of(Kommune kommune) {
        return new KommuneResponse(kommune.code(), kommune.name(), kommune.region(), kommune.coverageTarget());
    }
}
