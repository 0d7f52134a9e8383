/** Candidates for upskilling: who in the staff registry may start which track on a date, and why, and the nominations leaders and the forvaltning make from that list. */
@NullMarked
@NamedInterface("candidates")
package dk.loeft.plan.candidates;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
