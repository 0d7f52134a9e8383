/** The grant ledger's pages: /tilskud with its export and expenditure forms, and the price index. */
@NullMarked
package dk.loeft.funding.web;

import org.jspecify.annotations.NullMarked;
