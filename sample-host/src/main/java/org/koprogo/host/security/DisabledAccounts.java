/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.security;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The user names whose tokens are refused although signed and unexpired: their account was
 * disabled (the person it speaks for was erased). Kept in memory so that checking a token costs
 * no database read; this instance learns at once the accounts it disables, and re-reads the list
 * every 30 seconds for those another instance disabled. Thread-safe.
 */
@Singleton
public class DisabledAccounts {
  private static final Logger LOG = LoggerFactory.getLogger(DisabledAccounts.class);

  private final Accounts accounts;
  private final Set<String> disabled = ConcurrentHashMap.newKeySet();

  DisabledAccounts(Accounts accounts) {
    this.accounts = accounts;
    reload();
  }

  /** True when tokens of {@code username} must be refused. */
  public boolean contains(String username) {
    return disabled.contains(username);
  }

  /** Records that these accounts were disabled. */
  public void addAll(Collection<String> usernames) {
    disabled.addAll(usernames);
  }

  /** Re-reads the disabled accounts from the database. */
  @Scheduled(fixedDelay = "30s", initialDelay = "30s")
  void reload() {
    try {
      disabled.addAll(accounts.disabledUsernames());
    } catch (RuntimeException e) {
      LOG.warn("cannot re-read the disabled accounts; keeping the {} known", disabled.size());
    }
  }
}
