package dk.loeft.coverage.web;

import dk.loeft.coverage.MonthlyCoverage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Coordinates of the server-rendered SVG line chart of coverage by month: a point per month with
 * pedagogical staff, the target as a dashed line, and a 0-100 % axis.
 */
record CoverageChart(List<Point> points, String line, double targetY, List<Tick> ticks) {

    static final int WIDTH = 960;
    static final int HEIGHT = 300;
    static final int LEFT = 60;
    static final int RIGHT = 36;
    static final int TOP = 16;
    static final int BOTTOM = 40;

    record Point(MonthlyCoverage month, double x, @Nullable Double y) {}

    record Tick(int percent, double y) {}

    static CoverageChart of(List<MonthlyCoverage> months, BigDecimal target) {
        int n = months.size();
        double plotWidth = WIDTH - LEFT - RIGHT;
        double step = n > 1 ? plotWidth / (n - 1) : 0;
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            MonthlyCoverage month = months.get(i);
            BigDecimal share = month.coverage().share();
            double x = n > 1 ? LEFT + i * step : LEFT + plotWidth / 2;
            points.add(new Point(month, round(x), share == null ? null : y(share.doubleValue())));
        }
        String line = points.stream()
                .filter(p -> p.y() != null)
                .map(p -> p.x() + "," + p.y())
                .collect(Collectors.joining(" "));
        List<Tick> ticks = new ArrayList<>();
        for (int percent = 0; percent <= 100; percent += 20) {
            ticks.add(new Tick(percent, y(percent / 100.0)));
        }
        return new CoverageChart(points, line, y(target.doubleValue()), ticks);
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    public int left() {
        return LEFT;
    }

    public int right() {
        return WIDTH - RIGHT;
    }

    public int bottom() {
        return HEIGHT - BOTTOM;
    }

    public int labelY() {
        return HEIGHT - BOTTOM + 20;
    }

    private static double y(double share) {
        double plotHeight = HEIGHT - TOP - BOTTOM;
        return round(TOP + (1 - Math.max(0, Math.min(1, share))) * plotHeight);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
