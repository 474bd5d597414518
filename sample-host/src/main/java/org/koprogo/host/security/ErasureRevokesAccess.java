/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.security;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Once the personal data of an owner or member is erased ({@code DELETE
 * /api/v1/owners/{id}/personal-data}, {@code /members/{id}/personal-data}, answered 2xx), the
 * accounts that speak for that person in the caller's organisation are disabled: they cannot log
 * in, their bearer tokens are refused at once on this instance (within 30 s on the others) and
 * their refresh tokens are revoked.
 */
@ServerFilter(patterns = {"/api/v1/owners/*/personal-data", "/api/v1/members/*/personal-data"},
    methods = HttpMethod.DELETE)
final class ErasureRevokesAccess {
  private static final Logger LOG = LoggerFactory.getLogger(ErasureRevokesAccess.class);

  private final Accounts accounts;
  private final DisabledAccounts disabled;
  private final RefreshTokens refreshTokens;

  ErasureRevokesAccess(Accounts accounts, DisabledAccounts disabled, RefreshTokens refreshTokens) {
    this.accounts = accounts;
    this.disabled = disabled;
    this.refreshTokens = refreshTokens;
  }

  @ResponseFilter
  @ExecuteOn(TaskExecutors.BLOCKING)
  void afterErasure(HttpRequest<?> request, MutableHttpResponse<?> response) {
    if (response.code() < 200 || response.code() > 299) {
      return;
    }
    Authentication authentication = request.getUserPrincipal(Authentication.class).orElse(null);
    if (authentication == null) {
      return;
    }
    String[] segments = request.getPath().split("/");
    // "", "api", "v1", "owners", "{id}", "personal-data"
    if (segments.length != 6) {
      return;
    }
    String organisation = Caller.of(authentication).organisation();
    List<String> names = accounts.disableSubject(organisation, segments[4]);
    disabled.addAll(names);
    for (String name : names) {
      refreshTokens.revokeAll(name);
    }
    if (!names.isEmpty()) {
      LOG.info("erasure of {} in {}: {} account(s) disabled", segments[4], organisation,
          names.size());
    }
  }
}
