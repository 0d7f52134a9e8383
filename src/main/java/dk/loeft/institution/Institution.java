package dk.loeft.institution;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A dagtilbud (daginstitution, dagpleje or a kind outside the pool such as SFO) of one kommune,
 * known by the kommune's own institution number. Created by import or by the forvaltning; its
 * details change when the kommune reorganises (new area, new address, new ownership).
 */
@Table("institution")
public class Institution {

    private final @Id UUID id;
    private final int kommuneCode;
    private final String number;
    private String name;
    private InstitutionKind kind;
    private Ownership ownership;
    private @Nullable UUID areaId;
    private @Nullable String street;
    private @Nullable String postalCode;
    private @Nullable String city;
    private @Version int version;

    @PersistenceCreator
    Institution(
            UUID id,
            int kommuneCode,
            String number,
            String name,
            InstitutionKind kind,
            Ownership ownership,
            @Nullable UUID areaId,
            @Nullable String street,
            @Nullable String postalCode,
            @Nullable String city,
            int version) {
        this.id = id;
        this.kommuneCode = kommuneCode;
        this.number = number;
        this.name = name;
        this.kind = kind;
        this.ownership = ownership;
        this.areaId = areaId;
        this.street = street;
        this.postalCode = postalCode;
        this.city = city;
        this.version = version;
    }

    public static Institution create(int kommuneCode, String number, InstitutionDetails details) {
        var institution = new Institution(
                UUID.randomUUID(),
                kommuneCode,
                number.trim(),
                details.name(),
                details.kind(),
                details.ownership(),
                details.areaId(),
                details.street(),
                details.postalCode(),
                details.city(),
                0);
        institution.update(details);
        return institution;
    }

    /** New name, kind, ownership, area or address, as from an import or the edit form. */
    public void update(InstitutionDetails details) {
        if (details.name().isBlank()) {
            throw new IllegalArgumentException("An institution needs a name");
        }
        this.name = details.name().trim();
        this.kind = details.kind();
        this.ownership = details.ownership();
        this.areaId = details.areaId();
        this.street = details.street();
        this.postalCode = details.postalCode();
        this.city = details.city();
    }

    /** Whether its staff belong to the pool's target group: a municipal daginstitution or dagpleje. */
    public boolean isPoolEligible() {
        return kind.isDagtilbud() && ownership != Ownership.PRIVAT;
    }

    public UUID id() {
        return id;
    }

    public int kommuneCode() {
        return kommuneCode;
    }

    public String number() {
        return number;
    }

    public String name() {
        return name;
    }

    public InstitutionKind kind() {
        return kind;
    }

    public Ownership ownership() {
        return ownership;
    }

    public @Nullable UUID areaId() {
        return areaId;
    }

    public @Nullable String street() {
        return street;
    }

    public @Nullable String postalCode() {
        return postalCode;
    }

    public @Nullable String city() {
        return city;
    }

    public int version() {
        return version;
    }

    public InstitutionDetails details() {
        return new InstitutionDetails(name, kind, ownership, areaId, street, postalCode, city);
    }

    /** Used by the edit form so a stale form is detected as a conflict, not silently applied. */
    public void expectVersion(int expected) {
        if (expected != version) {
            throw new org.springframework.dao.OptimisticLockingFailureException(
                    "Institution " + id + " was changed by someone else");
        }
    }
}
