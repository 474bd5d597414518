/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.pages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.koprogo.domain.assembly.AssemblyResult;
import org.koprogo.domain.assembly.AssemblyTally;
import org.koprogo.domain.assembly.Attendance;
import org.koprogo.domain.assembly.HolderId;
import org.koprogo.domain.assembly.Owner;
import org.koprogo.domain.assembly.Resolution;
import org.koprogo.domain.assembly.ResolutionId;
import org.koprogo.domain.assembly.Session;
import org.koprogo.domain.assembly.VotingRules;

/**
 * What an assembly's minutes hold: who could vote, who attended and how, and every resolution
 * with its ballots. The results (quorum, totals, outcomes) are counted by the library's {@link
 * AssemblyTally}, never stored.
 *
 * @param id the assembly's public id (in its page's address)
 * @param body the building or association that met
 * @param date the day it met
 * @param rules the rule set its votes are counted under
 * @param session the session sitting
 * @param owners the voting body; copied
 * @param syndic the syndic, or null
 * @param attendance the attendance list; copied
 * @param agenda the resolutions in the order voted; copied
 */
public record AssemblyRecord(
    String id,
    String body,
    LocalDate date,
    VotingRules rules,
    Session session,
    List<Owner> owners,
    HolderId syndic,
    List<Attendance> attendance,
    List<AgendaItem> agenda) {
  public AssemblyRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(session, "session");
    owners = List.copyOf(owners);
    attendance = List.copyOf(attendance);
    agenda = List.copyOf(agenda);
  }

  /** The resolutions, in order. */
  public List<Resolution> resolutions() {
    List<Resolution> resolutions = new ArrayList<>(agenda.size());
    for (AgendaItem item : agenda) {
      resolutions.add(item.resolution());
    }
    return resolutions;
  }

  /** The agenda item of resolution {@code id}. */
  public Optional<AgendaItem> item(ResolutionId id) {
    return agenda.stream().filter(i -> i.resolution().id().equals(id)).findFirst();
  }

  /** Counts the assembly with the library: quorum, refused proxies, every resolution. */
  public AssemblyResult count() {
    return AssemblyTally.open(rules, session, owners, syndic, attendance).countAll(resolutions());
  }
}
