/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.demo;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.koprogo.host.security.Accounts;
import org.koprogo.host.security.Accounts.Account;
import org.koprogo.host.security.Argon2idPasswords;
import org.koprogo.host.security.Roles;
import org.koprogo.ports.in.assembly.DraftGeneralAssembly;
import org.koprogo.ports.in.assembly.KeepAssemblyMinutes;
import org.koprogo.ports.in.assembly.RunGeneralAssembly;
import org.koprogo.ports.application.UseCases;
import org.koprogo.ports.in.ChangeMemberStatus;
import org.koprogo.ports.in.DistributeExpense;
import org.koprogo.ports.in.KeepBooks;
import org.koprogo.ports.in.RegisterOrganisation;
import org.koprogo.ports.in.association.AllocateSurplus;
import org.koprogo.ports.in.association.KeepAssociationBooks;
import org.koprogo.ports.in.association.KeepMonthlyPrice;
import org.koprogo.ports.in.coop.ManageCoopGroups;
import org.koprogo.ports.in.coop.RunAllocationRounds;
import org.koprogo.ports.in.coop.RunCoopProject;
import org.koprogo.ports.in.statement.RecordOwnerPayment;
import org.koprogo.ports.in.DistributeExpense.KeyPart;
import org.koprogo.ports.in.RecordContribution;
import org.koprogo.ports.in.RegisterBuilding;
import org.koprogo.ports.in.RegisterBuilding.LotLine;
import org.koprogo.ports.in.RegisterBuilding.OwnerLine;
import org.koprogo.ports.in.RegisterBuilding.OwnershipLine;
import org.koprogo.ports.in.RegisterMember;
import org.koprogo.ports.out.Member;
import org.koprogo.ports.out.Organisation;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.OutPorts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo, loaded at first start so that the README's curl examples work at once: a
 * co-ownership ({@value #TILLEULS}: a building of 12 lots with shares, a lot in indivision,
 * expenses with special keys, an assembly with attendance and proxies, two years of double-entry
 * books with quarterly calls for funds and 2025 closed, a commitment in the register of art. 3.94
 * §2: {@link DemoBooks}) and a housing cooperative
 * ({@value #CAILLES}: members with ranks and a contribution ledger), the association whose books
 * the transparency page publishes ({@link DemoAssociation}), plus their accounts. All of it goes
 * through the library's use cases ({@link DemoUseCases}), as an embedder would seed it. Every
 * demo account has the password {@code koprogo.demo.password}. People and places are fictional.
 * Switched off with {@code KOPROGO_DEMO=false}; the prod environment refuses it.
 */
@Context
@Requires(property = "koprogo.demo.enabled", value = "true", defaultValue = "true")
public final class DemoData {
  /** The demo co-ownership. */
  public static final String TILLEULS = "demo-tilleuls";
  /** The demo housing cooperative. */
  public static final String CAILLES = "demo-cailles";
  /** The demo building. */
  public static final String BUILDING = "residence-tilleuls";
  /** The demo assembly. */
  public static final String ASSEMBLY = "ga-2026";
  /** The demo association (its books are on the transparency page). */
  public static final String ASSOCIATION = DemoAssociation.ORGANISATION;

  private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
  private static final String ACTOR = "demo-loader";

  DemoData(Accounts accounts, Argon2idPasswords passwords, OutPorts ports, UseCases useCases,
      RegisterBuilding registerBuilding, DistributeExpense distributeExpense, RecordOwnerPayment payments,
      RegisterMember registerMember, RecordContribution contributions, KeepAssemblyMinutes minutes,
      DraftGeneralAssembly drafts, RunGeneralAssembly meetings, KeepBooks buildingBooks,
      ManageCoopGroups groups, RunCoopProject projects, RunAllocationRounds rounds,
      KeepAssociationBooks associationBooks, KeepMonthlyPrice prices, AllocateSurplus surplus,
      org.koprogo.ports.in.KeepCommitments commitments,
      @Value("${koprogo.demo.password:koprogo-demo}") String password) {
    DemoUseCases uses = new DemoUseCases(useCases.registerOrganisation(), registerBuilding, distributeExpense,
        payments, buildingBooks, drafts, meetings, registerMember, useCases.changeMemberStatus(), contributions,
        groups, projects, rounds, associationBooks, prices, useCases.registerConvenedAssembly(), minutes, surplus);
    if (ports.organisations().find(OrganisationId.of(TILLEULS)).isEmpty()) {
      uses.organisations().register(new RegisterOrganisation.Command(TILLEULS,
          "ACP Résidence Les Tilleuls", Organisation.Kind.CO_OWNERSHIP));
      coOwnership(uses);
      DemoBooks.load(buildingBooks, useCases.keepBuildingBudgets());
      DemoBooks.commitments(commitments);
      payments.record(new RecordOwnerPayment.Payment(TILLEULS, "o-dupont", "pay-o-dupont-2026-04",
          LocalDate.of(2026, 4, 20), "100.00", "demo transfer", ACTOR));
      LOG.info("demo: co-ownership {} loaded", TILLEULS);
    }
    if (ports.organisations().find(OrganisationId.of(CAILLES)).isEmpty()) {
      uses.organisations().register(new RegisterOrganisation.Command(CAILLES,
          "Coopérative d'habitat Les Cailles", Organisation.Kind.HOUSING_COOPERATIVE));
      cooperative(uses);
      DemoCooperativeGroup.load(groups, projects, rounds);
      LOG.info("demo: housing cooperative {} loaded", CAILLES);
    }
    if (ports.organisations().find(OrganisationId.of(ASSOCIATION)).isEmpty()) {
      DemoAssociation.load(uses);
      LOG.info("demo: association {} loaded", ASSOCIATION);
    }
    int added = 0;
    for (DemoAccount d : ACCOUNTS) {
      if (accounts.find(d.username()).isEmpty()) {
        accounts.add(new Account(d.username(), passwords.hash(password), d.organisation(),
            List.of(d.role()), d.subject(), true));
        added++;
      }
    }
    if (added > 0) {
      LOG.info("demo: {} account(s) created, password '{}' (demo only)", added, password);
    }
  }

  private static void coOwnership(DemoUseCases uses) {
    RegisterBuilding registerBuilding = uses.buildings();
    DistributeExpense distributeExpense = uses.expenses();
    List<OwnerLine> owners = List.of(
        owner("o-peeters", "Anne Peeters"), owner("o-janssens", "Bram Janssens"),
        owner("o-maes", "Chloé Maes"), owner("o-jacobs", "David Jacobs"),
        owner("o-mertens", "Eva Mertens"), owner("o-willems", "Farid Willems"),
        owner("o-claes", "Greet Claes"), owner("o-goossens", "Hugo Goossens"),
        owner("o-wouters", "Inès Wouters"), owner("o-dubois", "Jules Dubois"),
        owner("o-lambert", "Karin Lambert"), owner("o-dupont", "Louis Dupont"));
    List<LotLine> lots = List.of(
        lot("A1", "Flat A1, ground floor", "95", "o-peeters"),
        lot("A2", "Flat A2, ground floor", "90", "o-janssens"),
        lot("A3", "Flat A3, first floor", "85", "o-maes"),
        lot("A4", "Flat A4, first floor", "80", "o-jacobs"),
        lot("B1", "Flat B1, second floor", "95", "o-mertens"),
        lot("B2", "Flat B2, second floor", "90", "o-willems"),
        lot("B3", "Flat B3, third floor", "85", "o-claes"),
        lot("B4", "Flat B4, third floor", "80", "o-goossens"),
        new LotLine("C1", "Flat C1, fourth floor (in indivision)", new BigDecimal("110"),
            List.of(new OwnershipLine("o-wouters", "1/2"), new OwnershipLine("o-dubois", "1/2"))),
        lot("C2", "Flat C2, fourth floor", "100", "o-lambert"),
        lot("C3", "Flat C3, attic", "70", "o-dupont"),
        lot("P1", "Parking space P1", "20", "o-peeters"));
    registerBuilding.register(new RegisterBuilding.Command(TILLEULS, BUILDING,
        "Résidence Les Tilleuls", "Rue des Tilleuls 12, 1000 Bruxelles", new BigDecimal("1000"),
        "EUR", lots, owners, ACTOR));

    distributeExpense.distribute(new DistributeExpense.Command(TILLEULS, BUILDING, "roof-2026",
        "Roof repair", "4200.00", LocalDate.of(2026, 3, 2), List.of(), ACTOR));
    Map<String, BigDecimal> elevator = new LinkedHashMap<>();
    for (String l : List.of("B1", "B2", "B3", "B4")) {
      elevator.put(l, BigDecimal.ONE);
    }
    for (String l : List.of("C1", "C2", "C3")) {
      elevator.put(l, new BigDecimal("2"));
    }
    distributeExpense.distribute(new DistributeExpense.Command(TILLEULS, BUILDING,
        "elevator-2026-q1", "Elevator maintenance 2026-Q1", "1250.00", LocalDate.of(2026, 3, 31),
        List.of(new KeyPart("elevator (upper floors)", BigDecimal.ONE, elevator)), ACTOR));
    Map<String, BigDecimal> shares = new LinkedHashMap<>();
    Map<String, BigDecimal> meters = new LinkedHashMap<>();
    String[][] flats = {{"A1", "95", "12.4"}, {"A2", "90", "10.1"}, {"A3", "85", "9.8"},
        {"A4", "80", "8.2"}, {"B1", "95", "11.7"}, {"B2", "90", "9.9"}, {"B3", "85", "10.3"},
        {"B4", "80", "7.6"}, {"C1", "110", "14.2"}, {"C2", "100", "12.5"}, {"C3", "70", "6.05"}};
    for (String[] f : flats) {
      shares.put(f[0], new BigDecimal(f[1]));
      meters.put(f[0], new BigDecimal(f[2]));
    }
    distributeExpense.distribute(new DistributeExpense.Command(TILLEULS, BUILDING,
        "heating-2026-q1", "Heating 2026-Q1", "3000.00", LocalDate.of(2026, 3, 31),
        List.of(new KeyPart("shares", new BigDecimal("30"), shares),
            new KeyPart("meter readings", new BigDecimal("70"), meters)), ACTOR));
    distributeExpense.distribute(new DistributeExpense.Command(TILLEULS, BUILDING,
        "insurance-refund-2026", "Insurance refund (credit note)", "-180.00",
        LocalDate.of(2026, 4, 15), List.of(), ACTOR));

    DemoAssembly.run(uses.drafts(), uses.meetings(), TILLEULS, BUILDING, ASSEMBLY, "demo");
  }

  /** Who attended the demo assembly: present owners, and proxies (one held by a non-owner). */
  public static final List<Map<String, Object>> ATTENDANCE = List.of(
      Map.of("owner", "o-peeters", "mode", "PRESENT"),
      Map.of("owner", "o-janssens", "mode", "PRESENT"),
      Map.of("owner", "o-maes", "mode", "PROXY", "holder", "o-peeters"),
      Map.of("owner", "o-mertens", "mode", "PRESENT"),
      Map.of("owner", "o-willems", "mode", "PROXY", "holder", "Nora Willems"),
      Map.of("owner", "o-claes", "mode", "PRESENT"),
      Map.of("owner", "o-wouters", "mode", "PRESENT"),
      Map.of("owner", "o-dubois", "mode", "PROXY", "holder", "o-wouters"),
      Map.of("owner", "o-lambert", "mode", "PRESENT"));

  /** How they voted. */
  public static final Map<String, Map<String, Object>> BALLOTS = Map.of(
      "accounts-2025", Map.of("o-peeters", "FOR", "o-janssens", "FOR", "o-maes", "FOR",
          "o-mertens", "FOR", "o-willems", "ABSTAIN", "o-claes", "FOR", "o-wouters", "FOR",
          "o-dubois", "FOR", "o-lambert", "AGAINST"),
      "elevator-doors", Map.of("o-peeters", "AGAINST", "o-janssens", "AGAINST", "o-maes", "AGAINST",
          "o-mertens", "FOR", "o-willems", "FOR", "o-claes", "FOR", "o-wouters", "FOR",
          "o-dubois", "FOR", "o-lambert", "FOR"),
      "facade", Map.of("o-peeters", "FOR", "o-janssens", "AGAINST", "o-maes", "FOR",
          "o-mertens", "FOR", "o-willems", "FOR", "o-claes", "AGAINST", "o-wouters", "FOR",
          "o-dubois", "FOR", "o-lambert", "FOR"));

  private static void cooperative(DemoUseCases uses) {
    RegisterMember registerMember = uses.members();
    RecordContribution contributions = uses.contributions();
    String[][] members = {{"m-amrani", "Yasmina Amrani", "1"}, {"m-bertrand", "Paul Bertrand", "2"},
        {"m-costa", "Rita Costa", "3"}, {"m-devos", "Tom De Vos", "4"},
        {"m-evrard", "Lise Evrard", "5"}, {"m-fontaine", "Noah Fontaine", "0"}};
    for (String[] m : members) {
      registerMember.register(new RegisterMember.Command(CAILLES, m[0], m[1],
          m[0].substring(2) + "@example.org", "", "", Integer.parseInt(m[2]),
          LocalDate.of(2025, 9, 1), ACTOR));
      if (!"0".equals(m[2])) {
        uses.memberStatuses().change(new ChangeMemberStatus.Command(CAILLES, m[0], Member.Status.ACTIVE, null,
            ACTOR));
      }
    }
    List<String> months = List.of("2026-01", "2026-02", "2026-03");
    for (String[] m : members) {
      if ("0".equals(m[2])) {
        continue;
      }
      for (String month : months) {
        contributions.due(new RecordContribution.Entry(CAILLES, m[0], "due-" + m[0] + "-" + month,
            "250.00", "EUR", LocalDate.parse(month + "-01"), "due:" + m[0] + ":" + month,
            "monthly contribution " + month, ACTOR));
      }
    }
    List<String> paid = new ArrayList<>(List.of("m-amrani", "m-bertrand", "m-costa"));
    for (String member : paid) {
      for (String month : months) {
        String id = "pay-" + member + "-" + month;
        contributions.declarePayment(new RecordContribution.Entry(CAILLES, member, id, "250.00",
            "EUR", LocalDate.parse(month + "-05"), "pay:" + member + ":" + month,
            "transfer " + month, ACTOR));
        contributions.confirm(new RecordContribution.Resolution(CAILLES, id, "ok-" + id,
            "bank statement " + month, ACTOR));
      }
    }
    contributions.declarePayment(new RecordContribution.Entry(CAILLES, "m-devos",
        "pay-m-devos-2026-01", "250.00", "EUR", LocalDate.of(2026, 1, 7), "pay:m-devos:2026-01",
        "transfer 2026-01", ACTOR));
    contributions.declarePayment(new RecordContribution.Entry(CAILLES, "m-evrard",
        "pay-m-evrard-2026-01", "250.00", "EUR", LocalDate.of(2026, 1, 9), "pay:m-evrard:2026-01",
        "transfer 2026-01", ACTOR));
    contributions.reject(new RecordContribution.Resolution(CAILLES, "pay-m-evrard-2026-01",
        "ko-pay-m-evrard-2026-01", "not found on the bank account", ACTOR));
  }

  private static OwnerLine owner(String id, String name) {
    String local = id.substring(2);
    return new OwnerLine(id, name, local + "@example.org", "", "Rue des Tilleuls 12, 1000 Bruxelles");
  }

  private static LotLine lot(String id, String label, String shares, String owner) {
    return new LotLine(id, label, new BigDecimal(shares), List.of(new OwnershipLine(owner, "1")));
  }

  private record DemoAccount(String username, String organisation, String role, String subject) {}

  private static final List<DemoAccount> ACCOUNTS =
      List.of(
          new DemoAccount("admin@tilleuls", TILLEULS, Roles.ORG_ADMIN, null),
          new DemoAccount("syndic@tilleuls", TILLEULS, Roles.SYNDIC, null),
          new DemoAccount("council@tilleuls", TILLEULS, Roles.COUNCIL_MEMBER, null),
          new DemoAccount("owner@tilleuls", TILLEULS, Roles.OWNER, "o-dupont"),
          new DemoAccount("auditor@tilleuls", TILLEULS, Roles.AUDITOR, null),
          new DemoAccount("admin@cailles", CAILLES, Roles.ORG_ADMIN, null),
          new DemoAccount("manager@cailles", CAILLES, Roles.COOP_MANAGER, null),
          new DemoAccount("member@cailles", CAILLES, Roles.COOP_MEMBER, "m-devos"),
          new DemoAccount("auditor@cailles", CAILLES, Roles.AUDITOR, null),
          new DemoAccount("admin@koprogo", ASSOCIATION, Roles.ORG_ADMIN, null));
}
