/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.whatsapp;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.koprogo.adapters.whatsapp.WhatsAppWebhook;
import org.koprogo.host.problem.HostErrorCode;
import org.koprogo.host.problem.Problems;

/**
 * The WhatsApp Cloud API webhook ({@code /webhooks/whatsapp}, the callback URL registered with
 * Meta). Anonymous: Meta authenticates by the verify token (handshake) and by the {@code
 * X-Hub-Signature-256} HMAC of each POST's raw body, which the adapter checks in constant time.
 * The body is taken as the bytes received ({@code byte[]}: Micronaut hands them over without
 * decoding), never re-serialised JSON, so the signature is checked over exactly what Meta signed.
 */
@Controller("/webhooks/whatsapp")
@Requires(property = "koprogo.whatsapp.enabled", value = "true")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "webhooks")
final class WhatsAppWebhookController {
  private final WhatsAppWebhook webhook;

  WhatsAppWebhookController(WhatsAppWebhook webhook) {
    this.webhook = webhook;
  }

  /** The verification handshake: 200 with {@code hub.challenge} as the body, or 403. */
  @Get(produces = {MediaType.TEXT_PLAIN, "application/problem+json"})
  @Operation(summary = "WhatsApp webhook verification (hub.mode, hub.verify_token, hub.challenge)")
  HttpResponse<?> verify(HttpRequest<?> request) {
    return webhook.verifyQuery(request.getUri().getRawQuery())
        .<HttpResponse<?>>map(challenge -> HttpResponse.ok(challenge).contentType(MediaType.TEXT_PLAIN_TYPE))
        .orElseGet(() -> Problems.response(Problems.document(HttpStatus.FORBIDDEN,
            HostErrorCode.FORBIDDEN.name(), "the verify token does not match")));
  }

  /** Status callbacks: 200 once recorded, 401 for a missing or wrong signature, 400 for a body that is not JSON. */
  @Post(consumes = MediaType.ALL)
  @ExecuteOn(TaskExecutors.BLOCKING)
  @Operation(summary = "WhatsApp status callbacks, signed with X-Hub-Signature-256")
  HttpResponse<?> receive(@Body @Nullable byte[] body, @Header("X-Hub-Signature-256") @Nullable String signature) {
    WhatsAppWebhook.Reception reception = webhook.receive(body == null ? new byte[0] : body, signature);
    HttpStatus status = HttpStatus.valueOf(reception.httpStatus());
    if (status.getCode() < 400) {
      return HttpResponse.status(status);
    }
    String code = switch (status) {
      case UNAUTHORIZED -> HostErrorCode.UNAUTHENTICATED.name();
      case FORBIDDEN -> HostErrorCode.FORBIDDEN.name();
      case BAD_REQUEST -> HostErrorCode.MALFORMED_JSON.name();
      default -> HostErrorCode.BAD_REQUEST.name();
    };
    String detail = switch (status) {
      case UNAUTHORIZED -> "the X-Hub-Signature-256 signature is missing or wrong";
      case BAD_REQUEST -> "the body is not a webhook notification in JSON";
      default -> "the notification was refused";
    };
    return Problems.response(Problems.document(status, code, detail));
  }
}
