/**
 * Attendance (fremmøde) per session, results (resultater) entered by hand or imported from the
 * provider's file and carried into the person's record, course certificates (kursusbeviser) and
 * progress over long programmes (merit semesters, PD modules within six years).
 */
@NullMarked
@org.springframework.modulith.NamedInterface("completion")
package dk.loeft.enrolment.completion;

import org.jspecify.annotations.NullMarked;
