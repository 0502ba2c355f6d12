package org.govopen.walks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;
import org.govopen.client.request.ApiException;
import org.junit.jupiter.api.Test;

/**
 * The generated Java clients turn a problem+json answer into typed fields on their ApiException (the GovOpen template,
 * clients/templates/java/libraries/native/apiException.mustache); the walks show it against a running service.
 */
class ProblemAnswersTest {

    @Test
    void aProblemAnswersItsFields() {
        ApiException e = new ApiException(409, "illegal transition", headers("application/problem+json"), """
                {"type": "urn:govopen:problem:illegal-transition", "title": "当前状态不允许此操作", "status": 409,
                 "detail": "申请已归档", "currentState": "ARCHIVED", "action": "reply", "allowedActions": [],
                 "someFutureField": true}""");

        assertEquals("urn:govopen:problem:illegal-transition", e.getType());
        assertEquals("当前状态不允许此操作", e.getTitle());
        assertEquals("申请已归档", e.getDetail());
        assertEquals("ARCHIVED", e.getCurrentState());
        assertEquals(List.of(), e.getViolations());
        assertEquals(409, e.getCode());
    }

    @Test
    void violationsAreTyped() {
        ApiException e = new ApiException(400, "bad input", headers("application/problem+json; charset=UTF-8"), """
                {"type": "urn:govopen:problem:validation", "title": "请求内容有误", "status": 400,
                 "violations": [{"field": "applicant.idNumber", "message": "不能为空"}]}""");

        assertEquals("applicant.idNumber", e.getViolations().get(0).getField());
        assertEquals("不能为空", e.getViolations().get(0).getMessage());
    }

    @Test
    void anAnswerThatIsNoProblemHasNone() {
        ApiException proxy = new ApiException(502, "bad gateway", headers("text/html"), "<html>502</html>");
        ApiException garbled = new ApiException(500, "?", headers("application/problem+json"), "{not json");

        assertTrue(proxy.getProblem().isEmpty());
        assertNull(proxy.getType());
        assertTrue(garbled.getProblem().isEmpty());
        assertEquals("<html>502</html>", proxy.getResponseBody());
    }

    private static HttpHeaders headers(String contentType) {
        return HttpHeaders.of(Map.of("Content-Type", List.of(contentType)), (name, value) -> true);
    }
}
