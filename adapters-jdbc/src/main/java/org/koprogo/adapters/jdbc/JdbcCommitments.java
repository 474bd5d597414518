/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.koprogo.domain.building.BuildingId;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.charges.DistributionKey;
import org.koprogo.domain.charges.KeyShare;
import org.koprogo.domain.sale.Commitment;
import org.koprogo.domain.sale.CommitmentKind;
import org.koprogo.domain.sale.DecisionMaker;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.out.Commitments;
import org.koprogo.ports.out.OrganisationId;

/**
 * {@link Commitments} on {@code commitments} and {@code commitment_key_weights} ({@code
 * V110__commitments.sql}): the unique key {@code (organisation_id, building_id, commitment_id)}
 * makes a retried or concurrent add record once (the insert is {@code on conflict do nothing},
 * then the row that won is read back); the only update sets {@code called_on} where it is null.
 * Kinds and decision makers are stored by their stable names; commitments are rebuilt through the
 * domain's constructor. Joins the {@link JdbcStore}'s transactions. Thread-safe.
 */
public final class JdbcCommitments implements Commitments {
  private static final String COLUMNS = "commitment_seq, commitment_id, kind, decided_on, decided_by, assembly_id,"
      + " agenda_item, label, total_minor, currency, called_on";

  private static final String WEIGHTS = "select w.commitment_seq, w.part_number, w.key_name, w.key_share,"
      + " w.lot_id, w.weight from commitment_key_weights w join commitments m on m.commitment_seq = w.commitment_seq";

  private final Db db;

  /**
   * The registers on {@code store}'s database, joining its transactions.
   *
   * @param store the store
   */
  public JdbcCommitments(JdbcStore store) {
    this.db = Objects.requireNonNull(store, "store").buildings().db;
  }

  @Override
  public Recorded add(OrganisationId organisation, BuildingId building, Commitment commitment) {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(building, "building");
    Objects.requireNonNull(commitment, "commitment");
    return db.inTransaction(c -> {
      int inserted = Db.update(c,
          "insert into commitments (organisation_id, building_id, commitment_id, kind, decided_on, decided_by,"
              + " assembly_id, agenda_item, label, total_minor, currency, called_on)"
              + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing",
          organisation.value(), building.value(), commitment.id(), commitment.kind().storedName(),
          commitment.decidedOn(), commitment.decidedBy().storedName(), commitment.assembly(),
          commitment.agendaItem(), commitment.label(), commitment.total().minorUnits(),
          commitment.total().currency().getCurrencyCode(), commitment.calledOn());
      if (inserted == 0) {
        return new Recorded(read(c, organisation, building, commitment.id()).get(0), true);
      }
      long seq = Db.queryOne(c, "select commitment_seq from commitments where organisation_id = ? and building_id = ?"
          + " and commitment_id = ?", rs -> rs.getLong(1), organisation.value(), building.value(), commitment.id())
          .orElseThrow();
      if (!commitment.key().isEmpty()) {
        try (var ps = c.prepareStatement("insert into commitment_key_weights (commitment_seq, part_number,"
            + " line_number, key_name, key_share, lot_id, weight) values (?, ?, ?, ?, ?, ?, ?)")) {
          int part = 0;
          for (KeyShare k : commitment.key()) {
            int line = 0;
            for (Map.Entry<LotId, BigDecimal> w : k.key().weights().entrySet()) {
              Db.bind(ps, seq, part, line++, k.key().name(), k.share().toPlainString(), w.getKey().value(),
                  w.getValue().toPlainString());
              ps.addBatch();
            }
            part++;
          }
          ps.executeBatch();
        }
      }
      return new Recorded(commitment, false);
    });
  }

  @Override
  public Optional<Commitment> find(OrganisationId organisation, BuildingId building, String id) {
    Objects.requireNonNull(id, "id");
    return db.withConnection(c -> read(c, organisation, building, id).stream().findFirst());
  }

  @Override
  public List<Commitment> ofBuilding(OrganisationId organisation, BuildingId building) {
    return db.withConnection(c -> read(c, organisation, building, null));
  }

