/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.pages;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.koprogo.domain.association.AssociationAccounts;
import org.koprogo.domain.association.CostLine;
import org.koprogo.domain.association.DecidedSurplusAllocation;
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
import org.koprogo.domain.assembly.HolderId;
import org.koprogo.domain.assembly.Owner;
import org.koprogo.domain.assembly.Resolution;
import org.koprogo.domain.assembly.ResolutionId;
import org.koprogo.domain.assembly.Session;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.domain.shared.Money;
import org.koprogo.host.demo.DemoAssociation;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.in.association.BookedQuarter;
import org.koprogo.ports.out.QuarterBooks;

/**
 * Inputs for the page tests: the demo association's (the same inputs {@code DemoAssociation}
 * stores, taken through the same steps), a co-ownership's minutes, and small hand-made ones for
 * edge cases.
 */
final class PagesFixtures {
  static final String TILLEULS_ORG = "demo-tilleuls";

  private PagesFixtures() {}

  static Money eur(String amount) {
    return Money.parse(amount, Money.EUR);
  }

  /** The demo association's assembly, counted from its votes. */
  static AssemblyRecord association() {
    return AssemblyRecord.of(DemoAssociation.assembly(), DemoAssociation.votes(), DemoAssociation.NAME);
  }

  /** The demo association's year as the host reads it back from the stores. */
  static AssociationYear demoYear() {
    AssemblyRecord assembly = association();
    boolean adopted = assembly.count().resolutions()
        .get(ResolutionId.of(DemoAssociation.PRICE)).adopted();
    MonthlyPrice price = DemoAssociation.initialPrice();
    AssociationAccounts accounts = DemoAssociation.accounts(DemoAssociation.books(), price);
    DecidedSurplusAllocation decision = DemoAssociation.decision(accounts);
    return new AssociationYear(DemoAssociation.ORGANISATION, DemoAssociation.NAME, 2025,
        DemoAssociation.priceAfter(price, decision, adopted), booked(DemoAssociation.books()), decision,
        DemoAssociation.ASSEMBLY, ResolutionId.of(DemoAssociation.SURPLUS), TransparencySource.SCALE_TIERS);
  }

  /** The quarters as the library's use cases give them back. */
  static List<BookedQuarter> booked(List<QuarterBooks> quarters) {
    return quarters.stream()
        .map(q -> new BookedQuarter(q.quarter(), q.memberships(), q.costs(), q.version())).toList();
  }

  /** The demo figures. */
  static TransparencyFigures demoFigures() {
    return TransparencyFigures.of(demoYear(), Optional.of(association()));
  }

  /**
   * One quarter, two members, a cost category named with markup, and no assembly minutes: the
   * page must escape the label and say the minutes are not published.
   */
  static TransparencyFigures hostileLabels() {
    QuarterBooks q = new QuarterBooks(OrganisationId.of("asso"), Quarter.of(2025, 1),
        List.of(Membership.standard("a"), Membership.standard("b")),
        List.of(CostLine.of("<script>alert('x')</script>", eur("3.00"))), 1);
    MonthlyPrice price = MonthlyPrice.initial(eur("5.00"), LocalDate.of(2024, 1, 1), ResolutionReference.of("f"));
    AssociationAccounts accounts = new AssociationAccounts(
        eur("30.00"), List.of(CostLine.of("<script>alert('x')</script>", eur("3.00"))), 2, eur("5.00"));
    AssociationYear year = new AssociationYear("asso", "<b>Asso</b> & \"Co\"", 2025, price, booked(List.of(q)),
        new DecidedSurplusAllocation(ResolutionReference.of("not-an-assembly-reference"), 2025, accounts,
            SurplusPlan.of(List.of(Destination.of("solidarity", "100")))),
        null, null, List.of(100L));
    return TransparencyFigures.of(year, Optional.empty());
  }

