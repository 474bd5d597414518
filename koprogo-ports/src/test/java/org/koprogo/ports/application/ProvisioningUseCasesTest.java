/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.koprogo.ports.application.UseCaseFixtures.ORG;
import static org.koprogo.ports.contract.PortsFixtures.ACME;
import static org.koprogo.ports.contract.PortsFixtures.assertRefused;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.ports.in.ChangeMemberStatus;
import org.koprogo.ports.in.RegisterOrganisation;
import org.koprogo.ports.in.assembly.RegisterConvenedAssembly;
import org.koprogo.ports.in.assembly.RegisterConvenedAssembly.Item;
import org.koprogo.ports.memory.MemoryDatabase;
import org.koprogo.ports.out.Assembly;
import org.koprogo.ports.out.AssemblyId;
import org.koprogo.ports.out.AuditTrail;
import org.koprogo.ports.out.Member;
import org.koprogo.ports.out.MemberId;
import org.koprogo.ports.out.Organisation;
import org.koprogo.ports.out.OrganisationId;

/**
 * What a host needs to set an organisation up the way an embedder seeds it (the sample host's
 * demo does): the organisation itself, a registered member's status, and an assembly convened
 * before the organisation used KoproGo, whose minutes are recorded afterwards.
 */
class ProvisioningUseCasesTest {
  private final MemoryDatabase store = UseCaseFixtures.store();
  private final UseCases useCases = UseCaseFixtures.useCases(store);

  @Test
  void registersAnOrganisationOnceWithoutAnAuditEntry() {
    RegisterOrganisation.Command command =
        new RegisterOrganisation.Command("coop-1", "Les Cailles", Organisation.Kind.HOUSING_COOPERATIVE);

    Organisation stored = useCases.registerOrganisation().register(command);

    assertThat(store.organisations().find(OrganisationId.of("coop-1"))).contains(stored);
    assertThat(stored.kind()).isEqualTo(Organisation.Kind.HOUSING_COOPERATIVE);
    assertThat(store.auditTrail().list(OrganisationId.of("coop-1"), AuditTrail.Query.first(10))).isEmpty();
    assertRefused(() -> useCases.registerOrganisation().register(command), ErrorCode.CONCURRENT_UPDATE);
    assertRefused(() -> useCases.registerOrganisation().register(
        new RegisterOrganisation.Command(" ", "x", Organisation.Kind.ASSOCIATION)), ErrorCode.VALIDATION_FAILED);
  }

  @Test
  void activatesARegisteredMemberWithAnAuditEntryAndStoresNothingWhenTheStatusIsTheSame() {
    useCases.registerOrganisation().register(new RegisterOrganisation.Command(ORG, "Acme", Organisation.Kind.HOUSING_COOPERATIVE));
    useCases.registerMember().register(UseCaseFixtures.member("M1", 1));
    ChangeMemberStatus change = useCases.changeMemberStatus();

    Member active = change.change(new ChangeMemberStatus.Command(ORG, "M1", Member.Status.ACTIVE, 1L, "admin-1"));
    Member again = change.change(new ChangeMemberStatus.Command(ORG, "M1", Member.Status.ACTIVE, null, "admin-1"));

    assertThat(active.status()).isEqualTo(Member.Status.ACTIVE);
    assertThat(again.version()).isEqualTo(active.version());
    assertThat(store.members().get(ACME, MemberId.of("M1")).status()).isEqualTo(Member.Status.ACTIVE);
    assertThat(store.auditTrail().list(ACME, new AuditTrail.Query("member", "M1", 0, 10)))
        .extracting(e -> e.event().action()).containsExactly("MemberRegistered", "MemberStatusChanged");
    assertThat(store.auditTrail().list(ACME, new AuditTrail.Query("member", "M1", 0, 10)).get(1).event().details())
        .containsEntry("from", "PENDING_KYC").containsEntry("to", "ACTIVE");
  }

