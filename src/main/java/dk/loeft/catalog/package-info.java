/**
 * The kommune's course catalogue (kursuskatalog): providers, their offerings linked to plan
 * initiatives, sessions and seat quotas, and the quality frames (rammer) an offering is checked
 * against.
 */
@NullMarked
package dk.loeft.catalog;

import org.jspecify.annotations.NullMarked;
