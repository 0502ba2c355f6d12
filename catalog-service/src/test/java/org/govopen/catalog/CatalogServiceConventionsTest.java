package org.govopen.catalog;

import io.quarkus.test.junit.QuarkusTest;
import org.govopen.testing.GovOpenTest;
import org.govopen.testing.ServiceConventions;

@QuarkusTest
@GovOpenTest
class CatalogServiceConventionsTest extends ServiceConventions {

    @Override
    protected String serviceName() {
        return "catalog-service";
    }
}
