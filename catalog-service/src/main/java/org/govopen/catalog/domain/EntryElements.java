package org.govopen.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The elements of a catalogue entry (公开事项要素, rules.md §2; seed 000: 名称、内容、依据、时限、主体、方式、渠道、
 * 公开对象、公开层级), with the first- and second-level item that group it under its domain.
 */
@Embeddable
public class EntryElements {

    /** 一级事项. */
    @Column(name = "first_level_item", nullable = false)
    public String firstLevelItem;

    /** 二级事项. */
    @Column(name = "second_level_item")
    public String secondLevelItem;

    /** 名称. */
    @Column(nullable = false)
    public String name;

    /** 公开内容（要素）. */
    @Column(nullable = false)
    public String content;

    /** 公开依据. */
    @Column(name = "legal_basis", nullable = false)
    public String legalBasis;

    /** 公开时限. */
    @Column(name = "time_limit", nullable = false)
    public String timeLimit;

    /** 公开主体. */
    @Column(name = "responsible_body", nullable = false)
    public String responsibleBody;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DisclosureMethod method;

    @Convert(converter = ChannelListConverter.class)
    @Column(nullable = false)
    public List<PublicationChannel> channels = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Audience audience;

    /** Which group, when the audience is a specific group. */
    @Column(name = "audience_detail")
    public String audienceDetail;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PublicationLevel level;

    public EntryElements copy() {
        EntryElements c = new EntryElements();
        c.firstLevelItem = firstLevelItem;
        c.secondLevelItem = secondLevelItem;
        c.name = name;
        c.content = content;
        c.legalBasis = legalBasis;
        c.timeLimit = timeLimit;
        c.responsibleBody = responsibleBody;
        c.method = method;
        c.channels = new ArrayList<>(channels);
        c.audience = audience;
        c.audienceDetail = audienceDetail;
        c.level = level;
        return c;
    }

    /** Each element by its field name, as people read it (Chinese labels for the enums), in the catalogue's order. */
    public Map<String, String> readable() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("firstLevelItem", firstLevelItem);
        m.put("secondLevelItem", secondLevelItem);
        m.put("name", name);
        m.put("content", content);
        m.put("legalBasis", legalBasis);
        m.put("timeLimit", timeLimit);
        m.put("responsibleBody", responsibleBody);
        m.put("method", method == null ? null : method.label());
        m.put("channels", String.join("、", channels.stream().map(PublicationChannel::label).toList()));
        m.put("audience", audience == null ? null : audience.label());
        m.put("audienceDetail", audienceDetail);
        m.put("level", level == null ? null : level.label());
        return m;
    }

    /** The Chinese name of each element, for diffs and exports. */
    public static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("firstLevelItem", "一级事项"), Map.entry("secondLevelItem", "二级事项"),
            Map.entry("name", "事项名称"), Map.entry("content", "公开内容"), Map.entry("legalBasis", "公开依据"),
            Map.entry("timeLimit", "公开时限"), Map.entry("responsibleBody", "公开主体"),
            Map.entry("method", "公开方式"), Map.entry("channels", "公开渠道和载体"),
            Map.entry("audience", "公开对象"), Map.entry("audienceDetail", "特定群体"), Map.entry("level", "公开层级"));

    /** Same matter: the same domain's items and name (village lists are compared with the government's by this). */
    public String matterKey(String domain) {
        return domain + "|" + norm(firstLevelItem) + "|" + norm(secondLevelItem) + "|" + norm(name);
    }

    private static String norm(String s) {
        return s == null ? "" : s.replaceAll("\\s+", "");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EntryElements e && readable().equals(e.readable());
    }

    @Override
    public int hashCode() {
        return Objects.hash(readable());
    }
}
