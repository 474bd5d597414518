/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.email;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * Sends one email through SMTP with Jakarta Mail (Eclipse Angus): plain text in UTF-8, the
 * optional attachment as a second part, and a {@code Message-ID} fixed by the caller, the same
 * for every attempt at the same outbox message, so that a receiving server or client can
 * recognise a message sent twice. Classifies the outcome ({@link SmtpResult}): a failure to
 * connect sent nothing; a reply code is a refusal (4xx transient, 5xx permanent); any other
 * failure once the message started is an unknown outcome. Thread-safe (each send has its own
 * connection).
 */
public final class SmtpMailer {
  private final SmtpSettings settings;
  private final Session session;

  public SmtpMailer(SmtpSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
    Properties p = new Properties();
    String ms = Long.toString(settings.timeout().toMillis());
    p.put("mail.smtp.host", settings.host());
    p.put("mail.smtp.port", Integer.toString(settings.port()));
    p.put("mail.smtp.connectiontimeout", ms);
    p.put("mail.smtp.timeout", ms);
    p.put("mail.smtp.writetimeout", ms);
    p.put("mail.smtp.auth", Boolean.toString(settings.username() != null));
    p.put("mail.smtp.starttls.enable", Boolean.toString(settings.startTls()));
    p.put("mail.smtp.starttls.required", Boolean.toString(settings.startTls()));
    p.put("mail.smtp.from", settings.from());
    this.session = Session.getInstance(p);
  }

  /**
   * Sends {@code payload} with the message id {@code <messageId>}.
   *
   * @param messageId the id without angle brackets ({@code 42.demo-tilleuls@koprogo})
   */
  public SmtpResult send(EmailPayload payload, String messageId, Instant date) {
    MimeMessage message;
    try {
      message = message(payload, messageId, date);
    } catch (MessagingException e) {
      return new SmtpResult.Refused(550, "the message cannot be written: " + e.getMessage());
    }
    SMTPTransport transport;
    try {
      transport = (SMTPTransport) session.getTransport("smtp");
      transport.connect(settings.host(), settings.port(), settings.username(), settings.password());
    } catch (MessagingException e) {
      return new SmtpResult.NotSent("cannot connect to " + settings.host() + ":" + settings.port() + ": " + root(e));
    }
    try {
      transport.sendMessage(message, message.getAllRecipients());
      return new SmtpResult.Accepted(messageId);
    } catch (MessagingException e) {
      int code = transport.getLastReturnCode();
      if (code >= 400 && code < 600) {
        return new SmtpResult.Refused(code, code + " " + oneLine(transport.getLastServerResponse()));
      }
      return new SmtpResult.OutcomeUnknown(root(e));
    } finally {
      try {
        transport.close();
      } catch (MessagingException ignored) {
        // the answer to the message is known already; QUIT failing changes nothing
      }
    }
  }

  private MimeMessage message(EmailPayload payload, String messageId, Instant date) throws MessagingException {
    MimeMessage m = new FixedIdMessage(session, "<" + messageId + ">");
    m.setFrom(new InternetAddress(settings.from(), true));
    m.setRecipient(Message.RecipientType.TO, new InternetAddress(payload.to(), true));
    m.setSubject(payload.subject(), StandardCharsets.UTF_8.name());
    m.setSentDate(Date.from(date));
    m.setHeader("Content-Language", payload.language());
    if (payload.attachment() == null) {
      m.setText(payload.body(), StandardCharsets.UTF_8.name());
    } else {
      MimeBodyPart text = new MimeBodyPart();
      text.setText(payload.body(), StandardCharsets.UTF_8.name());
      MimeBodyPart file = new MimeBodyPart();
      file.setDataHandler(new DataHandler(
          new ByteArrayDataSource(payload.attachment().bytes(), payload.attachment().mediaType())));
      file.setFileName(payload.attachment().filename());
      file.setDisposition(MimeBodyPart.ATTACHMENT);
      MimeMultipart parts = new MimeMultipart();
      parts.addBodyPart(text);
      parts.addBodyPart(file);
      m.setContent(parts);
    }
    m.saveChanges();
    return m;
  }

  private static String root(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getClass().getSimpleName() + ": " + oneLine(t.getMessage());
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.strip().replaceAll("\\s+", " ");
  }

  /** A message whose Message-ID is the caller's, not one generated on each save. */
  private static final class FixedIdMessage extends MimeMessage {
    private final String id;

    FixedIdMessage(Session session, String id) {
      super(session);
      this.id = id;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", id);
    }
  }
}
