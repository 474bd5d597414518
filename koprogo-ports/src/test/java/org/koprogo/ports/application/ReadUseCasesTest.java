/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.koprogo.ports.application.UseCaseFixtures.ORG;
import static org.koprogo.ports.contract.PortsFixtures.ACME;
import static org.koprogo.ports.contract.PortsFixtures.OTHER;
import static org.koprogo.ports.contract.PortsFixtures.assertRefused;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.ports.contract.PortsFixtures;
import org.koprogo.ports.in.ChangeLotOwnership;
import org.koprogo.ports.in.ChangeOwnerDetails;
import org.koprogo.ports.in.RecordContribution;
import org.koprogo.ports.in.RegisterBuilding;
import org.koprogo.ports.in.RegisterMember;
import org.koprogo.ports.in.RegisterOwner;
import org.koprogo.ports.in.query.KeepDeadLetters;
import org.koprogo.ports.in.query.ReadDocumentParties;
import org.koprogo.ports.in.query.ReadMemberLedger;
import org.koprogo.ports.memory.MemoryDatabase;
import org.koprogo.ports.out.Lot;
import org.koprogo.ports.out.Outbox;
import org.koprogo.ports.out.OutboxMessageId;

/** The read use cases of {@code ports.in.query}, and the writes that answer with what they stored. */
class ReadUseCasesTest {
  private final MemoryDatabase store = UseCaseFixtures.store();
  private final UseCases useCases = UseCaseFixtures.useCases(store);

  ReadUseCasesTest() {
    store.organisations().add(PortsFixtures.organisation(ACME));
    store.organisations().add(PortsFixtures.organisation(OTHER));
    useCases.registerBuilding().register(UseCaseFixtures.threeLots());
  }

  @Test
  void readsTheRegisterOfTheCallersOrganisationOnly() {
    assertThat(useCases.readOrganisation().organisation(ORG).id()).isEqualTo(ACME);
    assertThat(useCases.readBuildings().buildings(ORG)).extracting(b -> b.id().value()).containsExactly("B1");
    assertThat(useCases.readBuildings().buildings(OTHER.value())).isEmpty();
    assertThat(useCases.listLots().ofBuilding(ORG, "B1")).extracting(l -> l.id().value())
        .containsExactly("A1", "A2", "A3");
    assertThat(useCases.listLots().ofOwner(ORG, "O2")).extracting(l -> l.id().value()).containsExactly("A1", "A2");
    assertThat(useCases.readOwners().owner(ORG, "O1").details().name()).isEqualTo("Anne Peeters");
    assertThat(useCases.readOwners().owners(ORG)).hasSize(2);

    assertRefused(() -> useCases.readBuildings().building(OTHER.value(), "B1"), ErrorCode.NOT_FOUND);
    assertRefused(() -> useCases.listLots().lot(OTHER.value(), "A1"), ErrorCode.NOT_FOUND);
    assertRefused(() -> useCases.listLots().ofBuilding(OTHER.value(), "B1"), ErrorCode.NOT_FOUND);
    assertRefused(() -> useCases.listLots().ofOwner(ORG, "O9"), ErrorCode.NOT_FOUND);
    assertRefused(() -> useCases.readExpenses().expenses(ORG, "B9"), ErrorCode.NOT_FOUND);
    assertRefused(() -> useCases.readOrganisation().organisation("org-none"), ErrorCode.NOT_FOUND);
  }

  @Test
  void aBuildingWithoutLotsListsNoneWhileAnUnknownOneIsNotFound() {
    store.buildings().add(PortsFixtures.building(ACME, "B2"));

    List<Lot> none = useCases.listLots().ofBuilding(ORG, "B2");

    assertThat(none).isEmpty();
    assertRefused(() -> useCases.listLots().ofBuilding(ORG, "B9"), ErrorCode.NOT_FOUND);
  }

