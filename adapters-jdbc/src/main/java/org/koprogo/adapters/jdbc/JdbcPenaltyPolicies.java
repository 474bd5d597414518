/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import org.koprogo.domain.building.BuildingId;
import org.koprogo.domain.penalty.AccrualStart;
import org.koprogo.domain.penalty.DayCount;
import org.koprogo.domain.penalty.LatePenaltyPolicy;
import org.koprogo.domain.penalty.LegalInterestRates;
import org.koprogo.domain.penalty.PenaltyRate;
import org.koprogo.domain.penalty.RateSource;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.out.BuildingPenaltyPolicy;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.PenaltyPolicies;
import org.koprogo.ports.out.StoreErrors;

/**
 * {@link PenaltyPolicies} on the {@code building_penalty_policies} table of {@code
 * V62__building_penalty_policies.sql} and {@code V64__building_penalty_policy_legal_rate.sql}: one
 * row per building that has a policy of its own, keyed like its building (a foreign key to it).
 * A rate set by the statutes is kept with its article; a legal rate keeps only its jurisdiction,
 * and is read back with this adapter's table of legal rates (the law's, not the building's): a
 * legal rate of another table is refused. Every statement names the organisation; joins the
 * {@link JdbcStore}'s transactions. Thread-safe.
 */
public final class JdbcPenaltyPolicies implements PenaltyPolicies {
  private static final String LABEL = "late-penalty policy of building";
  private static final String COLUMNS = "annual_rate_percent, statutes_article, day_count, grace_days,"
      + " accrual_start, flat_fee_minor, minimum_minor, currency, cap_percent, rate_source, legal_jurisdiction,"
      + " interest_runs_under_statutes, version";

  private final Db db;
  private final LegalInterestRates legalRates;

  /** The policies on {@code store}'s database, joining its transactions; legal rates are Belgian. */
  public JdbcPenaltyPolicies(JdbcStore store) {
    this(store, LegalInterestRates.belgium());
  }

  /**
   * The policies on {@code store}'s database, joining its transactions.
   *
   * @param legalRates the table a legal-rate policy is stored under and read back with
   */
  public JdbcPenaltyPolicies(JdbcStore store, LegalInterestRates legalRates) {
    this.db = Objects.requireNonNull(store, "store").buildings().db;
    this.legalRates = Objects.requireNonNull(legalRates, "legalRates");
  }

  @Override
  public Optional<BuildingPenaltyPolicy> find(OrganisationId organisation, BuildingId building) {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(building, "building");
    return db.withConnection(c -> Db.queryOne(c,
        "select " + COLUMNS + " from building_penalty_policies where organisation_id = ? and building_id = ?",
        rs -> read(organisation, building, rs), organisation.value(), building.value()));
  }

  @Override
  public BuildingPenaltyPolicy add(BuildingPenaltyPolicy p) {
    Objects.requireNonNull(p, "policy");
    if (p.version() != 0) {
      throw new IllegalArgumentException("a new policy has version 0, not " + p.version());
    }
    LatePenaltyPolicy policy = p.policy();
    Rate rate = rate(policy.rate());
    return db.inTransaction(c -> {
      int inserted = Db.update(c,
          "insert into building_penalty_policies (organisation_id, building_id, " + COLUMNS + ")"
              + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing",
          p.organisation().value(), p.building().value(), rate.percent(), rate.article(),
          policy.dayCount().name(), policy.graceDays(), policy.accrualStart().name(),
          policy.flatFee().minorUnits(), policy.minimumPenalty().minorUnits(),
          policy.flatFee().currency().getCurrencyCode(), policy.capPercentOfPrincipal(), rate.source(),
          rate.jurisdiction(), policy.interestRunsUnderStatutes(), 1L);
      if (inserted == 0) {
        throw StoreErrors.concurrentUpdate(LABEL, p.building().value(), 0);
      }
      return p.withVersion(1);
    });
  }

