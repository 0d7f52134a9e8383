/** The pool's money: rounds and their rules as data, the national allocation to the kommuner, and each kommune's grant ledger. */
@NullMarked
package dk.loeft.funding;

import org.jspecify.annotations.NullMarked;
