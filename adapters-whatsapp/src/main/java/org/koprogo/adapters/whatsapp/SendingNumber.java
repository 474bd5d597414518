/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.whatsapp;

import java.util.Objects;
import java.util.Optional;
import org.koprogo.ports.out.notification.SendingSuspended;

/**
 * One WhatsApp business number an organisation sends from: its client (address, version, phone
 * number id, token), its pace, and whether sending from it is suspended because Meta refused its
 * token. Share one instance between the workers of a process. Thread-safe.
 */
public final class SendingNumber {
  private final WhatsAppCloudApi api;
  private final SendingPace pace;
  private volatile SendingSuspended suspended;

  public SendingNumber(WhatsAppCloudApi api, SendingPace pace) {
    this.api = Objects.requireNonNull(api, "api");
    this.pace = Objects.requireNonNull(pace, "pace");
  }

  public WhatsAppCloudApi api() {
    return api;
  }

  public SendingPace pace() {
    return pace;
  }

  /** Why sending stopped, while it is stopped, else empty. */
  public Optional<SendingSuspended> suspension() {
    return Optional.ofNullable(suspended);
  }

  /** Sending starts again (after the token was renewed; a new client then holds the new token). */
  public void resume() {
    suspended = null;
  }

  void suspend(SendingSuspended why) {
    suspended = why;
  }
}
