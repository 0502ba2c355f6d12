package org.govopen.catalog.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The latest {@link RequestTables} received for a unit and year; a later one (by generatedAt) replaces it. */
@Entity
@Table(name = "request_table")
@IdClass(RequestTable.Key.class)
public class RequestTable extends PanacheEntityBase {

    public record Key(String unit, int year) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }

    @Id
    public String unit;

    @Id
    public int year;

    @Column(name = "generated_at", nullable = false)
    public OffsetDateTime generatedAt;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public RequestTables tables;
}
