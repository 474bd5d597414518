/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.whatsapp;

import java.net.URI;
import java.util.Objects;
import org.koprogo.adapters.whatsapp.WhatsAppConfig;
import org.koprogo.ports.out.OrganisationId;

/**
 * The host's WhatsApp settings ({@code koprogo.whatsapp.*} in {@code application.yml}, each from
 * an environment variable): the Cloud API address and version, the sending number and its token,
 * the webhook's app secret and verify token, and the organisation that sends from that number.
 * Secrets are never printed by {@link #toString()}.
 *
 * @param baseUri the Graph API base address ({@code https://graph.facebook.com/})
 * @param apiVersion the Graph API version ({@code v23.0})
 * @param phoneNumberId the sending number's id
 * @param accessToken the bearer token
 * @param appSecret the app secret that signs the webhooks
 * @param verifyToken the webhook handshake's token
 * @param organisation the organisation whose messages leave from this number (and whose consent
 *     register is checked)
 * @param rounds at most this many dispatch rounds per scheduled run
 */
public record WhatsAppSettings(
    URI baseUri,
    String apiVersion,
    String phoneNumberId,
    String accessToken,
    String appSecret,
    String verifyToken,
    OrganisationId organisation,
    int rounds) {
  public WhatsAppSettings {
    Objects.requireNonNull(baseUri, "baseUri");
    requireSet(apiVersion, "api-version (KOPROGO_WHATSAPP_API_VERSION)");
    requireSet(phoneNumberId, "phone-number-id (KOPROGO_WHATSAPP_PHONE_NUMBER_ID)");
    requireSet(accessToken, "access-token (KOPROGO_WHATSAPP_ACCESS_TOKEN)");
    requireSet(appSecret, "app-secret (KOPROGO_WHATSAPP_APP_SECRET)");
    requireSet(verifyToken, "verify-token (KOPROGO_WHATSAPP_VERIFY_TOKEN)");
    Objects.requireNonNull(organisation, "organisation");
    if (rounds < 1) {
      throw new IllegalArgumentException("koprogo.whatsapp.rounds " + rounds + " is not positive");
    }
  }

  /** The Cloud API client's configuration. */
  public WhatsAppConfig config() {
    return new WhatsAppConfig(baseUri, apiVersion, phoneNumberId, accessToken);
  }

  @Override
  public String toString() {
    return "WhatsAppSettings[baseUri=" + baseUri + ", apiVersion=" + apiVersion + ", phoneNumberId=" + phoneNumberId
        + ", organisation=" + organisation + ", rounds=" + rounds + ", accessToken=***, appSecret=***, verifyToken=***]";
  }

  private static void requireSet(String value, String setting) {
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("WhatsApp is enabled but koprogo.whatsapp." + setting + " is not set");
    }
  }
}
