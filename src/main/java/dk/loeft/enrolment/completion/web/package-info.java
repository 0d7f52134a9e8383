/** Pages for attendance, results, certificates and progress. */
@NullMarked
package dk.loeft.enrolment.completion.web;

import org.jspecify.annotations.NullMarked;
