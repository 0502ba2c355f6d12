package org.govopen.commons.problem;

import java.util.List;
import java.util.Map;

/** 409: the request contradicts data already stored (a duplicate, a stale version). */
public class ConflictException extends ProblemException {

    public ConflictException(String detail) {
        super(ProblemType.CONFLICT, detail, List.of(), Map.of());
    }
}
