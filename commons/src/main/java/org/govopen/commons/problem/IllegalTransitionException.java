package org.govopen.commons.problem;

import java.util.List;
import java.util.Map;

/** 409: the aggregate's state machine does not allow {@code action} from its current state. */
public class IllegalTransitionException extends ProblemException {

    public IllegalTransitionException(String currentState, String currentStateLabel, String action, List<String> allowed) {
        super(ProblemType.ILLEGAL_TRANSITION,
                "当前状态为“" + currentStateLabel + "”，不能执行“" + action + "”",
                List.of(), Map.of("currentState", currentState, "action", action, "allowedActions", allowed));
    }
}
