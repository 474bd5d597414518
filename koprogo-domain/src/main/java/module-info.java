/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/**
 * The rules of co-ownership buildings and housing cooperatives, in pure Java with no dependency
 * beyond {@code java.base}: values ({@code shared}), the register ({@code building}), charges,
 * budgets, late penalties, general assemblies, the cooperative's groups, projects, ledger and
 * allocation, the association, solidarity loans and the community modules.
 *
 * <p>Every package listed here is API. {@code org.koprogo.domain.shared.selection} (the selection
 * of the largest remainders behind {@link org.koprogo.domain.shared.Apportionment}) is not
 * exported. Every failure is a {@link org.koprogo.domain.shared.KoproGoException} carrying an
 * {@link org.koprogo.domain.shared.ErrorCode}.
 */
module org.koprogo.domain {
  exports org.koprogo.domain.accounting;
  exports org.koprogo.domain.assembly;
  exports org.koprogo.domain.assembly.meeting;
  exports org.koprogo.domain.association;
  exports org.koprogo.domain.budget;
  exports org.koprogo.domain.building;
  exports org.koprogo.domain.calculation;
  exports org.koprogo.domain.charges;
  exports org.koprogo.domain.community;
  exports org.koprogo.domain.community.bazaar;
  exports org.koprogo.domain.community.exchange;
  exports org.koprogo.domain.community.lending;
  exports org.koprogo.domain.community.notices;
  exports org.koprogo.domain.community.skills;
  exports org.koprogo.domain.coop;
  exports org.koprogo.domain.coop.allocation;
  exports org.koprogo.domain.coop.event;
  exports org.koprogo.domain.coop.group;
  exports org.koprogo.domain.coop.ledger;
  exports org.koprogo.domain.coop.plan;
  exports org.koprogo.domain.coop.project;
  exports org.koprogo.domain.i18n;
  exports org.koprogo.domain.indexation;
  exports org.koprogo.domain.loan;
  exports org.koprogo.domain.notification;
  exports org.koprogo.domain.payment;
  exports org.koprogo.domain.penalty;
  exports org.koprogo.domain.sale;
  exports org.koprogo.domain.shared;
  exports org.koprogo.domain.solidarity;
  exports org.koprogo.domain.statement;
}
