/** The plan document (PDF and DOCX) built once from a plan version, and the kommune's logo on its front page. */
@NullMarked
package dk.loeft.plan.document;

import org.jspecify.annotations.NullMarked;
