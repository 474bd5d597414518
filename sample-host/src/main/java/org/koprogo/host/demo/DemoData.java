/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.demo;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import java.util.List;
import org.koprogo.host.security.Accounts;
import org.koprogo.host.security.Accounts.Account;
import org.koprogo.host.security.Argon2idPasswords;
import org.koprogo.host.security.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo organisations and their accounts, loaded at first start so that the README's curl
 * examples work at once. Every demo account has the password {@code koprogo.demo.password}.
 * Switched off with {@code KOPROGO_DEMO=false}; the prod environment refuses it.
 */
@Context
@Requires(property = "koprogo.demo.enabled", value = "true", defaultValue = "true")
public final class DemoData {
  /** The demo co-ownership. */
  public static final String TILLEULS = "demo-tilleuls";
  /** The demo housing cooperative. */
  public static final String CAILLES = "demo-cailles";

  private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

  DemoData(Accounts accounts, Argon2idPasswords passwords,
      @Value("${koprogo.demo.password:koprogo-demo}") String password) {
    int added = 0;
    for (DemoAccount d : ACCOUNTS) {
      if (accounts.find(d.username()).isEmpty()) {
        accounts.add(new Account(d.username(), passwords.hash(password), d.organisation(),
            List.of(d.role()), d.subject(), true));
        added++;
      }
    }
    if (added > 0) {
      LOG.info("demo: {} account(s) created, password '{}' (demo only)", added, password);
    }
  }

  private record DemoAccount(String username, String organisation, String role, String subject) {}

  private static final List<DemoAccount> ACCOUNTS =
      List.of(
          new DemoAccount("admin@tilleuls", TILLEULS, Roles.ORG_ADMIN, null),
          new DemoAccount("syndic@tilleuls", TILLEULS, Roles.SYNDIC, null),
          new DemoAccount("council@tilleuls", TILLEULS, Roles.COUNCIL_MEMBER, null),
          new DemoAccount("owner@tilleuls", TILLEULS, Roles.OWNER, null),
          new DemoAccount("auditor@tilleuls", TILLEULS, Roles.AUDITOR, null),
          new DemoAccount("manager@cailles", CAILLES, Roles.COOP_MANAGER, null),
          new DemoAccount("member@cailles", CAILLES, Roles.COOP_MEMBER, null),
          new DemoAccount("admin@cailles", CAILLES, Roles.ORG_ADMIN, null));
}
