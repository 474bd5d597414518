/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.whatsapp;

import java.util.List;
import java.util.Objects;

/**
 * One template message as the Cloud API takes it.
 *
 * @param to the recipient's number, digits only with the country code ({@code 32470123456})
 * @param template the template's name
 * @param language the template language code ({@code fr}, {@code nl}, {@code de}, {@code en})
 * @param bodyParameters the body parameters' texts, in the template's order
 * @param callbackData sent as {@code biz_opaque_callback_data} and echoed in every status
 *     webhook: the outbox row's id (at most 512 characters)
 */
public record TemplateMessage(
    String to, String template, String language, List<String> bodyParameters, String callbackData) {
  public TemplateMessage {
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(language, "language");
    bodyParameters = List.copyOf(bodyParameters);
    Objects.requireNonNull(callbackData, "callbackData");
    if (!to.matches("[0-9]{8,15}")) {
      throw new IllegalArgumentException("not a phone number in digits: " + to);
    }
    if (callbackData.isEmpty() || callbackData.length() > 512) {
      throw new IllegalArgumentException("the callback data holds 1 to 512 characters");
    }
  }
}
