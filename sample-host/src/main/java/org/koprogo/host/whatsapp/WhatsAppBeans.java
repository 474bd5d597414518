/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.whatsapp;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.LocalTime;
import java.time.ZoneId;
import org.koprogo.adapters.jdbc.JdbcStore;
import org.koprogo.adapters.jdbc.notification.JdbcConsents;
import org.koprogo.adapters.jdbc.notification.JdbcDeliveryJournal;
import org.koprogo.adapters.jdbc.notification.JdbcSendingPauses;
import org.koprogo.adapters.whatsapp.DispatchPolicy;
import org.koprogo.adapters.whatsapp.QuietHours;
import org.koprogo.adapters.whatsapp.SendingNumber;
import org.koprogo.adapters.whatsapp.SendingNumbers;
import org.koprogo.adapters.whatsapp.SendingPace;
import org.koprogo.adapters.whatsapp.Sleeper;
import org.koprogo.adapters.whatsapp.TemplateLanguages;
import org.koprogo.adapters.whatsapp.WebhookSignature;
import org.koprogo.adapters.whatsapp.WebhookVerification;
import org.koprogo.adapters.whatsapp.WhatsAppCloudApi;
import org.koprogo.adapters.whatsapp.WhatsAppNotifications;
import org.koprogo.adapters.whatsapp.WhatsAppWebhook;
import org.koprogo.ports.out.Clock;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.OutPorts;
import org.koprogo.ports.out.notification.Consents;
import org.koprogo.ports.out.notification.DeliveryJournal;
import org.koprogo.ports.out.notification.NotificationAlerts;
import org.koprogo.ports.out.notification.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * WhatsApp in the host, only when {@code koprogo.whatsapp.enabled} is true (off by default, so
 * the demo runs offline): the adapter on the host's JDBC outbox, with the delivery journal and the
 * consent register in the same database, one sending number for the configured organisation.
 */
@Factory
@Requires(property = "koprogo.whatsapp.enabled", value = "true")
final class WhatsAppBeans {
  private static final Logger LOG = LoggerFactory.getLogger(WhatsAppBeans.class);

  @Singleton
  WhatsAppSettings settings(
      @Value("${koprogo.whatsapp.base-uri:`https://graph.facebook.com/`}") String baseUri,
      @Value("${koprogo.whatsapp.api-version:v23.0}") String apiVersion,
      @Value("${koprogo.whatsapp.phone-number-id:}") String phoneNumberId,
      @Value("${koprogo.whatsapp.access-token:}") String accessToken,
      @Value("${koprogo.whatsapp.app-secret:}") String appSecret,
      @Value("${koprogo.whatsapp.verify-token:}") String verifyToken,
      @Value("${koprogo.whatsapp.organisation:}") String organisation,
      @Value("${koprogo.whatsapp.rounds:10}") int rounds) {
    if (organisation.isBlank()) {
      throw new IllegalStateException(
          "WhatsApp is enabled but koprogo.whatsapp.organisation (KOPROGO_WHATSAPP_ORGANISATION) is not set");
    }
    WhatsAppSettings settings = new WhatsAppSettings(URI.create(baseUri), apiVersion, phoneNumberId, accessToken,
        appSecret, verifyToken, OrganisationId.of(organisation), rounds);
    LOG.info("WhatsApp notifications enabled: {}", settings);
    return settings;
  }

  /** The adapter's defaults, with the configured pace and quiet hours (start equal to end: none). */
  @Singleton
  DispatchPolicy dispatchPolicy(
      @Value("${koprogo.whatsapp.messages-per-second:20}") int messagesPerSecond,
      @Value("${koprogo.whatsapp.quiet-hours.start:`21:00`}") String quietFrom,
      @Value("${koprogo.whatsapp.quiet-hours.end:`08:00`}") String quietUntil,
      @Value("${koprogo.whatsapp.quiet-hours.zone:Europe/Brussels}") String zone) {
    DispatchPolicy d = DispatchPolicy.defaults();
    return new DispatchPolicy(d.batchSize(), d.lease(), messagesPerSecond, d.maxAttempts(), d.retryBase(),
        d.rateLimitBase(), d.retryCap(), d.statusWait(), d.maxResendsAfterUnknown(),
        new QuietHours(LocalTime.parse(quietFrom), LocalTime.parse(quietUntil), ZoneId.of(zone)));
  }

  @Singleton
  DeliveryJournal deliveryJournal(JdbcStore store) {
    return new JdbcDeliveryJournal(store);
  }

  @Singleton
  Consents consents(JdbcStore store, WhatsAppSettings settings) {
    return new JdbcConsents(store, settings.organisation());
  }

  @Singleton
  NotificationAlerts notificationAlerts() {
    return alert -> LOG.error("WhatsApp sending suspended, renew the credentials and restart: {}", alert);
  }

  /** The configured organisation's number; the messages of other organisations are dead-lettered with the reason. */
  @Singleton
  SendingNumbers sendingNumbers(WhatsAppSettings settings, DispatchPolicy policy, Clock clock, JdbcStore store) {
    // the pause after a 130429 is shared by every instance through the database
    SendingNumber number = new SendingNumber(WhatsAppCloudApi.of(settings.config()),
        new SendingPace(policy.messagesPerSecond(), clock, Sleeper.system(), new JdbcSendingPauses(store),
            settings.phoneNumberId()));
    return SendingNumbers.byOrganisation(java.util.Map.of(settings.organisation(), number));
  }

  /** Queues the configured organisation's notifications; another organisation's are refused (no consent register here). */
  @Singleton
  Notifications notifications(WhatsAppSettings settings, OutPorts ports, Consents consents, Clock clock) {
    return new OneOrganisationNotifications(settings.organisation(),
        new WhatsAppNotifications(ports.outbox(), consents, TemplateLanguages.allFour(), clock));
  }

  @Singleton
  WhatsAppWebhook webhook(WhatsAppSettings settings, OutPorts ports, DeliveryJournal journal) {
    return new WhatsAppWebhook(new WebhookVerification(settings.verifyToken()),
        new WebhookSignature(settings.appSecret()), ports.outbox(), journal);
  }
}
