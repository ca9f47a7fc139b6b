package org.agora.classroom;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A learner's place in a class. */
@Entity
@Table(name = "membership")
@IdClass(Membership.Key.class)
public class Membership extends PanacheEntityBase {

    public record Key(Long classroomId, Long accountId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "classroom_id")
    public Long classroomId;

    @Id
    @Column(name = "account_id")
    public Long accountId;

    @Column(name = "joined_at")
    public Instant joinedAt;

    public static boolean exists(long classroomId, long accountId) {
        return count("classroomId = ?1 and accountId = ?2", classroomId, accountId) > 0;
    }
}
