/** Evaluation pages: answering, the questions per initiative and the results. */
@NullMarked
package dk.loeft.enrolment.evaluation.web;

import org.jspecify.annotations.NullMarked;
