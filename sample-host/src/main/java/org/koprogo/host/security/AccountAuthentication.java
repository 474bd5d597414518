/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a user name and password ({@code POST /api/v1/login}) against the accounts; the token
 * then carries the roles and the organisation every later request is scoped to.
 *
 * <p>An unknown user costs the same hash as a known one, so that timing does not reveal which
 * user names exist.
 */
@Singleton
final class AccountAuthentication<B> implements HttpRequestExecutorAuthenticationProvider<B> {
  private final Accounts accounts;
  private final Argon2idPasswords passwords;
  private final String unknownUserHash;

  AccountAuthentication(Accounts accounts, Argon2idPasswords passwords) {
    this.accounts = accounts;
    this.passwords = passwords;
    this.unknownUserHash = passwords.hash("no such user");
  }

  @Override
  public String getExecutorName() {
    return TaskExecutors.BLOCKING;
  }

  @Override
  public AuthenticationResponse authenticate(
      HttpRequest<B> request, AuthenticationRequest<String, String> credentials) {
    String username = credentials.getIdentity();
    String password = credentials.getSecret();
    Optional<Accounts.Account> account =
        username == null ? Optional.empty() : accounts.find(username);
    if (account.isEmpty()) {
      passwords.matches(String.valueOf(password), unknownUserHash);
      return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
    }
    Accounts.Account a = account.get();
    if (!passwords.matches(password, a.passwordHash())) {
      return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
    }
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put(Caller.ORGANISATION_CLAIM, a.organisation());
    if (a.subject() != null) {
      claims.put(Caller.SUBJECT_CLAIM, a.subject());
    }
    return AuthenticationResponse.success(a.username(), a.roles(), claims);
  }
}
