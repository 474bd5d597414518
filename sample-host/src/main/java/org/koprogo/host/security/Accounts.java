/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.security;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.koprogo.host.database.SchemaMigration;

/** The user accounts of the HTTP API, in the host's own table {@code host_account}. */
@Singleton
public final class Accounts {
  private final DataSource dataSource;

  /**
   * One account.
   *
   * @param username login name
   * @param passwordHash Argon2id hash ({@link Argon2idPasswords})
   * @param organisation the organisation the account belongs to
   * @param roles its roles
   * @param subject the owner or member it speaks for, or null
   * @param demo true for the demo accounts (a prod environment refuses them)
   * @param disabled true once disabled (the person it speaks for was erased): it cannot log in
   *     and its tokens are refused
   */
  public record Account(
      String username, String passwordHash, String organisation, List<String> roles,
      String subject, boolean demo, boolean disabled) {
    /** An enabled account. */
    public Account(String username, String passwordHash, String organisation, List<String> roles,
        String subject, boolean demo) {
      this(username, passwordHash, organisation, roles, subject, demo, false);
    }

    public Account {
      Objects.requireNonNull(username, "username");
      Objects.requireNonNull(passwordHash, "passwordHash");
      Objects.requireNonNull(organisation, "organisation");
      roles = List.copyOf(roles);
      if (!Roles.ALL.containsAll(roles)) {
        throw new IllegalArgumentException("unknown role in " + roles);
      }
    }
  }

  Accounts(DataSource dataSource, SchemaMigration schema) {
    this.dataSource = dataSource;
  }

  /** The account of {@code username}, if any. */
  public Optional<Account> find(String username) {
    String sql = "SELECT username, password_hash, organisation_id, roles, subject_id, demo,"
        + " disabled FROM host_account WHERE username = ?";
    try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, username);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          return Optional.empty();
        }
        return Optional.of(new Account(r.getString(1), r.getString(2), r.getString(3),
            Arrays.asList(r.getString(4).split(",")), r.getString(5), r.getBoolean(6),
            r.getBoolean(7)));
      }
    } catch (SQLException e) {
      throw new AccountStoreException("cannot read an account", e);
    }
  }

  /**
   * Disables the accounts that speak for {@code subject} in {@code organisation} (the person was
   * erased) and returns their user names.
   */
  public List<String> disableSubject(String organisation, String subject) {
    String select = "SELECT username FROM host_account WHERE organisation_id = ? AND subject_id = ?";
    String update = "UPDATE host_account SET disabled = TRUE"
        + " WHERE organisation_id = ? AND subject_id = ?";
    try (Connection c = dataSource.getConnection()) {
      List<String> names = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement(select)) {
        s.setString(1, organisation);
        s.setString(2, subject);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            names.add(r.getString(1));
          }
        }
      }
      try (PreparedStatement s = c.prepareStatement(update)) {
        s.setString(1, organisation);
        s.setString(2, subject);
        s.executeUpdate();
      }
      return names;
    } catch (SQLException e) {
      throw new AccountStoreException("cannot disable accounts", e);
    }
  }

  /** The user names of the disabled accounts. */
  public List<String> disabledUsernames() {
    String sql = "SELECT username FROM host_account WHERE disabled = TRUE";
    try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql);
        ResultSet r = s.executeQuery()) {
      List<String> names = new ArrayList<>();
      while (r.next()) {
        names.add(r.getString(1));
      }
      return names;
    } catch (SQLException e) {
      throw new AccountStoreException("cannot list disabled accounts", e);
    }
  }

  /** The account store cannot be read or written (the database is down): a 503, never a 500. */
  public static final class AccountStoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    AccountStoreException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** Adds an account; false when the user name is taken. */
  public boolean add(Account account) {
    if (find(account.username()).isPresent()) {
      return false;
    }
    String sql = "INSERT INTO host_account"
        + " (username, password_hash, organisation_id, roles, subject_id, demo)"
        + " VALUES (?, ?, ?, ?, ?, ?)";
    try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, account.username());
      s.setString(2, account.passwordHash());
      s.setString(3, account.organisation());
      s.setString(4, String.join(",", account.roles()));
      s.setString(5, account.subject());
      s.setBoolean(6, account.demo());
      s.executeUpdate();
      return true;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot add account " + account.username(), e);
    }
  }

  /** The user names of the demo accounts. */
  public List<String> demoUsernames() {
    String sql = "SELECT username FROM host_account WHERE demo = TRUE ORDER BY username";
    try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql);
        ResultSet r = s.executeQuery()) {
      List<String> names = new ArrayList<>();
      while (r.next()) {
        names.add(r.getString(1));
      }
      return names;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot list demo accounts", e);
    }
  }
}
