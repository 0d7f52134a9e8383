/**
 * The local upskilling plan (lokal opkvalificeringsplan): versions and approval, initiatives, the
 * cost model per initiative and year, the pool rules as named policies, candidates, the coverage
 * projection and the plan document.
 */
@NullMarked
package dk.loeft.plan;

import org.jspecify.annotations.NullMarked;
