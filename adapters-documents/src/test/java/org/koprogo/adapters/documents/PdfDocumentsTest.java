/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.koprogo.adapters.documents.DocumentFixtures.PARTIES;

import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.koprogo.domain.assembly.VoteCount;
import org.koprogo.domain.assembly.meeting.GeneralAssembly;
import org.koprogo.domain.assembly.meeting.MinutesEntry;
import org.koprogo.domain.payment.CallReference;
import org.koprogo.domain.statement.OwnerStatement;

/** Each document rendered from the demo's records, read back with PDFBox. */
class PdfDocumentsTest {
  /** One renderer for the class: the first document pays the warm-up. */
  private static final PdfDocuments DOCUMENTS = PdfDocuments.create();

  private static ConvocationDocument convocation(DocumentLanguage language) {
    return ConvocationDocument.of(DocumentFixtures.convened(), PARTIES, "Salle communale, Rue des Tilleuls 14",
        LocalTime.of(19, 30), language);
  }

  @ParameterizedTest
  @EnumSource(DocumentLanguage.class)
  void writesTheConvocationInEachLanguageAsPdfA(DocumentLanguage language) {
    byte[] pdf = DOCUMENTS.pdf(convocation(language));

    PdfChecks.assertPdfA2a(pdf, language.code());
    String text = flat(PdfChecks.text(pdf));
    Texts t = Texts.of(language);
    assertThat(text).contains(t.text("convocation.title"), t.text("proxy.title"), "Résidence Les Tilleuls",
        "Approve the 2025 accounts", "Replace the elevator doors", "Paint the facade in another colour",
        "Salle communale", "19:30", t.text("majority.TWO_THIRDS"));
    assertThat(text).doesNotContain("??");
  }

  @Test
  void givesTheNoticePeriodTheProxyLimitsAndEachItemsMajorityInFrench() {
    String text = flat(PdfChecks.text(DOCUMENTS.pdf(convocation(DocumentLanguage.FR))));

    assertThat(text).contains("12 mai 2026", "20 avril 2026", "21 jours francs", "au moins 15 jours",
        "Code civil, art. 3.87 §3");
    assertThat(text).contains("nul ne peut détenir plus de 3 procurations", "10 %",
        "le syndic ne peut être mandataire", "Code civil, art. 3.87 §7");
    assertThat(text).contains("administration ordinaire", "majorité absolue",
        "travaux affectant les parties communes", "majorité des deux tiers", "Code civil, art. 3.88 §1, 1°",
        "majorité des quatre cinquièmes");
  }

  @Test
  void fallsBackToDutchForAnUnknownLanguage() {
    DocumentLanguage language = DocumentLanguage.of("es-ES");

    byte[] pdf = DOCUMENTS.pdf(convocation(language));

    PdfChecks.assertPdfA2a(pdf, "nl");
    assertThat(PdfChecks.text(pdf)).contains("Oproeping tot de algemene vergadering", "12 mei 2026");
  }

  @Test
  void listsEveryOwnerOnTheAttendanceSheetWithWhoRepresentsThem() {
    GeneralAssembly opened = DocumentFixtures.convened()
        .open(DocumentFixtures.MEETING, DocumentFixtures.attendance(), DocumentFixtures.AT);

    byte[] pdf = DOCUMENTS.pdf(AttendanceSheetDocument.of(opened, PARTIES, DocumentLanguage.EN));

    PdfChecks.assertPdfA2a(pdf, "en");
    String text = flat(PdfChecks.text(pdf));
    for (String name : DocumentFixtures.NAMES.values()) {
      assertThat(text).contains(name);
    }
    assertThat(text).contains("Chloé Maes 1 85 represented Anne Peeters", "Farid Willems 1 90 represented Nora Willems",
        "David Jacobs 1 80 absent", "Anne Peeters 2 115 present", "12 owners, 1000 shares in all.");
  }

