/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.koprogo.domain.notification.ChannelChoice;
import org.koprogo.domain.notification.ContactChannel;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.ports.in.KeepNotificationChoices;
import org.koprogo.ports.out.AuditEvent;
import org.koprogo.ports.out.DataSubject;
import org.koprogo.ports.out.Member;
import org.koprogo.ports.out.MemberId;
import org.koprogo.ports.out.Owner;
import org.koprogo.ports.out.OutPorts;
import org.koprogo.ports.out.notification.ChannelPreference;
import org.koprogo.ports.out.notification.ConsentDecision;
import org.koprogo.ports.out.notification.ConsentRecord;
import org.koprogo.ports.out.notification.Language;
import org.koprogo.ports.out.notification.NotificationPorts;

/**
 * {@link KeepNotificationChoices}: the person is checked to exist, the channel, decision and
 * language are parsed by their stable names, the record (the language: the owner's or member's
 * details, at the version read) and its audit entry are stored in one unit of work.
 */
final class NotificationChoices implements KeepNotificationChoices {
  private final OutPorts ports;
  private final NotificationPorts notification;
  private final CommandValidation validation;

  NotificationChoices(OutPorts ports, NotificationPorts notification, CommandValidation validation) {
    this.ports = ports;
    this.notification = notification;
    this.validation = validation;
  }

  @Override
  public Choices read(Person query) {
    validation.check(query);
    return ports.transactions().inTransaction(() -> choices(PersonReach.of(ports, notification, subject(query))));
  }

  @Override
  public Choices choose(Choose command) {
    validation.check(command);
    ContactChannel channel = ContactChannel.parse(command.channel(), "channel");
    DataSubject subject = subject(command.who());
    return ports.transactions().inTransaction(() -> {
      PersonReach reach = PersonReach.of(ports, notification, subject);
      notification.preferences().record(new ChannelPreference(subject.organisation(), reach.person(), channel,
          ports.clock().now(), command.who().actor()));
      audit(subject, command.who().actor(), "NotificationChannelChosen", Map.of("channel", channel.name()));
      return choices(PersonReach.of(ports, notification, subject));
    });
  }

  @Override
  public Choices consent(Consent command) {
    validation.check(command);
    ContactChannel channel = ContactChannel.parse(command.channel(), "channel");
    if (!channel.needsConsent()) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD,
          "channel " + channel + " takes no consent: consent is given on WHATSAPP or EMAIL",
          "field", "channel", "value", channel.name());
    }
    ConsentDecision decision = decision(command.decision());
    String proof = command.proof().strip();
    if (proof.isEmpty()) {
      throw KoproGoException.of(ErrorCode.MISSING_FIELD, "proof is required: how the decision was obtained",
          "field", "proof");
    }
    DataSubject subject = subject(command.who());
    return ports.transactions().inTransaction(() -> {
      PersonReach reach = PersonReach.of(ports, notification, subject);
      if (decision == ConsentDecision.GRANTED && reach.erasedAt() != null) {
        throw KoproGoException.of(ErrorCode.ILLEGAL_TRANSITION,
            subject.kind().name().toLowerCase(Locale.ROOT) + " " + subject.id()
                + " cannot give consent: the guard 'personal data not erased' failed",
            "from", "ERASED", "to", "CONSENTED", "guard", "personal data not erased", "value", subject.id());
      }
      reach.consents().record(new ConsentRecord(reach.person(), PersonReach.channel(channel), decision,
          ports.clock().now(), proof));
      audit(subject, command.who().actor(), "NotificationConsentRecorded",
          Map.of("channel", channel.name(), "decision", decision.name()));
      return choices(PersonReach.of(ports, notification, subject));
    });
  }

  @Override
  public Choices chooseLanguage(ChooseLanguage command) {
    validation.check(command);
    Language language = Language.parse(command.language(), "language");
    DataSubject subject = subject(command.who());
    return ports.transactions().inTransaction(() -> {
      PersonReach reach = PersonReach.of(ports, notification, subject);
      if (reach.erasedAt() != null) {
        throw KoproGoException.of(ErrorCode.ILLEGAL_TRANSITION,
            subject.kind().name().toLowerCase(Locale.ROOT) + " " + subject.id()
                + " cannot choose a language: the guard 'personal data not erased' failed",
            "from", "ERASED", "to", "REGISTERED", "guard", "personal data not erased", "value", subject.id());
      }
      if (subject.kind() == DataSubject.Kind.OWNER) {
        Owner owner = ports.owners().get(subject.organisation(), OwnerId.of(subject.id()));
        ports.owners().update(new Owner(owner.organisation(), owner.id(), owner.details().withLanguage(language),
            owner.erasedAt(), owner.version()));
      } else {
        Member m = ports.members().get(subject.organisation(), MemberId.of(subject.id()));
        ports.members().update(new Member(m.organisation(), m.id(), m.details().withLanguage(language), m.rank(),
            m.status(), m.joinedOn(), m.erasedAt(), m.version()));
      }
      audit(subject, command.who().actor(), "PersonLanguageChosen", Map.of("language", language.code()));
      return choices(PersonReach.of(ports, notification, subject));
    });
  }

  private DataSubject subject(Person who) {
    return PersonalDataExport.subject(ports, who.organisation(), who.kind(), who.person());
  }

  private void audit(DataSubject subject, String actor, String action, Map<String, String> details) {
    ports.auditTrail().append(subject.organisation(), new AuditEvent(ports.clock().now(), actor, action,
        subject.kind().name().toLowerCase(Locale.ROOT), subject.id(), details));
  }

  private static ConsentDecision decision(String text) {
    for (ConsentDecision d : ConsentDecision.values()) {
      if (d.name().equals(text)) {
        return d;
      }
    }
    String shown = text.length() > 64 ? text.substring(0, 64) + "..." : text;
    throw KoproGoException.of(ErrorCode.INVALID_FIELD,
        "decision '" + shown + "' is not one of GRANTED, WITHDRAWN", "field", "decision", "value", shown);
  }

  private static Choices choices(PersonReach reach) {
    List<ConsentState> consents = new ArrayList<>();
    for (ContactChannel c : ContactChannel.values()) {
      if (c.needsConsent()) {
        reach.consents().current(reach.person(), PersonReach.channel(c)).ifPresent(r ->
            consents.add(new ConsentState(c.name(), r.decision().name(), r.at(), r.proof())));
      }
    }
    ChannelChoice.Route route = reach.route();
    return new Choices(reach.subject().id(), reach.subject().kind().name(),
        reach.chosen().map(Enum::name).orElse(null), List.copyOf(consents), route.channel().name(),
        route.reason().name(), reach.details().language() == null ? null : reach.details().language().code(),
        reach.language().code());
  }
}
