/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.contract;

import org.koprogo.domain.building.BuildingId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.Fraction;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.out.Assembly;
import org.koprogo.ports.out.AssemblyId;
import org.koprogo.ports.out.AuditEvent;
import org.koprogo.ports.out.Building;
import org.koprogo.ports.out.Expense;
import org.koprogo.ports.out.ExpenseId;
import org.koprogo.ports.out.LedgerEntry;
import org.koprogo.ports.out.LedgerEntryId;
import org.koprogo.ports.out.Lot;
import org.koprogo.ports.out.Member;
import org.koprogo.ports.out.MemberId;
import org.koprogo.ports.out.Organisation;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.Outbox;
import org.koprogo.ports.out.Owner;
import org.koprogo.ports.out.PersonalDetails;

/** Records for the port contracts, with sensible defaults. */
public final class PortsFixtures {
  private PortsFixtures() {}

  public static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
  public static final OrganisationId ACME = OrganisationId.of("org-acme");
  public static final OrganisationId OTHER = OrganisationId.of("org-other");

  public static Organisation organisation(OrganisationId id) {
    return new Organisation(id, "Résidence " + id.value(), Organisation.Kind.CO_OWNERSHIP, 0);
  }

  public static Building building(OrganisationId org, String id) {
    return new Building(
        org, BuildingId.of(id), "Résidence Les Tilleuls", "Rue de la Loi 16, 1000 Bruxelles",
        new BigDecimal("1000"), Money.EUR, 0);
  }

  public static Owner owner(OrganisationId org, String id) {
    return new Owner(
        org, OwnerId.of(id),
        new PersonalDetails("Anne " + id, id + "@example.org", "+3247000000" + (id.length() % 10), "Rue " + id),
        null, 0);
  }

  public static Lot lot(OrganisationId org, String building, String id, String shares, String... owners) {
    List<Lot.Ownership> ownerships =
        java.util.Arrays.stream(owners)
            .map(o -> new Lot.Ownership(OwnerId.of(o), Fraction.of(1, owners.length)))
            .toList();
    return new Lot(org, BuildingId.of(building), LotId.of(id), "Lot " + id, new BigDecimal(shares), ownerships, 0);
  }

  public static Member member(OrganisationId org, String id, int rank) {
    return new Member(
        org, MemberId.of(id),
        new PersonalDetails("Member " + id, id + "@coop.example", "+32470111" + String.format("%03d", rank), ""),
        rank, Member.Status.ACTIVE, LocalDate.parse("2025-01-15"), null, 0);
  }

  public static Assembly assembly(OrganisationId org, String id, String building) {
    return new Assembly(
        org, AssemblyId.of(id), BuildingId.of(building), LocalDate.parse("2026-05-20"), "FIRST",
        "BE_COPROPRIETE", "CONVENED",
        List.of(new Assembly.Resolution("r1", "Approve the accounts", "ABSOLUTE", null),
            new Assembly.Resolution("r2", "Renovate the roof", "TWO_THIRDS", null)),
        0);
  }

  public static Expense expense(OrganisationId org, String id, String building) {
    Map<LotId, Money> allocations = new java.util.LinkedHashMap<>();
    allocations.put(LotId.of("A1"), Money.ofMinor(Money.EUR, 33334));
    allocations.put(LotId.of("A2"), Money.ofMinor(Money.EUR, 66666));
    return new Expense(
        org, ExpenseId.of(id), BuildingId.of(building), "Elevator maintenance",
        Money.ofMinor(Money.EUR, 100000), LocalDate.parse("2026-02-28"), "general", allocations, 0);
  }

  public static LedgerEntry declaration(OrganisationId org, String id, String member, long cents, String key) {
    return new LedgerEntry(
        org, LedgerEntryId.of(id), MemberId.of(member), LedgerEntry.Kind.PAYMENT_DECLARED,
        Money.ofMinor(Money.EUR, cents), LocalDate.parse("2026-03-01"), null, key, "", "user-" + member, T0);
  }

  public static LedgerEntry resolution(
      OrganisationId org, String id, LedgerEntry declaration, LedgerEntry.Kind kind, String key) {
    return new LedgerEntry(
        org, LedgerEntryId.of(id), declaration.member(), kind, declaration.amount(),
        declaration.valueDate(), declaration.id(), key, "", "treasurer-1", T0);
  }

  public static AuditEvent event(String action, String subjectType, String subjectId) {
    return new AuditEvent(T0, "user-1", action, subjectType, subjectId, Map.of("k", "v"));
  }

  public static Outbox.NewMessage message(OrganisationId org, String entity, String event) {
    return new Outbox.NewMessage(
        org, new Outbox.Key("payment_reminder", entity, event), "whatsapp", "+32470000001",
        "{\"template\":\"payment_reminder\"}", T0, null);
  }

  /** Asserts that {@code call} fails with {@code code}. */
  public static void assertRefused(ThrowingCallable call, ErrorCode code) {
    assertThatThrownBy(call)
        .isInstanceOf(KoproGoException.class)
        .extracting(e -> ((KoproGoException) e).code())
        .isEqualTo(code);
  }

  /**
   * Asserts that {@code call} fails with {@code code} naming {@code field} (any field, or none,
   * when {@code field} is null).
   *
   * @return the refusal, for further checks
   */
  public static KoproGoException assertRefusedNaming(ThrowingCallable call, ErrorCode code, String field) {
    KoproGoException[] thrown = new KoproGoException[1];
    assertThatThrownBy(call).isInstanceOfSatisfying(KoproGoException.class, e -> {
      assertThat(e.code()).as(e.getMessage()).isEqualTo(code);
      if (field != null) {
        assertThat(e.details()).as(e.getMessage()).containsEntry("field", field);
      }
      thrown[0] = e;
    });
    return thrown[0];
  }

  /**
   * An in-port {@code type} whose default methods run (the reading of a client's command) and
   * whose other methods record their arguments in {@code seen} and answer null.
   */
  public static <T> T recording(Class<T> type, List<Object> seen) {
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
      if (method.isDefault()) {
        return InvocationHandler.invokeDefault(proxy, method, args);
      }
      seen.addAll(Arrays.asList(args));
      return null;
    }));
  }
}