  @Test
  void aBuildingsAssembliesArePagedWithinBoundsNamingTheParameter() {
    assertThat(useCases.readBuildings().assemblies(ORG, "B1", null, null)).isEmpty();
    assertField(() -> useCases.readBuildings().assemblies(ORG, "B1", 0, null), "limit");
    assertField(() -> useCases.readBuildings().assemblies(ORG, "B1", 1001, null), "limit");
    assertField(() -> useCases.readBuildings().assemblies(ORG, "B1", 10, " "), "after");
    assertField(() -> useCases.readBuildings().assemblies(ORG, "B1", 10, "x".repeat(101)), "after");
    assertRefused(() -> useCases.readBuildings().assemblies(ORG, "B9", 10, null), ErrorCode.NOT_FOUND);
  }

  @Test
  void theOrganisationsListsArePagedByIdWithinBoundsNamingTheParameter() {
    for (String id : List.of("M3", "M1", "M2")) {
      useCases.registerMember().register(UseCaseFixtures.member(id, Integer.parseInt(id.substring(1))));
    }
    store.buildings().add(PortsFixtures.building(ACME, "B0"));
    store.buildings().add(PortsFixtures.building(OTHER, "B2"));

    List<String> owners = useCases.readOwners().owners(ORG, 1, null).stream().map(o -> o.id().value()).toList();
    List<String> nextOwners = useCases.readOwners().owners(ORG, 1, "O1").stream().map(o -> o.id().value()).toList();
    List<String> members = useCases.readMembers().members(ORG, 2, "M1").stream().map(m -> m.id().value()).toList();
    List<String> buildings = useCases.readBuildings().buildings(ORG, null, null).stream()
        .map(b -> b.id().value()).toList();

    assertThat(owners).containsExactly("O1");
    assertThat(nextOwners).containsExactly("O2");
    assertThat(useCases.readOwners().owners(ORG, 1000, "O2")).isEmpty();
    assertThat(members).containsExactly("M2", "M3");
    assertThat(buildings).containsExactly("B0", "B1");
    assertThat(useCases.readBuildings().buildings(OTHER.value(), 1, "B0")).extracting(b -> b.id().value())
        .containsExactly("B2");
    for (String list : List.of("owners", "members", "buildings")) {
      java.util.function.BiFunction<Integer, String, List<?>> read = switch (list) {
        case "owners" -> (n, after) -> useCases.readOwners().owners(ORG, n, after);
        case "members" -> (n, after) -> useCases.readMembers().members(ORG, n, after);
        default -> (n, after) -> useCases.readBuildings().buildings(ORG, n, after);
      };
      assertField(() -> read.apply(0, null), "limit");
      assertField(() -> read.apply(1001, null), "limit");
      assertField(() -> read.apply(10, " "), "after");
      assertField(() -> read.apply(10, "x".repeat(101)), "after");
    }
  }

  @Test
  void aBuildingsExpensesArePagedByDateWithinBoundsNamingTheParameter() {
    for (String id : List.of("E2", "E1", "E3")) {
      useCases.distributeExpense().distribute(new org.koprogo.ports.in.DistributeExpense.Command(ORG, "B1", id,
          "Cleaning " + id, "30.00", LocalDate.parse("2026-03-0" + (id.equals("E3") ? 1 : 2)), List.of(),
          "syndic-1"));
    }

    List<String> first = useCases.readExpenses().expenses(ORG, "B1", 2, null).stream()
        .map(e -> e.id().value()).toList();
    List<String> second = useCases.readExpenses().expenses(ORG, "B1", 2, first.get(1)).stream()
        .map(e -> e.id().value()).toList();

    assertThat(first).containsExactly("E3", "E1");
    assertThat(second).containsExactly("E2");
    assertThat(useCases.readExpenses().expenses(ORG, "B1", null, null))
        .isEqualTo(useCases.readExpenses().expenses(ORG, "B1"));
    assertField(() -> useCases.readExpenses().expenses(ORG, "B1", 0, null), "limit");
    assertField(() -> useCases.readExpenses().expenses(ORG, "B1", 1001, null), "limit");
    assertField(() -> useCases.readExpenses().expenses(ORG, "B1", 10, ""), "after");
    assertRefused(() -> useCases.readExpenses().expenses(ORG, "B9", 10, null), ErrorCode.NOT_FOUND);
    assertRefused(() -> useCases.readExpenses().expenses(OTHER.value(), "B1", 10, null), ErrorCode.NOT_FOUND);
  }

