package org.govopen.interaction.open311;

import java.util.Locale;
import java.util.Optional;

/** The formats of GeoReport v2, chosen by the path's extension ({@code /services.xml}, {@code /services.json}). */
public enum Open311Format {
    JSON("json", "application/json; charset=UTF-8"),
    XML("xml", "text/xml; charset=UTF-8");

    private final String extension;
    private final String contentType;

    Open311Format(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    public static Optional<Open311Format> of(String extension) {
        if (extension == null) {
            return Optional.empty();
        }
        String e = extension.trim().toLowerCase(Locale.ROOT);
        for (Open311Format f : values()) {
            if (f.extension.equals(e)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The format of a path's last extension, for an error answer: XML for {@code ….xml}, JSON otherwise. */
    static Open311Format ofPath(String path) {
        if (path == null) {
            return JSON;
        }
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        return dot > slash ? of(path.substring(dot + 1)).orElse(JSON) : JSON;
    }
}
