/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.email;

import java.util.Objects;
import org.koprogo.adapters.email.EmailNotifications;
import org.koprogo.adapters.email.EmailPayload;
import org.koprogo.adapters.documents.AssemblyDocuments;
import org.koprogo.ports.out.notification.Channel;
import org.koprogo.ports.out.notification.Intent;
import org.koprogo.ports.out.notification.Notification;
import org.koprogo.ports.out.notification.Notifications;
import org.koprogo.ports.out.notification.NotifyOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Email notifications, a convocation ({@link Intent#ASSEMBLY_CONVOCATION} about the entity
 * {@code assembly:<id>}) with the assembly's convocation attached as PDF/A in the recipient's
 * language ({@code adapters-documents}): the email is then the convocation the owner agreed to in
 * writing (Civil Code art. 3.87 §3). A convocation whose PDF cannot be rendered (no such assembly,
 * not convened) is not queued: the adapter answers {@link NotifyOutcome#NO_CONSENT}, so the use
 * case lists the owner among those to convene by registered letter. Other notices go as they are.
 */
final class ConvocationByEmail implements Notifications {
  private static final Logger LOG = LoggerFactory.getLogger(ConvocationByEmail.class);

  /** The entity prefix of an assembly in notification keys. */
  static final String ASSEMBLY = "assembly:";

  private final EmailNotifications email;
  private final AssemblyDocuments convocations;

  ConvocationByEmail(EmailNotifications email, AssemblyDocuments convocations) {
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
    if (notification.intent() == Intent.ASSEMBLY_CONVOCATION) {
      String assembly = entity.startsWith(ASSEMBLY) ? entity.substring(ASSEMBLY.length()) : null;
      attachment = assembly == null ? null : convocations.convocation(notification.key().organisation().value(),
              assembly, notification.recipient().language().code())
          .map(pdf -> EmailPayload.Attachment.of("convocation-" + assembly + ".pdf", "application/pdf", pdf))
          .orElse(null);
      if (attachment == null) {
        // the email says it is the convocation: without the document it is not, so the owner goes on paper
        LOG.warn("convocation of {} for {} not sent by email: no convocation document", entity,
            notification.recipient().person().value());
        return NotifyOutcome.NO_CONSENT;
      }
    }
    return email.notify(notification, attachment);
  }
}
