/**
 * Evaluations (evalueringer): after a course the participants and their leaders answer a short set
 * of questions, configurable per plan initiative; results per initiative and per provider.
 */
@NullMarked
package dk.loeft.enrolment.evaluation;

import org.jspecify.annotations.NullMarked;
