/** The import REST API: {@code POST /api/v1/imports/{kind}} with a file, as a dry run or for real. */
@NullMarked
package dk.loeft.dataimport.api;

import org.jspecify.annotations.NullMarked;
