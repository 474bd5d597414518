/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.koprogo.domain.assembly.Attendees;
import org.koprogo.domain.assembly.Ballot;
import org.koprogo.domain.assembly.RejectedProxy;
import org.koprogo.domain.assembly.VoteCount;
import org.koprogo.domain.assembly.meeting.GeneralAssembly;
import org.koprogo.domain.assembly.meeting.Minutes;
import org.koprogo.domain.assembly.meeting.MinutesEntry;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.domain.shared.Fraction;

/**
 * The minutes of a general assembly (Civil Code art. 3.87 §10): the quorum, each resolution with
 * its majority and legal basis, the votes for, against and abstained, the names of the owners who
 * voted against or abstained, the proxies refused, the dates that run from the meeting and the
 * signatories.
 *
 * @param language the language
 * @param parties the building and the names
 * @param assembly the assembly's id
 * @param secondSession true for a second session
 * @param meetingOn the day of the meeting
 * @param quorumReached whether the quorum was reached
 * @param ownersPresent owners present or represented
 * @param ownersTotal all the owners
 * @param sharesPresent shares present or represented
 * @param sharesTotal all the shares
 * @param resolutions every agenda item, in agenda order
 * @param refusedProxies the proxies refused, with the reason in words
 * @param dueOn the last day to send the minutes (art. 3.89 §5)
 * @param challengeDeadline the last day to challenge a decision in court (art. 3.92 §3)
 * @param signatories who signs the minutes
 */
public record MinutesDocument(
    DocumentLanguage language, Parties parties, String assembly, boolean secondSession,
    LocalDate meetingOn, boolean quorumReached, int ownersPresent, int ownersTotal,
    BigDecimal sharesPresent, BigDecimal sharesTotal, List<Resolution> resolutions,
    List<String> refusedProxies, LocalDate dueOn, LocalDate challengeDeadline,
    List<String> signatories) implements DocumentModel {
  public MinutesDocument {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(parties, "parties");
    resolutions = List.copyOf(resolutions);
    refusedProxies = List.copyOf(refusedProxies);
    signatories = List.copyOf(signatories);
  }

  /**
   * One agenda item and its vote.
   *
   * @param number its place on the agenda, from 1
   * @param id the item's id
   * @param title what was decided
   * @param majority the required majority's name
   * @param legalBasis the statute that sets it
   * @param voted false when the item was postponed
   * @param adopted true when adopted
   * @param forVotes the votes for (exact, as the API gives them)
   * @param against the votes against
   * @param abstained the votes abstained
   * @param againstNames who voted against
   * @param abstainedNames who abstained, voted blank or null
   * @param excludedNames who was excluded for a conflict of interest
   */
  public record Resolution(int number, String id, String title, String majority, String legalBasis,
      boolean voted, boolean adopted, Fraction forVotes, Fraction against, Fraction abstained,
      List<String> againstNames, List<String> abstainedNames, List<String> excludedNames) {
    public Resolution {
      againstNames = List.copyOf(againstNames);
      abstainedNames = List.copyOf(abstainedNames);
      excludedNames = List.copyOf(excludedNames);
    }
  }

  /** The minutes of {@code assembly}, closed, signed by {@code signatories}. */
  public static MinutesDocument of(GeneralAssembly assembly, Parties parties, List<String> signatories,
      DocumentLanguage language) {
    Texts t = Texts.of(language);
    Minutes m = assembly.minutes();
    List<Resolution> resolutions = new ArrayList<>();
    int n = 1;
    for (MinutesEntry e : m.entries()) {
      List<String> against = new ArrayList<>();
      List<String> abstained = new ArrayList<>();
      for (Map.Entry<OwnerId, Ballot> b : e.ballots().entrySet()) {
        if (b.getValue() == Ballot.AGAINST) {
          against.add(parties.name(b.getKey().value()));
        } else if (b.getValue() != Ballot.FOR) {
          abstained.add(parties.name(b.getKey().value()));
        }
      }
      List<String> excluded = e.excluded().stream().map(o -> parties.name(o.value())).toList();
      VoteCount c = e.count();
      resolutions.add(new Resolution(n++, e.item().id().value(), e.item().title(),
          t.majority(e.item().majority()), t.legalBasis(e.item().majority()), e.voted(),
          c != null && c.adopted(), c == null ? Fraction.ZERO : c.forVotes(),
          c == null ? Fraction.ZERO : c.against(), c == null ? Fraction.ZERO : c.abstained(),
          against, abstained, excluded));
    }
    List<String> refused = new ArrayList<>();
    for (RejectedProxy r : m.rejectedProxies()) {
      refused.add(t.text("minutes.refusedProxy", parties.name(r.owner().value()),
          parties.name(r.holder().value()), t.text("refusal." + r.reason().name())));
    }
    Attendees a = m.quorum().attendees();
    return new MinutesDocument(language, parties, m.assembly().value(),
        m.session() == org.koprogo.domain.assembly.Session.SECOND, m.meetingOn(), m.quorum().reached(),
        a.ownersPresent(), a.ownersTotal(), a.sharesPresent(), a.sharesTotal(), resolutions, refused,
        m.dueOn(), m.challengeDeadline(), signatories);
  }

  @Override
  public String template() {
    return "minutes";
  }
}
