/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.security;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Who the bearer token says the caller is. */
@Controller("/api/v1/me")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "security")
public final class MeController {

  /** The caller: user name, organisation, roles. */
  @Get
  @Operation(summary = "The caller named by the bearer token")
  public Caller me(Authentication authentication) {
    return Caller.of(authentication);
  }
}
