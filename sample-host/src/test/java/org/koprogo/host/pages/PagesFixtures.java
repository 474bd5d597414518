/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.pages;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.koprogo.domain.association.CostLine;
import org.koprogo.domain.association.Destination;
import org.koprogo.domain.association.Membership;
import org.koprogo.domain.association.MonthlyPrice;
import org.koprogo.domain.association.Quarter;
import org.koprogo.domain.association.ResolutionReference;
import org.koprogo.domain.association.SurplusPlan;
import org.koprogo.domain.assembly.Attendance;
import org.koprogo.domain.assembly.Ballot;
import org.koprogo.domain.assembly.BelgianCoOwnershipRules;
import org.koprogo.domain.assembly.DecisionType;
import org.koprogo.domain.assembly.Owner;
import org.koprogo.domain.assembly.Resolution;
import org.koprogo.domain.assembly.ResolutionId;
import org.koprogo.domain.assembly.Session;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.domain.shared.Money;

/** Sources for the page tests: the demo data, and small hand-made ones for edge cases. */
final class PagesFixtures {
  static final DemoTransparencySource DEMO = new DemoTransparencySource();

  private PagesFixtures() {}

  static Money eur(String amount) {
    return Money.parse(amount, Money.EUR);
  }

  /** The demo figures. */
  static TransparencyFigures demoFigures() {
    return TransparencyFigures.of(DEMO);
  }

  /**
   * One quarter, two members, a cost category named with markup, and no assembly minutes: the
   * page must escape the label and say the minutes are not published.
   */
  static TransparencySource hostileLabels() {
    AssociationYear year = new AssociationYear(
        "<b>Asso</b> & \"Co\"",
        2025,
        MonthlyPrice.initial(eur("5.00"), LocalDate.of(2024, 1, 1), ResolutionReference.of("f")),
        List.of(new QuarterRecord(Quarter.of(2025, 1),
            List.of(Membership.standard("a"), Membership.standard("b")),
            List.of(CostLine.of("<script>alert('x')</script>", eur("3.00"))))),
        SurplusPlan.of(List.of(Destination.of("solidarity", "100"))),
        "missing-assembly",
        ResolutionId.of("R1"),
        null,
        null,
        List.of(100L));
    return new TransparencySource() {
      @Override
      public AssociationYear associationYear() {
        return year;
      }

      @Override
      public Optional<AssemblyRecord> assembly(String id) {
        return Optional.empty();
      }
    };
  }

  /** A first session where 2 of 4 owners came: no quorum, so nothing is deliberated. */
  static AssemblyRecord withoutQuorum() {
    return new AssemblyRecord(
        "no-quorum",
        "Résidence <Test>",
        LocalDate.of(2026, 6, 2),
        BelgianCoOwnershipRules.standard(),
        Session.FIRST,
        List.of(Owner.of("o1", "250"), Owner.of("o2", "250"), Owner.of("o3", "250"),
            Owner.of("o4", "250")),
        null,
        List.of(Attendance.present("o1"), Attendance.present("o2")),
        List.of(new AgendaItem(
            Resolution.of("R1", DecisionType.ORDINARY_ADMINISTRATION,
                Map.of(OwnerId.of("o1"), Ballot.FOR, OwnerId.of("o2"), Ballot.FOR)),
            new LocalizedText(Map.of(PageLanguage.EN, "Budget 2027")))));
  }
}