  @Test
  void refusesAStaleVersionAnUnknownMemberAndAnyChangeAfterWithdrawal() {
    useCases.registerOrganisation().register(new RegisterOrganisation.Command(ORG, "Acme", Organisation.Kind.HOUSING_COOPERATIVE));
    useCases.registerMember().register(UseCaseFixtures.member("M1", 1));
    ChangeMemberStatus change = useCases.changeMemberStatus();

    assertRefused(() -> change.change(new ChangeMemberStatus.Command(ORG, "M1", Member.Status.ACTIVE, 7L, "a")),
        ErrorCode.CONCURRENT_UPDATE);
    assertRefused(() -> change.change(new ChangeMemberStatus.Command(ORG, "M9", Member.Status.ACTIVE, null, "a")),
        ErrorCode.NOT_FOUND);
    change.change(new ChangeMemberStatus.Command(ORG, "M1", Member.Status.WITHDRAWN, null, "a"));
    assertRefused(() -> change.change(new ChangeMemberStatus.Command(ORG, "M1", Member.Status.ACTIVE, null, "a")),
        ErrorCode.ILLEGAL_TRANSITION);
    assertThat(store.members().get(ACME, MemberId.of("M1")).status()).isEqualTo(Member.Status.WITHDRAWN);
  }

  @Test
  void registersAConvenedAssemblyWhoseMinutesAreRecordedAfterwards() {
    RegisterConvenedAssembly.Command command = new RegisterConvenedAssembly.Command(ORG, "ga-2026", null,
        LocalDate.of(2026, 3, 21), "FIRST", "ONE_MEMBER_ONE_VOTE",
        List.of(new Item("accounts", "Approval of the accounts", "ABSOLUTE"),
            new Item("price", "Lower the price", "TWO_THIRDS")), "admin-1");

    Assembly stored = useCases.registerConvenedAssembly().register(command);

    assertThat(stored.state()).isEqualTo("CONVENED");
    assertThat(stored.building()).isNull();
    assertThat(store.assemblies().get(ACME, AssemblyId.of("ga-2026")).resolutions())
        .extracting(Assembly.Resolution::id, Assembly.Resolution::majority, Assembly.Resolution::outcome)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("accounts", "ABSOLUTE", null),
            org.assertj.core.groups.Tuple.tuple("price", "TWO_THIRDS", null));
    assertThat(store.auditTrail().list(ACME, new AuditTrail.Query("assembly", "ga-2026", 0, 10)))
        .extracting(e -> e.event().action()).containsExactly("AssemblyRegistered");
    assertRefused(() -> useCases.registerConvenedAssembly().register(command), ErrorCode.CONCURRENT_UPDATE);
  }

  @Test
  void refusesAnAssemblyNamingItsFaultyField() {
    List<Item> items = List.of(new Item("a", "A", "ABSOLUTE"));

    assertField(command(null, "FIRST", "BE_COPROPRIETE", items), ErrorCode.MISSING_FIELD, "building");
    assertField(command("B9", "FIRST", "BE_COPROPRIETE", items), ErrorCode.NOT_FOUND, null);
    assertField(command(null, "FIRST", "FRENCH", items), ErrorCode.UNKNOWN_RULES, "rules");
    assertField(command(null, "THIRD", "ONE_MEMBER_ONE_VOTE", items), ErrorCode.UNKNOWN_SESSION, "session");
    assertField(command(null, "FIRST", "ONE_MEMBER_ONE_VOTE", List.of()), ErrorCode.MISSING_FIELD, "resolutions");
    assertField(command(null, "FIRST", "ONE_MEMBER_ONE_VOTE", List.of(new Item("a", "A", "MOST"))),
        ErrorCode.UNKNOWN_MAJORITY, "resolutions[0].majority");
    assertField(command(null, "FIRST", "ONE_MEMBER_ONE_VOTE",
        List.of(new Item("a", "A", "ABSOLUTE"), new Item("a", "B", "ABSOLUTE"))),
        ErrorCode.DUPLICATE_RESOLUTION, "resolutions[1].id");
    assertField(command(null, "FIRST", "ONE_MEMBER_ONE_VOTE", List.of(new Item("a", " ", "ABSOLUTE"))),
        ErrorCode.MISSING_FIELD, "resolutions[0].title");
    assertThat(store.assemblies().all(ACME)).isEmpty();
  }

  private static RegisterConvenedAssembly.Command command(String building, String session, String rules,
      List<Item> items) {
    return new RegisterConvenedAssembly.Command(ORG, "ga-x", building, LocalDate.of(2026, 3, 21), session, rules,
        items, "admin-1");
  }

  private void assertField(RegisterConvenedAssembly.Command command, ErrorCode code, String field) {
    assertThatThrownBy(() -> useCases.registerConvenedAssembly().register(command))
        .isInstanceOfSatisfying(KoproGoException.class, e -> {
          assertThat(e.code()).isEqualTo(code);
          if (field != null) {
            assertThat(e.details()).containsEntry("field", field);
          }
        });
  }
}
