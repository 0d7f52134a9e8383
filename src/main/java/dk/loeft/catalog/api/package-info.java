/** The catalogue's REST API (/api/v1/catalog): providers, offerings, their quality frames and the frame check. */
@NullMarked
package dk.loeft.catalog.api;

import org.jspecify.annotations.NullMarked;
