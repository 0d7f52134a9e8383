/** A kommune's dagtilbud: areas (distrikter), institutions and the children enrolled in them. */
@NullMarked
package dk.loeft.institution;

import org.jspecify.annotations.NullMarked;
