/** The coverage projection of a plan version to 2030 and the side-by-side comparison of plan variants. */
@NullMarked
package dk.loeft.plan.projection;

import org.jspecify.annotations.NullMarked;
