/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.calculation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.koprogo.domain.assembly.GeneralAssemblyFamily;
import org.koprogo.domain.association.SurplusAllocationFamily;
import org.koprogo.domain.charges.ChargeDistributionFamily;
import org.koprogo.domain.coop.CoopAllocationFamily;
import org.koprogo.domain.indexation.IndexationFamily;
import org.koprogo.domain.loan.LoanScheduleFamily;
import org.koprogo.domain.penalty.LatePenaltyFamily;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/** The rule families of RULES.md, by name: what the conformance runner and the host call. */
public final class RuleFamilies {
  private static final Map<String, RuleFamily> FAMILIES = new LinkedHashMap<>();

  static {
    register(new ChargeDistributionFamily());
    register(new GeneralAssemblyFamily());
    register(new SurplusAllocationFamily());
    register(new CoopAllocationFamily());
    register(new LatePenaltyFamily());
    register(new LoanScheduleFamily());
    register(new IndexationFamily());
  }

  private RuleFamilies() {}

  private static void register(RuleFamily family) {
    FAMILIES.put(family.name(), family);
  }

  /**
   * Every family the library knows, implemented or not, in RULES.md order.
   *
   * @return every family, in RULES.md order
   */
  public static List<RuleFamily> all() {
    return List.copyOf(FAMILIES.values());
  }

  /**
   * The names of the families that are implemented.
   *
   * @return the implemented families' names
   */
  public static List<String> implementedNames() {
    List<String> names = new ArrayList<>();
    for (RuleFamily f : FAMILIES.values()) {
      if (f.implemented()) {
        names.add(f.name());
      }
    }
    return List.copyOf(names);
  }

  /**
   * The family of that name, if the library knows it.
   *
   * @param name the family's name, as in vector files
   * @return the family, or empty
   */
  public static Optional<RuleFamily> find(String name) {
    return Optional.ofNullable(FAMILIES.get(name));
  }

  /**
   * The implemented family of that name.
   *
   * @param name the family's name, as in vector files
   * @return the family
   * @throws KoproGoException {@code UNKNOWN_FAMILY} when there is none
   */
  public static RuleFamily get(String name) {
    RuleFamily family = FAMILIES.get(name);
    if (family == null || !family.implemented()) {
      throw KoproGoException.of(
          ErrorCode.UNKNOWN_FAMILY, "no implemented rule family named '" + name + "'",
          "value", name);
    }
    return family;
  }

  /**
   * Evaluates one input with the named family, refusing any field the family does not read
   * ({@code INVALID_FIELD} naming it) once the input is otherwise valid.
   *
   * @param family the family's name, as in vector files
   * @param input the input object, as a map of its JSON fields
   * @return the output object, as the vector files write it
   * @throws KoproGoException {@code UNKNOWN_FAMILY} for an unknown family, {@code INVALID_FIELD}
   *     for a field the family does not read, or any code of the family (RULES.md lists them)
   */
  public static Map<String, Object> evaluate(String family, Map<String, ?> input) {
    CalculationInput read = CalculationInput.of(input);
    Map<String, Object> result = get(family).evaluate(read);
    read.requireEveryFieldRead();
    return result;
  }
}
