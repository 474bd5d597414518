/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.documents;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.koprogo.domain.assembly.BelgianProxyLimits;
import org.koprogo.domain.assembly.meeting.AgendaItem;
import org.koprogo.domain.assembly.meeting.GeneralAssembly;
import org.koprogo.domain.assembly.AssemblyCalendar;
import org.koprogo.domain.building.OwnerId;

/**
 * The convocation of a general assembly: its date, time and place, the agenda with each item's
 * decision type and required majority, the notice period and its legal basis (Civil Code art.
 * 3.87 §3), and a proxy form stating the proxy limits of art. 3.87 §7.
 *
 * @param language the language
 * @param parties the building, the syndic and the names
 * @param assembly the assembly's id
 * @param secondSession true for a second session (after a first without quorum)
 * @param convokedOn the day the convocations are sent
 * @param meetingOn the day of the meeting
 * @param startsAt the time the meeting starts, or null when the convocation does not say
 * @param place where it is held
 * @param noticeDays the days from the convocation to the meeting, counted as the rule set's
 *     calendar counts them (Belgian: whole days between the two, neither counted)
 * @param minimumNoticeDays the rule set's minimum (15 days in Belgium, or the statutes' longer one)
 * @param maxProxies the proxies one person may hold ({@value BelgianProxyLimits#MAX_PROXIES})
 * @param agenda the items, in agenda order
 */
public record ConvocationDocument(
    DocumentLanguage language, Parties parties, String assembly, boolean secondSession,
    LocalDate convokedOn, LocalDate meetingOn, LocalTime startsAt, String place, long noticeDays,
    int minimumNoticeDays, int maxProxies, List<Item> agenda) implements DocumentModel {
  public ConvocationDocument {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(parties, "parties");
    Objects.requireNonNull(convokedOn, "convokedOn");
    Objects.requireNonNull(meetingOn, "meetingOn");
    Objects.requireNonNull(place, "place");
    agenda = List.copyOf(agenda);
  }

  /**
   * One agenda item.
   *
   * @param number its place on the agenda, from 1
   * @param id the item's id
   * @param title what is decided
   * @param decisionType the decision type's description (empty when the majority was stated)
   * @param majority the required majority's name
   * @param legalBasis the statute that sets it
   * @param requestedBy the names of the owners who asked for it (empty for the syndic's items)
   */
  public record Item(int number, String id, String title, String decisionType, String majority,
      String legalBasis, List<String> requestedBy) {
    public Item {
      requestedBy = List.copyOf(requestedBy);
    }
  }

  /**
   * The convocation of {@code assembly}, once convened (it then has its dates).
   *
   * @throws org.koprogo.domain.shared.KoproGoException {@code ILLEGAL_TRANSITION} when the
   *     assembly has not been convened ({@link GeneralAssembly#requireConvened})
   */
  public static ConvocationDocument of(GeneralAssembly assembly, Parties parties, String place,
      LocalTime startsAt, DocumentLanguage language) {
    assembly.requireConvened();
    Texts t = Texts.of(language);
    List<Item> items = new ArrayList<>();
    int n = 1;
    for (AgendaItem a : assembly.agenda()) {
      List<String> by = new ArrayList<>();
      for (OwnerId o : a.requestedBy()) {
        by.add(parties.name(o.value()));
      }
      items.add(new Item(n++, a.id().value(), a.title(), t.decisionType(a.majority()),
          t.majority(a.majority()), t.legalBasis(a.majority()), by));
    }
    AssemblyCalendar calendar = assembly.rules().calendar();
    return new ConvocationDocument(language, parties, assembly.id().value(),
        assembly.session() == org.koprogo.domain.assembly.Session.SECOND, assembly.convokedOn(),
        assembly.meetingOn(), startsAt, place,
        calendar.counting().daysCounted(assembly.convokedOn(), assembly.meetingOn()),
        calendar.convocationDays(), BelgianProxyLimits.MAX_PROXIES, items);
  }

  @Override
  public String template() {
    return "convocation";
  }
}
