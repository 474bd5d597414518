/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.pages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.koprogo.domain.association.AssociationAccounts;
import org.koprogo.domain.association.CostLine;
import org.koprogo.domain.association.Destination;
import org.koprogo.domain.association.SurplusPlan;
import org.koprogo.domain.assembly.Attendance;
import org.koprogo.domain.assembly.AttendanceMode;
import org.koprogo.domain.assembly.Ballot;
import org.koprogo.domain.assembly.Owner;
import org.koprogo.domain.assembly.Resolution;
import org.koprogo.domain.building.OwnerId;

/**
 * The pages' inputs written as the calculation endpoints' (and conformance vectors') {@code
 * input} shapes, published at {@code data.json} beside each page: anyone can post them to {@code
 * POST /api/v1/calculations/{family}} and get the page's figures back.
 */
final class CalculationInputs {
  private CalculationInputs() {}

  /** The {@code surplus-allocation} input of the year's accounts and plan. */
  static Map<String, Object> surplusAllocation(AssociationAccounts accounts, SurplusPlan plan) {
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("currency", accounts.revenue().currency().getCurrencyCode());
    input.put("revenue", accounts.revenue().toPlainString());
    List<Map<String, Object>> costs = new ArrayList<>();
    for (CostLine c : accounts.costs()) {
      costs.add(ordered("label", c.label(), "amount", c.amount().toPlainString()));
    }
    input.put("costs", costs);
    input.put("members", accounts.members());
    input.put("monthlyPrice", accounts.monthlyPrice().toPlainString());
    List<Map<String, Object>> destinations = new ArrayList<>();
    for (Destination d : plan.destinations()) {
      destinations.add(ordered("id", d.id(), "percent", d.percent().toPlainString()));
    }
    input.put("destinations", destinations);
    input.put("thresholdPercent", plan.thresholdPercent().toPlainString());
    input.put("priceDecreaseDestination", plan.priceDecreaseDestination());
    if (plan.reserve() != null) {
      input.put("reserve", ordered(
          "current", plan.reserve().current().toPlainString(),
          "months", plan.reserve().months(),
          "destination", plan.reserve().destination()));
    }
    return input;
  }

  /**
   * The {@code general-assembly} input of an assembly's minutes, with the people pseudonymised:
   * owners become {@code owner-1}, {@code owner-2}... in the order of the voting body, other
   * proxy holders {@code holder-1}..., the syndic {@code syndic}. The renaming is one to one, so
   * every result is the same as with the real ids. The vector format has no standing flag: a
   * member who may not vote is left out of the owners, which changes no result (such a member
   * counts for nothing under one member one vote).
   */
  static Map<String, Object> generalAssembly(AssemblyRecord assembly) {
    Map<String, String> names = new HashMap<>();
    int owner = 0;
    for (Owner o : assembly.owners()) {
      names.put(o.id().value(), "owner-" + ++owner);
    }
    java.util.function.Function<String, String> holder = id -> {
      if (assembly.syndic() != null && assembly.syndic().value().equals(id)) {
        return "syndic";
      }
      return names.computeIfAbsent(id, k -> "holder-" + (names.size() - assembly.owners().size() + 1));
    };
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("rules", assembly.rules().name());
    input.put("session", assembly.session().name());
    List<Map<String, Object>> owners = new ArrayList<>();
    for (Owner o : assembly.owners()) {
      if (assembly.rules().weights().mayVote(o)) {
        owners.add(ordered("id", names.get(o.id().value()), "shares", o.shares().toPlainString()));
      }
    }
    input.put("owners", owners);
    if (assembly.syndic() != null) {
      input.put("syndic", "syndic");
    }
    List<Map<String, Object>> attendance = new ArrayList<>();
    for (Attendance a : assembly.attendance()) {
      attendance.add(a.mode() == AttendanceMode.PRESENT
          ? ordered("owner", names.get(a.owner().value()), "mode", a.mode().name())
          : ordered("owner", names.get(a.owner().value()), "mode", a.mode().name(),
              "holder", holder.apply(a.holder().value())));
    }
    input.put("attendance", attendance);
    List<Map<String, Object>> resolutions = new ArrayList<>();
    for (Resolution r : assembly.resolutions()) {
      Map<String, Object> ballots = new LinkedHashMap<>();
      for (Map.Entry<OwnerId, Ballot> b : r.ballots().entrySet()) {
        ballots.put(names.get(b.getKey().value()), b.getValue().name());
      }
      Map<String, Object> row = ordered(
          "id", r.id().value(), "majority", r.majority().majority().name(), "ballots", ballots);
      if (!r.excluded().isEmpty()) {
        row.put("excluded", r.excluded().stream().map(e -> names.get(e.value())).toList());
      }
      resolutions.add(row);
    }
    input.put("resolutions", resolutions);
    return input;
  }

  private static Map<String, Object> ordered(Object... pairs) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], pairs[i + 1]);
    }
    return map;
  }
}
