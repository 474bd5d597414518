/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.email;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;
import org.koprogo.adapters.email.EmailAddresses;
import org.koprogo.adapters.email.EmailNotifications;
import org.koprogo.adapters.email.SmtpSettings;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.host.api.DocumentFormats;
import org.koprogo.ports.out.MemberId;
import org.koprogo.ports.out.OutPorts;
import org.koprogo.ports.out.notification.ConsentRegisters;
import org.koprogo.ports.out.notification.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Email in the host, only when {@code koprogo.email.enabled} is true (off by default, so the demo
 * runs offline): {@link EmailNotifications} on the host's JDBC outbox with every organisation's
 * consent register, addresses from the owners' and members' details, the convocation's PDF
 * attached to a convocation, and {@link EmailWorker} sending on a schedule.
 */
@Factory
@Requires(property = "koprogo.email.enabled", value = "true")
final class EmailBeans {
  private static final Logger LOG = LoggerFactory.getLogger(EmailBeans.class);

  @Singleton
  SmtpSettings smtpSettings(
      @Value("${koprogo.email.smtp.host:}") String host,
      @Value("${koprogo.email.smtp.port:587}") int port,
      @Value("${koprogo.email.from:}") String from,
      @Value("${koprogo.email.smtp.username:}") String username,
      @Value("${koprogo.email.smtp.password:}") String password,
      @Value("${koprogo.email.smtp.start-tls:true}") boolean startTls,
      @Value("${koprogo.email.smtp.timeout:10s}") Duration timeout) {
    if (host.isBlank()) {
      throw new IllegalStateException("email is enabled but koprogo.email.smtp.host (KOPROGO_EMAIL_SMTP_HOST) is not set");
    }
    if (from.isBlank()) {
      throw new IllegalStateException("email is enabled but koprogo.email.from (KOPROGO_EMAIL_FROM) is not set");
    }
    SmtpSettings settings = new SmtpSettings(host, port, from, username.isBlank() ? null : username,
        password.isBlank() ? null : password, startTls, timeout);
    LOG.info("Email notifications enabled: {}", settings);
    return settings;
  }

  /** Where a person receives email: their details as an owner, else as a member. */
  @Singleton
  EmailAddresses emailAddresses(OutPorts ports) {
    return (organisation, person) -> {
      Optional<String> owner = ports.owners().find(organisation, OwnerId.of(person.value()))
          .map(o -> o.details().email());
      if (owner.isPresent()) {
        return owner.filter(e -> !e.isBlank());
      }
      return ports.members().find(organisation, MemberId.of(person.value())).map(m -> m.details().email())
          .filter(e -> !e.isBlank());
    };
  }

  /** The email channel the use cases route to; a convocation carries its PDF. */
  @Singleton
  @Named("email")
  Notifications emailNotifications(OutPorts ports, ConsentRegisters consents, EmailAddresses addresses,
      DocumentFormats formats) {
    return new ConvocationByEmail(
        new EmailNotifications(ports.outbox(), consents, addresses, ports.clock()), formats.documents());
  }
}