  @Override
  public List<Commitment> ofBuilding(
      OrganisationId organisation, BuildingId building, Optional<String> after, int limit) {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(building, "building");
    Objects.requireNonNull(after, "after");
    Db.checkLimit(limit);
    return db.withConnection(c -> {
      OptionalLong start = Db.startAfter(c, after, "select commitment_seq from commitments where organisation_id = ?"
          + " and building_id = ? and commitment_id = ?", organisation.value(), building.value());
      if (start.isEmpty()) {
        return List.of();
      }
      long from = start.getAsLong();
      // along commitments_by_order (organisation, building, commitment_seq), stopping at the limit
      List<Head> heads = Db.query(c, "select " + COLUMNS + " from commitments where organisation_id = ?"
          + " and building_id = ? and commitment_seq > ? order by commitment_seq limit ?", JdbcCommitments::head,
          organisation.value(), building.value(), from, limit);
      if (heads.isEmpty()) {
        return List.of();
      }
      // the page's key parts: the building's between its first and last commitment
      List<Weight> weights = Db.query(c, WEIGHTS + " where m.organisation_id = ? and m.building_id = ?"
          + " and w.commitment_seq between ? and ? order by w.commitment_seq, w.part_number, w.line_number",
          JdbcCommitments::weight, organisation.value(), building.value(), heads.get(0).seq,
          heads.get(heads.size() - 1).seq);
      return commitments(heads, weights);
    });
  }

  @Override
  public boolean markCalled(OrganisationId organisation, BuildingId building, String id, LocalDate calledOn) {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(building, "building");
    Objects.requireNonNull(calledOn, "calledOn");
    return db.inTransaction(c -> Db.update(c, "update commitments set called_on = ? where organisation_id = ?"
        + " and building_id = ? and commitment_id = ? and called_on is null", calledOn, organisation.value(),
        building.value(), id) == 1);
  }

  private record Head(long seq, String id, String kind, LocalDate decidedOn, String decidedBy, String assembly,
      String agendaItem, String label, long totalMinor, String currency, LocalDate calledOn) {}

  private record Weight(long seq, int part, String name, String share, String lot, String weight) {}

  private static List<Commitment> read(Connection c, OrganisationId organisation, BuildingId building, String id)
      throws SQLException {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(building, "building");
    String where = " where organisation_id = ? and building_id = ?" + (id == null ? "" : " and commitment_id = ?");
    Object[] params = id == null ? new Object[] {organisation.value(), building.value()}
        : new Object[] {organisation.value(), building.value(), id};
    List<Head> heads = Db.query(c, "select " + COLUMNS + " from commitments" + where + " order by commitment_seq",
        JdbcCommitments::head, params);
    if (heads.isEmpty()) {
      return List.of();
    }
    List<Weight> weights = Db.query(c, WEIGHTS
        + where.replace("organisation_id", "m.organisation_id").replace("building_id", "m.building_id")
            .replace("commitment_id", "m.commitment_id")
        + " order by w.commitment_seq, w.part_number, w.line_number",
        JdbcCommitments::weight, params);
    return commitments(heads, weights);
  }

  /** The commitments of {@code heads} with their key parts among {@code weights} (both by seq). */
  private static List<Commitment> commitments(List<Head> heads, List<Weight> weights) {
    List<Commitment> result = new ArrayList<>(heads.size());
    for (Head h : heads) {
      List<KeyShare> key = new ArrayList<>();
      int i = 0;
      while (i < weights.size()) {
        Weight first = weights.get(i);
        if (first.seq != h.seq) {
          i++;
          continue;
        }
        Map<LotId, BigDecimal> w = new LinkedHashMap<>();
        while (i < weights.size() && weights.get(i).seq == h.seq && weights.get(i).part == first.part) {
          w.put(LotId.of(weights.get(i).lot), new BigDecimal(weights.get(i).weight));
          i++;
        }
        key.add(new KeyShare(new BigDecimal(first.share), new DistributionKey(first.name, w)));
      }
      result.add(new Commitment(h.id, CommitmentKind.parse(h.kind), h.decidedOn, DecisionMaker.parse(h.decidedBy),
          h.assembly, h.agendaItem, h.label, Money.ofMinor(Money.currency(h.currency), h.totalMinor), key,
          h.calledOn));
    }
    return List.copyOf(result);
  }

  private static Weight weight(ResultSet rs) throws SQLException {
    return new Weight(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
        rs.getString(6));
  }

  private static Head head(ResultSet rs) throws SQLException {
    return new Head(rs.getLong("commitment_seq"), rs.getString("commitment_id"), rs.getString("kind"),
        Db.date(rs, "decided_on"), rs.getString("decided_by"), rs.getString("assembly_id"),
        rs.getString("agenda_item"), rs.getString("label"), rs.getLong("total_minor"), rs.getString("currency"),
        Db.date(rs, "called_on"));
  }
}
