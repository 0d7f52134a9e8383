/** Demo data: two fictional but realistic kommuner with institutions, children, staff and users. */
@NullMarked
package dk.loeft.demo;

import org.jspecify.annotations.NullMarked;
