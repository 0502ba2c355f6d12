package org.govopen.catalog.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How a citizen's words become a query, and a document its vectors (the terms: kernel {@code ChineseTerms}). */
class ChineseSearchTermsTest {

    @Test
    void synonymsWidenTheQuery() {
        assertEquals("('低保') | ('最低' & '低生' & '生活' & '活保' & '保障') | ('城乡' & '乡低' & '低保')",
                SearchIndex.tsquery("低保"));
        assertEquals("('征地' & '地补' & '补偿') | ('征收' & '收土' & '土地' & '地补' & '补偿') | ('土地' & '地征' & '征收' & '收补' & '补偿')",
                SearchIndex.tsquery("征地补偿"));
        assertEquals("", SearchIndex.tsquery("，。！"));
    }

    @Test
    void headingsRankWithPositions_everyTermMatchesOnce_quotedForPostgres() {
        SearchIndex.Vectors v = SearchIndex.vectors("低保", "低保名单 it's");
        assertEquals("'低':1A '低保':2A '保':3A", v.heading());
        assertEquals("'低' '低保' '保' '保名' '名单' 'it''s'", v.terms());
    }
}
