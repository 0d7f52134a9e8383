package dk.loeft.funding;

import java.util.UUID;

/** What a kommune has been granted for one year of a round: its grants and corrections added up (øre). */
public record GrantTotal(int kommuneCode, UUID roundId, String roundName, int year, long amountOere) {}
