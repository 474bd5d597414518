/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.coop.Actor;
import org.koprogo.domain.coop.GroupId;
import org.koprogo.domain.coop.OfferedLot;
import org.koprogo.domain.coop.event.Change;
import org.koprogo.domain.coop.event.MilestoneReached;
import org.koprogo.domain.coop.event.Trail;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;

/**
 * A cooperative's building project: its milestones ({@link ProjectPhase}), a simple budget
 * (planned versus committed per category) and its lots, whose state follows the milestones
 * (BUILDING: under construction; DELIVERY: delivered; HANDOVER: handed over).
 *
 * <p>Immutable: every command returns a {@link Change}. Only ORG_ADMIN and COOP_MANAGER act.
 */
public final class Project {
  /** Guard of PERMITS -> CONTRACTING. */
  public static final String GUARD_BUDGET = "a budget is planned";
  /** Guard of BUILDING -> DELIVERY. */
  public static final String GUARD_LOTS = "the project has lots";
  /** Guard of ON_HOLD -> a running milestone. */
  public static final String GUARD_RESUME = "resumes the milestone it was held at";

  private final ProjectId id;
  private final GroupId group;
  private final Currency currency;
  private final ProjectPhase phase;
  private final ProjectPhase heldAt;
  private final Map<LotId, ProjectLot> lots;
  private final Map<String, BudgetLine> budget;

  private Project(
      ProjectId id, GroupId group, Currency currency, ProjectPhase phase, ProjectPhase heldAt,
      Map<LotId, ProjectLot> lots, Map<String, BudgetLine> budget) {
    this.id = id;
    this.group = group;
    this.currency = currency;
    this.phase = phase;
    this.heldAt = heldAt;
    this.lots = lots;
    this.budget = budget;
  }

