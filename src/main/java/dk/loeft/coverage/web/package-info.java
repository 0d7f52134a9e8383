/** The coverage pages: kommune overview, coverage and staffing, the national list and institutions. */
@NullMarked
package dk.loeft.coverage.web;

import org.jspecify.annotations.NullMarked;
