package org.govopen.commons.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.function.Function;
import org.govopen.commons.validation.ControlCharacters;
import org.govopen.commons.validation.DateBounds;
import org.govopen.commons.validation.HistoricalDate;

/**
 * What a JSON body may hold, for every resource of every service (the one {@code ObjectMapper} Quarkus REST reads
 * bodies with). Each refusal is a 400 naming the field's JSON path ({@code ProblemMappers}):
 * <ul>
 *   <li>text — every {@code String}, also inside lists, arrays, maps (values and keys) and untyped {@code Object}s —
 *       with a control character other than TAB, LF, CR, with U+FFFE/U+FFFF or an unpaired surrogate
 *       ({@link ControlCharacters}); PostgreSQL would refuse U+0000 with a 500;</li>
 *   <li>a {@code LocalDate} or {@code OffsetDateTime} outside 2000-01-01 … 2099-12-31 ({@link DateBounds}); a
 *       {@code LocalDate} marked {@link HistoricalDate} from 1949-10-01;</li>
 *   <li>an enum given by its position ({@code "kind": 0});</li>
 *   <li>a number where an integer belongs ({@code 1.5}), a number or boolean in quotes ({@code "12"}, {@code "true"},
 *       {@code ""}), and a number or boolean where text belongs ({@code "idNumber": 450103199001011238}, already rounded
 *       by a JavaScript client) — dates and times keep arriving as strings;</li>
 *   <li>anything after the JSON value ({@code {"a":1} x}) — malformed-request.</li>
 * </ul>
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS, DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        for (LogicalType scalar : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            mapper.coercionConfigFor(scalar)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);

        SimpleModule module = new SimpleModule("govopen-strict-json");
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                          JsonDeserializer<?> deserializer) {
                Class<?> type = description.getBeanClass();
                if (type == String.class) {
                    return new Checked(deserializer, v -> ControlCharacters.problem((String) v));
                }
                if (type == LocalDate.class) {
                    return new Checked(deserializer, v -> DateBounds.problem((LocalDate) v),
                            v -> DateBounds.historicalProblem((LocalDate) v));
                }
                if (type == OffsetDateTime.class) {
                    return new Checked(deserializer, v -> DateBounds.problem((OffsetDateTime) v));
                }
                return deserializer;
            }
        });
        module.addKeyDeserializer(String.class, new KeyDeserializer() {
            @Override
            public Object deserializeKey(String key, DeserializationContext context) throws IOException {
                String problem = ControlCharacters.problem(key);
                if (problem != null) {
                    throw new RefusedValueException(context.getParser(), "键名" + problem, key, String.class);
                }
                return key;
            }
        });
        mapper.registerModule(module);
    }

    /** The deserializer Jackson chose (with its formats and contextualisation), then a rule on its value. */
    static final class Checked extends DelegatingDeserializer {

        private final transient Function<Object, String> rule;
        /** The rule for a property marked {@link HistoricalDate}; null: no such variant. */
        private final transient Function<Object, String> historicalRule;

        Checked(JsonDeserializer<?> delegate, Function<Object, String> rule) {
            this(delegate, rule, null);
        }

        Checked(JsonDeserializer<?> delegate, Function<Object, String> rule, Function<Object, String> historicalRule) {
            super(delegate);
            this.rule = rule;
            this.historicalRule = historicalRule;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new Checked(newDelegatee, rule, historicalRule);
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property)
                throws JsonMappingException {
            JsonDeserializer<?> contextual = super.createContextual(context, property);
            if (historicalRule != null && property != null && property.getAnnotation(HistoricalDate.class) != null
                    && contextual instanceof Checked c) {
                return new Checked(c.getDelegatee(), historicalRule, null);
            }
            return contextual;
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext context) throws IOException {
            Object value = super.deserialize(p, context);
            String problem = value == null ? null : rule.apply(value);
            if (problem != null) {
                throw new RefusedValueException(p, problem, value, handledType());
            }
            return value;
        }
    }
}
