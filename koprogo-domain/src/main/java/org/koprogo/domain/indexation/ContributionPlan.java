/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.indexation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;

/**
 * A versioned contribution plan: {@code count} installments due every {@code monthsBetween}
 * months from {@code firstDueDate}, priced by the latest version whose effective date is on or
 * before each installment's due date.
 *
 * <p>A new version ({@link #withVersion}) applies from its effective date on; installments due
 * earlier keep the amounts the earlier versions gave them, so a plan's history never changes.
 * Within a version, periods count from its first installment (period 0 is the version's base).
 * Every installment explains its formula in words ({@link ContributionInstallment#explanation()}).
 *
 * <p>Immutable and thread-safe; {@link #withVersion} returns a new plan.
 *
 * @param firstDueDate the due date of installment 1
 * @param monthsBetween months between two due dates (1 monthly, 3 quarterly, 12 yearly)
 * @param count the number of installments, at least 1
 * @param versions the versions by increasing effective date, the first effective on or before
 *     {@code firstDueDate}
 */
public record ContributionPlan(
    LocalDate firstDueDate, int monthsBetween, int count, List<ContributionPlanVersion> versions) {
  /**
   * Checks the plan and copies its versions.
   *
   * @param firstDueDate the due date of installment 1
   * @param monthsBetween months between two due dates (1 monthly, 3 quarterly, 12 yearly)
   * @param count the number of installments, at least 1
   * @param versions the versions by increasing effective date, the first effective on or before
   *     {@code firstDueDate}
   * @throws KoproGoException {@code INVALID_TERM} for installments less than a month apart or fewer
   *     than one installment, {@code INVALID_FIELD} for versions missing, misnumbered or out of
   *     date order, {@code CURRENCY_MISMATCH} for versions in different currencies
   */
  public ContributionPlan {
    Objects.requireNonNull(firstDueDate, "firstDueDate");
    versions = List.copyOf(versions);
    if (monthsBetween < 1) {
      throw KoproGoException.of(
          ErrorCode.INVALID_TERM, "installments must be at least one month apart, got " + monthsBetween,
          "field", "monthsBetween", "value", monthsBetween);
    }
    if (count < 1) {
      throw KoproGoException.of(
          ErrorCode.INVALID_TERM, "a plan has at least one installment, got " + count,
          "field", "count", "value", count);
    }
    if (versions.isEmpty()) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, "a plan has at least one version", "field", "versions");
    }
    if (versions.get(0).effectiveFrom().isAfter(firstDueDate)) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, 
          "the first version must be effective on or before the first due date " + firstDueDate, "field", "versions");
    }
    for (int i = 0; i < versions.size(); i++) {
      ContributionPlanVersion v = versions.get(i);
      if (v.number() != i + 1) {
        throw KoproGoException.of(ErrorCode.INVALID_FIELD, "version " + (i + 1) + " is numbered " + v.number(), "field", "versions");
      }
      if (i > 0 && !v.effectiveFrom().isAfter(versions.get(i - 1).effectiveFrom())) {
        throw KoproGoException.of(ErrorCode.INVALID_FIELD, 
            "version " + v.number() + " must be effective after version " + i, "field", "versions");
      }
      if (!v.base().currency().equals(versions.get(0).base().currency())) {
        throw KoproGoException.of(
            ErrorCode.CURRENCY_MISMATCH, "every version of a plan has the same currency",
            "version", v.number());
      }
    }
  }

  /**
   * A plan with a single version (number 1, effective on the first due date).
   *
   * @param firstDueDate the first installment's due date
   * @param monthsBetween the months between two installments, at least 1
   * @param count the number of installments, at least 1
   * @param base the base amount
   * @param indexation how installments grow
   * @return the plan
   * @throws KoproGoException as the canonical constructor
   */
  public static ContributionPlan of(
      LocalDate firstDueDate, int monthsBetween, int count, Money base, Indexation indexation) {
    return new ContributionPlan(
        firstDueDate, monthsBetween, count,
        List.of(new ContributionPlanVersion(1, firstDueDate, base, indexation, "initial plan")));
  }

  /**
   * This plan with a new version effective from {@code effectiveFrom}: installments due on or
   * after that date are priced by it; earlier installments keep their amounts.
   *
   * @param effectiveFrom the first due date the new version prices
   * @param base its base amount
   * @param indexation its indexation
   * @param reason why the plan changed (an assembly's decision)
   * @return the plan with the new version
   * @throws KoproGoException {@code ILLEGAL_TRANSITION} when {@code effectiveFrom} is not after
   *     the latest version's effective date (history is never rewritten)
   */
  public ContributionPlan withVersion(
      LocalDate effectiveFrom, Money base, Indexation indexation, String reason) {
    ContributionPlanVersion latest = versions.get(versions.size() - 1);
    if (!effectiveFrom.isAfter(latest.effectiveFrom())) {
      throw KoproGoException.of(
          ErrorCode.ILLEGAL_TRANSITION,
          "version " + (latest.number() + 1) + " effective " + effectiveFrom
              + " cannot replace version " + latest.number() + " effective "
              + latest.effectiveFrom() + ": guard 'a new version is effective after the latest'",
          "from", "version " + latest.number(), "to", "version " + (latest.number() + 1),
          "guard", "effectiveFrom after " + latest.effectiveFrom());
    }
    List<ContributionPlanVersion> next = new ArrayList<>(versions);
    next.add(new ContributionPlanVersion(latest.number() + 1, effectiveFrom, base, indexation, reason));
    return new ContributionPlan(firstDueDate, monthsBetween, count, next);
  }

  /**
   * The due date of installment {@code number} (from 1).
   *
   * @param number the installment's number, from 1
   * @return its due date
   */
  public LocalDate dueDate(int number) {
    return firstDueDate.plusMonths((long) (number - 1) * monthsBetween);
  }

  /**
   * The version that prices an installment due on {@code dueDate}.
   *
   * @param dueDate a due date
   * @return the latest version effective on that date
   */
  public ContributionPlanVersion versionOn(LocalDate dueDate) {
    ContributionPlanVersion found = versions.get(0);
    for (ContributionPlanVersion v : versions) {
      if (!v.effectiveFrom().isAfter(dueDate)) {
        found = v;
      }
    }
    return found;
  }

  /**
   * Every installment of the plan, in order, each with its amount and explanation.
   *
   * @return the installments
   * @throws KoproGoException {@code INVALID_TERM} when an index-linked version has fewer index
   *     values than the installments it prices
   */
  public List<ContributionInstallment> installments() {
    List<ContributionInstallment> result = new ArrayList<>(count);
    ContributionPlanVersion current = null;
    int period = 0;
    for (int number = 1; number <= count; number++) {
      LocalDate due = dueDate(number);
      ContributionPlanVersion v = versionOn(due);
      period = v == current ? period + 1 : 0;
      current = v;
      Money amount = v.indexation().installment(v.base(), period);
      String explanation =
          "installment " + number + " of " + count + ", due " + due + ": version " + v.number()
              + " (effective " + v.effectiveFrom()
              + (v.reason().isBlank() ? "" : ", " + v.reason()) + "), "
              + v.indexation().explain(v.base(), period);
      result.add(new ContributionInstallment(number, due, v.number(), period, amount, explanation));
    }
    return List.copyOf(result);
  }

  /**
   * The sum of every installment.
   *
   * @return the total
   */
  public Money total() {
    Money total = Money.zero(versions.get(0).base().currency());
    for (ContributionInstallment i : installments()) {
      total = total.plus(i.amount());
    }
    return total;
  }
}
