/** REST API for attendance, results, progress and certificates under /api/v1/enrolment/completion. */
@NullMarked
package dk.loeft.enrolment.completion.api;

import org.jspecify.annotations.NullMarked;
