/** The catalogue's pages: providers, offerings with their frame check, and the published courses for staff. */
@NullMarked
package dk.loeft.catalog.web;

import org.jspecify.annotations.NullMarked;
