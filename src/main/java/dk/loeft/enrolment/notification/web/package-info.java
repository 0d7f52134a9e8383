/** Pages for notices (beskeder) and the personal course calendar. */
@NullMarked
package dk.loeft.enrolment.notification.web;

import org.jspecify.annotations.NullMarked;
