package org.govopen.commons.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;

/**
 * Unit paths sit in URL paths ({@code /api/v1/inspections/nanning/qingxiu}), and a generated client encodes the
 * slashes of a path parameter ({@code nanning%2Fqingxiu}), which Jakarta REST never matches against a template. Before
 * matching, an encoded slash is made a slash again, so both spellings reach the same resource; the templates' own
 * patterns still decide what a unit path may contain.
 */
@Provider
@PreMatching
public class EncodedSlashes implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        URI uri = request.getUriInfo().getRequestUri();
        String path = uri.getRawPath();
        if (path == null || !(path.contains("%2F") || path.contains("%2f"))) {
            return;
        }
        String decoded = path.replace("%2F", "/").replace("%2f", "/");
        String query = uri.getRawQuery();
        request.setRequestUri(URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + decoded
                + (query == null ? "" : "?" + query)));
    }
}
