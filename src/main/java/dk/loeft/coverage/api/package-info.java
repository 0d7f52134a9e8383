/** REST read access to education coverage and minimum staffing under /api/v1, records out. */
@NullMarked
package dk.loeft.coverage.api;

import org.jspecify.annotations.NullMarked;
