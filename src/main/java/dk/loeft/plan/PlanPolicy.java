package dk.loeft.plan;

import java.util.List;

/** One named rule (R1–R9, budget) checked against a whole plan version. Every policy bean is evaluated by {@link PlanRules}. */
public interface PlanPolicy {

    /** The rule's code as in research §8, e.g. {@code R3}, or a short name for budget rules. */
    String rule();

    List<Finding> check(PlanContent plan, PlanFacts facts);
}
