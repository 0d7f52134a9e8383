/** Reading uploaded CSV and XLSX files into header and rows of text; other modules read their own uploads with it. */
@NullMarked
@NamedInterface("file")
package dk.loeft.dataimport.file;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
