package org.govopen.catalog.domain;

/** What can be done to a catalogue entry; each is a recorded transition and most an event. */
public enum EntryAction {
    CREATE("编制"),
    EDIT("修改"),
    SUBMIT("报送审核"),
    APPROVE("审核通过"),
    RETURN("退回修改"),
    PUBLISH("发布"),
    /** A change after publication (动态调整): a new draft, while the published version stays public. */
    REVISE("调整已公开事项");

    private final String label;

    EntryAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
