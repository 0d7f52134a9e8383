package dk.loeft.plan;

import dk.loeft.staff.StaffRole;
import org.jspecify.annotations.Nullable;

/**
 * What an initiative is (indsatstype), covering what seeds 000, 001, 003 and 004 name. Each kind
 * knows whether it is a long programme (completion deadline, R2), whether it is informal by
 * default (10 % cap, R3), whether it is a PAU programme (never jobrotation, R9), what post its
 * graduates hold (the coverage projection) and how long one participant usually takes.
 */
public enum InitiativeKind {
    MERIT_NET(true, false, false, StaffRole.PAEDAGOG, 36),
    MERIT_CAMPUS(true, false, false, StaffRole.PAEDAGOG, 36),
    MERIT_SPORSKIFTE(true, false, false, StaffRole.PAEDAGOG, 30),
    PAU_EUD(true, false, true, StaffRole.PAEDAGOGISK_ASSISTENT, 25),
    PAU_EUV1(true, false, true, StaffRole.PAEDAGOGISK_ASSISTENT, 10),
    PAU_EUV2(true, false, true, StaffRole.PAEDAGOGISK_ASSISTENT, 24),
    PAU_EUV3(true, false, true, StaffRole.PAEDAGOGISK_ASSISTENT, 25),
    DIPLOMA_MODULE(false, false, false, null, 6),
    PD_WHOLE(true, false, false, null, 36),
    AKADEMI(false, false, false, null, 12),
    AMU(false, false, false, null, 1),
    SHORT_COURSE_UNSKILLED(false, false, false, null, 2),
    FAGLIG_FYRTAARN(false, false, false, null, 12),
    LEADERSHIP(false, false, false, null, 12),
    INTRO_ASSISTANTS(false, false, false, null, 1),
    PRAKTIKVEJLEDER(false, false, false, null, 6),
    PAEDAGOGFAGLIG_SPECIALIST(false, false, false, null, 12),
    INFORMAL(false, true, false, null, 1);

    private final boolean longProgramme;
    private final boolean informalByDefault;
    private final boolean pau;
    private final @Nullable StaffRole graduatesAs;
    private final int typicalMonths;

    InitiativeKind(
            boolean longProgramme,
            boolean informalByDefault,
            boolean pau,
            @Nullable StaffRole graduatesAs,
            int typicalMonths) {
        this.longProgramme = longProgramme;
        this.informalByDefault = informalByDefault;
        this.pau = pau;
        this.graduatesAs = graduatesAs;
        this.typicalMonths = typicalMonths;
    }

    /** Merit, PAU and whole PD must be finished by the round's completion deadline (R2). */
    public boolean longProgramme() {
        return longProgramme;
    }

    public boolean informalByDefault() {
        return informalByDefault;
    }

    /** PAU is an erhvervsuddannelse: jobrotation refund is never paid for it (R9). */
    public boolean pau() {
        return pau;
    }

    public boolean merit() {
        return this == MERIT_NET || this == MERIT_CAMPUS || this == MERIT_SPORSKIFTE;
    }

    /** The post a participant holds after completing, if the programme changes it (pædagog or PAU). */
    public @Nullable StaffRole graduatesAs() {
        return graduatesAs;
    }

    /** Usual months from start to completion for one participant (research §5); editable per initiative. */
    public int typicalMonths() {
        return typicalMonths;
    }

    public String labelKey() {
        return "plan.kind." + name();
    }
}
