/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.koprogo.ports.application.CommandValidation;
import org.koprogo.ports.application.UseCases;
import org.koprogo.ports.in.RecordContribution;
import org.koprogo.ports.in.RegisterMember;
import org.koprogo.ports.in.query.ReadMemberLedger;
import org.koprogo.ports.memory.ManualClock;
import org.koprogo.ports.memory.MemoryDatabase;
import org.koprogo.ports.out.Organisation;
import org.koprogo.ports.out.OrganisationId;

/** The integrator's guide's example of reading through {@code ports.in.query}, run and compared. */
class ReadingEmbeddingTest {

  /** A member with two dues of 100.00, read one entry a page; returns the balance and cursors. */
  static List<String> run() {
    MemoryDatabase database = new MemoryDatabase(ManualClock.at(Instant.parse("2026-03-01T09:00:00Z")));
    UseCases useCases = new UseCases(database.ports(), CommandValidation.none());
    database.organisations().add(new Organisation(OrganisationId.of("coop-1"), "Les Cailles",
        Organisation.Kind.HOUSING_COOPERATIVE, 0));
    useCases.registerMember().register(new RegisterMember.Command("coop-1", "M1", "Ada", "ada@example.org",
        "+32470000001", "", 1, LocalDate.parse("2025-01-15"), "admin"));
    for (String due : List.of("due-1", "due-2")) {
      useCases.recordContribution().due(new RecordContribution.Entry("coop-1", "M1", due, "100.00", "EUR",
          LocalDate.parse("2026-01-31"), due, "2026-01", "manager"));
    }
    // --- example: begin ---
    ReadMemberLedger.LedgerPage page = useCases.readMemberLedger().page("coop-1", "M1", 1, null);
    page.balance();                                               // what M1 owes now
    ReadMemberLedger.LedgerPage more = useCases.readMemberLedger().page("coop-1", "M1", 1, page.next());
    // --- example: end ---
    return List.of(page.balance().toPlainString(), String.valueOf(page.next()), String.valueOf(more.next()),
        more.entries().get(0).id().value());
  }

  @Test
  void theGuidesReadingExampleRunsAPageAtATime() {
    assertThat(run()).containsExactly("200.00", "due-1", "null", "due-2");
  }

  @Test
  void theGuideShowsTheReadingCodeThatRuns() throws IOException {
    String source = Files.readString(Path.of("src/test/java/org/koprogo/ports/embedding/ReadingEmbeddingTest.java"));
    int from = source.indexOf("// --- example: begin ---\n") + "// --- example: begin ---\n".length();
    String example = source.substring(from, source.indexOf("    // --- example: end ---", from));
    String guide = Files.readString(Path.of("../docs/integrators-guide.md"));

    assertThat(guide).contains(example.stripTrailing().stripIndent().strip());
  }
}
