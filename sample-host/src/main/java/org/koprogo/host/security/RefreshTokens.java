/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.security;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import javax.sql.DataSource;
import org.koprogo.host.database.SchemaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refresh tokens that rotate: each is an opaque random string, stored only as its SHA-256 hash,
 * valid once. Using one returns a new one of the same family; using one a second time (it was
 * stolen and one of the two users is an attacker) revokes the whole family, so both stop working.
 * Thread-safe; the single-use update is atomic in the database, so two instances agree.
 */
@Singleton
public final class RefreshTokens {
  private static final Logger LOG = LoggerFactory.getLogger(RefreshTokens.class);
  private static final HexFormat HEX = HexFormat.of();

  private final DataSource dataSource;
  private final Duration lifetime;
  private final Clock clock = Clock.systemUTC();
  private final SecureRandom random = new SecureRandom();

  RefreshTokens(DataSource dataSource, SchemaMigration schema,
      @Value("${koprogo.security.refresh-token-lifetime:P14D}") Duration lifetime) {
    this.dataSource = dataSource;
    this.lifetime = lifetime;
  }

  /** A new refresh token of a new family for {@code username}. */
  public String issue(String username) {
    return issue(username, HEX.formatHex(bytes(16)));
  }

  /**
   * Uses {@code token} once: the user name it was issued to and a new token of its family, or
   * empty when it is unknown, expired, revoked or already used (which revokes its family).
   */
  public Optional<Rotated> rotate(String token) {
    if (token == null || token.length() != 64) {
      return Optional.empty();
    }
    String hash = hash(token);
    Instant now = clock.instant();
    try (Connection c = dataSource.getConnection()) {
      String family;
      String username;
      boolean used;
      boolean revoked;
      Instant expires;
      try (PreparedStatement s = c.prepareStatement("SELECT family, username, used, revoked,"
          + " expires_at FROM host_refresh_token WHERE token_hash = ?")) {
        s.setString(1, hash);
        try (ResultSet r = s.executeQuery()) {
          if (!r.next()) {
            return Optional.empty();
          }
          family = r.getString(1);
          username = r.getString(2);
          used = r.getBoolean(3);
          revoked = r.getBoolean(4);
          expires = r.getTimestamp(5).toInstant();
        }
      }
      if (revoked || !now.isBefore(expires)) {
        return Optional.empty();
      }
      int claimed = 0;
      if (!used) {
        try (PreparedStatement s = c.prepareStatement("UPDATE host_refresh_token SET used = TRUE"
            + " WHERE token_hash = ? AND used = FALSE AND revoked = FALSE")) {
          s.setString(1, hash);
          claimed = s.executeUpdate();
        }
      }
      if (claimed == 0) {
        LOG.warn("a refresh token of {} was used twice: its family is revoked", username);
        revokeFamily(c, family);
        return Optional.empty();
      }
      return Optional.of(new Rotated(username, issue(username, family)));
    } catch (SQLException e) {
      throw new Accounts.AccountStoreException("cannot rotate a refresh token", e);
    }
  }

  /** Revokes every refresh token of {@code username}. */
  public void revokeAll(String username) {
    try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
        "UPDATE host_refresh_token SET revoked = TRUE WHERE username = ?")) {
      s.setString(1, username);
      s.executeUpdate();
    } catch (SQLException e) {
      throw new Accounts.AccountStoreException("cannot revoke refresh tokens", e);
    }
  }

  /**
   * The result of a rotation.
   *
   * @param username the account the token was issued to
   * @param token the new refresh token
   */
  public record Rotated(String username, String token) {}

  private String issue(String username, String family) {
    String token = HEX.formatHex(bytes(32));
    Instant now = clock.instant();
    try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
        "INSERT INTO host_refresh_token (token_hash, family, username, issued_at, expires_at)"
            + " VALUES (?, ?, ?, ?, ?)")) {
      s.setString(1, hash(token));
      s.setString(2, family);
      s.setString(3, username);
      s.setTimestamp(4, Timestamp.from(now));
      s.setTimestamp(5, Timestamp.from(now.plus(lifetime)));
      s.executeUpdate();
      return token;
    } catch (SQLException e) {
      throw new Accounts.AccountStoreException("cannot store a refresh token", e);
    }
  }

  private static void revokeFamily(Connection c, String family) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "UPDATE host_refresh_token SET revoked = TRUE WHERE family = ?")) {
      s.setString(1, family);
      s.executeUpdate();
    }
  }

  private byte[] bytes(int n) {
    byte[] b = new byte[n];
    random.nextBytes(b);
    return b;
  }

  private static String hash(String token) {
    try {
      return HEX.formatHex(MessageDigest.getInstance("SHA-256")
          .digest(token.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