  @Override
  public BuildingPenaltyPolicy update(BuildingPenaltyPolicy p) {
    Objects.requireNonNull(p, "policy");
    LatePenaltyPolicy policy = p.policy();
    Rate rate = rate(policy.rate());
    long expected = p.version();
    return db.inTransaction(c -> {
      int changed = Db.update(c,
          "update building_penalty_policies set annual_rate_percent = ?, statutes_article = ?, day_count = ?,"
              + " grace_days = ?, accrual_start = ?, flat_fee_minor = ?, minimum_minor = ?, currency = ?,"
              + " cap_percent = ?, rate_source = ?, legal_jurisdiction = ?, interest_runs_under_statutes = ?,"
              + " version = ?"
              + " where organisation_id = ? and building_id = ? and version = ?",
          rate.percent(), rate.article(), policy.dayCount().name(), policy.graceDays(),
          policy.accrualStart().name(), policy.flatFee().minorUnits(), policy.minimumPenalty().minorUnits(),
          policy.flatFee().currency().getCurrencyCode(), policy.capPercentOfPrincipal(), rate.source(),
          rate.jurisdiction(), policy.interestRunsUnderStatutes(), expected + 1,
          p.organisation().value(), p.building().value(), expected);
      if (changed == 0) {
        boolean exists = Db.queryOne(c,
            "select 1 from building_penalty_policies where organisation_id = ? and building_id = ?",
            rs -> Boolean.TRUE, p.organisation().value(), p.building().value()).isPresent();
        throw exists
            ? StoreErrors.concurrentUpdate(LABEL, p.building().value(), expected)
            : StoreErrors.notFound(LABEL, p.building().value());
      }
      return p.withVersion(expected + 1);
    });
  }

  /** A rate's columns: the percent and article of a statutory one, the jurisdiction of a legal one. */
  private record Rate(String source, BigDecimal percent, String article, String jurisdiction) {}

  private Rate rate(PenaltyRate rate) {
    if (rate instanceof PenaltyRate.Statutory s) {
      return new Rate(RateSource.STATUTES.name(), s.annualPercent(), s.statutesArticle(), null);
    }
    PenaltyRate.Legal legal = (PenaltyRate.Legal) rate;
    if (!legal.table().equals(legalRates)) {
      throw new IllegalArgumentException("a legal rate is stored under this store's table of legal rates ("
          + legalRates.jurisdiction() + "), not another one (" + legal.table().jurisdiction() + ")");
    }
    return new Rate(RateSource.LEGAL_RATE.name(), null, null, legalRates.jurisdiction());
  }

  private PenaltyRate rate(ResultSet rs) throws SQLException {
    if (RateSource.valueOf(rs.getString("rate_source")) == RateSource.STATUTES) {
      return PenaltyRate.fromStatutes(rs.getBigDecimal("annual_rate_percent"), rs.getString("statutes_article"));
    }
    String jurisdiction = rs.getString("legal_jurisdiction");
    if (!jurisdiction.equals(legalRates.jurisdiction())) {
      throw new IllegalStateException("a policy at the legal rate of " + jurisdiction
          + " is stored, but this store reads legal rates of " + legalRates.jurisdiction());
    }
    return PenaltyRate.legal(legalRates);
  }

  private BuildingPenaltyPolicy read(OrganisationId organisation, BuildingId building, ResultSet rs)
      throws SQLException {
    java.util.Currency currency = Money.currency(rs.getString("currency"));
    LatePenaltyPolicy policy = new LatePenaltyPolicy(
        rate(rs),
        DayCount.parse(rs.getString("day_count")),
        rs.getInt("grace_days"),
        AccrualStart.parse(rs.getString("accrual_start")),
        Money.ofMinor(currency, rs.getLong("flat_fee_minor")),
        Money.ofMinor(currency, rs.getLong("minimum_minor")),
        rs.getBigDecimal("cap_percent"),
        rs.getString("interest_runs_under_statutes"));
    return new BuildingPenaltyPolicy(organisation, building, policy, rs.getLong("version"));
  }
}
