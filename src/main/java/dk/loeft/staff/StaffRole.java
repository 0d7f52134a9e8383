package dk.loeft.staff;

/** The post a person holds (stilling). All but {@link #ANDET} are pedagogical staff (DST, research §4.2). */
public enum StaffRole {
    PAEDAGOG,
    PAEDAGOGISK_ASSISTENT,
    PAEDAGOGMEDHJAELPER,
    DAGPLEJER,
    LEDER,
    SOUSCHEF,
    ANDET;

    public boolean isPedagogical() {
        return this != ANDET;
    }
}
