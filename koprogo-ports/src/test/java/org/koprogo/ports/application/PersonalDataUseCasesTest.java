/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.koprogo.ports.contract.PortsFixtures.ACME;
import static org.koprogo.ports.contract.PortsFixtures.assertRefused;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.ports.contract.PortsFixtures;
import org.koprogo.ports.in.ErasePersonalData;
import org.koprogo.ports.in.ExportPersonalData;
import org.koprogo.ports.in.ListAuditTrail;
import org.koprogo.ports.memory.MemoryDatabase;
import org.koprogo.ports.out.MemberId;
import org.koprogo.ports.out.PersonalDetails;

class PersonalDataUseCasesTest {
  private final MemoryDatabase store = UseCaseFixtures.store();
  private final UseCases useCases = UseCaseFixtures.useCases(store);

  PersonalDataUseCasesTest() {
    useCases.registerBuilding().register(UseCaseFixtures.threeLots());
  }

  @Test
  void exportsAnOwnerAsJsonAndCsv() {
    ExportPersonalData.Export export =
        useCases.exportPersonalData().export(new ExportPersonalData.Command(UseCaseFixtures.ORG, "OWNER", "O1", "O1"));

    assertThat(export.json()).contains("\"owner\": [", "\"name\": \"Anne Peeters\"", "\"fraction\": \"1/2\"",
        "\"erasedAt\": null");
    assertThat(export.csv()).startsWith("set,row,field,value\r\n")
        .contains("owner,1,name,Anne Peeters\r\n", "lots,1,lot,A1\r\n", "owner,1,postalAddress,Rue A 1\r\n");
  }

  @Test
  void quotesCsvCellsAndEscapesJson() {
    String json = PersonalDataFormats.json(java.util.Map.of("s", List.of(java.util.Map.of("k", "a,\"b\"\n"))));
    String csv = PersonalDataFormats.csv(java.util.Map.of("s", List.of(java.util.Map.of("k", "a,\"b\"\n"))));

    assertThat(json).contains("\"k\": \"a,\\\"b\\\"\\n\"");
    assertThat(csv).contains("s,1,k,\"a,\"\"b\"\"\n\"\r\n");
  }

  @Test
  void neutralisesFormulaLikeCellsInTheCsvButKeepsNegativeFigures() {
    java.util.Map<String, Object> row = new java.util.LinkedHashMap<>();
    row.put("name", "=HYPERLINK(\"http://evil\",\"x\")");
    row.put("phone", "+32 2 123 45 67");
    row.put("email", "@SUM(1+1)");
    row.put("note", "-2+3");
    row.put("balance", "-180.00");

    String csv = PersonalDataFormats.csv(java.util.Map.of("owner", List.of(row)));

    assertThat(csv).contains("owner,1,name,\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"\r\n",
        "owner,1,phone,'+32 2 123 45 67\r\n", "owner,1,email,'@SUM(1+1)\r\n", "owner,1,note,'-2+3\r\n",
        "owner,1,balance,-180.00\r\n");
  }

  @Test
  void erasesAnOwnerKeepingTheirLotsAndAuditsTheErasure() {
    ((org.koprogo.ports.memory.ManualClock) store.clock()).advance(Duration.ofDays(30));

    ErasePersonalData.Erased erased =
        useCases.erasePersonalData().erase(new ErasePersonalData.Command(UseCaseFixtures.ORG, "OWNER", "O1", "dpo-1"));

    assertThat(erased.records()).isEqualTo(1);
    assertThat(store.owners().get(ACME, OwnerId.of("O1")).details()).isEqualTo(PersonalDetails.ERASED);
    assertThat(store.lots().ofOwner(ACME, OwnerId.of("O1"))).hasSize(1);
    assertThat(useCases.listAuditTrail().list(new ListAuditTrail.Query(UseCaseFixtures.ORG, "owner", "O1", 0, 10)))
        .extracting(ListAuditTrail.Entry::action).containsExactly("PersonalDataErased");
    String after = useCases.exportPersonalData()
        .export(new ExportPersonalData.Command(UseCaseFixtures.ORG, "OWNER", "O1", "dpo-1")).json();
    assertThat(after).doesNotContain("Anne", "anne@example.org", "+32470000001");
  }

  @Test
  void keepsAnErasedMembersLedger() {
    store.organisations().add(PortsFixtures.organisation(ACME));
    useCases.registerMember().register(UseCaseFixtures.member("M1", 1));
    useCases.recordContribution().declarePayment(UseCaseFixtures.payment("P1", "10.00", "k1"));

    useCases.erasePersonalData().erase(new ErasePersonalData.Command(UseCaseFixtures.ORG, "MEMBER", "M1", "dpo-1"));

    assertThat(store.ledger().entriesOf(ACME, MemberId.of("M1"))).hasSize(1);
    assertThat(store.members().get(ACME, MemberId.of("M1")).details().name()).isEqualTo("(erased)");
  }

  @Test
  void refusesAPersonWhoIsNotThere() {
    assertRefused(
        () -> useCases.exportPersonalData().export(new ExportPersonalData.Command(UseCaseFixtures.ORG, "MEMBER", "M9", "x")),
        ErrorCode.NOT_FOUND);
    assertRefused(
        () -> useCases.erasePersonalData().erase(new ErasePersonalData.Command("org-other", "OWNER", "O1", "x")),
        ErrorCode.NOT_FOUND);
  }
}
