/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import static org.koprogo.ports.in.fields.ClientFields.parse;
import static org.koprogo.ports.in.fields.ClientFields.required;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.koprogo.domain.assembly.Attendance;
import org.koprogo.domain.assembly.AttendanceMode;
import org.koprogo.domain.assembly.DecisionType;
import org.koprogo.domain.assembly.HolderId;
import org.koprogo.domain.assembly.Majority;
import org.koprogo.domain.assembly.RequiredMajority;
import org.koprogo.domain.assembly.ResolutionId;
import org.koprogo.domain.assembly.meeting.AgendaItem;
import org.koprogo.domain.assembly.meeting.AgendaOrigin;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.domain.shared.Decimals;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.ports.in.assembly.ItemRequest;
import org.koprogo.ports.in.assembly.RunGeneralAssembly;

/**
 * Turns the plain values of the assembly commands into the domain's types, naming a missing or
 * malformed value by its path in the command; the rules themselves (majorities and their
 * overrides, proxies) are the domain's, whose refusals are re-rooted under that path.
 */
final class AssemblyCommands {
  private AssemblyCommands() {}

  /** The agenda item {@code r} states; {@code path} is its place in the command ("" at the top). */
  static AgendaItem item(ItemRequest r, String path) {
    String p = prefix(path);
    required(r, path.isEmpty() ? "item" : path);
    String id = required(r.id(), p + "id");
    String title = required(r.title(), p + "title");
    DecisionType type = r.decisionType() == null ? null : parse(DecisionType.class, r.decisionType(), p + "decisionType");
    Majority stated = r.majority() == null ? null : parse(Majority.class, r.majority(), p + "majority");
    RequiredMajority majority = AssemblyWork.under(path, () -> RequiredMajority.forItem(type, stated, r.overrideReason()));
    if (majority.majority() == Majority.UNANIMITY_OF_PRESENT) {
      required(r.failedUnanimityOn(), p + "failedUnanimityOn");
    }
    List<OwnerId> by = r.requestedBy() == null ? List.of() : ownerIds(r.requestedBy(), p + "requestedBy");
    if (r.requestedBy() != null && by.isEmpty()) {
      throw KoproGoException.of(ErrorCode.MISSING_FIELD, p + "requestedBy names no owner", "field", p + "requestedBy");
    }
    Map<OwnerId, BigDecimal> key = new LinkedHashMap<>();
    if (r.chargeKey() != null) {
      for (Map.Entry<String, String> e : r.chargeKey().entrySet()) {
        String field = p + "chargeKey." + e.getKey();
        key.put(OwnerId.of(e.getKey()), Decimals.parse(required(e.getValue(), field), field));
      }
    }
    return AssemblyWork.under(path, () -> new AgendaItem(ResolutionId.of(id), title, majority,
        by.isEmpty() ? AgendaOrigin.SYNDIC : AgendaOrigin.OWNER_REQUEST, by, r.failedUnanimityOn(),
        r.concerning() == null || r.concerning().isBlank() ? null : HolderId.of(r.concerning()), key));
  }

  /** The attendance list {@code rows} states; the domain's refusal of a proxy names its row. */
  static List<Attendance> attendance(List<RunGeneralAssembly.Presence> rows) {
    List<Attendance> list = new ArrayList<>();
    for (int k = 0; k < rows.size(); k++) {
      String row = "attendance[" + k + "]";
      String p = row + ".";
      RunGeneralAssembly.Presence presence = required(rows.get(k), row);
      OwnerId owner = OwnerId.of(required(presence.owner(), p + "owner"));
      AttendanceMode mode = parse(AttendanceMode.class, presence.mode(), p + "mode");
      HolderId holder = mode == AttendanceMode.PROXY ? HolderId.of(required(presence.holder(), p + "holder")) : null;
      list.add(AssemblyWork.under(row, () -> new Attendance(owner, mode, holder)));
    }
    return list;
  }

  static List<OwnerId> ownerIds(List<String> ids, String field) {
    List<OwnerId> owners = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      owners.add(OwnerId.of(required(ids.get(i), field + "[" + i + "]")));
    }
    return owners;
  }

  static String prefix(String path) {
    return path.isEmpty() ? "" : path + ".";
  }

}
