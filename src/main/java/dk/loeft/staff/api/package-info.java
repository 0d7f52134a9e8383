/** The staff module's REST API (/api/v1/staff): staff members with their educations and employments. */
@NullMarked
package dk.loeft.staff.api;

import org.jspecify.annotations.NullMarked;
