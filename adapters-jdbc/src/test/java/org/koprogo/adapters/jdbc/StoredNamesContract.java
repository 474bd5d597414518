/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.association.AssociationAccounts;
import org.koprogo.domain.association.CostLine;
import org.koprogo.domain.association.DecidedSurplusAllocation;
import org.koprogo.domain.association.Destination;
import org.koprogo.domain.association.ReservePolicy;
import org.koprogo.domain.association.ResolutionReference;
import org.koprogo.domain.association.SurplusPlan;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.memory.ManualClock;
import org.koprogo.ports.out.AggregateStore;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.RecordedVotes;
import org.koprogo.ports.out.StoredNames;

/**
 * Stored data outlives the names of Java classes: rows are keyed by registered names, a class
 * renamed (registered under the old name) reads what the old class stored, and the migration
 * rewrites rows written with class names. Run on PostgreSQL and H2.
 */
abstract class StoredNamesContract {
  static final OrganisationId ACME = OrganisationId.of("org-acme");

  /** What an embedder stored in version 1 of its code. */
  record ParcelV1(String id, Shape shape, List<Shape> more) {}

  sealed interface Shape permits CircleV1, Square {}

  record CircleV1(long radius) implements Shape {}

  record Square(long side) implements Shape {}

  /** The same data after the classes were renamed (and moved) in version 2. */
  record ParcelV2(String id, Form shape, List<Form> more) {}

  sealed interface Form permits RoundV2, SquareV2 {}

  record RoundV2(long radius) implements Form {}

  record SquareV2(long side) implements Form {}

  abstract TestDatabase database();

  private AggregateStore store(StoredNames names) {
    database().freshPorts(ManualClock.at(java.time.Instant.parse("2026-03-01T09:00:00Z")));
    return new JdbcStore(database().dataSource(), ManualClock.at(java.time.Instant.parse("2026-03-01T09:00:00Z")),
        names).aggregateStore();
  }

  @Test
  void aRenamedClassReadsWhatTheOldClassStored() throws SQLException {
    StoredNames v1 = StoredNames.library().with("test.parcel", ParcelV1.class)
        .with("test.circle", CircleV1.class).with("test.square", Square.class);
    StoredNames v2 = StoredNames.library().with("test.parcel", ParcelV2.class)
        .with("test.circle", RoundV2.class).with("test.square", SquareV2.class);
    store(v1).add(ACME, "P1", new ParcelV1("P1", new CircleV1(3), List.of(new Square(2), new CircleV1(1))));

    AggregateStore renamed = new JdbcStore(database().dataSource(),
        ManualClock.at(java.time.Instant.parse("2026-03-01T09:00:00Z")), v2).aggregateStore();
    ParcelV2 read = renamed.find(ACME, ParcelV2.class, "P1").orElseThrow().aggregate();

    assertThat(read).isEqualTo(new ParcelV2("P1", new RoundV2(3), List.of(new SquareV2(2), new RoundV2(1))));
    assertThat(renamed.all(ACME, ParcelV2.class)).hasSize(1);
    String row = row("P1");
    assertThat(row).startsWith("test.parcel|").contains("\"@type\":\"test.circle\"", "\"@type\":\"test.square\"")
        .doesNotContain("org.koprogo");
  }

  @Test
  void theMigrationRewritesRowsKeyedByClassNames() throws SQLException, IOException {
    StoredNames unregistered = StoredNames.library().with("test.circle", CircleV1.class);
    store(unregistered);
    String body = RecordJson.write(new ParcelV1("P2", new Square(4), List.of()), unregistered);
    insert("org.koprogo.host.api.RecordedVotes", "V1", "{\"rule\":{\"@enum\":\"org.koprogo.domain.assembly.Majority\"}}");
    insert("org.koprogo.domain.coop.group.Group$Snapshot", "G1", body);

    migrateAgain();

    assertThat(row("V1")).isEqualTo("assembly.recorded-votes|{\"rule\":{\"@enum\":\"assembly.majority\"}}");
    assertThat(row("G1")).startsWith("coop.group|");
  }

