package org.govopen.interaction.open311;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.govopen.commons.problem.Problem;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The errors the kernel answers before {@link Open311Resource} is chosen — a method the path does not have (405), a
 * body that is not a form (415) — are problems like anywhere else; under {@code /open311} they are rewritten into the
 * spec's errors list, with the same status. Every other path is left alone.
 */
public class Open311ErrorFormat {

    @Inject
    Open311Errors errors;

    @ServerResponseFilter
    public void toSpecFormat(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if (path == null || !(path.equals("/open311") || path.startsWith("/open311/"))
                || !(response.getEntity() instanceof Problem problem)) {
            return;
        }
        Open311Format format = Open311Format.ofPath(path);
        byte[] body = errors.rewrite(response.getStatus(), problem, format);
        MediaType type = MediaType.valueOf(format.contentType());
        response.setEntity(body, null, type);
        response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, format.contentType());
    }
}
