package org.govopen.interaction.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.govopen.commons.rest.Page;
import org.govopen.commons.rest.PageRequest;
import org.govopen.interaction.api.CategoryView;
import org.govopen.interaction.api.PublishedMessageView;
import org.govopen.interaction.domain.MessageCategory;
import org.govopen.interaction.service.MessageQueries;

/** 公开选登: what the public reads — published messages with their replies, personal data masked. */
@Path("/api/v1/public")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public", description = "公开选登的留言及答复；留言类别")
@PermitAll
public class PublicMessageResource {

    @Inject
    MessageQueries queries;

    @GET
    @Path("/messages")
    @Operation(summary = "Published messages, latest first",
            description = "Each with 留言时间 (writtenAt), 答复时间 (repliedAt), 答复单位 (replyingUnit) and 答复内容 (reply); names, "
                    + "ID numbers, phone numbers and addresses masked.")
    public Page<PublishedMessageView> listPublishedMessages(@QueryParam("category") MessageCategory category, @Valid @BeanParam PageRequest paging) {
        return queries.published(category, paging);
    }

    @GET
    @Path("/messages/{number}")
    @Operation(summary = "A published message")
    public PublishedMessageView getPublishedMessage(@PathParam("number") String number) {
        return queries.publishedOne(number);
    }

    @GET
    @Path("/categories")
    @Operation(summary = "The categories of a message (留言类别)")
    public List<CategoryView> categories() {
        return Arrays.stream(MessageCategory.values()).map(CategoryView::of).toList();
    }
}
