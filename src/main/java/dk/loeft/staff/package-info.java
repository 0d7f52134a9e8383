/** The staff registry: who works where, with which education, hours and experience. */
@NullMarked
package dk.loeft.staff;

import org.jspecify.annotations.NullMarked;
