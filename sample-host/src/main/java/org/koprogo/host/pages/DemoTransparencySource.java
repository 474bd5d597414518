/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.pages;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.koprogo.domain.association.CostLine;
import org.koprogo.domain.association.Destination;
import org.koprogo.domain.association.Membership;
import org.koprogo.domain.association.MonthlyPrice;
import org.koprogo.domain.association.Quarter;
import org.koprogo.domain.association.ReservePolicy;
import org.koprogo.domain.association.ResolutionReference;
import org.koprogo.domain.association.SurplusPlan;
import org.koprogo.domain.assembly.Attendance;
import org.koprogo.domain.assembly.Ballot;
import org.koprogo.domain.assembly.BelgianCoOwnershipRules;
import org.koprogo.domain.assembly.DecisionType;
import org.koprogo.domain.assembly.HolderId;
import org.koprogo.domain.assembly.Majority;
import org.koprogo.domain.assembly.OneMemberOneVote;
import org.koprogo.domain.assembly.Owner;
import org.koprogo.domain.assembly.Resolution;
import org.koprogo.domain.assembly.ResolutionId;
import org.koprogo.domain.assembly.Session;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.domain.shared.Money;

/**
 * The demo data of the public pages: the association's year 2025 (members growing from 1,200 to
 * 1,500 co-ownerships at 5.00 EUR a month, real costs by category), the association's assembly
 * of 21 March 2026 that voted the participatory budget and a price decrease, and the ordinary
 * assembly of the building "Résidence Les Tilleuls" (12 lots, 1,000 shares, an absent owner, an
 * indivision represented by proxy).
 *
 * <p>Only inputs: members with their rates, cost lines, the plan, the owners, attendance and
 * ballots. Every total is computed by the library when a page is built.
 */
public final class DemoTransparencySource implements TransparencySource {
  /** The association assembly's id. */
  public static final String ASSOCIATION_ASSEMBLY = "association-2026";
  /** The co-ownership assembly's id. */
  public static final String BUILDING_ASSEMBLY = "tilleuls-2026";

  private static final Money FIVE_EUROS = eur("5.00");

  private final AssociationYear year;
  private final Map<String, AssemblyRecord> assemblies = new LinkedHashMap<>();

  public DemoTransparencySource() {
    List<Membership> yearEnd = roster(1478, 14, 8);
    this.year = new AssociationYear(
        "KoproGo",
        2025,
        MonthlyPrice.initial(FIVE_EUROS, LocalDate.of(2024, 1, 1), ResolutionReference.of("founding-2024")),
        List.of(
            new QuarterRecord(Quarter.of(2025, 1), roster(1184, 10, 6), List.of(
                cost("infrastructure", "540.00"), cost("staff", "3960.00"),
                cost("accounting", "450.00"), cost("insurance", "120.00"))),
            new QuarterRecord(Quarter.of(2025, 2), roster(1302, 12, 6), List.of(
                cost("infrastructure", "585.00"), cost("staff", "3960.00"),
                cost("accounting", "300.00"), cost("insurance", "120.00"))),
            new QuarterRecord(Quarter.of(2025, 3), roster(1390, 13, 7), List.of(
                cost("infrastructure", "610.00"), cost("staff", "4290.00"),
                cost("accounting", "300.00"), cost("insurance", "120.00"))),
            new QuarterRecord(Quarter.of(2025, 4), yearEnd, List.of(
                cost("infrastructure", "655.00"), cost("staff", "4290.00"),
                cost("accounting", "900.00"), cost("insurance", "120.00"),
                cost("infrastructure", "1200.00")))),
        new SurplusPlan(
            List.of(
                Destination.of("solidarity", "30"),
                Destination.of("price_decrease", "25"),
                Destination.of("features", "25"),
                Destination.of("reserve", "15"),
                Destination.of("research", "5")),
            SurplusPlan.DEFAULT_THRESHOLD_PERCENT,
            "price_decrease",
            ReservePolicy.of(eur("2000.00"), 3)),
        ASSOCIATION_ASSEMBLY,
        ResolutionId.of("R2"),
        ResolutionId.of("R3"),
        LocalDate.of(2026, 4, 1),
        List.of(100L, 500L, 1500L, 5000L));
    assemblies.put(ASSOCIATION_ASSEMBLY, associationAssembly(yearEnd));
    assemblies.put(BUILDING_ASSEMBLY, buildingAssembly());
  }

  @Override
  public AssociationYear associationYear() {
    return year;
  }

  @Override
  public Optional<AssemblyRecord> assembly(String id) {
    return Optional.ofNullable(assemblies.get(id));
  }

  /** The ids of the demo assemblies. */
  public Set<String> assemblyIds() {
    return assemblies.keySet();
  }

