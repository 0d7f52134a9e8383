package dk.loeft.catalog;

import dk.loeft.plan.InitiativeKind;
import java.util.UUID;

/** An initiative of the kommune's plan (newest version of each plan) an offering can be linked to. */
public record PlanInitiative(UUID id, String name, InitiativeKind kind, String planTitle) {}