  @Test
  void aLedgerPageCarriesTheBalanceAndTheNextCursor() {
    useCases.registerMember().register(UseCaseFixtures.member("M1", 1));
    RecordContribution ledger = useCases.recordContribution();
    ledger.due(new RecordContribution.Entry(ORG, "M1", "D1", "250.00", "EUR", LocalDate.parse("2026-01-31"),
        "d1", "2026-01", "manager"));
    ledger.declarePayment(UseCaseFixtures.payment("P1", "100.00", "k1"));
    ledger.confirm(UseCaseFixtures.resolution("P1", "C1"));
    ledger.declarePayment(UseCaseFixtures.payment("P2", "40.00", "k2"));

    ReadMemberLedger.LedgerPage first = useCases.readMemberLedger().page(ORG, "M1", 2, null);
    ReadMemberLedger.LedgerPage last = useCases.readMemberLedger().page(ORG, "M1", 2, first.next());

    assertThat(first.balance().toPlainString()).isEqualTo("150.00");
    assertThat(first.currency().getCurrencyCode()).isEqualTo("EUR");
    assertThat(first.entries()).extracting(e -> e.id().value()).containsExactly("D1", "P1");
    assertThat(first.next()).isEqualTo("P1");
    assertThat(last.entries()).extracting(e -> e.id().value()).containsExactly("C1", "P2");
    assertThat(last.next()).isNull();
    assertThat(useCases.readMemberLedger().entry(ORG, "C1").resolves().value()).isEqualTo("P1");
    assertRefused(() -> useCases.readMemberLedger().entry(OTHER.value(), "C1"), ErrorCode.NOT_FOUND);
    assertField(() -> useCases.readMemberLedger().page(ORG, "M1", 1001, null), "limit");
    assertField(() -> useCases.readMemberLedger().page(ORG, "M1", null, ""), "after");
  }

  @Test
  void aMemberWithoutEntriesOwesNothingInEuro() {
    useCases.registerMember().register(UseCaseFixtures.member("M2", 2));

    ReadMemberLedger.LedgerPage page = useCases.readMemberLedger().page(ORG, "M2", null, null);

    assertThat(page.balance().toPlainString()).isEqualTo("0.00");
    assertThat(page.entries()).isEmpty();
    assertThat(page.next()).isNull();
    assertRefused(() -> useCases.readMemberLedger().page(OTHER.value(), "M2", null, null), ErrorCode.NOT_FOUND);
  }

  @Test
  void writesAnswerWithWhatTheyStored() {
    RegisterMember.Registered member = useCases.registerMember().register(UseCaseFixtures.member("M3", 3));
    RegisterOwner.Registered owner = useCases.registerOwner().register(new RegisterOwner.Command(ORG,
        new RegisterBuilding.OwnerLine("O3", "Chloé Martin", "", "", ""), "syndic-1"));
    ChangeOwnerDetails.Changed changed = useCases.changeOwnerDetails().change(new ChangeOwnerDetails.Command(ORG,
        owner.version(), new RegisterBuilding.OwnerLine("O3", "Chloé Martin-Dubois", "", "", ""), "syndic-1"));
    Lot a3 = useCases.listLots().lot(ORG, "A3");
    ChangeLotOwnership.Changed lot = useCases.changeLotOwnership().change(new ChangeLotOwnership.Command(ORG, "A3",
        a3.version(), List.of(new RegisterBuilding.OwnershipLine("O3", "1")), "syndic-1"));

    assertThat(member.stored()).isEqualTo(useCases.readMembers().member(ORG, "M3"));
    assertThat(owner.stored().version()).isEqualTo(1);
    assertThat(changed.stored()).isEqualTo(useCases.readOwners().owner(ORG, "O3"));
    assertThat(changed.stored().details().name()).isEqualTo("Chloé Martin-Dubois");
    assertThat(lot.stored()).isEqualTo(useCases.listLots().lot(ORG, "A3"));
    assertThat(lot.stored().version()).isEqualTo(a3.version() + 1);
  }

