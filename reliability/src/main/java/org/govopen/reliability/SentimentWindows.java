package org.govopen.reliability;

import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.TopicPartition;

/**
 * (g) Opinion windows across a {@code kill -9} of sentiment-service mid-window: {@code INCIDENTS} (40) 重大
 * incidents established so that their 1-hour facts window ends 15–45 s from now (both warning points behind them),
 * sentiment-service killed {@code KILL_AFTER_SECONDS} (25) in — with some windows ended, some not — and restarted by
 * {@code deploy/local/up}. Every incident must raise exactly its alerts ({@link Windows}).
 * <pre>java … SentimentWindows ROOT</pre>
 */
public final class SentimentWindows extends Experiment {

    SentimentWindows(Path root) {
        super(root);
    }

    public static void main(String[] args) throws Exception {
        System.exit(new SentimentWindows(Path.of(args[0])).run() ? 0 : 1);
    }

    boolean run() throws Exception {
        Stack stack = new Stack(root, "sentiment-windows");
        requireStack(stack, false);
        int n = (int) env("INCIDENTS", 40);
        long killAfter = env("KILL_AFTER_SECONDS", 25);
        String token = System.getenv("STAFF_TOKEN").trim();
        Map<TopicPartition, Long> from = Windows.ends();
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(8));
        List<OffsetDateTime> dues = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            dues.add(start.plusSeconds(15).plusNanos((long) (30e9 * i / n)));
        }
        OffsetDateTime lastDue = dues.get(dues.size() - 1);
        Set<String> incidents = Windows.establish(stack, token, dues);
        if (incidents == null) {
            System.out.println("sentiment-windows: could not establish the incidents (see reliability/out)");
            return false;
        }
        stack.log(n + " incidents established; facts windows end " + dues.get(0) + " … " + lastDue);
        sleepSeconds(Math.max(0, killAfter - Duration.between(start, OffsetDateTime.now(ZoneOffset.ofHours(8))).toMillis() / 1000.0));
        long pid = stack.pid("sentiment");
        stack.signal(pid, "9");
        for (int i = 0; i < 50 && Stack.alive(pid); i++) {
            Thread.sleep(100);
        }
        stack.log("sentiment-service (pid " + pid + ") killed at " + OffsetDateTime.now(ZoneOffset.ofHours(8)));
        boolean upOk = stack.up();
        stack.log("deploy/local/up " + (upOk ? "done" : "FAILED") + " at " + OffsetDateTime.now(ZoneOffset.ofHours(8)));
        long wait = Duration.between(OffsetDateTime.now(ZoneOffset.ofHours(8)), lastDue).toSeconds() + 20;
        sleepSeconds(Math.max(20, wait));

        Windows.Tally tally = Windows.tally(from, incidents);
        tally.findings().stream().limit(20).forEach(f -> System.out.println("  " + f));
        boolean clean = upOk && tally.clean();
        System.out.printf("sentiment-windows: %d incidents, sentiment-service killed %d s in and restarted (%s); %s%s%n",
                n, killAfter, upOk ? "up" : "UP FAILED", tally, clean ? "" : " — FINDING");
        return clean;
    }
}
