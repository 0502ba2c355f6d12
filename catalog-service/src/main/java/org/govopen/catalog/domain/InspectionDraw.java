package org.govopen.catalog.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

/**
 * The draw of a random inspection (三随机: 时间随机、对象随机、内容随机; seed 003, rules.md §2b): which units, which of
 * the fifteen items, on which day.
 * <ul>
 *   <li><b>Reproducible.</b> The same seed and the same candidates give the same draw on any JVM, today and in ten
 *   years: the candidates are sorted first (their order as given does not matter) and the only source of chance is
 *   {@link Random}, whose algorithm its specification fixes. The seed is recorded with the round, so anybody can
 *   draw it again and check it.</li>
 *   <li><b>Fair.</b> A Fisher–Yates shuffle over every candidate: each unit and item is equally likely to be drawn;
 *   within one round none is drawn twice unless {@code repeat} is asked for (then each pick is independent).</li>
 * </ul>
 * The day is one of the window's days that {@code isInspectionDay} accepts (a working day, normally).
 *
 * @param seed  what the draw came from
 * @param units the units drawn, in the order drawn
 * @param items the items drawn, in the order drawn
 * @param on    the day drawn for the inspection
 */
public record InspectionDraw(long seed, List<String> units, List<InspectionItem> items, LocalDate on) {

    /**
     * Draws {@code unitCount} of {@code candidates} and {@code itemCount} of the fifteen items, and a day of
     * [{@code from}, {@code to}] that {@code isInspectionDay} accepts.
     *
     * @throws IllegalArgumentException when more are asked for than there are (without {@code repeat}), or the window
     *                                  has no day to inspect on
     */
    public static InspectionDraw draw(long seed, Collection<String> candidates, int unitCount, int itemCount, boolean repeat,
                                      LocalDate from, LocalDate to, Predicate<LocalDate> isInspectionDay) {
        List<String> units = candidates.stream().distinct().sorted().toList();
        List<InspectionItem> items = List.of(InspectionItem.values());
        if (units.isEmpty() || unitCount < 1 || itemCount < 1) {
            throw new IllegalArgumentException("a draw needs candidates, and at least one unit and one item");
        }
        if (!repeat && (unitCount > units.size() || itemCount > items.size())) {
            throw new IllegalArgumentException("asked for " + unitCount + " of " + units.size() + " units and " + itemCount
                    + " of " + items.size() + " items without repeats");
        }
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (isInspectionDay.test(d)) {
                days.add(d);
            }
        }
        if (days.isEmpty()) {
            throw new IllegalArgumentException("no day to inspect on between " + from + " and " + to);
        }
        Random random = new Random(seed);
        List<String> drawnUnits = pick(units, unitCount, repeat, random);
        List<InspectionItem> drawnItems = pick(items, itemCount, repeat, random);
        LocalDate on = days.get(random.nextInt(days.size()));
        return new InspectionDraw(seed, drawnUnits, drawnItems, on);
    }

    private static <T> List<T> pick(List<T> all, int count, boolean repeat, Random random) {
        List<T> out = new ArrayList<>(count);
        if (repeat) {
            for (int i = 0; i < count; i++) {
                out.add(all.get(random.nextInt(all.size())));
            }
            return List.copyOf(out);
        }
        // the first count steps of a Fisher–Yates shuffle: each ordered choice of count distinct ones is equally likely
        List<T> pool = new ArrayList<>(all);
        for (int i = 0; i < count; i++) {
            int j = i + random.nextInt(pool.size() - i);
            T t = pool.get(j);
            pool.set(j, pool.get(i));
            pool.set(i, t);
            out.add(t);
        }
        return List.copyOf(out);
    }
}
