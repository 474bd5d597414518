/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.security;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.Semaphore;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Password hashes with Argon2id (RFC 9106), pure Java through Bouncy Castle, in the PHC string
 * format {@code $argon2id$v=19$m=7168,t=5,p=1$<salt>$<hash>} so that the cost can be raised
 * later without invalidating stored hashes. Thread-safe.
 *
 * <p>The default cost is one of the equivalent minimum configurations of the OWASP Password
 * Storage Cheat Sheet (19 MiB and 2 passes, 12 MiB and 3, 9 MiB and 4, 7 MiB and 5): the one with
 * the least memory, so that a login needs 7 MiB of heap rather than 19. At most {@code
 * koprogo.security.argon2.max-concurrent} hashes (default 2) are computed at once; further logins
 * wait for one to finish, which bounds the heap that logins can take and the CPU that a flood
 * of logins can take from the other requests.
 */
@Singleton
public final class Argon2idPasswords {
  private static final int SALT_BYTES = 16;
  private static final int HASH_BYTES = 32;
  private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getDecoder();

  private final SecureRandom random = new SecureRandom();
  private final int memoryKib;
  private final int iterations;
  private final int parallelism;
  private final Semaphore permits;

  /**
   * The cost of new hashes (by default OWASP's minimum with the least memory: 7 MiB, 5 passes, 1
   * lane) and how many hashes are computed at once.
   *
   * @param memoryKib memory in KiB
   * @param iterations passes over the memory
   * @param parallelism lanes
   * @param maxConcurrent hashes computed at once, at least 1
   */
  public Argon2idPasswords(
      @Value("${koprogo.security.argon2.memory-kib:7168}") int memoryKib,
      @Value("${koprogo.security.argon2.iterations:5}") int iterations,
      @Value("${koprogo.security.argon2.parallelism:1}") int parallelism,
      @Value("${koprogo.security.argon2.max-concurrent:2}") int maxConcurrent) {
    if (memoryKib < 8 * parallelism || iterations < 1 || parallelism < 1) {
      throw new IllegalArgumentException("invalid Argon2id cost m=" + memoryKib + ",t="
          + iterations + ",p=" + parallelism);
    }
    if (maxConcurrent < 1) {
      throw new IllegalArgumentException(
          "koprogo.security.argon2.max-concurrent must be at least 1, not " + maxConcurrent);
    }
    this.memoryKib = memoryKib;
    this.iterations = iterations;
    this.parallelism = parallelism;
    this.permits = new Semaphore(maxConcurrent, true);
  }

  /** A new salted hash of {@code password}, never null. */
  public String hash(String password) {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    byte[] hash = derive(password, salt, memoryKib, iterations, parallelism, HASH_BYTES);
    return "$argon2id$v=19$m=" + memoryKib + ",t=" + iterations + ",p=" + parallelism + "$"
        + B64.encodeToString(salt) + "$" + B64.encodeToString(hash);
  }

  /** True when {@code password} matches {@code encoded}; false for a malformed hash too. */
  public boolean matches(String password, String encoded) {
    if (password == null || encoded == null) {
      return false;
    }
    String[] parts = encoded.split("\\$");
    // "", "argon2id", "v=19", "m=..,t=..,p=..", salt, hash
    if (parts.length != 6 || !"argon2id".equals(parts[1]) || !"v=19".equals(parts[2])) {
      return false;
    }
    try {
      int m = 0;
      int t = 0;
      int p = 0;
      for (String param : parts[3].split(",")) {
        String[] kv = param.split("=", 2);
        int v = Integer.parseInt(kv[1]);
        switch (kv[0]) {
          case "m" -> m = v;
          case "t" -> t = v;
          case "p" -> p = v;
          default -> {
            return false;
          }
        }
      }
      byte[] salt = B64D.decode(parts[4]);
      byte[] expected = B64D.decode(parts[5]);
      if (m < 8 * p || t < 1 || p < 1 || expected.length == 0) {
        return false;
      }
      byte[] actual = derive(password, salt, m, t, p, expected.length);
      return MessageDigest.isEqual(expected, actual);
    } catch (IllegalArgumentException malformed) {
      return false;
    }
  }

  private byte[] derive(String password, byte[] salt, int m, int t, int p, int length) {
    permits.acquireUninterruptibly();
    try {
      return compute(password, salt, m, t, p, length);
    } finally {
      permits.release();
    }
  }

  private static byte[] compute(String password, byte[] salt, int m, int t, int p, int length) {
    Argon2Parameters parameters =
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withSalt(salt)
            .withMemoryAsKB(m)
            .withIterations(t)
            .withParallelism(p)
            .build();
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(parameters);
    byte[] out = new byte[length];
    generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
    return out;
  }
}
