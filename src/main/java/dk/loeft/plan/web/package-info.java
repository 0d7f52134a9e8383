/** The plan's pages: the coverage projection, the scenario comparison, the plan document's downloads and the kommune's logo. */
@NullMarked
package dk.loeft.plan.web;

import org.jspecify.annotations.NullMarked;
