/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.documents;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.koprogo.domain.assembly.Attendance;
import org.koprogo.domain.assembly.Ballot;
import org.koprogo.domain.assembly.BelgianCoOwnershipRules;
import org.koprogo.domain.assembly.DecisionType;
import org.koprogo.domain.assembly.HolderId;
import org.koprogo.domain.assembly.Majority;
import org.koprogo.domain.assembly.Owner;
import org.koprogo.domain.assembly.RequiredMajority;
import org.koprogo.domain.assembly.ResolutionId;
import org.koprogo.domain.assembly.meeting.AgendaItem;
import org.koprogo.domain.assembly.meeting.AssemblyId;
import org.koprogo.domain.assembly.meeting.GeneralAssembly;
import org.koprogo.domain.budget.BudgetLine;
import org.koprogo.domain.budget.CallFrequency;
import org.koprogo.domain.budget.CallsForFunds;
import org.koprogo.domain.budget.YearlyBudget;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.domain.charges.DistributionKey;
import org.koprogo.domain.penalty.Installment;
import org.koprogo.domain.penalty.LatePenaltyPolicy;
import org.koprogo.domain.penalty.Payment;
import org.koprogo.domain.penalty.PenaltyRate;
import org.koprogo.domain.shared.Money;
import org.koprogo.domain.statement.OwnerStatement;

/**
 * The demo co-ownership of the sample host (Résidence Les Tilleuls: 12 owners, 12 lots, 1,000
 * shares, the 2026 assembly with its attendance, proxies and ballots), built with the library as
 * the demo builds it.
 */
public final class DocumentFixtures {
  static final Instant AT = Instant.parse("2026-05-12T18:00:00Z");
  static final LocalDate CONVOKED = LocalDate.of(2026, 4, 20);
  static final LocalDate MEETING = LocalDate.of(2026, 5, 12);

  static final Map<String, String> NAMES = Map.ofEntries(
      Map.entry("o-peeters", "Anne Peeters"), Map.entry("o-janssens", "Bram Janssens"),
      Map.entry("o-maes", "Chloé Maes"), Map.entry("o-jacobs", "David Jacobs"),
      Map.entry("o-mertens", "Eva Mertens"), Map.entry("o-willems", "Farid Willems"),
      Map.entry("o-claes", "Greet Claes"), Map.entry("o-goossens", "Hugo Goossens"),
      Map.entry("o-wouters", "Inès Wouters"), Map.entry("o-dubois", "Jules Dubois"),
      Map.entry("o-lambert", "Karin Lambert"), Map.entry("o-dupont", "Louis Dupont"));

  static final Parties PARTIES = new Parties("Résidence Les Tilleuls",
      "Rue des Tilleuls 12, 1000 Bruxelles", "Syndic Demo SRL", NAMES);

  private DocumentFixtures() {}

  /** Each owner's shares and lots: A1 and P1 are Anne Peeters', C1 is held half and half. */
  static List<Owner> owners() {
    return List.of(
        owner("o-peeters", "115", 2), owner("o-janssens", "90", 1), owner("o-maes", "85", 1),
        owner("o-jacobs", "80", 1), owner("o-mertens", "95", 1), owner("o-willems", "90", 1),
        owner("o-claes", "85", 1), owner("o-goossens", "80", 1), owner("o-wouters", "55", 1),
        owner("o-dubois", "55", 1), owner("o-lambert", "100", 1), owner("o-dupont", "70", 1));
  }

  private static Owner owner(String id, String shares, int lots) {
    return Owner.of(OwnerId.of(id), new BigDecimal(shares)).holdingLots(lots);
  }

  /** The demo assembly, convened on 20 April for 12 May 2026. */
  static GeneralAssembly convened() {
    return GeneralAssembly.draft(AssemblyId.of("ga-2026"), BelgianCoOwnershipRules.standard(), owners(),
            HolderId.of("syndic"))
        .withItem(AgendaItem.bySyndic("accounts-2025", "Approve the 2025 accounts",
            RequiredMajority.of(DecisionType.ORDINARY_ADMINISTRATION)))
        .withItem(AgendaItem.bySyndic("elevator-doors", "Replace the elevator doors",
            RequiredMajority.of(DecisionType.WORKS_ON_COMMON_PARTS)))
        .withItem(AgendaItem.bySyndic("facade", "Paint the facade in another colour",
            RequiredMajority.stated(Majority.FOUR_FIFTHS)))
        .convene(CONVOKED, MEETING, AT);
  }

  /** The demo's attendance: present owners, and proxies (one held by a non-owner). */
  static List<Attendance> attendance() {
    return List.of(
        Attendance.present("o-peeters"), Attendance.present("o-janssens"),
        Attendance.proxy("o-maes", "o-peeters"), Attendance.present("o-mertens"),
        Attendance.proxy("o-willems", "Nora Willems"), Attendance.present("o-claes"),
        Attendance.present("o-wouters"), Attendance.proxy("o-dubois", "o-wouters"),
        Attendance.present("o-lambert"));
  }

