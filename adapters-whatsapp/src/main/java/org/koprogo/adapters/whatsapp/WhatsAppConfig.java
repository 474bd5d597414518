/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.whatsapp;

import java.net.URI;
import java.util.Objects;

/**
 * How to reach the WhatsApp Business Cloud API.
 *
 * @param baseUri the Graph API's base address (a local server in tests)
 * @param apiVersion the Graph API version, such as {@code v21.0}
 * @param phoneNumberId the sending number's id
 * @param accessToken the bearer token
 */
public record WhatsAppConfig(URI baseUri, String apiVersion, String phoneNumberId, String accessToken) {
  public WhatsAppConfig {
    Objects.requireNonNull(baseUri, "baseUri");
    Objects.requireNonNull(apiVersion, "apiVersion");
    Objects.requireNonNull(phoneNumberId, "phoneNumberId");
    Objects.requireNonNull(accessToken, "accessToken");
  }

  /** The messages endpoint: {@code POST /{version}/{phone-number-id}/messages}. */
  public URI messagesUri() {
    String base = baseUri.toString().endsWith("/") ? baseUri.toString() : baseUri + "/";
    return URI.create(base + apiVersion + "/" + phoneNumberId + "/messages");
  }

  @Override
  public String toString() {
    return "WhatsAppConfig[baseUri=" + baseUri + ", apiVersion=" + apiVersion + ", phoneNumberId="
        + phoneNumberId + ", accessToken=***]";
  }
}
