/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A database migrated by a released version upgrades with Flyway's default settings: Flyway
 * refuses a versioned migration numbered below the highest one already applied ("resolved
 * migration not applied"), so every migration added after a release is numbered above the
 * highest migration of that release. {@link #RELEASED_IN_0_2_0} is the set the 0.2.0 release
 * shipped; a migration of a release is never renamed nor removed.
 */
class MigrationOrderTest {
  /** The versioned migrations of {@code classpath:db/migration} in the 0.2.0 release. */
  static final Set<String> RELEASED_IN_0_2_0 = Set.of(
      "V1__koprogo_schema.sql", "V2__aggregate_store.sql", "V50__community.sql", "V60__notifications.sql",
      "V61__association_books.sql", "V62__building_penalty_policies.sql", "V63__inbox_messages.sql",
      "V64__building_penalty_policy_legal_rate.sql", "V65__stable_stored_names.sql",
      "V75__audit_by_subject_id.sql", "V77__ledger_member_totals.sql",
      "V78__indexes_for_owner_statement_and_assemblies.sql", "V80__journal.sql", "V81__bank_lines.sql",
      "V90__penalty_policy_interest_under_statutes.sql");

  private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__[a-z0-9_]+\\.sql");

  @Test
  void everyReleasedMigrationIsStillThereUnderItsName() throws Exception {
    assertThat(versionedMigrations()).containsAll(RELEASED_IN_0_2_0);
  }

  @Test
  void everyMigrationAddedSinceTheReleaseIsNumberedAboveItsHighest() throws Exception {
    int highestReleased = RELEASED_IN_0_2_0.stream().mapToInt(MigrationOrderTest::version).max().orElseThrow();
    List<String> added = versionedMigrations().stream().filter(name -> !RELEASED_IN_0_2_0.contains(name)).toList();
    assertThat(added).allSatisfy(name -> assertThat(version(name))
        .as("%s must be numbered above V%d, the highest migration of 0.2.0", name, highestReleased)
        .isGreaterThan(highestReleased));
  }

  @Test
  void versionsAreUnique() throws Exception {
    List<Integer> versions = versionedMigrations().stream().map(MigrationOrderTest::version).toList();
    assertThat(versions).doesNotHaveDuplicates();
  }

  private static List<String> versionedMigrations() throws IOException, URISyntaxException {
    Path folder = Path.of(MigrationOrderTest.class.getClassLoader().getResource("db/migration").toURI());
    try (Stream<Path> files = Files.list(folder)) {
      List<String> names = files.map(path -> path.getFileName().toString()).filter(name -> name.startsWith("V"))
          .sorted().toList();
      assertThat(names).allSatisfy(name -> assertThat(name).matches(VERSIONED));
      return names;
    }
  }

  private static int version(String name) {
    Matcher matcher = VERSIONED.matcher(name);
    if (!matcher.matches()) {
      throw new AssertionError("not a versioned migration: " + name);
    }
    return Integer.parseInt(matcher.group(1));
  }
}
