/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.pages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.koprogo.domain.assembly.AssemblyResult;
import org.koprogo.domain.assembly.AssemblyTally;
import org.koprogo.domain.assembly.Attendance;
import org.koprogo.domain.assembly.AttendanceMode;
import org.koprogo.domain.assembly.Ballot;
import org.koprogo.domain.assembly.BelgianCoOwnershipRules;
import org.koprogo.domain.assembly.HolderId;
import org.koprogo.domain.assembly.Majority;
import org.koprogo.domain.assembly.OneMemberOneVote;
import org.koprogo.domain.assembly.Owner;
import org.koprogo.domain.assembly.RequiredMajority;
import org.koprogo.domain.assembly.Resolution;
import org.koprogo.domain.assembly.ResolutionId;
import org.koprogo.domain.assembly.Session;
import org.koprogo.domain.assembly.VotingRules;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.ports.out.RecordedVotes;
import org.koprogo.ports.out.Assembly;

/**
 * What an assembly's minutes hold: who could vote, who attended and how, and every resolution
 * with its ballots. The results (quorum, totals, outcomes) are counted by the library's {@link
 * AssemblyTally}, never stored.
 *
 * @param organisation the organisation the assembly belongs to (in its page's address)
 * @param id the assembly's id in its organisation (in its page's address)
 * @param body the building or association that met
 * @param date the day it met
 * @param rules the rule set its votes are counted under
 * @param session the session sitting
 * @param owners the voting body; copied
 * @param syndic the syndic, or null
 * @param attendance the attendance list; copied
 * @param agenda the agenda in order, each item voted or postponed; copied
 */
public record AssemblyRecord(
    String organisation,
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
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(session, "session");
    owners = List.copyOf(owners);
    attendance = List.copyOf(attendance);
    agenda = List.copyOf(agenda);
  }

  /**
   * The minutes of a stored assembly and its recorded votes, as the library's types: the rules
   * and session named as the general-assembly rule family names them, the owners with their
   * votes (one each under one member one vote), each resolution with the majority on the agenda.
   *
   * @param body the building's (or the organisation's) name
   * @throws KoproGoException {@code UNKNOWN_RULES} for a rule set the pages cannot count
   */
  public static AssemblyRecord of(Assembly assembly, RecordedVotes votes, String body) {
    VotingRules rules = switch (assembly.rules()) {
      case BelgianCoOwnershipRules.NAME -> BelgianCoOwnershipRules.standard();
      case OneMemberOneVote.NAME -> OneMemberOneVote.rules();
      default -> throw KoproGoException.of(ErrorCode.UNKNOWN_RULES,
          "assembly " + assembly.id() + " has rules '" + assembly.rules() + "' the pages cannot count",
          "field", "rules", "value", assembly.rules());
    };
    boolean members = rules instanceof OneMemberOneVote;
    List<Owner> owners = new ArrayList<>();
    for (RecordedVotes.Voter v : votes.owners()) {
      owners.add(members ? Owner.member(v.id()) : Owner.of(OwnerId.of(v.id()), v.shares()));
    }
    List<Attendance> attendance = new ArrayList<>();
    for (RecordedVotes.Presence p : votes.attendance()) {
      AttendanceMode mode = AttendanceMode.valueOf(p.mode());
      attendance.add(new Attendance(OwnerId.of(p.owner()), mode,
          mode == AttendanceMode.PROXY ? HolderId.of(p.holder()) : null));
    }
    PageLanguage language = votes.language() == null ? null
        : PageLanguage.ofTag(votes.language()).orElse(null);
    List<AgendaItem> agenda = new ArrayList<>();
    for (Assembly.Resolution r : assembly.resolutions()) {
      Optional<RecordedVotes.Vote> vote =
          votes.votes().stream().filter(v -> v.resolution().equals(r.id())).findFirst();
      Map<OwnerId, Ballot> ballots = new LinkedHashMap<>();
      Set<OwnerId> excluded = new LinkedHashSet<>();
      vote.ifPresent(v -> {
        v.ballots().forEach((owner, ballot) -> ballots.put(OwnerId.of(owner), Ballot.valueOf(ballot)));
        v.excluded().forEach(owner -> excluded.add(OwnerId.of(owner)));
      });
      Resolution resolution = new Resolution(ResolutionId.of(r.id()),
          RequiredMajority.stated(Majority.valueOf(r.majority())), ballots, excluded);
      agenda.add(new AgendaItem(resolution, r.title(), language, votes.isPostponed(r.id())));
    }
    return new AssemblyRecord(assembly.organisation().value(), assembly.id().value(), body,
        assembly.heldOn(), rules, Session.valueOf(assembly.session()), owners,
        votes.syndic() == null ? null : HolderId.of(votes.syndic()), attendance, agenda);
  }

  /** The resolutions put to the vote, in order (the postponed items are not among them). */
  public List<Resolution> resolutions() {
    List<Resolution> resolutions = new ArrayList<>(agenda.size());
    for (AgendaItem item : agenda) {
      if (!item.postponed()) {
        resolutions.add(item.resolution());
      }
    }
    return resolutions;
  }

  /** The agenda item of resolution {@code id}. */
  public Optional<AgendaItem> item(ResolutionId id) {
    return agenda.stream().filter(i -> i.resolution().id().equals(id)).findFirst();
  }

  /**
   * Counts the assembly with the library: quorum, refused proxies, every resolution put to the
   * vote (a postponed item has no count).
   */
  public AssemblyResult count() {
    return AssemblyTally.open(rules, session, owners, syndic, attendance).countAll(resolutions());
  }
}
