/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.whatsapp;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.koprogo.ports.out.OrganisationId;

/**
 * Which number each organisation sends from: organisations are tenants, and each may have its own
 * WhatsApp business number and token (or share the host's).
 */
@FunctionalInterface
public interface SendingNumbers {

  /** The organisation's number, or empty when it has none (its messages are dead-lettered). */
  Optional<SendingNumber> of(OrganisationId organisation);

  /** Every organisation sends from {@code number}. */
  static SendingNumbers single(SendingNumber number) {
    Objects.requireNonNull(number, "number");
    return organisation -> Optional.of(number);
  }

  /** Each organisation of the map sends from its number; the others have none. */
  static SendingNumbers byOrganisation(Map<OrganisationId, SendingNumber> numbers) {
    Map<OrganisationId, SendingNumber> copy = Map.copyOf(numbers);
    return organisation -> Optional.ofNullable(copy.get(organisation));
  }
}