  /**
   * The association's assembly: every year-end member may vote; members 1 to 180 came, 181 to
   * 220 gave a proxy to member {@code n - 180}.
   */
  private static AssemblyRecord associationAssembly(List<Membership> members) {
    List<Owner> owners = new ArrayList<>();
    for (Membership m : members) {
      owners.add(Owner.member(m.member().value()));
    }
    List<Attendance> attendance = new ArrayList<>();
    for (int n = 1; n <= 220; n++) {
      attendance.add(n <= 180
          ? Attendance.present(memberId(n))
          : Attendance.proxy(memberId(n), memberId(n - 180)));
    }
    return new AssemblyRecord(
        ASSOCIATION_ASSEMBLY,
        "KoproGo",
        LocalDate.of(2026, 3, 21),
        OneMemberOneVote.rules(),
        Session.FIRST,
        owners,
        null,
        attendance,
        List.of(
            new AgendaItem(memberVote("R1", 198, 6), LocalizedText.of(
                "Approbation des comptes 2025",
                "Goedkeuring van de rekeningen 2025",
                "Genehmigung der Jahresrechnung 2025",
                "Approval of the 2025 accounts")),
            new AgendaItem(memberVote("R2", 171, 32), LocalizedText.of(
                "Affectation de l'excédent 2025 (budget participatif)",
                "Bestemming van het overschot 2025 (participatief budget)",
                "Verwendung des Überschusses 2025 (Bürgerhaushalt)",
                "Allocation of the 2025 surplus (participatory budget)")),
            new AgendaItem(memberVote("R3", 189, 21), LocalizedText.of(
                "Baisse du prix mensuel au 1er avril 2026",
                "Verlaging van de maandprijs op 1 april 2026",
                "Senkung des Monatspreises zum 1. April 2026",
                "Lower monthly price from 1 April 2026"))));
  }

  /** Members 1 to 220 vote: the first {@code forVotes} for, then {@code against}, the rest abstain. */
  private static Resolution memberVote(String id, int forVotes, int against) {
    Map<OwnerId, Ballot> ballots = new LinkedHashMap<>();
    for (int n = 1; n <= 220; n++) {
      Ballot b = n <= forVotes ? Ballot.FOR : n <= forVotes + against ? Ballot.AGAINST : Ballot.ABSTAIN;
      ballots.put(OwnerId.of(memberId(n)), b);
    }
    return Resolution.of(id, Majority.ABSOLUTE, ballots);
  }

  /**
   * Résidence Les Tilleuls, 12 lots and 1,000 shares over 10 owners (two hold two lots; lot 3 is
   * held in indivision). First session; owner 7 is absent; owner 3 gave a proxy to owner 1, owner
   * 5 to a relative who is not an owner, owner 9 to owner 8.
   */
  private static AssemblyRecord buildingAssembly() {
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
    return new AssemblyRecord(
        BUILDING_ASSEMBLY,
        "Résidence Les Tilleuls",
        LocalDate.of(2026, 5, 12),
        BelgianCoOwnershipRules.standard(),
        Session.FIRST,
        owners,
        HolderId.of("syndic-immo"),
        attendance,
        List.of(
            new AgendaItem(Resolution.of("R1", DecisionType.ORDINARY_ADMINISTRATION,
                ballots("FAFFXFFFF")), LocalizedText.of(
                    "Approbation des comptes 2025 et décharge au syndic",
                    "Goedkeuring van de rekeningen 2025 en kwijting aan de syndicus",
                    "Genehmigung der Jahresrechnung 2025 und Entlastung des Verwalters",
                    "Approval of the 2025 accounts and discharge of the syndic")),
            new AgendaItem(Resolution.of("R2", DecisionType.WORKS_ON_COMMON_PARTS,
                ballots("FAFFXAFFF")), LocalizedText.of(
                    "Rénovation de la façade avant",
                    "Renovatie van de voorgevel",
                    "Renovierung der Vorderfassade",
                    "Renovation of the front facade")),
            new AgendaItem(Resolution.of("R3", DecisionType.CHANGE_OF_CHARGES_DISTRIBUTION,
                ballots("FAFFXAFFA")), LocalizedText.of(
                    "Répartition des frais d'ascenseur selon l'étage",
                    "Verdeling van de liftkosten volgens de verdieping",
                    "Verteilung der Aufzugskosten nach Stockwerk",
                    "Lift costs shared by floor")),
            new AgendaItem(Resolution.of("R4", DecisionType.CHANGE_OF_SHARES,
                ballots("FFFFFFFFF")), LocalizedText.of(
                    "Nouvelle répartition des quotes-parts après la fusion des lots 11 et 12",
                    "Nieuwe verdeling van de aandelen na de samenvoeging van kavels 11 en 12",
                    "Neue Verteilung der Anteile nach der Zusammenlegung der Lose 11 und 12",
                    "New distribution of the shares after merging lots 11 and 12")),
            new AgendaItem(Resolution.of("R5", DecisionType.ORDINARY_ADMINISTRATION,
                ballots("FFF-XFFAF")).excluding(Set.of(OwnerId.of("owner-04"))),
                LocalizedText.of(
                    "Contrat d'entretien des jardins avec l'entreprise d'un copropriétaire",
                    "Onderhoudscontract voor de tuinen met het bedrijf van een mede-eigenaar",
                    "Gartenpflegevertrag mit dem Unternehmen eines Miteigentümers",
                    "Garden maintenance contract with a co-owner's company"))));
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

  /** {@code standard} members at the full price, then contributors, then maintainers. */
  private static List<Membership> roster(int standard, int contributors, int maintainers) {
    List<Membership> roster = new ArrayList<>();
    int n = 0;
    for (int i = 0; i < standard; i++) {
      roster.add(Membership.standard(memberId(++n)));
    }
    for (int i = 0; i < contributors; i++) {
      roster.add(Membership.contributor(memberId(++n)));
    }
    for (int i = 0; i < maintainers; i++) {
      roster.add(Membership.maintainer(memberId(++n)));
    }
    return roster;
  }

  private static String memberId(int n) {
    return String.format("m%04d", n);
  }

  private static CostLine cost(String label, String amount) {
    return CostLine.of(label, eur(amount));
  }

  private static Money eur(String amount) {
    return Money.parse(amount, Money.EUR);
  }
}