  @Test
  void theMinutesTheHostStoredReadAsTheLibrarysRecordedVotes() throws SQLException, IOException {
    RecordedVotes votes = new RecordedVotes("fr",
        List.of(new RecordedVotes.Voter("o-a", new java.math.BigDecimal("300")),
            new RecordedVotes.Voter("o-b", new java.math.BigDecimal("62.5"))),
        null, List.of(new RecordedVotes.Presence("o-a", "PRESENT", null), new RecordedVotes.Presence("o-b", "PROXY", "o-a")),
        List.of(new RecordedVotes.Vote("r1", java.util.Map.of("o-a", "FOR", "o-b", "AGAINST"), List.of())),
        List.of("r2"));
    AggregateStore library = store(StoredNames.library());
    // the host's class had the same components: its rows differ only by their type, which V65 rewrote
    String body = RecordJson.write(votes, StoredNames.library());
    assertThat(body).doesNotContain("org.koprogo");
    insert("org.koprogo.host.api.RecordedVotes", "ga-old", body);

    migrateAgain();

    assertThat(row("ga-old")).startsWith("assembly.recorded-votes|");
    assertThat(library.find(ACME, RecordedVotes.class, "ga-old").orElseThrow().aggregate()).isEqualTo(votes);
  }

  @Test
  void aSurplusDecisionStoredByTheFormerHostClassIsReadByTheLibrarysRecord() throws SQLException, IOException {
    AggregateStore store = store(StoredNames.library());
    DecidedSurplusAllocation decision = new DecidedSurplusAllocation(ResolutionReference.of("ga/surplus"), 2025,
        new AssociationAccounts(Money.parse("100.00", Money.EUR),
            List.of(CostLine.of("staff", Money.parse("60.00", Money.EUR))), 2, Money.parse("5.00", Money.EUR)),
        SurplusPlan.of(List.of(Destination.of("solidarity", "80"), Destination.of("reserve", "20")))
            .withReserve(ReservePolicy.of(Money.parse("10.00", Money.EUR), 3)));
    String body = RecordJson.write(decision, StoredNames.library());
    // the sample host defined this type as org.koprogo.host.api.DecidedSurplusAllocation, with the
    // same components: its rows were keyed by that class name before V65, by the stored name after
    insert("org.koprogo.host.api.DecidedSurplusAllocation", "old", body);
    insert("association.surplus-allocation", "new", body);

    migrateAgain();

    assertThat(body).doesNotContain("org.koprogo");
    assertThat(row("old")).startsWith("association.surplus-allocation|");
    assertThat(store.find(ACME, DecidedSurplusAllocation.class, "old").orElseThrow().aggregate()).isEqualTo(decision);
    assertThat(store.all(ACME, DecidedSurplusAllocation.class)).hasSize(2);
  }

  private void insert(String type, String id, String body) throws SQLException {
    try (Connection c = database().dataSource().getConnection();
        PreparedStatement s = c.prepareStatement("insert into aggregate_records"
            + " (organisation_id, record_type, record_id, version, body) values (?, ?, ?, 1, ?)")) {
      s.setString(1, ACME.value());
      s.setString(2, type);
      s.setString(3, id);
      s.setString(4, body);
      s.executeUpdate();
    }
  }

  private String row(String id) throws SQLException {
    try (Connection c = database().dataSource().getConnection();
        PreparedStatement s = c.prepareStatement(
            "select record_type, body from aggregate_records where organisation_id = ? and record_id = ?")) {
      s.setString(1, ACME.value());
      s.setString(2, id);
      try (ResultSet rs = s.executeQuery()) {
        assertThat(rs.next()).isTrue();
        return rs.getString(1) + "|" + rs.getString(2);
      }
    }
  }

  /** Runs the migration's statements again (they only touch rows still named the old way). */
  private void migrateAgain() throws SQLException, IOException {
    String sql;
    try (InputStream in = getClass().getResourceAsStream("/db/migration/V65__stable_stored_names.sql")) {
      sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    StringBuilder code = new StringBuilder();
    for (String line : sql.split("\n")) {
      if (!line.startsWith("--")) {
        code.append(line).append('\n');
      }
    }
    try (Connection c = database().dataSource().getConnection(); Statement s = c.createStatement()) {
      for (String statement : code.toString().split(";")) {
        if (!statement.isBlank()) {
          s.executeUpdate(statement);
        }
      }
    }
  }
}
