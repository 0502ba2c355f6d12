package org.govopen.commons.rest;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Locale;
import java.util.function.Function;
import org.govopen.commons.problem.InvalidInputException;
import org.govopen.commons.validation.ControlCharacters;
import org.govopen.commons.validation.DateBounds;

/**
 * Numbers, booleans and enum values in query, path, header and form parameters, parsed so that a value that is not one is a 400
 * naming the parameter ({@code ?page=abc} → {@code violations[0].field = "page"}). Without this, JAX-RS answers a
 * failed conversion of a query or path parameter with a bare 404 (Jakarta REST §3.2). Applies to every resource of
 * every service; resources keep declaring {@code int}, {@code Integer}, {@code long} or {@code boolean}.
 * <p>
 * Text parameters ({@code String}, also each value of a {@code List<String>}) with a control character other than TAB,
 * LF, CR are a 400 naming the parameter ({@code ?domain=%00}; PostgreSQL would refuse U+0000 with a 500), and a
 * {@code LocalDate} parameter must be a date within {@link DateBounds}; text longer than {@link #MAX_TEXT_PARAMETER}
 * characters is a 400 naming the parameter.
 */
@Provider
public class QueryParamConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = nameOf(annotations);
        if (name == null) {
            return null;
        }
        if (rawType == String.class) {
            return (ParamConverter<T>) new Text(name);
        }
        if (rawType == java.time.LocalDate.class) {
            return (ParamConverter<T>) new Date(name);
        }
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) new Strict<>(name, rawType.isPrimitive(), "必须是整数", Integer::valueOf);
        }
        if (rawType == Long.class || rawType == long.class) {
            return (ParamConverter<T>) new Strict<>(name, rawType.isPrimitive(), "必须是整数", Long::valueOf);
        }
        if (rawType.isEnum()) {
            return (ParamConverter<T>) enumConverter(name, rawType);
        }
        if (rawType == Boolean.class || rawType == boolean.class) {
            return (ParamConverter<T>) new Strict<>(name, rawType.isPrimitive(), "必须是 true 或 false",
                    QueryParamConverters::bool);
        }
        return null;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <E extends Enum<E>> ParamConverter<E> enumConverter(String name, Class<?> type) {
        Class<E> e = (Class<E>) type;
        String allowed = java.util.Arrays.stream(e.getEnumConstants()).map(Enum::name).collect(java.util.stream.Collectors.joining("、"));
        return new Strict<>(name, false, "必须是 " + allowed + " 之一", v -> Enum.valueOf(e, v));
    }

    private static Boolean bool(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(s);
        };
    }

    private static String nameOf(Annotation[] annotations) {
        if (annotations == null) {
            return null;
        }
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) {
                return q.value();
            }
            if (a instanceof PathParam p) {
                return p.value();
            }
            if (a instanceof HeaderParam h) {
                return h.value();
            }
            if (a instanceof FormParam f) {
                return f.value();
            }
        }
        return null;
    }

    /**
     * Parses the trimmed value; anything unparseable is a 400 naming the parameter. A blank value ({@code ?overdue=})
     * means "not given" for an optional parameter and is a 400 for a primitive one.
     */
    private record Strict<T>(String name, boolean required, String message, Function<String, T> parse)
            implements ParamConverter<T> {

        @Override
        public T fromString(String value) {
            if (value == null || value.isBlank()) {
                if (required) {
                    throw new BadRequestException(new InvalidInputException(name, "不能为空"));
                }
                return null;
            }
            try {
                return parse.apply(value.trim());
            } catch (RuntimeException e) {
                // a WebApplicationException passes JAX-RS's conversion handling unchanged; ProblemMappers unwraps it
                throw new BadRequestException(new InvalidInputException(name, message + "，收到：" + value));
            }
        }

        @Override
        public String toString(T value) {
            return String.valueOf(value);
        }
    }

    /**
     * The longest text a query, path or header parameter may carry: search words, codes and ids are far shorter.
     * (The request line itself may be up to {@code quarkus.http.limits.max-initial-line-length}, 1 MB, so that a
     * long parameter reaches this check and is answered with a problem naming it; a longer line is refused by the
     * HTTP server with a bare 414.)
     */
    public static final int MAX_TEXT_PARAMETER = 2000;

    /** Text as given (not trimmed), refused when it is too long or holds a character no service may store. */
    private record Text(String name) implements ParamConverter<String> {

        @Override
        public String fromString(String value) {
            if (value != null && value.length() > MAX_TEXT_PARAMETER) {
                throw new BadRequestException(new InvalidInputException(name,
                        "不能超过 " + MAX_TEXT_PARAMETER + " 个字符（收到 " + value.length() + " 个）"));
            }
            String problem = ControlCharacters.problem(value);
            if (problem != null) {
                throw new BadRequestException(new InvalidInputException(name, problem));
            }
            return value;
        }

        @Override
        public String toString(String value) {
            return value;
        }
    }

    /** A date {@code YYYY-MM-DD} within {@link DateBounds}; blank means "not given". */
    private record Date(String name) implements ParamConverter<java.time.LocalDate> {

        @Override
        public java.time.LocalDate fromString(String value) {
            try {
                return org.govopen.commons.problem.Params.optionalDate(name, value);
            } catch (InvalidInputException e) {
                throw new BadRequestException(e);
            }
        }

        @Override
        public String toString(java.time.LocalDate value) {
            return String.valueOf(value);
        }
    }
}
