package org.govopen.commons.problem;

import java.util.Map;

/** 404: no {@code what} with this id (or none the caller may see). */
public class ResourceNotFoundException extends ProblemException {

    public ResourceNotFoundException(String what, Object id) {
        super(ProblemType.NOT_FOUND, "找不到" + what + "：" + id, java.util.List.of(), Map.of("resource", what, "id", String.valueOf(id)));
    }
}
