/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.koprogo.domain.coop.Actor;
import org.koprogo.domain.coop.MemberId;
import org.koprogo.domain.coop.event.Change;
import org.koprogo.domain.coop.event.CoopEvent;
import org.koprogo.domain.coop.ledger.EntryId;
import org.koprogo.domain.coop.ledger.EntryKind;
import org.koprogo.domain.coop.ledger.IdempotencyKey;
import org.koprogo.domain.coop.ledger.Ledger;
import org.koprogo.domain.coop.ledger.LedgerEntry;
import org.koprogo.domain.indexation.ContributionInstallment;
import org.koprogo.domain.indexation.ContributionPlan;
import org.koprogo.domain.penalty.Imputation;
import org.koprogo.domain.penalty.Installment;
import org.koprogo.domain.penalty.LatePenalty;
import org.koprogo.domain.penalty.LatePenaltyPolicy;
import org.koprogo.domain.penalty.PaymentImputation;
import org.koprogo.domain.penalty.PenaltyAssessment;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;

/**
 * A cooperative's contribution plan: the installments every household pays (a versioned,
 * indexed {@link ContributionPlan}), the allocation cut-off dates, and the late-penalty policy.
 * It calls installments into the {@link Ledger} and charges late penalties there, both
 * idempotently (entry ids and keys are derived from the plan, the installment and the member).
 *
 * <p>Immutable. The plan's {@link #label()} ({@code "plan-2026/v2"}) is what the group records as
 * its validated plan.
 *
 * @param reference the plan's reference ({@code "plan-2026"})
 * @param schedule the installments, from the indexation rules
 * @param cutoffs the allocation cut-off dates, sorted, without duplicates
 * @param latePolicy how late installments are charged
 */
