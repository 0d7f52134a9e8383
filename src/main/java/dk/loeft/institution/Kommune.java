package dk.loeft.institution;

import java.math.BigDecimal;

/**
 * One of the 98 kommuner, with its coverage target (uddannelsesdækning, default 85 %); the version
 * detects a stale target form.
 */
public record Kommune(int code, String name, String region, BigDecimal coverageTarget, int version) {}
