package org.govopen.commons.problem;

import java.util.List;
import java.util.Map;

/** 400: the request names fields that are missing or wrong; nothing was stored. */
public class InvalidInputException extends ProblemException {

    public InvalidInputException(List<Violation> violations) {
        super(ProblemType.VALIDATION, summary(violations), sorted(violations), Map.of());
    }

    private static List<Violation> sorted(List<Violation> violations) {
        return violations.stream().sorted(java.util.Comparator.comparing(Violation::field)).toList();
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new Violation(field, message)));
    }

    private static String summary(List<Violation> violations) {
        return violations.size() == 1 ? violations.get(0).field() + "：" + violations.get(0).message()
                : violations.size() + " 个字段不合法";
    }
}
