package org.govopen.interaction.open311;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A GeoReport v2 answer, written as the spec's JSON or XML. The content is a tree of ordered maps (an XML element per
 * key, a JSON member per key), {@link Items} (a JSON array; in XML an element per item, named {@code element}, inside
 * the list's own element) and plain values (text, numbers, booleans; {@code null}: JSON {@code null}, an empty XML
 * element). A field that is not in the map is omitted in both.
 *
 * @param root    the XML root element ({@code services}, {@code service_requests}, {@code discovery}, {@code errors}, …)
 * @param content an {@link Items} for the list answers, a map for {@code discovery} and {@code service_definition}
 */
public record Open311Document(String root, Object content) {

    /** A list: in XML each value is an element named {@code element}. */
    public record Items(String element, List<?> values) {
    }

    /** A list answer: {@code [{…}, …]}, in XML {@code <root><element>…</element>…</root>}. */
    public static Open311Document list(String root, String element, List<? extends Map<String, ?>> items) {
        return new Open311Document(root, new Items(element, items));
    }

    /** An ordered map to fill: the order is the spec's order of the fields. */
    public static Map<String, Object> fields() {
        return new LinkedHashMap<>();
    }

    byte[] json(ObjectMapper mapper) {
        try {
            return mapper.writeValueAsBytes(plain(content));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Open311 answer not writable as JSON", e);
        }
    }

    /** With the XML declaration naming UTF-8, as the spec asks. */
    byte[] xml() {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            element(xml, root, content);
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Open311 answer not writable as XML", e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Object plain(Object value) {
        if (value instanceof Items items) {
            List<Object> out = new ArrayList<>(items.values().size());
            items.values().forEach(v -> out.add(plain(v)));
            return out;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), plain(v)));
            return out;
        }
        return value;
    }

    private static void element(XMLStreamWriter xml, String name, Object value) throws XMLStreamException {
        if (value == null) {
            xml.writeEmptyElement(name);
            return;
        }
        xml.writeStartElement(name);
        if (value instanceof Items items) {
            for (Object item : items.values()) {
                element(xml, items.element(), item);
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                element(xml, String.valueOf(e.getKey()), e.getValue());
            }
        } else {
            xml.writeCharacters(xmlText(String.valueOf(value)));
        }
        xml.writeEndElement();
    }

    /** XML 1.0 cannot carry most control characters, not even escaped: they are left out. */
    static String xmlText(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != '\uFFFE' && c != '\uFFFF');
            if (Character.isHighSurrogate(c)) {
                allowed = i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
                if (allowed) {
                    if (out != null) {
                        out.append(c).append(s.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else if (Character.isLowSurrogate(c)) {
                allowed = false;
            }
            if (!allowed && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            } else if (allowed && out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }
}
