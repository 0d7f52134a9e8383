/** The plan's REST API under /api/v1/plans: versions with findings and budget, edits of a draft, approval, the projection, scenarios and the document. */
@NullMarked
package dk.loeft.plan.api;

import org.jspecify.annotations.NullMarked;
