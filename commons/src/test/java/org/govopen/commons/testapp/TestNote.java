package org.govopen.commons.testapp;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** The test application's aggregate: a note whose creation is reported through the outbox. */
@Entity
@Table(name = "test_note")
public class TestNote extends PanacheEntityBase {
    @Id
    public UUID id;
    public String text;
}