  @Test
  void leavesThePresenceBlankBeforeTheMeeting() {
    String text = flat(PdfChecks.text(DOCUMENTS.pdf(
        AttendanceSheetDocument.of(DocumentFixtures.convened(), PARTIES, DocumentLanguage.DE))));

    assertThat(text).contains("Anwesenheitsliste", "David Jacobs 1 80", "12. Mai 2026").doesNotContain("abwesend");
  }

  @Test
  void writesTheMinutesWithTheFiguresOfTheCountAndWhoVotedAgainst() {
    GeneralAssembly closed = DocumentFixtures.closed();

    byte[] pdf = DOCUMENTS.pdf(MinutesDocument.of(closed, PARTIES, List.of("Anne Peeters", "Syndic Demo SRL"),
        DocumentLanguage.EN));

    PdfChecks.assertPdfA2a(pdf, "en");
    String text = flat(PdfChecks.text(pdf));
    Formats f = new Formats(DocumentLanguage.EN);
    assertThat(text).contains("Present or represented: 9 of 12 owners, 770 of 1000 shares.",
        "The quorum is reached");
    for (MinutesEntry e : closed.minutes().entries()) {
      VoteCount c = e.count();
      assertThat(text).contains(e.item().title(), "Votes for " + f.fraction(c.forVotes()),
          "Votes against " + f.fraction(c.against()), "Abstentions " + f.fraction(c.abstained()));
    }
    assertThat(text).contains("Votes for 580", "Votes against 100", "Abstentions 90", "Voted against Karin Lambert",
        "Abstained Farid Willems", "Voted against Anne Peeters, Bram Janssens, Chloé Maes",
        "Voted against Bram Janssens, Greet Claes");
    assertThat(text).contains("by June 11, 2026", "until September 12, 2026", "Syndic Demo SRL");
    assertThat(count(text, "adopted")).isEqualTo(closed.minutes().entries().stream()
        .filter(e -> e.count().adopted()).count());
  }

  @Test
  void writesTheOwnersStatementWithTheTotalsOfTheLibrary() {
    OwnerStatement statement = DocumentFixtures.statement();

    byte[] pdf = DOCUMENTS.pdf(StatementDocument.of(statement, "o-dupont", PARTIES, DocumentLanguage.NL));

    PdfChecks.assertPdfA2a(pdf, "nl");
    String text = flat(PdfChecks.text(pdf));
    Formats f = new Formats(DocumentLanguage.NL);
    assertThat(text).contains("Individuele afrekening", "Louis Dupont, op 30 juni 2026.",
        "Totaal opgevraagd " + f.money(statement.totalCalled()), "Totaal betaald " + f.money(statement.totalPaid()),
        "Boetes voor laattijdige betaling " + f.money(statement.totalPenalties()),
        f.money(statement.balance()), "500.00 EUR", "100.00 EUR", "20 april 2026");
  }

  @Test
  void writesTheCallForFundsWithEachLotsPartAndPaymentReference() {
    var plan = DocumentFixtures.calls();

    byte[] pdf = DOCUMENTS.pdf(CallForFundsDocument.of(plan, 2, 14, DocumentFixtures.lotOwners(),
        DocumentFixtures.accounts(), PARTIES, DocumentLanguage.FR));

    PdfChecks.assertPdfA2a(pdf, "fr");
    String text = flat(PdfChecks.text(pdf));
    assertThat(text).contains("Appel de fonds", "Période 2 sur 4, échéance le 1 avril 2026.",
        new CallReference(14, 1).communication().printed(), "6000.00 EUR", "325.00 EUR", "6325.00 EUR", "Inès Wouters, Jules Dubois");
    for (var call : plan.callsIn(2)) {
      assertThat(text).contains(call.lot().value() + " ", call.total().toPlainString() + " EUR");
    }
  }

  private static String flat(String text) {
    return text.replaceAll("\\s+", " ");
  }

  private static long count(String text, String word) {
    return text.split("\\b" + word + "\\b", -1).length - 1;
  }
}
