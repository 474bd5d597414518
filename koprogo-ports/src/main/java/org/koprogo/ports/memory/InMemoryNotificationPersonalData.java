/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.memory;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.koprogo.ports.out.DataSubject;
import org.koprogo.ports.out.Outbox;
import org.koprogo.ports.out.OutboxMessageId;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.PersonalDataHolder;
import org.koprogo.ports.out.PersonalDetails;
import org.koprogo.ports.out.notification.InMemoryConsents;
import org.koprogo.ports.out.notification.InMemoryDeliveryJournal;
import org.koprogo.ports.out.notification.NotificationRecords;
import org.koprogo.ports.out.notification.PersonId;

/**
 * The notification channel's records about a person (consent register, delivery journal) in
 * memory, for the GDPR export and erasure (docs/gdpr.md). It finds the person's messages through
 * their phone and e-mail in the store, so it must run before the store's own erasure: add it with
 * {@code OutPorts.withPersonalDataFirst}.
 */
public final class InMemoryNotificationPersonalData implements PersonalDataHolder {
  private final MemoryDatabase db;
  private final Function<OrganisationId, InMemoryConsents> consents;
  private final InMemoryDeliveryJournal journal;

  /**
   * @param db the store whose outbox the channel sends from
   * @param consents each organisation's consent register (null for one without)
   * @param journal the channel's delivery journal
   */
  public InMemoryNotificationPersonalData(
      MemoryDatabase db, Function<OrganisationId, InMemoryConsents> consents, InMemoryDeliveryJournal journal) {
    this.db = Objects.requireNonNull(db, "db");
    this.consents = Objects.requireNonNull(consents, "consents");
    this.journal = Objects.requireNonNull(journal, "journal");
  }

  @Override
  public Map<String, List<Map<String, Object>>> export(DataSubject subject) {
    Objects.requireNonNull(subject, "subject");
    PersonalDetails details = NotificationRecords.details(db.ports(), subject);
    return NotificationRecords.export(
        consents.apply(subject.organisation()), journal, NotificationRecords.person(subject), messages(subject, details));
  }

  @Override
  public int erase(DataSubject subject, Instant at) {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(at, "at");
    PersonalDetails details = NotificationRecords.details(db.ports(), subject);
    PersonId person = NotificationRecords.person(subject);
    int count = 0;
    for (OutboxMessageId message : messages(subject, details)) {
      count += journal.eraseDetails(message);
    }
    InMemoryConsents register = consents.apply(subject.organisation());
    if (register != null) {
      count += register.redact(person, NotificationRecords.quotedAddresses(details));
      count += NotificationRecords.withdrawAll(register, person, at);
    }
    return count;
  }

  private List<OutboxMessageId> messages(DataSubject subject, PersonalDetails details) {
    return db.outbox().addressedTo(subject.organisation(), NotificationRecords.addresses(details)).stream()
        .map(Outbox.Message::id)
        .toList();
  }
}
