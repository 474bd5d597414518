/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.ports.in.CalculateRuleFamily;
import org.koprogo.ports.out.Assembly;
import org.koprogo.ports.out.Lot;
import org.koprogo.ports.out.OutPorts;

/**
 * Tallies a stored assembly: the building's owners and their votes (their shares in the common
 * parts, Civil Code art. 3.87 §6) come from the stored lots, the attendance, proxies and ballots
 * from the caller; the general-assembly rule family (quorum, proxies, cap, majorities) decides.
 *
 * <p>An owner's votes are the sum over their lots of the lot's shares times their fraction of it,
 * exact for the usual halves and quarters and rounded half up to 10 decimals otherwise.
 */
@Singleton
public final class AssemblyTally {
  private final OutPorts ports;
  private final CalculateRuleFamily calculations;

  AssemblyTally(OutPorts ports, CalculateRuleFamily calculations) {
    this.ports = ports;
    this.calculations = calculations;
  }

  /**
   * The general-assembly result for {@code assembly}.
   *
   * @param attendance {@code [{owner, mode: PRESENT|PROXY, holder?}]}
   * @param ballots resolution id to {@code {owner: FOR|AGAINST|ABSTAIN|BLANK|NULL}}
   * @param excluded resolution id to the owners excluded from that vote
   * @param syndic the syndic's id when the syndic attends (holds no proxy), or null
   */
  public Map<String, Object> tally(Assembly assembly, List<Map<String, Object>> attendance,
      Map<String, Map<String, Object>> ballots, Map<String, List<String>> excluded, String syndic) {
    return calculate(input(assembly, attendance, ballots, excluded, syndic));
  }

  /** The general-assembly result of a calculation {@code input} ({@link #input}, {@link RecordedVotes#input}). */
  public Map<String, Object> calculate(Map<String, Object> input) {
    return calculations.calculate(new CalculateRuleFamily.Command("general-assembly", input));
  }

  /**
   * The general-assembly calculation input for {@code assembly}: its rules, session and agenda,
   * the building's owners with their votes from the stored lots, and the caller's attendance,
   * ballots and exclusions (parameters as {@link #tally}).
   */
  public Map<String, Object> input(Assembly assembly, List<Map<String, Object>> attendance,
      Map<String, Map<String, Object>> ballots, Map<String, List<String>> excluded, String syndic) {
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("rules", assembly.rules());
    input.put("session", assembly.session());
    input.put("owners", owners(assembly));
    if (syndic != null) {
      input.put("syndic", syndic);
    }
    input.put("attendance", attendance == null ? List.of() : attendance);
    List<Map<String, Object>> resolutions = new ArrayList<>();
    for (Assembly.Resolution r : assembly.resolutions()) {
      Map<String, Object> resolution = new LinkedHashMap<>();
      resolution.put("id", r.id());
      resolution.put("majority", r.majority());
      resolution.put("ballots", ballots == null ? Map.of() : ballots.getOrDefault(r.id(), Map.of()));
      if (excluded != null && excluded.containsKey(r.id())) {
        resolution.put("excluded", excluded.get(r.id()));
      }
      resolutions.add(resolution);
    }
    if (ballots != null) {
      for (String id : ballots.keySet()) {
        if (assembly.resolutions().stream().noneMatch(r -> r.id().equals(id))) {
          throw KoproGoException.of(ErrorCode.NOT_FOUND,
              "resolution " + id + " is not on the agenda of assembly " + assembly.id(),
              "field", "ballots." + id, "value", id);
        }
      }
    }
    input.put("resolutions", resolutions);
    return input;
  }

  /** The assembly with each resolution's outcome from a tally. */
  @SuppressWarnings("unchecked")
  public static Assembly withOutcomes(Assembly assembly, Map<String, Object> tally, String state) {
    Map<String, Object> results = (Map<String, Object>) tally.get("resolutions");
    List<Assembly.Resolution> voted = new ArrayList<>();
    for (Assembly.Resolution r : assembly.resolutions()) {
      Map<String, Object> result = (Map<String, Object>) results.get(r.id());
      voted.add(new Assembly.Resolution(r.id(), r.title(), r.majority(),
          result == null ? r.outcome() : String.valueOf(result.get("outcome"))));
    }
    return new Assembly(assembly.organisation(), assembly.id(), assembly.building(),
        assembly.heldOn(), assembly.session(), assembly.rules(), state, voted, assembly.version());
  }

  private List<Map<String, Object>> owners(Assembly assembly) {
    if (assembly.building() == null) {
      return ports.owners().all(assembly.organisation()).stream()
          .map(o -> Map.<String, Object>of("id", o.id().value(), "shares", "1"))
          .toList();
    }
    Map<String, BigDecimal> votes = new LinkedHashMap<>();
    for (Lot lot : ports.lots().ofBuilding(assembly.organisation(), assembly.building())) {
      for (Lot.Ownership o : lot.ownerships()) {
        BigDecimal part = new BigDecimal(o.fraction().numerator())
            .multiply(lot.shares())
            .divide(new BigDecimal(o.fraction().denominator()), 10, RoundingMode.HALF_UP)
            .stripTrailingZeros();
        votes.merge(o.owner().value(), part, BigDecimal::add);
      }
    }
    List<Map<String, Object>> owners = new ArrayList<>();
    votes.forEach((id, v) -> owners.add(Map.of("id", id, "shares", v.toPlainString())));
    return owners;
  }
}
