package org.govopen.request.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Information catalog-service reports as published (an item under the catalogue, or a document made
 * 主动公开): what "already public" points to.
 */
@Entity
@Table(name = "published_information")
public class PublishedInformation extends PanacheEntityBase {

    public static final String SOURCE_ITEM = "ITEM";
    public static final String SOURCE_DOCUMENT = "DOCUMENT";

    /** The item's or document's id in catalog-service. */
    @Id
    public String id;

    /** {@link #SOURCE_ITEM} or {@link #SOURCE_DOCUMENT}. */
    @Column(nullable = false)
    public String source;

    @Column(nullable = false)
    public String unit;

    @Column(nullable = false)
    public String title;

    public String url;

    @Column(name = "document_number")
    public String documentNumber;

    @Column(name = "published_on")
    public LocalDate publishedOn;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
