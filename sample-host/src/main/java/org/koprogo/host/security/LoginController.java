/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.token.generator.TokenGenerator;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.koprogo.host.problem.HostErrorCode;
import org.koprogo.host.problem.ProblemException;
import org.koprogo.host.problem.Problems;

/**
 * Logs in with a user name and password, and renews a session with a refresh token.
 *
 * <p>Both answer a short-lived bearer token (signed, with {@code exp}, {@code nbf} and {@code
 * iss}) and a refresh token that works once ({@link RefreshTokens}). Wrong logins are throttled
 * per user name and per client address ({@link LoginThrottle}): 429 with {@code Retry-After}, the
 * same for existing and unknown names. An unknown user costs the same hash as a known one; a
 * disabled account is refused like a wrong password. A database that cannot be read is a 503.
 */
@Controller("/api/v1/login")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "security")
public final class LoginController {
  private final Accounts accounts;
  private final Argon2idPasswords passwords;
  private final LoginThrottle throttle;
  private final RefreshTokens refreshTokens;
  private final TokenGenerator tokens;
  private final HttpClientAddressResolver addresses;
  private final int accessSeconds;
  private final String unknownUserHash;

  LoginController(Accounts accounts, Argon2idPasswords passwords, LoginThrottle throttle,
      RefreshTokens refreshTokens, TokenGenerator tokens, HttpClientAddressResolver addresses,
      @Value("${koprogo.security.access-token-seconds:900}") int accessSeconds) {
    this.accounts = accounts;
    this.passwords = passwords;
    this.throttle = throttle;
    this.refreshTokens = refreshTokens;
    this.tokens = tokens;
    this.addresses = addresses;
    this.accessSeconds = accessSeconds;
    this.unknownUserHash = passwords.hash("no such user");
  }

  /**
   * A login.
   *
   * @param username the user name
   * @param password the password
   */
  public record Credentials(
      @Schema(maxLength = 120) String username, @Schema(maxLength = 1024) String password) {}

  /**
   * A refresh.
   *
   * @param refresh_token the refresh token of the last login or refresh
   */
  @SuppressWarnings("checkstyle:RecordComponentName")
  public record Refresh(String refresh_token) {}

  /**
   * The session: a bearer token for every request, a refresh token for the next one.
   *
   * @param username the user
   * @param roles the user's roles
   * @param access_token the bearer token
   * @param token_type always {@code Bearer}
   * @param expires_in seconds the bearer token is valid
   * @param refresh_token single-use token for {@code POST /api/v1/login/refresh}
   */
  public record Session(String username, List<String> roles, String access_token,
      String token_type, int expires_in, String refresh_token) {}

