/** The enrolment pages: applying, deciding, the leader's and the staff member's views, and the forvaltning's overview. */
@NullMarked
package dk.loeft.enrolment.web;

import org.jspecify.annotations.NullMarked;
