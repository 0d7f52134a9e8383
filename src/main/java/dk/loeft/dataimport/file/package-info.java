/** Reading uploaded CSV and XLSX files into header and rows of text. */
@NullMarked
package dk.loeft.dataimport.file;

import org.jspecify.annotations.NullMarked;
