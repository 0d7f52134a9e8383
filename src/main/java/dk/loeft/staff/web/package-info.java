/** The staff pages: one person's record for the forvaltning, their leader and themselves. */
@NullMarked
package dk.loeft.staff.web;

import org.jspecify.annotations.NullMarked;
