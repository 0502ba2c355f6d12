package org.govopen.sentiment;

import io.quarkus.test.junit.QuarkusTest;
import org.govopen.testing.GovOpenTest;
import org.govopen.testing.ServiceConventions;

@QuarkusTest
@GovOpenTest
class SentimentServiceConventionsTest extends ServiceConventions {

    @Override
    protected String serviceName() {
        return "sentiment-service";
    }
}