  /**
   * Résidence Les Tilleuls, 12 lots and 1,000 shares over 10 owners (two hold two lots; lot 3 is
   * held in indivision). First session; owner 7 is absent; owner 3 gave a proxy to owner 1, owner
   * 5 to a relative who is not an owner, owner 9 to owner 8. Titles in French.
   */
  static AssemblyRecord tilleuls() {
    List<Owner> owners = List.of(
        owner("owner-01", "95", 1), owner("owner-02", "80", 1), owner("owner-03", "85", 1),
        owner("owner-04", "160", 2), owner("owner-05", "70", 1), owner("owner-06", "90", 1),
        owner("owner-07", "75", 1), owner("owner-08", "100", 1), owner("owner-09", "85", 1),
        owner("owner-10", "160", 2));
    List<Attendance> attendance = List.of(
        Attendance.present("owner-01"), Attendance.present("owner-02"),
        Attendance.proxy("owner-03", "owner-01"), Attendance.present("owner-04"),
        Attendance.proxy("owner-05", "relative-of-owner-05"), Attendance.present("owner-06"),
        Attendance.present("owner-08"), Attendance.proxy("owner-09", "owner-08"),
        Attendance.present("owner-10"));
    return new AssemblyRecord(TILLEULS_ORG, "tilleuls-2026", "Résidence Les Tilleuls",
        LocalDate.of(2026, 5, 12), BelgianCoOwnershipRules.standard(), Session.FIRST, owners,
        HolderId.of("syndic-immo"), attendance,
        List.of(
            item(Resolution.of("R1", DecisionType.ORDINARY_ADMINISTRATION, ballots("FAFFXFFFF")),
                "Approbation des comptes 2025 et décharge au syndic"),
            item(Resolution.of("R2", DecisionType.WORKS_ON_COMMON_PARTS, ballots("FAFFXAFFF")),
                "Rénovation de la façade avant"),
            item(Resolution.of("R3", DecisionType.CHANGE_OF_CHARGES_DISTRIBUTION, ballots("FAFFXAFFA")),
                "Répartition des frais d'ascenseur selon l'étage"),
            item(Resolution.of("R4", DecisionType.CHANGE_OF_SHARES, ballots("FFFFFFFFF")),
                "Nouvelle répartition des quotes-parts après la fusion des lots 11 et 12"),
            item(Resolution.of("R5", DecisionType.ORDINARY_ADMINISTRATION, ballots("FFF-XFFAF"))
                    .excluding(Set.of(OwnerId.of("owner-04"))),
                "Contrat d'entretien des jardins avec l'entreprise d'un copropriétaire")));
  }

  private static AgendaItem item(Resolution resolution, String title) {
    return new AgendaItem(resolution, title, PageLanguage.FR);
  }

  /**
   * Ballots of the nine owners present or represented, in the order 01, 02, 03, 04, 05, 06, 08,
   * 09, 10: {@code F} for, {@code A} against, {@code X} abstain, {@code -} no ballot (excluded).
   */
  private static Map<OwnerId, Ballot> ballots(String pattern) {
    String[] voters = {
      "owner-01", "owner-02", "owner-03", "owner-04", "owner-05", "owner-06", "owner-08",
      "owner-09", "owner-10"};
    Map<OwnerId, Ballot> ballots = new LinkedHashMap<>();
    for (int i = 0; i < voters.length; i++) {
      switch (pattern.charAt(i)) {
        case 'F' -> ballots.put(OwnerId.of(voters[i]), Ballot.FOR);
        case 'A' -> ballots.put(OwnerId.of(voters[i]), Ballot.AGAINST);
        case 'X' -> ballots.put(OwnerId.of(voters[i]), Ballot.ABSTAIN);
        default -> { }
      }
    }
    return ballots;
  }

  private static Owner owner(String id, String shares, int lots) {
    return new Owner(OwnerId.of(id), new BigDecimal(shares), lots, true);
  }

  /** A first session where 2 of 4 owners came: no quorum, so nothing is deliberated. */
  static AssemblyRecord withoutQuorum() {
    return new AssemblyRecord(
        TILLEULS_ORG,
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
            "Budget 2027", PageLanguage.EN)));
  }
}
