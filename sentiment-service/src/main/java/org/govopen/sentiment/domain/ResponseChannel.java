package org.govopen.sentiment.domain;

/** Where a response was given. */
public enum ResponseChannel {
    /** 政府网站 */
    WEBSITE,
    /** 政务新媒体（微博、微信、客户端） */
    NEW_MEDIA,
    /** 新闻媒体、新闻发布会 */
    PRESS,
    /** 其他 */
    OTHER
}
