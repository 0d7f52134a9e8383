/** The institution module's REST API (/api/v1): kommuner, areas, institutions and children counts. */
@NullMarked
package dk.loeft.institution.api;

import org.jspecify.annotations.NullMarked;
