package org.govopen.commons.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.Map;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.govopen.commons.problem.InvalidInputException;

/**
 * The paging and sorting parameters every list takes, once: {@code ?page=0&size=50&sort=-dueAt}. A resource
 * method takes it as {@code @Valid @BeanParam PageRequest paging}; a page or size that is out of range, or not a
 * number at all ({@link QueryParamConverters}), is a 400 naming the parameter before the method runs.
 */
public class PageRequest {

    public static final int MAX_SIZE = 500;
    /** Far beyond any real list; keeps {@code page * size} inside an int. */
    public static final int MAX_PAGE = 100_000;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(value = 0, message = "不能小于 0")
    @Max(value = MAX_PAGE, message = "不能大于 " + MAX_PAGE)
    @Parameter(description = "0-based page number", example = "0")
    public int page;

    @QueryParam("size")
    @DefaultValue("50")
    @Min(value = 1, message = "必须在 1 到 " + MAX_SIZE + " 之间")
    @Max(value = MAX_SIZE, message = "必须在 1 到 " + MAX_SIZE + " 之间")
    @Parameter(description = "items per page, 1–500", example = "50")
    public int size;

    @QueryParam("sort")
    @Parameter(description = "the list's sort key; a leading '-' sorts descending. Each list names its keys.")
    public String sort;

    public PageRequest() {
    }

    public PageRequest(int page, int size, String sort) {
        this.page = page;
        this.size = size;
        this.sort = sort;
    }

    /** The first row of this page. */
    public int offset() {
        return page * size;
    }

    /**
     * The ordering for {@code sort}, looked up in {@code orders} (key → order-by clause, e.g. {@code "-dueAt" →
     * "d.due_at desc nulls last, a.case_number"}; descending keys start with {@code -} and are listed like the others).
     * No sort given → {@code defaultKey}. An unknown key is a 400 naming {@code sort} and listing the keys.
     */
    public String orderBy(Map<String, String> orders, String defaultKey) {
        String key = sort == null || sort.isBlank() ? defaultKey : sort.trim();
        String order = orders.get(key);
        if (order == null) {
            throw new InvalidInputException("sort", "可选：" + String.join("、", new TreeSet<>(orders.keySet())));
        }
        return order;
    }

    /** A page of {@code items} answering this request. */
    public <T> Page<T> page(java.util.List<T> items, long total) {
        return new Page<>(items, page, size, total);
    }
}
