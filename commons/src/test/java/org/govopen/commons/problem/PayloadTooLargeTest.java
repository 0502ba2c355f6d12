package org.govopen.commons.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.govopen.testing.GovOpenTest;
import org.junit.jupiter.api.Test;

/** A body over quarkus.http.limits.max-body-size (2M in the kernel's defaults) is a 413 problem, not an empty 413. */
@QuarkusTest
@GovOpenTest
class PayloadTooLargeTest {

    @TestHTTPResource("/")
    java.net.URI url;

    private static String noteOf(int characters) {
        return "{\"text\":\"" + "a".repeat(characters) + "\"}";
    }

    @Test
    void aBodyOf2Point5MegabytesIsA413Problem() {
        given().contentType("application/json").body(noteOf(2_500_000)).post("/test/notes")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("urn:govopen:problem:payload-too-large"))
                .body("title", equalTo("请求内容过大"))
                .body("status", equalTo(413))
                .body("maxBodySize", equalTo(2 * 1024 * 1024))
                .body("detail", containsString("2.0 MB"))
                .body("instance", equalTo("/test/notes"));
    }

    @Test
    void aBodyJustUnderTheLimitReachesTheResource() {
        // too long for the note's @Size(max = 20), so the resource's own validation answers
        given().contentType("application/json").body(noteOf(2 * 1024 * 1024 - 100)).post("/test/notes")
                .then().statusCode(400).body("violations[0].field", equalTo("text"));
    }

    /**
     * A body of unknown length (Transfer-Encoding: chunked — java.net.http sends a stream of unknown length so) is
     * held to the same limit, with the same problem; Quarkus alone answered it with an empty 413.
     */
    @Test
    void aChunkedBodyOverTheLimitIsA413Problem_andOneUnderItReachesTheResource() throws Exception {
        var over = postChunked(noteOf(2_500_000));
        assertEquals(413, over.statusCode());
        assertEquals("application/problem+json", over.headers().firstValue("Content-Type").orElse(""));
        assertTrue(over.body().contains("urn:govopen:problem:payload-too-large"), over.body());
        assertTrue(over.body().contains("2.0 MB"), over.body());
        assertEquals(200, postChunked(noteOf(5)).statusCode());
        var invalid = postChunked(noteOf(40));
        assertEquals(400, invalid.statusCode());
        assertTrue(invalid.body().contains("\"field\":\"text\""), invalid.body());
    }

    private java.net.http.HttpResponse<String> postChunked(String body) throws Exception {
        byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var request = java.net.http.HttpRequest.newBuilder(url.resolve("/test/notes"))
                .version(java.net.http.HttpClient.Version.HTTP_1_1)
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes)))
                .build();
        return java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theServiceAnswersNormallyAfterARefusedBody() {
        for (int i = 0; i < 3; i++) {
            given().contentType("application/json").body(noteOf(2_500_000)).post("/test/notes").then().statusCode(413);
            given().contentType("application/json").body(noteOf(5)).post("/test/notes").then().statusCode(200);
        }
    }
}
