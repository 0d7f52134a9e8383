/** Reading uploaded CSV and XLSX files into header and rows of text, for every module that takes uploads. */
@NullMarked
package dk.loeft.platform.sheet;

import org.jspecify.annotations.NullMarked;
