package dk.loeft.benchmark;

import dk.loeft.demo.DemoDataGenerator;
import dk.loeft.demo.DemoDataWriter;
import dk.loeft.demo.KommuneSpec;
import dk.loeft.demo.SyntheticKommune;
import dk.loeft.platform.tenancy.Tenancy;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A national synthetic data set for the benchmarks: every kommune without data gets institutions,
 * staff and a year of children counts, sized so the country has about 80.000 staff. Written once per
 * run, whichever benchmark asks first (each benchmark asks, so any one of them runs alone on the same data).
 */
public final class NationalDataSet {

    /** Daginstitutioner to spread over the kommuner (the generator gives ~22 staff each). */
    static final int DAYCARE_CENTRES = 3_450;

    private static boolean loaded;

    private NationalDataSet() {}

    public record Summary(int kommuner, long institutions, long staff, long childrenCounts, long millis) {}

    public static synchronized Summary ensureLoaded(JdbcTemplate jdbc, TransactionTemplate tx) {
        long started = System.nanoTime();
        if (!loaded) {
            List<Integer> empty = Tenancy.runAs(Tenancy.ALL, () -> jdbc.queryForList("""
                    select code from kommune k
                     where not exists (select 1 from institution i where i.kommune_code = k.code)
                     order by code""", Integer.class));
            double[] weights = weights(empty.size());
            var writer = new DemoDataWriter(jdbc);
            Instant now = Instant.parse("2026-11-01T08:00:00Z");
            for (int i = 0; i < empty.size(); i++) {
                int code = empty.get(i);
                int centres = Math.max(4, (int) Math.round(DAYCARE_CENTRES * weights[i]));
                SyntheticKommune kommune = DemoDataGenerator.generate(
                        KommuneSpec.synthetic(code, "By " + code, 1_000L + code, centres, Math.max(5, centres)));
                Tenancy.runAs(Tenancy.ALL, () -> tx.executeWithoutResult(s -> writer.write(kommune, now)));
            }
            loaded = true;
        }
        return Tenancy.runAs(
                Tenancy.ALL,
                () -> new Summary(
                        jdbc.queryForObject("select count(distinct kommune_code) from institution", Integer.class),
                        jdbc.queryForObject("select count(*) from institution", Long.class),
                        jdbc.queryForObject("select count(*) from staff_member", Long.class),
                        jdbc.queryForObject("select count(*) from children_count", Long.class),
                        (System.nanoTime() - started) / 1_000_000));
    }

    /** Kommune sizes vary like Denmark's: a few large, many middle-sized, some small. */
    private static double[] weights(int count) {
        var random = new Random(98);
        double[] w = new double[count];
        double sum = 0;
        for (int i = 0; i < count; i++) {
            w[i] = Math.exp(random.nextGaussian() * 0.7);
            sum += w[i];
        }
        for (int i = 0; i < count; i++) {
            w[i] /= sum;
        }
        return w;
    }
}
