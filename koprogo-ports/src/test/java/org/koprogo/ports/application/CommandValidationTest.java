/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.ports.in.DistributeExpense;
import org.koprogo.ports.in.ListAuditTrail;
import org.koprogo.ports.in.RegisterBuilding;

/** The commands' Jakarta Validation annotations, run through Hibernate Validator. */
class CommandValidationTest {
  private final CommandValidation validation = CommandValidation.with(UseCaseFixtures.VALIDATOR);

  @Test
  void acceptsAValidCommand() {
    RegisterBuilding.Command command = UseCaseFixtures.threeLots();

    assertThat(validation.check(command)).isSameAs(command);
    assertThat(UseCaseFixtures.VALIDATOR.validate(command)).isEmpty();
  }

  @Test
  void namesEveryOffendingFieldIncludingNestedOnes() {
    RegisterBuilding.Command c = UseCaseFixtures.threeLots();
    RegisterBuilding.Command invalid = new RegisterBuilding.Command(
        c.organisation(), c.building(), c.name(), c.address(), new BigDecimal("-1"), "EUR",
        List.of(new RegisterBuilding.LotLine("A1", "", new BigDecimal("1"),
            List.of(new RegisterBuilding.OwnershipLine("O1", "one half")))),
        List.of(new RegisterBuilding.OwnerLine("O1", "Anne", "not-an-email", "0470", "")),
        c.actor());

    KoproGoException e = catchThrowableOfType(KoproGoException.class, () -> validation.check(invalid));

    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
    @SuppressWarnings("unchecked")
    Map<String, String> violations = (Map<String, String>) e.details().get("violations");
    assertThat(violations).containsOnlyKeys(
        "totalShares", "lots[0].label", "lots[0].owners[0].fraction", "owners[0].email", "owners[0].phone");
    assertThat(e.details().get("field")).isEqualTo("lots[0].label");
  }

  @Test
  void checksAmountsAndKeysOfAnExpense() {
    DistributeExpense.Command invalid = new DistributeExpense.Command(
        "org", "B1", "E1", "Roof", "12,50", LocalDate.parse("2026-01-01"),
        List.of(new DistributeExpense.KeyPart("lift", BigDecimal.ZERO, Map.of("A1", new BigDecimal("-1")))),
        "u");

    assertThat(UseCaseFixtures.VALIDATOR.validate(invalid))
        .extracting(v -> v.getPropertyPath().toString())
        .containsExactlyInAnyOrder("amount", "keys[0].share", "keys[0].weights[A1].<map value>");
  }

  @Test
  void boundsTheAuditPageSize() {
    assertThat(UseCaseFixtures.VALIDATOR.validate(new ListAuditTrail.Query("org", null, null, 0, 1001))).hasSize(1);
    assertThat(UseCaseFixtures.VALIDATOR.validate(new ListAuditTrail.Query("org", null, null, -1, 0))).hasSize(2);
  }

  @Test
  void noValidationTrustsTheCaller() {
    ListAuditTrail.Query invalid = new ListAuditTrail.Query("", null, null, -1, 0);

    assertThat(CommandValidation.none().check(invalid)).isSameAs(invalid);
  }
}