  @Test
  void theLotsOfABuildingOrAnOwnerArePagedByIdWithinBoundsNamingTheParameter() {
    store.buildings().add(PortsFixtures.building(ACME, "B2"));

    List<String> first = useCases.listLots().ofBuilding(ORG, "B1", 2, null).stream().map(l -> l.id().value()).toList();
    List<String> rest = useCases.listLots().ofBuilding(ORG, "B1", 2, "A2").stream().map(l -> l.id().value()).toList();
    List<String> ofOwner = useCases.listLots().ofOwner(ORG, "O2", 1, "A1").stream().map(l -> l.id().value()).toList();

    assertThat(first).containsExactly("A1", "A2");
    assertThat(rest).containsExactly("A3");
    assertThat(ofOwner).containsExactly("A2");
    assertThat(useCases.listLots().ofBuilding(ORG, "B1", null, null)).isEqualTo(useCases.listLots().ofBuilding(ORG, "B1"));
    assertThat(useCases.listLots().ofOwner(ORG, "O2", null, null)).isEqualTo(useCases.listLots().ofOwner(ORG, "O2"));
    assertThat(useCases.listLots().ofBuilding(ORG, "B2", 10, null)).isEmpty();
    assertThat(useCases.listLots().ofBuilding(ORG, "B1", 10, "A3")).isEmpty();
    assertRefused(() -> useCases.listLots().ofBuilding(ORG, "B9", 10, null), ErrorCode.NOT_FOUND);
    assertRefused(() -> useCases.listLots().ofBuilding(OTHER.value(), "B1", 10, null), ErrorCode.NOT_FOUND);
    assertRefused(() -> useCases.listLots().ofOwner(ORG, "O9", 10, null), ErrorCode.NOT_FOUND);
    assertField(() -> useCases.listLots().ofBuilding(ORG, "B1", 0, null), "limit");
    assertField(() -> useCases.listLots().ofOwner(ORG, "O2", 1001, null), "limit");
    assertField(() -> useCases.listLots().ofBuilding(ORG, "B1", 10, " "), "after");
    assertField(() -> useCases.listLots().ofOwner(ORG, "O2", 10, "x".repeat(101)), "after");
  }

  @Test
  void theOrganisationsAssembliesArePagedByIdWithinBoundsNamingTheParameter() {
    for (String id : List.of("GA3", "GA1", "GA2")) {
      store.assemblies().add(PortsFixtures.assembly(ACME, id, "B1"));
    }
    store.assemblies().add(PortsFixtures.assembly(OTHER, "GA0", "B1"));
    org.koprogo.ports.in.assembly.KeepAssemblyMinutes minutes = useCases.keepAssemblyMinutes();

    List<String> first = minutes.assemblies(ORG, 2, null).stream().map(a -> a.id().value()).toList();
    List<String> rest = minutes.assemblies(ORG, 2, "GA2").stream().map(a -> a.id().value()).toList();

    assertThat(first).containsExactly("GA1", "GA2");
    assertThat(rest).containsExactly("GA3");
    assertThat(minutes.assemblies(ORG, null, null)).isEqualTo(minutes.assemblies(ORG));
    assertField(() -> minutes.assemblies(ORG, 0, null), "limit");
    assertField(() -> minutes.assemblies(ORG, 1001, null), "limit");
    assertField(() -> minutes.assemblies(ORG, 10, ""), "after");
  }

