package org.govopen.commons.problem;

import java.util.List;
import java.util.Map;

/** An error a client caused and can act on; mapped to its problem detail. */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<Violation> violations;
    private final Map<String, Object> extensions;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of(), Map.of());
    }

    public ProblemException(ProblemType type, String detail, List<Violation> violations, Map<String, Object> extensions) {
        super(detail);
        this.type = type;
        this.violations = List.copyOf(violations);
        this.extensions = extensions;
    }

    public Problem toProblem() {
        return new Problem(type.uri(), type.title(), type.status(), getMessage(),
                null, violations.isEmpty() ? null : violations, extensions);
    }

    public ProblemType type() {
        return type;
    }
}
