/** The candidates and nominations REST API (/api/v1/candidates, /api/v1/nominations). */
@NullMarked
package dk.loeft.plan.candidates.api;

import org.jspecify.annotations.NullMarked;
