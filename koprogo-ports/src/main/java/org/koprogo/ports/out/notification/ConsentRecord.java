/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out.notification;

import java.time.Instant;
import java.util.Objects;

/**
 * A person's opt-in or opt-out for one channel, with its proof. Records are only added, never
 * changed: the latest one counts, and the history is the proof.
 *
 * @param person who decided, never null
 * @param channel for which channel, never null
 * @param decision opted in or out, never null
 * @param at when the person decided, never null
 * @param proof how the decision was obtained (a signed form's reference, the WhatsApp message
 *     that said "yes", the web page and its version), never blank
 */
public record ConsentRecord(PersonId person, Channel channel, ConsentDecision decision, Instant at, String proof) {
  /**
   * Checks the record.
   *
   * @param person who decided, never null
   * @param channel for which channel, never null
   * @param decision opted in or out, never null
   * @param at when the person decided, never null
   * @param proof how the decision was obtained (a signed form's reference, the WhatsApp message
   *     that said "yes", the web page and its version), never blank
   * @throws IllegalArgumentException for a blank proof
   */
  public ConsentRecord {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(proof, "proof");
    if (proof.isBlank()) {
      throw new IllegalArgumentException("a consent record carries its proof");
    }
  }

  /**
   * The person's opt-in, with its proof.
   *
   * @param person the person
   * @param channel the channel
   * @param at when they opted in
   * @param proof how (the form, the message), not blank
   * @return the record
   * @throws IllegalArgumentException for a blank proof
   */
  public static ConsentRecord optIn(PersonId person, Channel channel, Instant at, String proof) {
    return new ConsentRecord(person, channel, ConsentDecision.GRANTED, at, proof);
  }

  /**
   * The person's opt-out, with how they said it.
   *
   * @param person the person
   * @param channel the channel
   * @param at when they opted out
   * @param how how (a STOP reply, the form), not blank
   * @return the record
   * @throws IllegalArgumentException for a blank {@code how}
   */
  public static ConsentRecord optOut(PersonId person, Channel channel, Instant at, String how) {
    return new ConsentRecord(person, channel, ConsentDecision.WITHDRAWN, at, how);
  }
}
