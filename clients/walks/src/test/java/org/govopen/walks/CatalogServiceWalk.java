package org.govopen.walks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.govopen.client.catalog.ApiClient;
import org.govopen.client.catalog.ApiException;
import org.govopen.client.catalog.api.PublicCatalogueApi;
import org.govopen.client.catalog.model.PageSearchHitView;
import org.junit.jupiter.api.Test;

/** catalog-service as a government portal uses it: the public catalogue, searched and exported (run after the demo). */
class CatalogServiceWalk {

    private final PublicCatalogueApi catalogue = new PublicCatalogueApi(client());

    @Test
    void aPortalSearchesThePublicCatalogue() throws ApiException {
        PageSearchHitView hits = catalogue.search(PublicCatalogueApi.APISearchRequest.newBuilder().q("低保").size(5).build());

        assertTrue(hits.getTotal() > 0, "no hit for 低保 in the demo catalogue");
        assertFalse(hits.getItems().isEmpty());
        assertTrue(hits.getItems().stream().allMatch(hit -> hit.getTitle() != null && hit.getUnit() != null));
    }

    @Test
    void aPortalDownloadsADistrictsCatalogue() throws ApiException, java.io.IOException {
        java.io.File download = catalogue.exportCatalogue(PublicCatalogueApi.APIExportCatalogueRequest.newBuilder()
                .unit("nanning/qingxiu").format("csv").build());
        String csv = java.nio.file.Files.readString(download.toPath(), java.nio.charset.StandardCharsets.UTF_8);

        String[] lines = csv.strip().split("\r?\n");
        assertTrue(lines.length > 1, "the export has no rows below its header: " + csv);
        assertTrue(lines[0].contains("事项"), "header: " + lines[0]);
    }

    @Test
    void aBadSearchIsAProblemNamingTheParameter() {
        ApiException refused = assertThrows(ApiException.class,
                () -> catalogue.search(PublicCatalogueApi.APISearchRequest.newBuilder().q("低保").kind("everything").build()));
        assertEquals(400, refused.getCode());
        assertEquals("kind", refused.getViolations().get(0).getField());
    }

    private static ApiClient client() {
        ApiClient client = new ApiClient();
        client.updateBaseUri(Stack.url("catalog"));
        return client;
    }
}
