package org.govopen.catalog.rest;

import static org.govopen.commons.rest.FormText.trimToNull;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.govopen.catalog.api.CleanupView;
import org.govopen.catalog.api.FieldChangeView;
import org.govopen.catalog.api.InterpretationView;
import org.govopen.catalog.api.PublicDocumentView;
import org.govopen.catalog.api.PublishedEntryView;
import org.govopen.catalog.api.SearchHitView;
import org.govopen.catalog.api.VersionView;
import org.govopen.catalog.domain.PublicationLevel;
import org.govopen.catalog.domain.Unit;
import org.govopen.catalog.service.CatalogueExport;
import org.govopen.catalog.service.CatalogueQueries;
import org.govopen.catalog.service.DocumentQueries;
import org.govopen.catalog.service.InterpretationService;
import org.govopen.catalog.service.SearchIndex;
import org.govopen.catalog.service.UnitService;
import org.govopen.commons.problem.InvalidInputException;
import org.govopen.commons.problem.Params;
import org.govopen.commons.rest.Page;
import org.govopen.commons.rest.PageRequest;

/**
 * The public catalogue, without an account: browse what is published by unit, domain and level; search in
 * Chinese; read every published version and what changed; export a unit's catalogue; read clean-up results.
 */
@Path("/api/v1/public")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Public catalogue", description = "公开目录：浏览、检索、版本、导出、清理结果（无需登录）")
public class PublicCatalogueResource {

    static final int MAX_QUERY = 100;

    @Inject
    SearchIndex search;

    @Inject
    CatalogueQueries catalogue;

    @Inject
    DocumentQueries documents;

    @Inject
    UnitService units;

    @Inject
    CatalogueExport export;

    @Inject
    InterpretationService interpretations;

    @GET
    @Path("/entries")
    @Operation(summary = "Browse the published catalogue: a unit (and below), a domain, a level",
            description = "sort: unit (default: by unit, then in domain order, first-level item and name).")
    public Page<VersionView> browse(@QueryParam("unit") String unit, @QueryParam("domain") String domain,
                                    @QueryParam("level") String level,
                                    @Valid @BeanParam PageRequest paging) {
        PublicationLevel l = Params.optionalEnum(PublicationLevel.class, "level", level);
        return catalogue.browse(new CatalogueQueries.BrowseFilter(unit, domain, l), paging);
    }

    @GET
    @Path("/entries/{id}")
    @Operation(summary = "The latest published version of an entry, with the information published under it")
    public PublishedEntryView entry(@PathParam("id") UUID id) {
        return catalogue.publishedEntry(id);
    }

    @GET
    @Path("/entries/{id}/versions")
    @Operation(summary = "Every published version of an entry, oldest first (动态调整 keeps the history)")
    public List<VersionView> versions(@PathParam("id") UUID id) {
        return catalogue.versions(id);
    }

    @GET
    @Path("/entries/{id}/versions/{version}")
    @Operation(summary = "One published version")
    public VersionView version(@PathParam("id") UUID id, @PathParam("version") int version) {
        return catalogue.version(id, version);
    }

    @GET
    @Path("/entries/{id}/diff")
    @Operation(summary = "What changed between two published versions, element by element")
    public List<FieldChangeView> diff(@PathParam("id") UUID id,
                                      @QueryParam("from") @Min(value = 1, message = "版本号从 1 开始") Integer from,
                                      @QueryParam("to") @Min(value = 1, message = "版本号从 1 开始") Integer to) {
        if (from == null || to == null) {
            throw new InvalidInputException(from == null ? "from" : "to", "须给出要比较的两个版本号");
        }
        return catalogue.diff(id, from, to);
    }

    @GET
    @Path("/search")
    @Operation(summary = "Search published entries and information in Chinese, best first",
            description = "Chinese text is matched by character bigrams, so 征地补偿 finds 征地补偿安置方案; common "
                    + "citizens' words also find the official ones (低保 → 最低生活保障). Names and titles rank above "
                    + "body text. kind: entry or item. sort: -rank (default, best first).")
    public Page<SearchHitView> search(@QueryParam("q") String q, @QueryParam("unit") String unit,
                                      @QueryParam("domain") String domain, @QueryParam("kind") String kind,
                                      @Valid @BeanParam PageRequest paging) {
        if (q == null || q.isBlank()) {
            throw new InvalidInputException("q", "请输入检索词");
        }
        if (q.length() > MAX_QUERY) {
            throw new InvalidInputException("q", "检索词不能超过 " + MAX_QUERY + " 个字符");
        }
        if (kind != null && !kind.equals(SearchIndex.ENTRY) && !kind.equals(SearchIndex.ITEM)) {
            throw new InvalidInputException("kind", "只能是 entry 或 item");
        }
        return search.search(q, trimToNull(unit), trimToNull(domain), kind, paging);
    }

    @GET
    @Path("/catalogue")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @Transactional
    @Operation(summary = "Export a unit's published catalogue (format=csv or xlsx) in the standard table layout")
    @APIResponse(responseCode = "200", description = "the catalogue table, as a download", content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response exportCatalogue(@QueryParam("unit") String unit, @QueryParam("format") @DefaultValue("csv") String format) {
        if (unit == null || unit.isBlank()) {
            throw new InvalidInputException("unit", "须指定单位");
        }
        if (!format.equals("csv") && !format.equals("xlsx")) {
            throw new InvalidInputException("format", "只能是 csv 或 xlsx");
        }
        Unit u = units.require(unit);
        List<List<String>> rows = export.rows(export.publishedCatalogue(u.path));
        String file = URLEncoder.encode(u.name + "政务公开事项标准目录." + format, StandardCharsets.UTF_8).replace("+", "%20");
        StreamingOutput body = format.equals("csv") ? out -> export.csv(rows, out) : out -> export.xlsx(u, rows, out);
        String type = format.equals("csv") ? "text/csv; charset=UTF-8"
                : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        return Response.ok(body, type)
                .header("Content-Disposition", "attachment; filename=\"catalogue." + format + "\"; filename*=UTF-8''" + file)
                .build();
    }

    @GET
    @Path("/documents/{id}")
    @Operation(summary = "A published document with links to its interpretations (政策解读)")
    public PublicDocumentView document(@PathParam("id") UUID id) {
        return interpretations.publicDocument(id);
    }

    @GET
    @Path("/interpretations/{id}")
    @Operation(summary = "A published interpretation, with the link back to its document (documentLink)")
    public InterpretationView interpretation(@PathParam("id") UUID id) {
        return interpretations.publicInterpretation(id);
    }

    @GET
    @Path("/cleanups")
    @Operation(summary = "Published clean-up results of obsolete documents, newest first")
    public List<CleanupView> cleanups(@QueryParam("unit") String unit) {
        return documents.publishedCleanups(unit);
    }
}
