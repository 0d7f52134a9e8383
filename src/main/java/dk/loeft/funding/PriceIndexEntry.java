package dk.loeft.funding;

import java.math.BigDecimal;

/** One year of the price index (pris- og lønindeks) with where the value comes from. */
public record PriceIndexEntry(int year, BigDecimal value, String source, int version) {}
