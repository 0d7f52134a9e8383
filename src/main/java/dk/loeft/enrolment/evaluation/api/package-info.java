/** REST API of evaluations: questions per initiative, answers and results. */
@NullMarked
package dk.loeft.enrolment.evaluation.api;

import org.jspecify.annotations.NullMarked;
