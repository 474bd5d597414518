/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/** A consent register in memory, for tests and hosts that keep consents elsewhere. Thread-safe. */
public final class InMemoryConsents implements Consents {
  /** Creates an empty register: nobody has consented to anything. */
  public InMemoryConsents() {}

  private final Map<String, List<ConsentRecord>> records = new ConcurrentHashMap<>();

  @Override
  public void record(ConsentRecord record) {
    Objects.requireNonNull(record, "record");
    records.compute(key(record.person(), record.channel()), (k, list) -> {
      List<ConsentRecord> copy = list == null ? new ArrayList<>() : new ArrayList<>(list);
      copy.add(record);
      return List.copyOf(copy);
    });
  }

  @Override
  public List<ConsentRecord> history(PersonId person, Channel channel) {
    return records.getOrDefault(key(person, channel), List.of());
  }

  /**
   * GDPR erasure: replaces the {@code quoted} contact details in the proofs of the person's
   * records by {@link NotificationRecords#ERASED}, keeping every record (the proof of consent,
   * docs/gdpr.md).
   *
   * @param person the person erased
   * @param quoted the contact details to replace
   * @return how many records changed
   */
  public int redact(PersonId person, List<String> quoted) {
    int[] count = {0};
    for (Channel channel : Channel.values()) {
      records.computeIfPresent(key(person, channel), (k, list) -> {
        List<ConsentRecord> copy = new ArrayList<>();
        for (ConsentRecord r : list) {
          String proof = NotificationRecords.redact(r.proof(), quoted);
          count[0] += proof.equals(r.proof()) ? 0 : 1;
          copy.add(new ConsentRecord(r.person(), r.channel(), r.decision(), r.at(), proof));
        }
        return List.copyOf(copy);
      });
    }
    return count[0];
  }

  private static String key(PersonId person, Channel channel) {
    return channel + "|" + person.value();
  }
}
