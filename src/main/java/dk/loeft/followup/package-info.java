/**
 * Follow-up (opfølgning): the ministry's national view of every kommune, putting coverage, money
 * from the pool and the state of each kommune's plan side by side.
 */
@NullMarked
package dk.loeft.followup;

import org.jspecify.annotations.NullMarked;