  /** The demo assembly held, voted and closed. */
  static GeneralAssembly closed() {
    GeneralAssembly a = convened().open(MEETING, attendance(), AT).startVoting();
    a = a.vote(ResolutionId.of("accounts-2025"), ballots(
        "o-peeters", "FOR", "o-janssens", "FOR", "o-maes", "FOR", "o-mertens", "FOR",
        "o-willems", "ABSTAIN", "o-claes", "FOR", "o-wouters", "FOR", "o-dubois", "FOR",
        "o-lambert", "AGAINST"), Set.of(), AT);
    a = a.vote(ResolutionId.of("elevator-doors"), ballots(
        "o-peeters", "AGAINST", "o-janssens", "AGAINST", "o-maes", "AGAINST", "o-mertens", "FOR",
        "o-willems", "FOR", "o-claes", "FOR", "o-wouters", "FOR", "o-dubois", "FOR",
        "o-lambert", "FOR"), Set.of(), AT);
    a = a.vote(ResolutionId.of("facade"), ballots(
        "o-peeters", "FOR", "o-janssens", "AGAINST", "o-maes", "FOR", "o-mertens", "FOR",
        "o-willems", "FOR", "o-claes", "AGAINST", "o-wouters", "FOR", "o-dubois", "FOR",
        "o-lambert", "FOR"), Set.of(), AT);
    return a.close(AT);
  }

  private static Map<OwnerId, Ballot> ballots(String... ownersAndBallots) {
    Map<OwnerId, Ballot> ballots = new LinkedHashMap<>();
    for (int i = 0; i < ownersAndBallots.length; i += 2) {
      ballots.put(OwnerId.of(ownersAndBallots[i]), Ballot.valueOf(ownersAndBallots[i + 1]));
    }
    return ballots;
  }

  static Money eur(String amount) {
    return Money.parse(amount, Money.EUR);
  }

  /** Louis Dupont's statement on 30 June 2026: two quarterly installments, one payment of 100.00. */
  public static OwnerStatement statement() {
    return OwnerStatement.asOf(LocalDate.of(2026, 6, 30), Money.EUR,
        List.of(Installment.of("q1-2026", LocalDate.of(2026, 1, 1), eur("250.00")),
            Installment.of("q2-2026", LocalDate.of(2026, 4, 1), eur("250.00"))),
        List.of(Payment.of(LocalDate.of(2026, 4, 20), eur("100.00"))),
        LatePenaltyPolicy.simpleInterest(PenaltyRate.fromStatutes(new BigDecimal("8"), "statutes art. 12"),
            Money.EUR));
  }

  /** The 2026 calls for funds of the demo's flats, quarterly, by shares. */
  public static CallsForFunds calls() {
    Map<LotId, BigDecimal> shares = new LinkedHashMap<>();
    String[][] lots = {{"A1", "95"}, {"A2", "90"}, {"A3", "85"}, {"A4", "80"}, {"B1", "95"}, {"B2", "90"},
        {"B3", "85"}, {"B4", "80"}, {"C1", "110"}, {"C2", "100"}, {"C3", "70"}, {"P1", "20"}};
    for (String[] l : lots) {
      shares.put(LotId.of(l[0]), new BigDecimal(l[1]));
    }
    DistributionKey key = new DistributionKey("shares", shares);
    YearlyBudget budget = YearlyBudget.of(LocalDate.of(2026, 1, 1), List.of(
        BudgetLine.workingCapital("insurance, cleaning and upkeep", eur("24000.00"), key),
        BudgetLine.reserve("reserve fund", eur("1300.00"), key)));
    return CallsForFunds.plan(budget, List.copyOf(shares.keySet()), CallFrequency.QUARTERLY);
  }

  /** The account number in the building of who is called for each lot (Anne Peeters has one for A1 and P1). */
  static Map<String, Integer> accounts() {
    Map<String, Integer> accounts = new LinkedHashMap<>();
    int n = 1;
    for (String lot : List.of("A1", "A2", "A3", "A4", "B1", "B2", "B3", "B4", "C1", "C2", "C3")) {
      accounts.put(lot, n++);
    }
    accounts.put("P1", 1);
    return accounts;
  }

  /** Who is called for each lot. */
  static Map<String, String> lotOwners() {
    Map<String, String> owners = new LinkedHashMap<>();
    String[][] lots = {{"A1", "Anne Peeters"}, {"A2", "Bram Janssens"}, {"A3", "Chloé Maes"},
        {"A4", "David Jacobs"}, {"B1", "Eva Mertens"}, {"B2", "Farid Willems"}, {"B3", "Greet Claes"},
        {"B4", "Hugo Goossens"}, {"C1", "Inès Wouters, Jules Dubois"}, {"C2", "Karin Lambert"},
        {"C3", "Louis Dupont"}, {"P1", "Anne Peeters"}};
    for (String[] l : lots) {
      owners.put(l[0], l[1]);
    }
    return owners;
  }
}
