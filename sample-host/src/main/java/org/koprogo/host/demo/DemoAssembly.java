/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.koprogo.ports.in.assembly.AssemblyRef;
import org.koprogo.ports.in.assembly.DraftGeneralAssembly;
import org.koprogo.ports.in.assembly.ItemRequest;
import org.koprogo.ports.in.assembly.Meeting;
import org.koprogo.ports.in.assembly.RunGeneralAssembly;

/**
 * The demo co-ownership's assembly {@code ga-2026} through its lifecycle, by the library's use
 * cases as a syndic would run it: drafted with its three items, convened three weeks ahead,
 * opened with the demo's attendance and proxies, voted item by item and closed (the minutes are
 * recorded at the closing), so that its minutes open as a PDF as well as on the public page.
 */
final class DemoAssembly {
  /** The day of the meeting. */
  static final LocalDate MEETING_ON = LocalDate.of(2026, 5, 12);
  /** The day the convocations were sent. */
  static final LocalDate CONVOKED_ON = LocalDate.of(2026, 4, 20);

  private DemoAssembly() {}

  /** Runs the assembly of {@code building} from its draft to its closing. */
  static Meeting run(DraftGeneralAssembly drafts, RunGeneralAssembly meetings, String organisation,
      String building, String id, String actor) {
    drafts.forBuilding(building, new DraftGeneralAssembly.Draft(organisation, actor, id, null, MEETING_ON, null,
        null, List.of(
            ItemRequest.stated("accounts-2025", "Approve the 2025 accounts", "ABSOLUTE"),
            ItemRequest.stated("elevator-doors", "Replace the elevator doors", "TWO_THIRDS"),
            ItemRequest.stated("facade", "Paint the facade in another colour", "FOUR_FIFTHS")),
        null));
    AssemblyRef ref = new AssemblyRef(organisation, id, null, actor);
    meetings.convene(ref, new org.koprogo.ports.in.assembly.Convocation(CONVOKED_ON, MEETING_ON.atTime(19, 30),
        "Salle communale, Rue des Tilleuls 12, 1000 Bruxelles"));
    List<RunGeneralAssembly.Presence> attendance = new ArrayList<>();
    for (Map<String, Object> row : DemoData.ATTENDANCE) {
      Object holder = row.get("holder");
      attendance.add(new RunGeneralAssembly.Presence(String.valueOf(row.get("owner")), String.valueOf(row.get("mode")),
          holder == null ? null : String.valueOf(holder)));
    }
    meetings.open(ref, MEETING_ON, attendance);
    meetings.startVoting(ref);
    for (String item : List.of("accounts-2025", "elevator-doors", "facade")) {
      Map<String, String> ballots = new LinkedHashMap<>();
      DemoData.BALLOTS.get(item).forEach((owner, ballot) -> ballots.put(owner, String.valueOf(ballot)));
      meetings.vote(ref, item, ballots, null);
    }
    return meetings.close(ref, "en");
  }
}
