package org.govopen.sentiment.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * Rules.md §4 — who answers an incident: 属地管理、分级负责、谁主管谁负责 (seed 001, 003).
 * <ul>
 *   <li>an opinion on a government's major policy or decision (重大政策、重要决策部署) → that government's
 *       departments, wherever it is raised;</li>
 *   <li>one place, one department → that department of that place's government;</li>
 *   <li>several places → the competent department of the government above all of them (the nearest government
 *       whose area holds every place: {@code nanning/qingxiu/xinzhu} and {@code nanning/qingxiu/zhongshan} →
 *       {@code nanning/qingxiu});</li>
 *   <li>several departments → shared: the first named leads, the others respond with it, and they give one
 *       consistent answer;</li>
 *   <li>no department named → the government of the place itself (its disclosure office).</li>
 * </ul>
 * Places are unit paths ({@code city/district/street}); departments are the competent sectors (民政, 自然资源 …) as
 * named by the assessment, in order of responsibility.
 */
public final class ResponsibilityRule {

    /**
     * The outcome: the government whose departments answer, the lead department (null: the government itself) and
     * the co-responders. {@code beyondThisPlatform}: the places share no government on this platform (two cities),
     * so the incident is reported up to the government above them, which no unit here is.
     */
    public record Responsibility(String government, String lead, List<String> coResponders, boolean beyondThisPlatform) {

        /** The answer must be given jointly: one consistent answer from the lead and the co-responders. */
        public boolean shared() {
            return !coResponders.isEmpty();
        }
    }

    private ResponsibilityRule() {
    }

    public static Responsibility responsible(List<String> places, List<String> departments) {
        return responsible(places, departments, null);
    }

    /** {@code policyOf}: the government whose major policy or decision the opinion is about, or null. */
    public static Responsibility responsible(List<String> places, List<String> departments, String policyOf) {
        Objects.requireNonNull(places, "places");
        List<String> distinctPlaces = new ArrayList<>(new LinkedHashSet<>(places));
        if (distinctPlaces.isEmpty()) {
            throw new IllegalArgumentException("an incident happens somewhere: at least one place");
        }
        List<String> distinctDepartments = departments == null ? List.of() : new ArrayList<>(new LinkedHashSet<>(departments));
        String government = policyOf != null && !policyOf.isBlank() ? policyOf : governmentAbove(distinctPlaces);
        String lead = distinctDepartments.isEmpty() ? null : distinctDepartments.get(0);
        List<String> co = distinctDepartments.size() > 1 ? List.copyOf(distinctDepartments.subList(1, distinctDepartments.size())) : List.of();
        return new Responsibility(government, lead, co, government.isEmpty());
    }

    /** The nearest unit whose area holds every place (a place holds itself); empty when they share none. */
    static String governmentAbove(List<String> places) {
        String[] common = places.get(0).split("/");
        int length = common.length;
        for (String place : places.subList(1, places.size())) {
            String[] parts = place.split("/");
            int i = 0;
            while (i < length && i < parts.length && common[i].equals(parts[i])) {
                i++;
            }
            length = i;
        }
        return String.join("/", java.util.Arrays.asList(common).subList(0, length));
    }
}
