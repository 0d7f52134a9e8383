package dk.loeft.platform.security;

/** What a user may do in Løft. Every role but {@link #NATIONAL} belongs to exactly one kommune. */
public enum Role {
    /** Ministeriet / STUK: sees every kommune, administers the pool. */
    NATIONAL,
    /** Forvaltning: owns the kommune's plan and master data, manages the kommune's users. */
    KOMMUNE_ADMIN,
    /** Økonomi: grant ledger, spend and accounts of the kommune. */
    FINANCE,
    /** Leder: sees and acts for their own institution(s) only. */
    LEADER,
    /** Medarbejder: sees their own record only. */
    STAFF;

    public String authority() {
        return "ROLE_" + name();
    }
}
