/** The grant ledger's REST API (/api/v1): the ledger per year and round, and expenditure. */
@NullMarked
package dk.loeft.funding.api;

import org.jspecify.annotations.NullMarked;
