package org.govopen.catalog.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** An entry's channels in one text column, comma-separated enum names. */
@Converter
public class ChannelListConverter implements AttributeConverter<List<PublicationChannel>, String> {

    @Override
    public String convertToDatabaseColumn(List<PublicationChannel> values) {
        return values == null ? "" : String.join(",", values.stream().map(Enum::name).toList());
    }

    @Override
    public List<PublicationChannel> convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return new ArrayList<>();
        }
        return new ArrayList<>(Arrays.stream(column.split(",")).map(PublicationChannel::valueOf).toList());
    }
}
