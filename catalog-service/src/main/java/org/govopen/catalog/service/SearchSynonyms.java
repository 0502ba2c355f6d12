package org.govopen.catalog.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What citizens call a thing and what documents call it (低保 — 最低生活保障), from {@code search/synonyms.txt}:
 * a query is also searched with each group's other terms in place of the one it contains.
 */
public final class SearchSynonyms {

    private static final List<List<String>> GROUPS = load();

    private SearchSynonyms() {
    }

    /** {@code query} and its variants, the query itself first. */
    public static List<String> variants(String query) {
        Set<String> out = new LinkedHashSet<>();
        out.add(query);
        for (List<String> group : GROUPS) {
            for (String term : group) {
                if (query.contains(term)) {
                    for (String other : group) {
                        out.add(query.replace(term, other));
                    }
                }
            }
        }
        return new ArrayList<>(out);
    }

    private static List<List<String>> load() {
        List<List<String>> groups = new ArrayList<>();
        try (InputStream in = SearchSynonyms.class.getClassLoader().getResourceAsStream("search/synonyms.txt")) {
            if (in == null) {
                return groups;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                // longer terms first, so that 农村危房改造 is replaced before 危房改造
                groups.add(java.util.Arrays.stream(line.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                        .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return groups;
    }
}
