/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out.notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.koprogo.ports.out.DataSubject;
import org.koprogo.ports.out.Member;
import org.koprogo.ports.out.MemberId;
import org.koprogo.ports.out.OutPorts;
import org.koprogo.ports.out.Owner;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.ports.out.OutboxMessageId;
import org.koprogo.ports.out.PersonalDetails;

/**
 * What a notification channel holds about one person, read through the ports, in the GDPR
 * export's record sets ({@code notificationConsents}, {@code notificationAttempts}, {@code
 * notificationDeliveries}), and the parts of erasure that are the same on every adapter (see
 * docs/gdpr.md). The person's id in the consent register is the owner's or member's id.
 */
public final class NotificationRecords {
  /** What an erased text or a redacted phone number becomes. */
  public static final String ERASED = "(erased)";

  /** The proof of the opt-out that erasure appends (the register stays append only). */
  public static final String ERASURE_PROOF = "personal data erased (GDPR art. 17)";

  private NotificationRecords() {}

  /**
   * The consent person of {@code subject}.
   *
   * @param subject the data subject
   * @return the person
   */
  public static PersonId person(DataSubject subject) {
    return PersonId.of(subject.id());
  }

  /**
   * The person's consent records on every channel (oldest first), the unsettled attempts and the
   * furthest delivery status of the {@code messages} addressed to them.
   *
   * @param consents the consent register
   * @param journal the delivery journal
   * @param person the person
   * @param messages the outbox messages addressed to them
   * @return the record sets
   */
  public static Map<String, List<Map<String, Object>>> export(
      Consents consents, DeliveryJournal journal, PersonId person, List<OutboxMessageId> messages) {
    Objects.requireNonNull(person, "person");
    List<Map<String, Object>> consentRows = new ArrayList<>();
    if (consents != null) {
      for (Channel channel : Channel.values()) {
        for (ConsentRecord r : consents.history(person, channel)) {
          consentRows.add(row("person", person.value(), "channel", channel.name(), "decision", r.decision().name(),
              "decidedAt", r.at().toString(), "proof", r.proof()));
        }
      }
    }
    List<Map<String, Object>> attempts = new ArrayList<>();
    List<Map<String, Object>> deliveries = new ArrayList<>();
    for (OutboxMessageId message : messages) {
      journal.unsettled(message).ifPresent(u -> attempts.add(row("message", message.value(), "unsettledSince",
          u.since().toString(), "unknownOutcomes", u.unknownOutcomes())));
      journal.furthest(message).ifPresent(r -> deliveries.add(row("message", message.value(), "externalId",
          r.externalId(), "status", r.status().name(), "reportedAt", r.at().toString(), "detail", r.detail())));
    }
    Map<String, List<Map<String, Object>>> sets = new LinkedHashMap<>();
    sets.put("notificationConsents", List.copyOf(consentRows));
    sets.put("notificationAttempts", List.copyOf(attempts));
    sets.put("notificationDeliveries", List.copyOf(deliveries));
    return sets;
  }

  /**
   * Appends an opt-out on every channel where the person's consent is in force: nothing is ever
   * sent to an erased person, and the register keeps its history.
   *
   * @param consents the consent register
   * @param person the person erased
   * @param at when, from the Clock port
   * @return how many records were appended
   */
  public static int withdrawAll(Consents consents, PersonId person, Instant at) {
    if (consents == null) {
      return 0;
    }
    int count = 0;
    for (Channel channel : Channel.values()) {
      if (consents.allows(person, channel)) {
        consents.record(ConsentRecord.optOut(person, channel, at, ERASURE_PROOF));
        count++;
      }
    }
    return count;
  }

  /**
   * The forms of the person's phone number and e-mail address a proof or a channel's detail may
   * quote ({@code +32470000001} and {@code 32470000001}, the e-mail address), longest first.
   *
   * @param details the person's contact details
   * @return the forms quoted
   */
  public static List<String> quotedAddresses(PersonalDetails details) {
    List<String> result = new ArrayList<>();
    if (details == null) {
      return result;
    }
    String phone = details.phone().strip();
    if (!phone.isEmpty()) {
      result.add(phone);
      String digits = phone.replaceAll("[^0-9]", "");
      if (digits.length() >= 6 && !digits.equals(phone)) {
        result.add(digits);
      }
    }
    if (!details.email().isBlank()) {
      result.add(details.email().strip());
    }
    result.sort((a, b) -> Integer.compare(b.length(), a.length()));
    return result;
  }

  /**
   * {@code text} with every one of {@code quoted} replaced by {@link #ERASED}.
   *
   * @param text a text
   * @param quoted the forms to replace
   * @return the text, redacted
   */
  public static String redact(String text, List<String> quoted) {
    String result = text;
    for (String q : quoted) {
      result = result.replace(q, ERASED);
    }
    return result;
  }

  /**
   * The person's contact details as the store holds them now, or null when they are not there.
   *
   * @param ports the out ports
   * @param subject the person
   * @return the details, or null
   */
  public static PersonalDetails details(OutPorts ports, DataSubject subject) {
    if (subject.kind() == DataSubject.Kind.OWNER) {
      return ports.owners().find(subject.organisation(), OwnerId.of(subject.id())).map(Owner::details).orElse(null);
    }
    return ports.members().find(subject.organisation(), MemberId.of(subject.id())).map(Member::details).orElse(null);
  }

  /**
   * The addresses an outbox message to the person is sent to (phone, e-mail), as stored.
   *
   * @param details the person's contact details
   * @return the addresses
   */
  public static List<String> addresses(PersonalDetails details) {
    List<String> result = new ArrayList<>();
    if (details != null) {
      if (!details.phone().isEmpty()) {
        result.add(details.phone());
      }
      if (!details.email().isEmpty()) {
        result.add(details.email());
      }
    }
    return result;
  }

  private static Map<String, Object> row(Object... keysAndValues) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      row.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return Collections.unmodifiableMap(row);
  }
}
