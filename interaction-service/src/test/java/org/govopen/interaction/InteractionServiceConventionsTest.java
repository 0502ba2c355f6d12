package org.govopen.interaction;

import io.quarkus.test.junit.QuarkusTest;
import org.govopen.testing.GovOpenTest;
import org.govopen.testing.ServiceConventions;

@QuarkusTest
@GovOpenTest
class InteractionServiceConventionsTest extends ServiceConventions {

    @Override
    protected String serviceName() {
        return "interaction-service";
    }
}
