/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * The explicit transition table of one of the cooperative's state machines (group, member,
 * project, allocation, contribution). Guards that depend on facts are checked by the aggregate;
 * the table refuses every transition it does not list, with the guard {@value #ALLOWED}.
 *
 * <p>Immutable once built; thread-safe.
 */
public final class Workflow<S extends Enum<S>> {
  /** The guard named when the table itself has no such transition. */
  public static final String ALLOWED = "transition allowed";

  private final String name;
  private final Map<S, Set<S>> allowed;

  private Workflow(String name, Map<S, Set<S>> allowed) {
    this.name = name;
    this.allowed = allowed;
  }

  /**
   * Starts a table.
   *
   * @param <S> the states' enum
   * @param name the workflow's name, used in errors
   * @param states the states' class
   * @return a builder with no transition allowed
   */
  public static <S extends Enum<S>> Builder<S> of(String name, Class<S> states) {
    return new Builder<>(name, states);
  }

  /**
   * The workflow's name ({@code "group"}), used in errors.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * True when the table lists {@code from -> to}.
   *
   * @param from the state left
   * @param to the state entered
   * @return whether the transition is allowed
   */
  public boolean allows(S from, S to) {
    return allowed.get(from).contains(to);
  }

  /**
   * The states reachable from {@code from} in one step (unmodifiable).
   *
   * @param from a state
   * @return the states it may go to
   */
  public Set<S> targets(S from) {
    return Collections.unmodifiableSet(allowed.get(from));
  }

  /**
   * Refuses a transition the table does not list.
   *
   * @param from the current state
   * @param to the state asked for
   * @throws KoproGoException {@code ILLEGAL_TRANSITION} naming from, to and the guard
   */
  public void check(S from, S to) {
    if (!allows(from, to)) {
      throw refused(from, to, ALLOWED);
    }
  }

  /**
   * The refusal of {@code from -> to} because {@code guard} does not hold.
   *
   * @param from the current state
   * @param to the state asked for
   * @param guard the condition that does not hold
   * @return the {@code ILLEGAL_TRANSITION} error, naming from, to and the guard
   */
  public KoproGoException refused(S from, S to, String guard) {
    return KoproGoException.of(
        ErrorCode.ILLEGAL_TRANSITION,
        name + " cannot go from " + from + " to " + to + ": guard '" + guard + "' does not hold",
        "workflow", name, "from", from.name(), "to", to.name(), "guard", guard);
  }

  /** A table under construction. */
  public static final class Builder<S extends Enum<S>> {
    private final String name;
    private final Map<S, Set<S>> allowed;

    private Builder(String name, Class<S> states) {
      this.name = Objects.requireNonNull(name, "name");
      this.allowed = new EnumMap<>(states);
      for (S s : states.getEnumConstants()) {
        allowed.put(s, EnumSet.noneOf(states));
      }
    }

    /**
     * Allows {@code from -> to}.
     *
     * @param from the state left
     * @param to the state entered
     * @return this builder
     */
    public Builder<S> allow(S from, S to) {
      allowed.get(from).add(to);
      return this;
    }

    /**
     * Allows {@code from -> to} for every {@code from} listed.
     *
     * @param froms the states left
     * @param to the state entered
     * @return this builder
     */
    public Builder<S> allowFromEach(Set<S> froms, S to) {
      for (S from : froms) {
        allow(from, to);
      }
      return this;
    }

    /**
     * The table of transitions allowed so far.
     *
     * @return the workflow
     */
    public Workflow<S> build() {
      return new Workflow<>(name, allowed);
    }
  }
}