  @Test
  void deadLettersArePagedOldestFirstWithinBoundsNamingTheParameter() {
    for (String entity : List.of("e1", "e2", "e3")) {
      store.outbox().enqueue(PortsFixtures.message(ACME, entity, "x"));
    }
    for (Outbox.Message m : store.outbox().claim("w1", 10, Duration.ofMinutes(1))) {
      store.outbox().deadLetter(m.lease(), "invalid number");
    }
    KeepDeadLetters letters = useCases.keepDeadLetters();
    List<KeepDeadLetters.DeadLetter> whole = letters.deadLetters(ORG, null);

    List<KeepDeadLetters.DeadLetter> first = letters.deadLetters(ORG, 2, null);
    List<KeepDeadLetters.DeadLetter> rest = letters.deadLetters(ORG, 2, first.get(1).id());

    assertThat(whole).hasSize(3);
    assertThat(first).isEqualTo(whole.subList(0, 2));
    assertThat(rest).isEqualTo(whole.subList(2, 3));
    assertThat(letters.deadLetters(ORG, null, null)).isEqualTo(whole);
    assertThat(letters.deadLetters(ORG, 0)).hasSize(1);
    assertField(() -> letters.deadLetters(ORG, 0, null), "limit");
    assertField(() -> letters.deadLetters(ORG, 1001, null), "limit");
    assertField(() -> letters.deadLetters(ORG, 10, " "), "after");
  }

  @Test
  void deadLettersAreShownWithoutTheirRecipientAndReplayedInTheOrganisationOnly() {
    OutboxMessageId id = store.outbox().enqueue(PortsFixtures.message(ACME, "e1", "x")).id();
    for (Outbox.Message m : store.outbox().claim("w1", 10, Duration.ofMinutes(1))) {
      store.outbox().deadLetter(m.lease(), "invalid number");
    }
    KeepDeadLetters letters = useCases.keepDeadLetters();

    List<KeepDeadLetters.DeadLetter> dead = letters.deadLetters(ORG, 0);

    assertThat(dead).containsExactly(new KeepDeadLetters.DeadLetter(id.value(), "payment_reminder", "e1", "x",
        "whatsapp", 1, PortsFixtures.T0, "invalid number"));
    assertRefused(() -> letters.replay(OTHER.value(), id.value()), ErrorCode.NOT_FOUND);
    letters.replay(ORG, id.value());
    assertThat(letters.deadLetters(ORG, null)).isEmpty();
    assertRefused(() -> letters.replay(ORG, id.value()), ErrorCode.NOT_FOUND);
  }

  @Test
  void aDocumentNamesTheBuildingOrTheOrganisationAndEveryPerson() {
    useCases.registerMember().register(UseCaseFixtures.member("M1", 1));
    ReadDocumentParties parties = useCases.readDocumentParties();

    ReadDocumentParties.Parties ofBuilding = parties.parties(ORG, "B1");
    ReadDocumentParties.Parties ofOrganisation = parties.parties(ORG, null);

    String name = useCases.readOrganisation().organisation(ORG).name();
    assertThat(ofBuilding).isEqualTo(new ReadDocumentParties.Parties("Résidence Les Tilleuls",
        "Rue de la Loi 16, 1000 Bruxelles", name,
        Map.of("O1", "Anne Peeters", "O2", "Bruno Dubois", "M1", "Member M1")));
    assertThat(ofOrganisation.place()).isEqualTo(name);
    assertThat(ofOrganisation.address()).isEmpty();
    assertThat(parties.parties(ORG, "B9").place()).isEqualTo(name);
    assertThat(parties.parties("org-none", null).organisation()).isEqualTo("org-none");
  }

  private static void assertField(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
    assertThatThrownBy(call).isInstanceOfSatisfying(KoproGoException.class, e -> {
      assertThat(e.code()).isEqualTo(ErrorCode.INVALID_FIELD);
      assertThat(e.details()).containsEntry("field", field);
    });
  }
}