  /**
   * Starts a project once its land is secured (its first milestone).
   *
   * @param id the project's id
   * @param group the group building it
   * @param currency the currency of its budget
   * @param actor who starts it (a manager)
   * @param at when, from the Clock port
   * @return the project at its first milestone, with its audit and timeline events
   * @throws KoproGoException {@code NOT_PERMITTED} unless the actor manages the cooperative
   */
  public static Change<Project> start(
      ProjectId id, GroupId group, Currency currency, Actor actor, Instant at) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(currency, "currency");
    actor.requireManager("start a project");
    Project p = new Project(id, group, currency, ProjectPhase.LAND_SECURED, null, Map.of(), Map.of());
    return Trail.of(group, actor, at)
        .statusChanged("MilestoneReached", p.subject(), null, ProjectPhase.LAND_SECURED)
        .notify(new MilestoneReached(group, id.value(), ProjectPhase.LAND_SECURED.name(), at))
        .change(p);
  }

  /**
   * The project's id.
   *
   * @return the id
   */
  public ProjectId id() {
    return id;
  }

  /**
   * The group building it.
   *
   * @return the group
   */
  public GroupId group() {
    return group;
  }

  /**
   * The milestone it is at.
   *
   * @return the phase
   */
  public ProjectPhase phase() {
    return phase;
  }

  /**
   * The milestone the project was paused at, when ON_HOLD.
   *
   * @return the paused milestone, or empty unless ON_HOLD
   */
  public Optional<ProjectPhase> heldAt() {
    return Optional.ofNullable(heldAt);
  }

  /**
   * The lots, in the order they were added.
   *
   * @return the lots
   */
  public List<ProjectLot> lots() {
    return List.copyOf(lots.values());
  }

  /**
   * The lot, if the project has it.
   *
   * @param lot a lot id
   * @return the lot, or empty
   */
  public Optional<ProjectLot> lot(LotId lot) {
    return Optional.ofNullable(lots.get(lot));
  }

  /**
   * The budget lines, in the order their categories were first planned or committed.
   *
   * @return the budget lines
   */
  public List<BudgetLine> budget() {
    return List.copyOf(budget.values());
  }

  /**
   * The planned total of every category.
   *
   * @return the total, in the project's currency
   */
  public Money plannedTotal() {
    Money total = Money.zero(currency);
    for (BudgetLine l : budget.values()) {
      total = total.plus(l.planned());
    }
    return total;
  }

  /**
   * The committed total of every category.
   *
   * @return the total, in the project's currency
   */
  public Money committedTotal() {
    Money total = Money.zero(currency);
    for (BudgetLine l : budget.values()) {
      total = total.plus(l.committed());
    }
    return total;
  }

  /**
   * The lots offered to an allocation round: all of them, but not those already assigned.
   *
   * @param alreadyAssigned the lots assigned in earlier rounds
   * @return every lot, available unless already assigned
   */
  public List<OfferedLot> offeredLots(Collection<LotId> alreadyAssigned) {
    List<OfferedLot> result = new ArrayList<>(lots.size());
    for (LotId lot : lots.keySet()) {
      result.add(new OfferedLot(lot, !alreadyAssigned.contains(lot)));
    }
    return result;
  }

  /**
   * Adds a lot to the plans.
   *
   * @param lot the lot's id
   * @param type what kind of lot
   * @param surface its floor area in square metres, positive
   * @param actor who adds it (a manager)
   * @param at when, from the Clock port
   * @return the project after, with its audit and timeline events
   * @throws KoproGoException {@code DUPLICATE_LOT} when the project has it already
   * @throws KoproGoException {@code NOT_PERMITTED} unless the actor manages the cooperative, {@code
   *     INVALID_FIELD} for a surface that is not positive
   */
  public Change<Project> addLot(LotId lot, LotType type, BigDecimal surface, Actor actor, Instant at) {
    actor.requireManager("add a lot");
    if (lots.containsKey(lot)) {
      throw KoproGoException.of(
          ErrorCode.DUPLICATE_LOT, "project " + id + " already has lot '" + lot + "'", "value", lot.value());
    }
    ProjectLot added = new ProjectLot(lot, type, surface, stateAt(phase == ProjectPhase.ON_HOLD ? heldAt : phase));
    Map<LotId, ProjectLot> copy = new LinkedHashMap<>(lots);
    copy.put(lot, added);
    return Trail.of(group, actor, at)
        .audit("LotAdded", "lot:" + lot, "", type + " " + surface.toPlainString() + " m2")
        .change(new Project(id, group, currency, phase, heldAt, Collections.unmodifiableMap(copy), budget));
  }

  /**
   * Sets the planned amount of a budget category.
   *
   * @param category the budget category ({@code "land"}, {@code "structure"})
   * @param planned the amount planned, zero or more
   * @param actor who plans it (a manager)
   * @param at when, from the Clock port
   * @return the project after, with its audit event
   * @throws KoproGoException {@code NOT_PERMITTED} unless the actor manages the cooperative, {@code
   *     CURRENCY_MISMATCH} for another currency, {@code NEGATIVE_AMOUNT} for a negative amount,
   *     {@code INVALID_FIELD} for a blank category
   */
  public Change<Project> planBudget(String category, Money planned, Actor actor, Instant at) {
    actor.requireManager("plan the budget");
    nonNegative(planned);
    BudgetLine before = line(category);
    BudgetLine after = new BudgetLine(category, planned, before.committed());
    return withLine(before, after, "BudgetPlanned", actor, at);
  }

  /**
   * Adds a commitment (a signed contract, an order) to a budget category.
   *
   * @param category the budget category
   * @param amount the amount committed, zero or more
   * @param actor who commits it (a manager)
   * @param at when, from the Clock port
   * @return the project after, with its audit event
   * @throws KoproGoException {@code NOT_PERMITTED} unless the actor manages the cooperative, {@code
   *     CURRENCY_MISMATCH} for another currency, {@code NEGATIVE_AMOUNT} for a negative amount,
   *     {@code INVALID_FIELD} for a blank category
   */
  public Change<Project> commit(String category, Money amount, Actor actor, Instant at) {
    actor.requireManager("commit budget");
    nonNegative(amount);
    BudgetLine before = line(category);
    BudgetLine after = new BudgetLine(category, before.planned(), before.committed().plus(amount));
    return withLine(before, after, "BudgetCommitted", actor, at);
  }

  private BudgetLine line(String category) {
    Objects.requireNonNull(category, "category");
    BudgetLine l = budget.get(category);
    return l != null ? l : new BudgetLine(category, Money.zero(currency), Money.zero(currency));
  }

  private Change<Project> withLine(BudgetLine before, BudgetLine after, String action, Actor actor, Instant at) {
    Map<String, BudgetLine> copy = new LinkedHashMap<>(budget);
    copy.put(after.category(), after);
    return Trail.of(group, actor, at)
        .audit(action, "budget:" + after.category(),
            before.planned().toPlainString() + "/" + before.committed().toPlainString(),
            after.planned().toPlainString() + "/" + after.committed().toPlainString())
        .change(new Project(id, group, currency, phase, heldAt, lots, Collections.unmodifiableMap(copy)));
  }

  private void nonNegative(Money amount) {
    Objects.requireNonNull(amount, "amount");
    if (!amount.currency().equals(currency)) {
      throw KoproGoException.of(
          ErrorCode.CURRENCY_MISMATCH, amount + " is not in " + currency.getCurrencyCode(),
          "value", amount.toPlainString());
    }
    if (amount.isNegative()) {
      throw KoproGoException.of(
          ErrorCode.NEGATIVE_AMOUNT, "budget amount " + amount + " is negative", "value", amount.toPlainString());
    }
  }

  /**
   * Moves the project to milestone {@code to}; the lots follow.
   *
   * @param to the milestone asked for
   * @param actor who moves it (a manager)
   * @param at when, from the Clock port
   * @return the project after, with its audit, timeline and notification events
   * @throws KoproGoException {@code ILLEGAL_TRANSITION} naming from, to and the guard
   */
  public Change<Project> reach(ProjectPhase to, Actor actor, Instant at) {
    Objects.requireNonNull(to, "to");
    actor.requireManager("move the project to " + to);
    ProjectPhase.WORKFLOW.check(phase, to);
    if (phase == ProjectPhase.ON_HOLD && to != ProjectPhase.CANCELLED && to != heldAt) {
      throw ProjectPhase.WORKFLOW.refused(phase, to, GUARD_RESUME);
    }
    if (phase != ProjectPhase.ON_HOLD) {
      if (to == ProjectPhase.CONTRACTING && budget.values().stream().noneMatch(l -> l.planned().isPositive())) {
        throw ProjectPhase.WORKFLOW.refused(phase, to, GUARD_BUDGET);
      }
      if (to == ProjectPhase.DELIVERY && lots.isEmpty()) {
        throw ProjectPhase.WORKFLOW.refused(phase, to, GUARD_LOTS);
      }
    }
    Map<LotId, ProjectLot> moved = lots;
    LotState state = stateAt(to);
    if (to != ProjectPhase.ON_HOLD && to != ProjectPhase.CANCELLED) {
      Map<LotId, ProjectLot> copy = new LinkedHashMap<>();
      for (ProjectLot l : lots.values()) {
        copy.put(l.id(), l.in(state));
      }
      moved = Collections.unmodifiableMap(copy);
    }
    Trail trail = Trail.of(group, actor, at).statusChanged("MilestoneReached", subject(), phase, to);
    if (ProjectPhase.RUNNING.contains(to) || to == ProjectPhase.CLOSED) {
      if (phase != ProjectPhase.ON_HOLD) {
        trail.notify(new MilestoneReached(group, id.value(), to.name(), at));
      }
      for (ProjectLot l : lots.values()) {
        if (l.state() != state) {
          trail.audit("LotStateChanged", "lot:" + l.id(), l.state().name(), state.name());
        }
      }
    }
    ProjectPhase held = to == ProjectPhase.ON_HOLD ? phase : null;
    return trail.change(new Project(id, group, currency, to, held, moved, budget));
  }

  private static LotState stateAt(ProjectPhase phase) {
    return switch (phase) {
      case BUILDING -> LotState.UNDER_CONSTRUCTION;
      case DELIVERY -> LotState.DELIVERED;
      case HANDOVER, CLOSED -> LotState.HANDED_OVER;
      default -> LotState.PLANNED;
    };
  }

  private String subject() {
    return "project:" + id;
  }

  // --- storing and rebuilding ---

  /**
   * The project's whole state as plain data, to store it: {@link #restore} rebuilds a project
   * that behaves identically.
   *
   * @param id the project
   * @param group its cooperative
   * @param currency the currency of its budget
   * @param phase its milestone
   * @param heldAt the milestone it was paused at, present exactly when ON_HOLD
   * @param lots its lots, in the order they were added
   * @param budget its budget lines, in the order their categories were first used
   */
  public record Snapshot(
      ProjectId id, GroupId group, Currency currency, ProjectPhase phase, Optional<ProjectPhase> heldAt,
      List<ProjectLot> lots, List<BudgetLine> budget) {
    /**
     * Checks that every part is given and copies the lists.
     *
     * @param id the project
     * @param group its cooperative
     * @param currency the currency of its budget
     * @param phase its milestone
     * @param heldAt the milestone it was paused at, present exactly when ON_HOLD
     * @param lots its lots, in the order they were added
     * @param budget its budget lines, in the order their categories were first used
     */
    public Snapshot {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(group, "group");
      Objects.requireNonNull(currency, "currency");
      Objects.requireNonNull(phase, "phase");
      Objects.requireNonNull(heldAt, "heldAt");
      lots = List.copyOf(lots);
      budget = List.copyOf(budget);
    }
  }

  /**
   * The project's state as plain data (see {@link Snapshot}).
   *
   * @return the snapshot
   */
  public Snapshot snapshot() {
    return new Snapshot(id, group, currency, phase, heldAt(), lots(), budget());
  }

  /**
   * Rebuilds a stored project, checking again what its commands guaranteed: a paused milestone
   * exactly when ON_HOLD, distinct lots in the state of the milestone (kept as they were once
   * cancelled), distinct budget categories with amounts in the project's currency and not
   * negative, lots from DELIVERY.
   *
   * @param snapshot the stored state
   * @return the project
   * @throws KoproGoException {@code INVALID_FIELD} naming the field of a snapshot no command
   *     could have produced; {@code DUPLICATE_LOT}, {@code CURRENCY_MISMATCH}, {@code
   *     NEGATIVE_AMOUNT}
   */
  public static Project restore(Snapshot snapshot) {
    Snapshot s = Objects.requireNonNull(snapshot, "snapshot");
    if (s.heldAt().isPresent() != (s.phase() == ProjectPhase.ON_HOLD)
        || s.heldAt().filter(h -> !ProjectPhase.RUNNING.contains(h)).isPresent()) {
      throw corrupt(s, "heldAt", s.heldAt().orElse(null),
          "an ON_HOLD project, and only it, was paused at a running milestone");
    }
    ProjectPhase effective = s.heldAt().orElse(s.phase());
    Map<LotId, ProjectLot> lots = new LinkedHashMap<>();
    for (ProjectLot l : s.lots()) {
      if (lots.put(l.id(), l) != null) {
        throw KoproGoException.of(
            ErrorCode.DUPLICATE_LOT, "stored project " + s.id() + " lists lot '" + l.id() + "' twice",
            "field", "snapshot.lots", "value", l.id().value());
      }
      if (effective != ProjectPhase.CANCELLED && l.state() != stateAt(effective)) {
        throw corrupt(s, "lots", l.id().value(), "a lot is " + stateAt(effective) + " at milestone " + effective
            + " (it is " + l.state() + ")");
      }
    }
    Project p = new Project(s.id(), s.group(), s.currency(), s.phase(), s.heldAt().orElse(null),
        Collections.unmodifiableMap(lots), Map.of());
    Map<String, BudgetLine> budget = new LinkedHashMap<>();
    for (BudgetLine l : s.budget()) {
      p.nonNegative(l.planned());
      p.nonNegative(l.committed());
      if (budget.put(l.category(), l) != null) {
        throw corrupt(s, "budget", l.category(), "a budget category has one line");
      }
    }
    boolean delivered =
        effective.compareTo(ProjectPhase.DELIVERY) >= 0 && effective.compareTo(ProjectPhase.CLOSED) <= 0;
    if (delivered && lots.isEmpty()) {
      throw corrupt(s, "lots", 0, GUARD_LOTS + " from " + ProjectPhase.DELIVERY);
    }
    return new Project(s.id(), s.group(), s.currency(), s.phase(), s.heldAt().orElse(null),
        Collections.unmodifiableMap(lots), Collections.unmodifiableMap(budget));
  }

  private static KoproGoException corrupt(Snapshot s, String field, Object value, String guard) {
    return KoproGoException.of(
        ErrorCode.INVALID_FIELD,
        "stored project " + s.id() + " is corrupt: " + field + " " + value + " breaks the rule: " + guard,
        "field", "snapshot." + field, "value", String.valueOf(value), "guard", guard);
  }

  @Override
  public String toString() {
    return "Project[" + id + ", " + phase + ", " + lots.size() + " lots]";
  }
}
