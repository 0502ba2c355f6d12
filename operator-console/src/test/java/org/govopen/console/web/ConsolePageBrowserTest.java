package org.govopen.console.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.WaitForSelectorState;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.govopen.commons.events.Topics;
import org.govopen.console.ConsoleTestSupport;
import org.govopen.testing.GovOpenTest;
import org.govopen.testing.RecordedEvent;
import org.govopen.testing.Tokens;
import org.govopen.testing.TopicRecorder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 §5, in real headless Chromium (Debian's, driven by Playwright; no browser download): an operator signs in
 * with their token; a breach published on the real broker appears on the open page without a reload; a click
 * acknowledges it and its reminder never comes; the service's resolution takes it off the list; the detail view shows
 * the history; the wall view the counts. The page as it was is saved as {@code target/console-page.png}.
 */
@QuarkusTest
@GovOpenTest
@TestProfile(ConsolePageBrowserTest.TenSecondReminders.class)
class ConsolePageBrowserTest extends ConsoleTestSupport {

    /** Reminders every 10 s: the acknowledgement by a click comes well before the first. */
    public static class TenSecondReminders implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("govopen.console.reminder.interval", "10s");
        }
    }

    static final List<String> CHROMIUM_FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--no-first-run");

    private static Playwright playwright;
    private static Browser browser;

    @TestHTTPResource("/")
    URL base;

    @BeforeAll
    static void startBrowser() {
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(chromium())
                .setHeadless(true).setArgs(CHROMIUM_FLAGS));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    /** The system's Chromium ({@code GOVOPEN_CHROMIUM}, else /usr/bin/chromium): .ci/run installs Debian's. */
    static Path chromium() {
        String configured = System.getenv("GOVOPEN_CHROMIUM");
        Path p = Paths.get(configured == null || configured.isBlank() ? "/usr/bin/chromium" : configured);
        if (!Files.isExecutable(p)) {
            throw new IllegalStateException("no Chromium at " + p + ": apt-get install chromium fonts-noto-cjk (or set GOVOPEN_CHROMIUM)");
        }
        return p;
    }

    private Page signedIn(BrowserContext context, String unit) {
        Page page = context.newPage();
        page.navigate(base + "console");
        assertTrue(page.url().endsWith("/console/login"), "not signed in: the login page, got " + page.url());
        page.fill("#token", Tokens.staff("wang.fang", java.util.Set.of("operator"), unit));
        page.click("button[type=submit]");
        page.waitForURL("**/console");
        page.waitForSelector("#live.live:has-text('实时')");
        return page;
    }

    @Test
    @DisplayName("a breach on the broker appears without reload, is acknowledged by a click and never reminded; resolved, it leaves the list")
    void liveAcknowledgeResolve() throws Exception {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(1400, 900));
             TopicRecorder alerts = TopicRecorder.of(Topics.ALERTS)) {
            Page page = signedIn(context, CITY);
            page.evaluate("window.__sameDocument = true");

            String app = UUID.randomUUID().toString();
            String group = groupIdOf("request", "application", app);
            warning(UUID.randomUUID().toString(), DISTRICT); // something else on the list
            breach(app, DISTRICT);
            Locator row = page.locator("#group-" + group);
            row.waitFor(new Locator.WaitForOptions().setTimeout(10_000));
            assertEquals(Boolean.TRUE, page.evaluate("window.__sameDocument"), "the page was reloaded");
            assertEquals("超期", row.locator("td.level").innerText());
            assertTrue(row.innerText().contains("已超期"), row.innerText());
            assertEquals("BREACH", page.locator("#alert-table tbody tr").first().getAttribute("data-level"), "breaches first");

            row.locator("button.ack").click();
            page.waitForSelector("#group-" + group + "[data-status=ACKNOWLEDGED]");
            assertTrue(row.locator("td.status").innerText().contains("已认领"));
            assertTrue(row.innerText().contains("wang.fang"), row.innerText());
            Files.createDirectories(Paths.get("target"));
            page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/console-page.png")).setFullPage(true));

            // the first reminder would have come 10 s after the breach: 13 s on, none has
            List<RecordedEvent> seen = alerts.drain(Duration.ofSeconds(13));
            assertEquals(List.of(), seen.stream().filter(e -> "govopen.alert.reminder".equals(e.type())
                    && group.equals(JsonPath.from(e.data()).getString("groupId"))).toList());
            assertEquals(0, awaitGroup(group, j -> true).getInt("group.remindersSent"));

            resolved(app, DISTRICT);
            row.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED).setTimeout(10_000));
            assertEquals(Boolean.TRUE, page.evaluate("window.__sameDocument"), "the page was reloaded");
        }
    }

    @Test
    @DisplayName("the detail view shows the alerts, the history and the link to the case; the wall view counts per unit")
    void detailAndWall() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN"))) {
            Page page = signedIn(context, DISTRICT);
            String app = UUID.randomUUID().toString();
            String group = groupIdOf("request", "application", app);
            breach(app, DISTRICT + "/xinzhu");
            page.locator("#group-" + group + " a.more").click(new Locator.ClickOptions().setTimeout(10_000));
            page.waitForURL("**/console/groups/" + group);
            page.fill("input[name=assignee]", "李四");
            page.click("form[hx-post$=assign] button");
            page.waitForSelector("#history td:has-text('指派')");
            assertTrue(page.locator("#history").innerText().contains("李四"));
            assertTrue(page.locator("dl.facts").innerText().contains("/api/v1/applications/" + app));

            page.navigate(base + "console/wall");
            page.waitForSelector(".tile:has-text('" + DISTRICT + "/xinzhu')");
            assertTrue(page.locator(".wall table").innerText().contains("超期"));
        }
    }

    @Test
    @DisplayName("a token that is not an operator's is refused at sign-in, in Chinese")
    void refusedSignIn() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(base + "console/login");
            page.fill("#token", Tokens.staff("clerk", DISTRICT));
            page.click("button[type=submit]");
            assertTrue(page.locator("#status").innerText().contains("不是值守人员"), page.content());
            page.navigate(base + "console");
            assertTrue(page.url().endsWith("/console/login"));
        }
    }
}
