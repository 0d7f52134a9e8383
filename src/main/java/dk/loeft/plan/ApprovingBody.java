package dk.loeft.plan;

/** Who approves a plan politically. */
public enum ApprovingBody {
    KOMMUNALBESTYRELSE,
    UDVALG;

    public String labelKey() {
        return "plan.body." + name();
    }
}
