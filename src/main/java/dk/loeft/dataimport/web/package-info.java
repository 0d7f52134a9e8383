/** The import page: choose kind, download a template, upload, see errors or preview, confirm. */
@NullMarked
package dk.loeft.dataimport.web;

import org.jspecify.annotations.NullMarked;
