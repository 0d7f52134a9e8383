/** The plan's pages: the list, the plan with its findings and budget, the edit forms, approval, history and changes. */
@NullMarked
package dk.loeft.plan.web;

import org.jspecify.annotations.NullMarked;
