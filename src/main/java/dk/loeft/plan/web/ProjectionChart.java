package dk.loeft.plan.web;

import dk.loeft.plan.projection.Projection;
import dk.loeft.plan.projection.ProjectionYear;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/** The projection as an SVG line chart from 0 to 100 %, one point per year, with the goal as a dashed line. */
record ProjectionChart(
        int width,
        int height,
        int left,
        int right,
        int top,
        int bottom,
        List<Point> points,
        List<Tick> ticks,
        int goalY) {

    record Point(int year, int x, @Nullable Integer y) {}

    record Tick(int percent, int y) {}

    static ProjectionChart of(Projection projection) {
        int width = 640;
        int height = 280;
        int left = 56;
        int right = width - 16;
        int top = 16;
        int bottom = height - 36;
        List<ProjectionYear> years = projection.years();
        int steps = Math.max(1, years.size() - 1);
        List<Point> points = IntStream.range(0, years.size())
                .mapToObj(i -> new Point(
                        years.get(i).year(),
                        left + (right - left) * i / steps,
                        y(years.get(i).share(), top, bottom)))
                .toList();
        List<Tick> ticks = IntStream.rangeClosed(0, 5)
                .mapToObj(i -> new Tick(i * 20, y(BigDecimal.valueOf(i * 20L, 2), top, bottom)))
                .toList();
        Integer goal = y(projection.goal(), top, bottom);
        return new ProjectionChart(width, height, left, right, top, bottom, points, ticks, goal == null ? top : goal);
    }

    /** The polyline's points, "x,y x,y", skipping years without a share. */
    public String line() {
        return points.stream()
                .filter(p -> p.y() != null)
                .map(p -> p.x() + "," + p.y())
                .collect(Collectors.joining(" "));
    }

    public int labelY() {
        return bottom + 20;
    }

    private static @Nullable Integer y(@Nullable BigDecimal share, int top, int bottom) {
        if (share == null) {
            return null;
        }
        BigDecimal clamped = share.max(BigDecimal.ZERO).min(BigDecimal.ONE);
        return bottom
                - clamped.multiply(BigDecimal.valueOf(bottom - top))
                        .setScale(0, RoundingMode.HALF_UP)
                        .intValue();
    }
}
