package org.govopen.catalog.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A short list of codes (no commas inside) kept in one text column, comma-separated. */
@Converter
public class StringListConverter implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToDatabaseColumn(List<String> values) {
        return values == null ? "" : String.join(",", values);
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        if (column == null || column.isBlank() || column.equals("[]")) {
            return new ArrayList<>();
        }
        return new ArrayList<>(Arrays.asList(column.split(",")));
    }
}
