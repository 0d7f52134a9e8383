/** REST access to plan versions under /api/v1/plans, records out. */
@NullMarked
package dk.loeft.plan.api;

import org.jspecify.annotations.NullMarked;