public record CoopContributionPlan(
    String reference, ContributionPlan schedule, List<LocalDate> cutoffs, LatePenaltyPolicy latePolicy) {
  /**
   * Checks the plan and copies and sorts the cut-off dates.
   *
   * @param reference the plan's reference ({@code "plan-2026"})
   * @param schedule the installments, from the indexation rules
   * @param cutoffs the allocation cut-off dates, sorted, without duplicates
   * @param latePolicy how late installments are charged
   * @throws KoproGoException {@code INVALID_FIELD} (field {@code reference}) for a blank reference
   *     or one with a {@code '/'}
   */
  public CoopContributionPlan {
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(schedule, "schedule");
    Objects.requireNonNull(latePolicy, "latePolicy");
    if (reference.isBlank() || reference.contains("/")) {
      throw KoproGoException.of(
          ErrorCode.INVALID_FIELD, "a plan reference is not blank and has no '/'", "field", "reference", "value", reference);
    }
    cutoffs = List.copyOf(new TreeSet<>(cutoffs));
  }

  /**
   * {@code reference + "/v" + latest version}: changes whenever a new version is adopted.
   *
   * @return the label
   */
  public String label() {
    return reference + "/v" + schedule.versions().get(schedule.versions().size() - 1).number();
  }

  /**
   * The installments, each with its amount and explanation.
   *
   * @return the installments, in order
   */
  public List<ContributionInstallment> installments() {
    return schedule.installments();
  }

  /**
   * The first cut-off on or after {@code date}, if any.
   *
   * @param date a date
   * @return the cut-off, or empty when none is left
   */
  public Optional<LocalDate> nextCutoff(LocalDate date) {
    for (LocalDate c : cutoffs) {
      if (!c.isBefore(date)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * The reference of installment {@code number}: {@code "plan-2026/3"}.
   *
   * @param number the installment's number, from 1
   * @return the reference
   */
  public String installmentRef(int number) {
    return reference + "/" + number;
  }

  /**
   * Calls installment {@code number} from every member in {@code members}: one DUE entry and one
   * call-for-funds notice each. Calling it again records nothing.
   *
   * @param number the installment's number, from 1
   * @param members the members called
   * @param ledger the group's ledger
   * @param actor who calls (a manager)
   * @param at when, from the Clock port
   * @return the ledger after, with the events of each call
   * @throws KoproGoException {@code INVALID_TERM} for a number the plan does not have, and what
   *     {@link Ledger#callFunds} throws ({@code NOT_PERMITTED}, {@code CURRENCY_MISMATCH})
   */
  public Change<Ledger> call(
      int number, Collection<MemberId> members, Ledger ledger, Actor actor, Instant at) {
    ContributionInstallment installment = installment(number);
    Ledger current = ledger;
    List<CoopEvent> events = new ArrayList<>();
    for (MemberId m : members) {
      String id = "due:" + installmentRef(number) + ":" + m;
      Change<Ledger> c =
          current.callFunds(
              EntryId.of(id), IdempotencyKey.of(id), m, installmentRef(number), installment.dueDate(),
              installment.amount(), actor, at);
      current = c.after();
      events.addAll(c.events());
    }
    return new Change<>(current, events);
  }

  /**
   * The late penalty each installment called from {@code member} carries as of {@code asOf}:
   * payments go to the oldest installment first (Civil Code imputation), then each installment
   * is assessed by the plan's {@link LatePenaltyPolicy}.
   *
   * @param member the member
   * @param ledger the group's ledger
   * @param asOf the date of the assessment
   * @return one assessment per installment called, oldest first
   */
  public List<PenaltyAssessment> assess(MemberId member, Ledger ledger, LocalDate asOf) {
    List<Installment> installments = ledger.installmentsOf(member);
    Imputation imputation =
        PaymentImputation.oldestFirst(installments, ledger.confirmedPaymentsOf(member, asOf));
    List<PenaltyAssessment> result = new ArrayList<>();
    for (Installment i : imputation.installments()) {
      result.add(LatePenalty.assess(i.amount(), i.dueDate(), asOf, imputation.partsOf(i.id()), latePolicy));
    }
    return result;
  }

  /**
   * Charges {@code member}'s late penalties as of {@code asOf}: for each installment, the assessed
   * penalty minus what was already charged for it, as a PENALTY entry with a notice. Running it
   * again for the same day records nothing; on a later day it charges only the increase.
   *
   * @param member the member
   * @param ledger the group's ledger
   * @param asOf the date of the assessment
   * @param actor who charges (a manager)
   * @param at when, from the Clock port
   * @return the ledger after, with the events of each penalty charged
   * @throws KoproGoException what {@link Ledger#applyPenalty} throws ({@code NOT_PERMITTED}, {@code
   *     CURRENCY_MISMATCH})
   */
  public Change<Ledger> chargePenalties(
      MemberId member, Ledger ledger, LocalDate asOf, Actor actor, Instant at) {
    List<Installment> installments = ledger.installmentsOf(member);
    Imputation imputation =
        PaymentImputation.oldestFirst(installments, ledger.confirmedPaymentsOf(member, asOf));
    Ledger current = ledger;
    List<CoopEvent> events = new ArrayList<>();
    for (Installment i : imputation.installments()) {
      PenaltyAssessment a =
          LatePenalty.assess(i.amount(), i.dueDate(), asOf, imputation.partsOf(i.id()), latePolicy);
      String base = "penalty:" + i.id();
      String id = base + "@" + asOf;
      if (current.entry(EntryId.of(id)).isPresent()) {
        continue; // already charged for that day
      }
      Money charged = Money.zero(a.penalty().currency());
      for (LedgerEntry e : current.entries()) {
        if (e.kind() == EntryKind.PENALTY && e.id().value().startsWith(base + "@")) {
          charged = charged.plus(e.amount());
        }
      }
      Money increase = a.penalty().minus(charged);
      if (!increase.isPositive()) {
        continue;
      }
      Change<Ledger> c =
          current.applyPenalty(
              EntryId.of(id), IdempotencyKey.of(id), member, asOf, increase,
              "late " + i.id() + ": " + a.daysLate() + " days", actor, at);
      current = c.after();
      events.addAll(c.events());
    }
    return new Change<>(current, events);
  }

  private ContributionInstallment installment(int number) {
    List<ContributionInstallment> all = schedule.installments();
    if (number < 1 || number > all.size()) {
      throw KoproGoException.of(
          ErrorCode.INVALID_TERM, "the plan has no installment " + number + " (1 to " + all.size() + ")",
          "field", "number", "value", number);
    }
    return all.get(number - 1);
  }
}
