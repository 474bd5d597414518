/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class Argon2idPasswordsTest {
  private final Argon2idPasswords passwords = new Argon2idPasswords(64, 1, 1, 2);

  @Test
  void acceptsThePasswordItHashed() {
    String hash = passwords.hash("correct horse");

    assertThat(passwords.matches("correct horse", hash)).isTrue();
  }

  @Test
  void refusesAnotherPassword() {
    String hash = passwords.hash("correct horse");

    assertThat(passwords.matches("correct horsf", hash)).isFalse();
    assertThat(passwords.matches("", hash)).isFalse();
  }

  @Test
  void writesThePhcFormatWithItsCost() {
    String hash = passwords.hash("pw");

    assertThat(hash).startsWith("$argon2id$v=19$m=64,t=1,p=1$");
    assertThat(hash.split("\\$")).hasSize(6);
  }

  @Test
  void saltsEveryHashDifferently() {
    String first = passwords.hash("same");
    String second = passwords.hash("same");

    assertThat(first).isNotEqualTo(second);
    assertThat(passwords.matches("same", second)).isTrue();
  }

  @Test
  void verifiesHashesMadeWithAnotherCost() {
    String strong = new Argon2idPasswords(256, 2, 2, 1).hash("pw");

    assertThat(passwords.matches("pw", strong)).isTrue();
  }

  @Test
  void refusesMalformedOrForeignHashesWithoutThrowing() {
    assertThat(passwords.matches("pw", "")).isFalse();
    assertThat(passwords.matches("pw", "$argon2i$v=19$m=64,t=1,p=1$AAAA$AAAA")).isFalse();
    assertThat(passwords.matches("pw", "$argon2id$v=19$m=x,t=1,p=1$AAAA$AAAA")).isFalse();
    assertThat(passwords.matches("pw", "$argon2id$v=19$m=64,t=1,p=1$!!$AAAA")).isFalse();
    assertThat(passwords.matches(null, passwords.hash("pw"))).isFalse();
  }

  @Test
  void refusesAnUnsafeCost() {
    assertThatThrownBy(() -> new Argon2idPasswords(4, 1, 1, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesToComputeNoHashAtATime() {
    assertThatThrownBy(() -> new Argon2idPasswords(64, 1, 1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("max-concurrent");
  }

  @Test
  void defaultCostIsOwaspsMinimumWithTheLeastMemory() {
    String hash = new Argon2idPasswords(7168, 5, 1, 2).hash("pw");
    assertThat(hash).startsWith("$argon2id$v=19$m=7168,t=5,p=1$");
    // A hash made at another cost (the former default) still verifies: the cost is read from it.
    String former = new Argon2idPasswords(19456, 2, 1, 1).hash("pw");
    assertThat(new Argon2idPasswords(7168, 5, 1, 2).matches("pw", former)).isTrue();
  }

  @Test
  void logsInOneAtATimeWhenOnlyOneHashMayBeComputed() throws Exception {
    Argon2idPasswords one = new Argon2idPasswords(256, 1, 1, 1);
    String stored = one.hash("secret");
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      java.util.List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
      for (int i = 0; i < 8; i++) {
        String attempt = i % 2 == 0 ? "secret" : "wrong";
        results.add(pool.submit(() -> one.matches(attempt, stored)));
      }
      for (int i = 0; i < 8; i++) {
        assertThat(results.get(i).get()).isEqualTo(i % 2 == 0);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
