/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import java.util.Map;
import java.util.Objects;
import org.koprogo.domain.notification.ChannelChoice;
import org.koprogo.domain.notification.ContactChannel;
import org.koprogo.ports.out.DataSubject;
import org.koprogo.ports.out.OutPorts;
import org.koprogo.ports.out.notification.Intent;
import org.koprogo.ports.out.notification.Notification;
import org.koprogo.ports.out.notification.NotificationKey;
import org.koprogo.ports.out.notification.NotificationPorts;
import org.koprogo.ports.out.notification.Notifications;
import org.koprogo.ports.out.notification.NotifyOutcome;
import org.koprogo.ports.out.notification.Recipient;
import org.koprogo.ports.out.notification.TemplateValue;

/**
 * Queues a notice to one person on the channel the domain's {@link ChannelChoice} picks for them
 * (their chosen channel, with their consent in force, the in-app inbox when they chose it, or
 * paper), written in the person's language (the configured default when theirs is unknown: {@link
 * NotificationPorts#defaultLanguage()}), inside the calling use case's
 * unit of work: the notice commits with the change that causes it, or not at all. A workflow calls
 * {@link #notify} once per person concerned; the same business event (organisation, intent,
 * entity, event, person) is queued once however often it is called. Each channel's relay checks
 * consent again just before sending, so a withdrawal between queuing and sending is honoured.
 *
 * <p>Obtained from {@link UseCases#personNotifications()}; thread-safe when the ports are.
 */
public final class PersonNotifications {
  private final OutPorts ports;
  private final NotificationPorts notification;

  /**
   * The notifier on {@code ports} and {@code notification}.
   *
   * @param ports the stores (owners and members are read for their details), never null
   * @param notification consents, chosen channels and the configured channels, never null
   */
  public PersonNotifications(OutPorts ports, NotificationPorts notification) {
    this.ports = Objects.requireNonNull(ports, "ports");
    this.notification = Objects.requireNonNull(notification, "notification");
  }

  /**
   * Queues the notice to {@code person} on their route. Call it inside the use case's
   * transaction.
   *
   * @param person the owner or member, never null
   * @param intent what the notice says, never null
   * @param entity what it is about ({@code "assembly:ga-2026"}), never blank
   * @param event the logical event ({@code "convened"}), never blank
   * @param values the template's values by name (see the channel's template catalogue), never null
   * @return the route taken and what the channel did, never null
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND} when the person is not
   *     an owner or member of the organisation
   */
  public Routed notify(
      DataSubject person, Intent intent, String entity, String event, Map<String, TemplateValue> values) {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(intent, "intent");
    Objects.requireNonNull(values, "values");
    PersonReach reach = PersonReach.of(ports, notification, person);
    ChannelChoice.Route route = reach.route();
    if (!route.electronic()) {
      return new Routed(person.id(), route.channel(), route.reason(), Status.BY_POST);
    }
    Notifications channel = notification.channels().get(PersonReach.channel(route.channel()));
    if (channel == null) {
      return new Routed(person.id(), route.channel(), route.reason(), Status.CHANNEL_NOT_CONFIGURED);
    }
    // the person's language, or the configured default when it is unknown (PersonReach)
    Recipient recipient = route.channel() == ContactChannel.WHATSAPP
        ? new Recipient(reach.person(), reach.phone().orElseThrow(), reach.language())
        : new Recipient(reach.person(), reach.phone().orElse(null), reach.language());
    NotifyOutcome outcome = channel.notify(new Notification(
        new NotificationKey(person.organisation(), intent, entity, event, reach.person()), recipient, values));
    Status status = switch (outcome) {
      case ENQUEUED -> Status.QUEUED;
      case ALREADY_ENQUEUED -> Status.ALREADY_QUEUED;
      case NO_CONSENT -> Status.NOT_REACHABLE;
    };
    return new Routed(person.id(), route.channel(), route.reason(), status);
  }

  /**
   * What is known about reaching {@code person} now (their route and language), for a workflow
   * that also writes to the person in its own way (the cooperative's in-app notices).
   *
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND} when the person is not
   *     an owner or member of the organisation
   */
  PersonReach reach(DataSubject person) {
    return PersonReach.of(ports, notification, Objects.requireNonNull(person, "person"));
  }

  /** What happened to one notice. */
  public enum Status {
    /** Queued on the route's channel. */
    QUEUED,
    /** The same business event was already queued for the person: nothing added. */
    ALREADY_QUEUED,
    /** The route is paper: nothing queued; the organisation writes to the person. */
    BY_POST,
    /** The route's channel has no adapter in this host: nothing queued; write to the person. */
    CHANNEL_NOT_CONFIGURED,
    /** The channel's adapter refused (no consent or no address as it sees them): nothing queued. */
    NOT_REACHABLE
  }

  /**
   * The outcome for one person.
   *
   * @param person the owner's or member's id
   * @param channel the channel of the route ({@code POST}: a letter)
   * @param reason why that route
   * @param status what happened
   */
  public record Routed(String person, ContactChannel channel, ChannelChoice.Reason reason, Status status) {
    /**
     * Whether the notice was queued electronically now or before.
     *
     * @return true for {@link Status#QUEUED} and {@link Status#ALREADY_QUEUED}
     */
    public boolean queued() {
      return status == Status.QUEUED || status == Status.ALREADY_QUEUED;
    }
  }
}
