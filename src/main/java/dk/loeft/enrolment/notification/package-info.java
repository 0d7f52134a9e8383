/**
 * Notices (beskeder) to staff about their applications, seats and coming course days, e-mailed when
 * the person has an address, and their calendar of course days as iCalendar feeds.
 */
@NullMarked
package dk.loeft.enrolment.notification;

import org.jspecify.annotations.NullMarked;