  /** Checks the password and opens a session. */
  @Post(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
  @ExecuteOn(TaskExecutors.BLOCKING)
  @Operation(summary = "Log in with a user name and password")
  @ApiResponse(responseCode = "200", description = "the session")
  @ApiResponse(responseCode = "401", description = "INVALID_CREDENTIALS",
      content = @Content(mediaType = "application/problem+json",
          schema = @Schema(ref = "#/components/schemas/Problem")))
  @ApiResponse(responseCode = "429", description = "TOO_MANY_ATTEMPTS (Retry-After)",
      content = @Content(mediaType = "application/problem+json",
          schema = @Schema(ref = "#/components/schemas/Problem")))
  @ApiResponse(responseCode = "503", description = "SERVICE_UNAVAILABLE (Retry-After)",
      content = @Content(mediaType = "application/problem+json",
          schema = @Schema(ref = "#/components/schemas/Problem")))
  public Session login(HttpRequest<?> request, @Body Credentials body) {
    String username = bounded(body.username(), 120);
    String password = bounded(body.password(), 1024);
    String address = addresses.resolve(request);
    Optional<Duration> wait = throttle.waitFor(username, address);
    if (wait.isPresent()) {
      throw tooMany(wait.get());
    }
    Optional<Accounts.Account> account;
    try {
      account = username == null ? Optional.empty() : accounts.find(username);
    } catch (Accounts.AccountStoreException e) {
      throw unavailable(e);
    }
    boolean valid;
    if (account.isEmpty()) {
      passwords.matches(String.valueOf(password), unknownUserHash);
      valid = false;
    } else {
      valid = passwords.matches(password, account.get().passwordHash())
          && !account.get().disabled();
    }
    if (!valid) {
      throttle.failed(username, address);
      throw new ProblemException(HttpStatus.UNAUTHORIZED, HostErrorCode.INVALID_CREDENTIALS.name(),
          "the user name or password is wrong");
    }
    throttle.succeeded(username);
    try {
      return session(account.get(), refreshTokens.issue(account.get().username()));
    } catch (Accounts.AccountStoreException e) {
      throw unavailable(e);
    }
  }

  /** Renews a session with its refresh token, which then stops working. */
  @Post(uri = "/refresh", consumes = MediaType.APPLICATION_JSON,
      produces = MediaType.APPLICATION_JSON)
  @ExecuteOn(TaskExecutors.BLOCKING)
  @Operation(summary = "Renew a session with a refresh token (single use)",
      description = "A refresh token works once. Using one a second time revokes every token of"
          + " its family: log in again.")
  @ApiResponse(responseCode = "200", description = "the new session")
  @ApiResponse(responseCode = "401", description = "INVALID_CREDENTIALS",
      content = @Content(mediaType = "application/problem+json",
          schema = @Schema(ref = "#/components/schemas/Problem")))
  public Session refresh(@Body Refresh body) {
    try {
      Optional<RefreshTokens.Rotated> rotated = refreshTokens.rotate(body.refresh_token());
      Optional<Accounts.Account> account =
          rotated.flatMap(r -> accounts.find(r.username())).filter(a -> !a.disabled());
      if (account.isEmpty()) {
        throw new ProblemException(HttpStatus.UNAUTHORIZED,
            HostErrorCode.INVALID_CREDENTIALS.name(),
            "the refresh token is unknown, expired, revoked or already used: log in again");
      }
      return session(account.get(), rotated.get().token());
    } catch (Accounts.AccountStoreException e) {
      throw unavailable(e);
    }
  }

  private Session session(Accounts.Account account, String refreshToken) {
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put(Caller.ORGANISATION_CLAIM, account.organisation());
    if (account.subject() != null) {
      claims.put(Caller.SUBJECT_CLAIM, account.subject());
    }
    Authentication authentication =
        Authentication.build(account.username(), account.roles(), claims);
    String token = tokens.generateToken(authentication, accessSeconds)
        .orElseThrow(() -> new IllegalStateException("cannot sign a token"));
    return new Session(account.username(), account.roles(), token, "Bearer", accessSeconds,
        refreshToken);
  }

  private static String bounded(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }

  private static ProblemException tooMany(Duration wait) {
    long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    return new ProblemException(HttpStatus.TOO_MANY_REQUESTS,
        HostErrorCode.TOO_MANY_ATTEMPTS.name(),
        "too many failed logins; try again in " + seconds + " s")
        .with(Problems.RETRY_AFTER, seconds);
  }

  private static ProblemException unavailable(RuntimeException e) {
    String id = Problems.correlationId();
    org.slf4j.LoggerFactory.getLogger(LoginController.class)
        .warn("login: account store failure [{}]", id, e);
    ProblemException problem = new ProblemException(HttpStatus.SERVICE_UNAVAILABLE,
        HostErrorCode.SERVICE_UNAVAILABLE.name(),
        "a service the server depends on is not available; try again later");
    Problems.unavailable(id).forEach((k, v) -> {
      if (k.equals("correlationId") || k.equals(Problems.RETRY_AFTER)) {
        problem.with(k, v);
      }
    });
    return problem;
  }
}
