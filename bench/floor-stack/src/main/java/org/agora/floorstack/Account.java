package org.agora.floorstack;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The user store for quarkus-security-jpa (table account, V1__init.sql; bcrypt passwords, no rows). */
@Entity
@UserDefinition
public class Account extends PanacheEntityBase {

    @Id
    public Long id;

    @Username
    public String username;

    @Password
    public String password;

    @Roles
    public String role;
}
