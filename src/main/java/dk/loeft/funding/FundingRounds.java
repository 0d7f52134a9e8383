package dk.loeft.funding;

import dk.loeft.platform.NotFoundException;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pool's rounds and their rules, for every module that needs them (plan budget rules read the
 * start window, completion deadline, informal cap and eligible costs from here). Only the ministry
 * changes a round.
 */
@Service
public class FundingRounds {

    private final FundingRoundRepository rounds;
    private final JdbcClient jdbc;

    FundingRounds(FundingRoundRepository rounds, JdbcClient jdbc) {
        this.rounds = rounds;
        this.jdbc = jdbc;
    }

    public Pool pool() {
        return jdbc.sql("select id, name, administrator from pool order by name limit 1")
                .query(Pool.class)
                .single();
    }

    /** Every round, oldest first. */
    public List<FundingRound> all() {
        return rounds.findAll().stream()
                .sorted(Comparator.comparingInt(FundingRound::firstYear))
                .toList();
    }

    public FundingRound byId(UUID id) {
        return rounds.findById(id).orElseThrow(NotFoundException::new);
    }

    /** The ministry replaces a round's values and sources; a stale version is a conflict. */
    @Transactional
    public FundingRound change(UUID id, int expectedVersion, RoundRules rules) {
        Access.national();
        FundingRound round = byId(id);
        round.expectVersion(expectedVersion);
        round.change(rules);
        return rounds.save(round);
    }
}
