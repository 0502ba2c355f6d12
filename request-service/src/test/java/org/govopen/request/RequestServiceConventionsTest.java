package org.govopen.request;

import io.quarkus.test.junit.QuarkusTest;
import org.govopen.testing.GovOpenTest;
import org.govopen.testing.ServiceConventions;

@QuarkusTest
@GovOpenTest
class RequestServiceConventionsTest extends ServiceConventions {

    @Override
    protected String serviceName() {
        return "request-service";
    }
}
