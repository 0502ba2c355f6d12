package org.govopen.console;

import io.quarkus.test.junit.QuarkusTest;
import org.govopen.testing.GovOpenTest;
import org.govopen.testing.ServiceConventions;

@QuarkusTest
@GovOpenTest
class OperatorConsoleServiceConventionsTest extends ServiceConventions {

    @Override
    protected String serviceName() {
        return "operator-console";
    }
}
