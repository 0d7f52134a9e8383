/** Education coverage (uddannelsesdækning) and minimum staffing (minimumsnormering) per institution, area and kommune, on a date and month by month. */
@NullMarked
package dk.loeft.coverage;

import org.jspecify.annotations.NullMarked;
