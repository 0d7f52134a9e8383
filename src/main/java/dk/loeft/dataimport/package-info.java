/** Import of a kommune's institutions, children counts and staff from CSV and XLSX files, every row checked before anything is written. */
@NullMarked
package dk.loeft.dataimport;

import org.jspecify.annotations.NullMarked;
