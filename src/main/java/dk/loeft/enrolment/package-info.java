/**
 * Enrolment (tilmelding): applications with prioritised choices and two-stage approval, seats and
 * wait-lists, cancellations, attendance, results and certificates, progress over long programmes,
 * evaluations, and the notices and calendars that go with them.
 */
@NullMarked
package dk.loeft.enrolment;

import org.jspecify.annotations.NullMarked;
