/** The enrolment REST API: applications with their decisions, and participations with cancellation. */
@NullMarked
package dk.loeft.enrolment.api;

import org.jspecify.annotations.NullMarked;
