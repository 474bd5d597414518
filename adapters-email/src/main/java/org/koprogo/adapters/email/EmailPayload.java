/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.email;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * What the outbox keeps of one email until it leaves: who it is for, the rendered subject and
 * text, and an optional attachment (a PDF convocation). Written and read as JSON by this adapter
 * only.
 *
 * @param person the recipient's person id (consent is checked again before sending)
 * @param to the recipient's address
 * @param language the ISO 639-1 code the text is written in
 * @param subject the subject line
 * @param body the plain-text body
 * @param attachment the attachment, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EmailPayload(
    String person, String to, String language, String subject, String body, Attachment attachment) {
  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

  public EmailPayload {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(body, "body");
  }

  /**
   * A file sent with the email.
   *
   * @param filename its name ({@code convocation-ga-2026.pdf})
   * @param mediaType its media type ({@code application/pdf})
   * @param base64 its bytes, Base64
   */
  public record Attachment(String filename, String mediaType, String base64) {
    public Attachment {
      Objects.requireNonNull(filename, "filename");
      Objects.requireNonNull(mediaType, "mediaType");
      Objects.requireNonNull(base64, "base64");
    }

    /** An attachment of {@code bytes}. */
    public static Attachment of(String filename, String mediaType, byte[] bytes) {
      return new Attachment(filename, mediaType, Base64.getEncoder().encodeToString(bytes));
    }

    /** Its bytes. */
    public byte[] bytes() {
      return Base64.getDecoder().decode(base64);
    }
  }

  /** This payload with {@code attachment}. */
  public EmailPayload with(Attachment attachment) {
    return new EmailPayload(person, to, language, subject, body, attachment);
  }

  /** The JSON the outbox stores. */
  public String toJson() {
    try {
      return JSON.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an email payload is always writable", e);
    }
  }

  /** The payload in {@code json}, or empty when it is not one (erased, or another channel's). */
  public static Optional<EmailPayload> fromJson(String json) {
    try {
      return Optional.of(JSON.readValue(json, EmailPayload.class));
    } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
      return Optional.empty();
    }
  }
}
