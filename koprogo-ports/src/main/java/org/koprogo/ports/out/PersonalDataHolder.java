/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A store that holds personal data, for GDPR access (art. 15), portability (art. 20) and erasure
 * (art. 17). Every adapter that stores something about a person (the JDBC adapter's tables, a
 * messaging adapter's consent records) provides one; the GDPR use cases ask all of them.
 */
public interface PersonalDataHolder {

  /**
   * Everything this store holds about {@code subject}, as named record sets: a set's name
   * ({@code "owner"}, {@code "ledger"}) maps to rows of plain values (String, Number, Boolean or
   * null), each row's keys in a stable order.
   *
   * @param subject the person
   * @return the record sets
   */
  Map<String, List<Map<String, Object>>> export(DataSubject subject);

  /**
   * Erases {@code subject}'s personal data at {@code at}: personal fields are anonymised, records
   * the law requires to keep (accounting entries) stay, tied to the now anonymous id.
   *
   * @param subject the person
   * @param at when, from the Clock port
   * @return how many records were changed
   */
  int erase(DataSubject subject, Instant at);
}
