/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.email;

import java.util.Objects;
import org.koprogo.adapters.email.EmailNotifications;
import org.koprogo.adapters.email.EmailPayload;
import org.koprogo.host.api.ConvocationPdfs;
import org.koprogo.ports.out.notification.Channel;
import org.koprogo.ports.out.notification.Intent;
import org.koprogo.ports.out.notification.Notification;
import org.koprogo.ports.out.notification.Notifications;
import org.koprogo.ports.out.notification.NotifyOutcome;

/**
 * Email notifications, a convocation ({@link Intent#ASSEMBLY_CONVOCATION} about the entity
 * {@code assembly:<id>}) with the assembly's convocation attached as PDF/A in the recipient's
 * language ({@code adapters-documents}); the rest as they are. A convocation whose PDF cannot be
 * rendered (the assembly is not convened) goes without it.
 */
final class ConvocationByEmail implements Notifications {
  /** The entity prefix of an assembly in notification keys. */
  static final String ASSEMBLY = "assembly:";

  private final EmailNotifications email;
  private final ConvocationPdfs convocations;

  ConvocationByEmail(EmailNotifications email, ConvocationPdfs convocations) {
    this.email = Objects.requireNonNull(email, "email");
    this.convocations = Objects.requireNonNull(convocations, "convocations");
  }

  @Override
  public Channel channel() {
    return Channel.EMAIL;
  }

  @Override
  public NotifyOutcome notify(Notification notification) {
    EmailPayload.Attachment attachment = null;
    String entity = notification.key().entity();
    if (notification.intent() == Intent.ASSEMBLY_CONVOCATION && entity.startsWith(ASSEMBLY)) {
      String assembly = entity.substring(ASSEMBLY.length());
      attachment = convocations.render(notification.key().organisation(), assembly,
              notification.recipient().language().code())
          .map(pdf -> EmailPayload.Attachment.of("convocation-" + assembly + ".pdf", "application/pdf", pdf))
          .orElse(null);
    }
    return email.notify(notification, attachment);
  }
}
