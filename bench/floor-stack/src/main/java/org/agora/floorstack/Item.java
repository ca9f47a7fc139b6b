package org.agora.floorstack;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.validation.constraints.NotBlank;

/** The one Panache entity (table item, V1__init.sql), with one constraint for Hibernate Validator. */
@Entity
public class Item extends PanacheEntityBase {

    @Id
    public Long id;

    @NotBlank
    public String name;
}
