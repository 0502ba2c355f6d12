package org.govopen.commons.security;

/**
 * Units are identified by their path in the unit tree, e.g. {@code nanning/qingxiu/xinzhu} (city / district /
 * street). A user whose token carries {@code unit = nanning/qingxiu} sees that unit and every unit below it,
 * and nothing else.
 */
public final class UnitScope {

    private UnitScope() {
    }

    /** True when {@code unit} is {@code scope} or lies below it. */
    public static boolean covers(String scope, String unit) {
        if (scope == null || unit == null || scope.isBlank()) {
            return false;
        }
        return unit.equals(scope) || unit.startsWith(scope + "/");
    }

    /** A SQL LIKE pattern (escape character {@code \}) matching the units strictly below {@code scope}. */
    public static String belowPattern(String scope) {
        return scope.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "/%";
    }

    /**
     * The query condition "{@code column} is {@code scope} or a unit below it", for JPQL and SQL alike, with its two
     * parameters ({@code unit}, {@code below}) put into {@code params}: {@code (a.unit = :unit or a.unit like :below escape '\')}.
     */
    public static String condition(String column, String scope, java.util.Map<String, Object> params) {
        params.put("unit", scope);
        params.put("below", belowPattern(scope));
        return "(" + column + " = :unit or " + column + " like :below escape '\\')";
    }

    /** Every ancestor of {@code unit}, nearest last: {@code a/b/c} → {@code [a, a/b]}. */
    public static java.util.List<String> ancestors(String unit) {
        java.util.List<String> out = new java.util.ArrayList<>();
        int i = unit.indexOf('/');
        while (i > 0) {
            out.add(unit.substring(0, i));
            i = unit.indexOf('/', i + 1);
        }
        return out;
    }

    /** A well-formed unit path (also for Bean Validation's {@code @Pattern}): up to six '/'-separated segments. */
    public static final String PATH_PATTERN = "[a-z0-9][a-z0-9-]{0,39}(/[a-z0-9][a-z0-9-]{0,39}){0,5}";

    /** A well-formed unit path: lower-case segments of letters, digits and '-' separated by '/'. */
    public static boolean isWellFormed(String unit) {
        return unit != null && unit.matches(PATH_PATTERN);
    }
}
