/** The plan's pages: the list, the plan with its findings and budget, the edit forms, approval, history and changes, the coverage projection, the scenario comparison, the document's downloads and the kommune's logo. */
@NullMarked
package dk.loeft.plan.web;

import org.jspecify.annotations.NullMarked;
