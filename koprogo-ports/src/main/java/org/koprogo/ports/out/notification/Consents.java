/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out.notification;

import java.util.List;
import java.util.Optional;

/**
 * The consent register: who agreed to be notified on which channel, with proof. Deny by default:
 * a person without a record, or whose latest record is a withdrawal, is not notified.
 */
public interface Consents {

  /**
   * Adds a record (an opt-in or an opt-out); it takes effect at once.
   *
   * @param record the record
   */
  void record(ConsentRecord record);

  /**
   * The person's records for the channel, oldest first; never null.
   *
   * @param person the person
   * @param channel the channel
   * @return the records
   */
  List<ConsentRecord> history(PersonId person, Channel channel);

  /**
   * The record in force: the latest by {@code at}, a later-added record winning a tie.
   *
   * @param person the person
   * @param channel the channel
   * @return the record in force, or empty when none
   */
  default Optional<ConsentRecord> current(PersonId person, Channel channel) {
    ConsentRecord latest = null;
    for (ConsentRecord record : history(person, channel)) {
      if (latest == null || !record.at().isBefore(latest.at())) {
        latest = record;
      }
    }
    return Optional.ofNullable(latest);
  }

  /**
   * Whether the person may be notified on the channel now: only after an opt-in not withdrawn since.
   *
   * @param person the person
   * @param channel the channel
   * @return whether a notification may be sent
   */
  default boolean allows(PersonId person, Channel channel) {
    return current(person, channel).map(r -> r.decision() == ConsentDecision.GRANTED).orElse(false);
  }
}
