package org.govopen.catalog.domain;

/** 公开渠道和载体 of a catalogue entry. */
public enum PublicationChannel {
    GOVERNMENT_WEBSITE("政府网站"),
    NEW_MEDIA("政务新媒体"),
    BULLETIN_BOARD("公开查阅点/公示栏"),
    SERVICE_HALL("政务服务中心/便民服务点"),
    PRESS_CONFERENCE("新闻发布会"),
    PRINT_AND_BROADCAST("报刊/广播/电视"),
    VILLAGE_BOARD("村（居）务公开栏"),
    OTHER("其他");

    private final String label;

    PublicationChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
