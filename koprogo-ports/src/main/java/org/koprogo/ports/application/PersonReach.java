/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.domain.notification.ChannelChoice;
import org.koprogo.domain.notification.ContactChannel;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.ports.out.DataSubject;
import org.koprogo.ports.out.MemberId;
import org.koprogo.ports.out.OutPorts;
import org.koprogo.ports.out.PersonalDetails;
import org.koprogo.ports.out.notification.Channel;
import org.koprogo.ports.out.notification.ChannelPreference;
import org.koprogo.ports.out.notification.Consents;
import org.koprogo.ports.out.notification.Language;
import org.koprogo.ports.out.notification.NotificationPorts;
import org.koprogo.ports.out.notification.PersonId;
import org.koprogo.ports.out.notification.PhoneNumber;

/**
 * What is known about reaching one person, read from the stores (details, erasure), the
 * organisation's consent register and the chosen channel; the route is the domain's {@link
 * ChannelChoice}.
 *
 * @param subject who
 * @param details their contact details as stored
 * @param erasedAt when their personal data was erased, or null
 * @param phone their phone number when it is a valid E.164 number, else empty
 * @param consented the channels with consent in force
 * @param chosen their chosen channel, if any
 * @param consents their organisation's register
 * @param language the language their notices and documents are written in: theirs as stored, else
 *     the configured default ({@link NotificationPorts#defaultLanguage()})
 */
record PersonReach(
    DataSubject subject,
    PersonalDetails details,
    Instant erasedAt,
    Optional<PhoneNumber> phone,
    Set<ContactChannel> consented,
    Optional<ContactChannel> chosen,
    Consents consents,
    Language language) {

  /** Reads the person; {@code NOT_FOUND} when they are not in the organisation. */
  static PersonReach of(OutPorts ports, NotificationPorts notification, DataSubject subject) {
    PersonalDetails details;
    Instant erasedAt;
    if (subject.kind() == DataSubject.Kind.OWNER) {
      var owner = ports.owners().get(subject.organisation(), OwnerId.of(subject.id()));
      details = owner.details();
      erasedAt = owner.erasedAt();
    } else {
      var member = ports.members().get(subject.organisation(), MemberId.of(subject.id()));
      details = member.details();
      erasedAt = member.erasedAt();
    }
    PersonId person = PersonId.of(subject.id());
    Consents consents = notification.consents().of(subject.organisation());
    Set<ContactChannel> consented = EnumSet.noneOf(ContactChannel.class);
    for (ContactChannel c : ContactChannel.values()) {
      if (c.needsConsent() && consents.allows(person, channel(c))) {
        consented.add(c);
      }
    }
    Optional<ContactChannel> chosen =
        notification.preferences().current(subject.organisation(), person).map(ChannelPreference::channel);
    return new PersonReach(subject, details, erasedAt, phone(details), Set.copyOf(consented), chosen, consents,
        details.languageOr(notification.defaultLanguage()));
  }

  /** The port's channel of an electronic contact channel. */
  static Channel channel(ContactChannel c) {
    return Channel.valueOf(c.name());
  }

  /** The person's id in the consent register. */
  PersonId person() {
    return PersonId.of(subject.id());
  }

  /** Whether an email address is on record. */
  boolean hasEmail() {
    return details != null && details.email() != null && !details.email().isBlank();
  }

  /** The route a notice to this person takes now. */
  ChannelChoice.Route route() {
    return ChannelChoice.route(chosen, consented, phone.isPresent(), hasEmail());
  }

  private static Optional<PhoneNumber> phone(PersonalDetails details) {
    if (details == null || details.phone() == null || details.phone().isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(PhoneNumber.of(details.phone().strip()));
    } catch (KoproGoException e) {
      return Optional.empty();
    }
  }
}
