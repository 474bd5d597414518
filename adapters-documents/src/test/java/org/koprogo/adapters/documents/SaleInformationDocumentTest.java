/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.koprogo.adapters.documents.DocumentFixtures.PARTIES;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.koprogo.domain.budget.CallForFunds;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.domain.sale.ChargeSplit;
import org.koprogo.domain.sale.Commitment;
import org.koprogo.domain.sale.CommitmentKind;
import org.koprogo.domain.sale.CommitmentShare;
import org.koprogo.domain.sale.DecisionMaker;
import org.koprogo.domain.sale.SaleInformation;
import org.koprogo.domain.shared.Fraction;
import org.koprogo.domain.shared.Money;

/**
 * The information for the notary (Civil Code art. 3.94) rendered from what {@code SaleOfALot}
 * gives for the demo's lot A2 sold on 16 November 2026 (docs/sale-of-a-lot.md), read back with
 * PDFBox: PDF/A-2a in each language, every figure of the record in the text.
 */
class SaleInformationDocumentTest {
  private static final PdfDocuments DOCUMENTS = PdfDocuments.create();
  private static final LocalDate TRANSFER = LocalDate.of(2026, 11, 16);

  private static Money eur(String amount) {
    return Money.parse(amount, Money.EUR);
  }

  /** The demo's A2 (90/1,000, Bram Janssens) with a call after the transfer and works decided. */
  static SaleInformation a2() {
    LocalDate from = LocalDate.of(2026, 10, 1);
    LocalDate to = LocalDate.of(2026, 12, 31);
    return new SaleInformation(LotId.of("A2"), OwnerId.of("o-janssens"), TRANSFER,
        Fraction.of(new BigDecimal("90")).dividedBy(Fraction.of(new BigDecimal("1000"))),
        eur("0.00"), eur("0.00"), eur("6500.00"), eur("585.00"), eur("540.00"),
        List.of(new CallForFunds(LotId.of("A2"), 1, LocalDate.of(2027, 1, 1), eur("450.00"), eur("90.00"))),
        List.of(new SaleInformation.DecidedWorks("Facade painting", LocalDate.of(2026, 5, 12), eur("12000.00"),
            eur("1080.00"))),
        List.of("Janssens v. ACP Tilleuls, justice of the peace, Brussels"), List.of("Minutes of 12 May 2026"),
        List.of(new ChargeSplit(4, from, to, "WORKING_CAPITAL", eur("450.00"), eur("225.00"), eur("225.00")),
            new ChargeSplit(4, from, to, "RESERVE", eur("90.00"), eur("90.00"), eur("0.00"))),
        List.of(), null, List.of(
            commitment("lift", CommitmentKind.WORKS, DecisionMaker.GENERAL_ASSEMBLY, "Lift modernisation",
                "30000.00", null, "2700.00"),
            commitment("pipe", CommitmentKind.URGENT_WORKS, DecisionMaker.SYNDIC, "Burst pipe in the cellar",
                "1800.00", LocalDate.of(2026, 12, 1), "162.00"),
            commitment("garden", CommitmentKind.COMMON_PARTS_ACQUISITION, DecisionMaker.GENERAL_ASSEMBLY,
                "Strip of the neighbour's garden", "7000.00", null, "630.00"),
            commitment("claim", CommitmentKind.LITIGATION_DEBT, DecisionMaker.SYNDIC, "Damages to the roofer",
                "2500.00", null, "225.00")));
  }

  private static CommitmentShare commitment(String id, CommitmentKind kind, DecisionMaker by, String label,
      String total, LocalDate calledOn, String lotShare) {
    return new CommitmentShare(new Commitment(id, kind, LocalDate.of(2026, 5, 12), by, null, null, label, eur(total),
        List.of(), calledOn), eur(lotShare));
  }

  private static String flat(String text) {
    return text.replaceAll("\\s+", " ");
  }

  @ParameterizedTest
  @EnumSource(DocumentLanguage.class)
  void writesTheInformationForTheNotaryInEachLanguageAsPdfA(DocumentLanguage language) {
    byte[] pdf = DOCUMENTS.pdf(SaleInformationDocument.of(a2(), PARTIES, language));

    PdfChecks.assertPdfA2a(pdf, language.code());
    String text = flat(PdfChecks.text(pdf));
    Texts t = Texts.of(language);
    assertThat(text).contains(t.text("sale.title"), t.text("sale.reserveFund"), t.text("sale.arrears"),
        t.text("sale.split"), "Résidence Les Tilleuls", "Bram Janssens", "A2");
    assertThat(text).contains("6500.00 EUR", "585.00 EUR", "540.00 EUR", "225.00 EUR", "90.00 EUR", "315.00 EUR",
        "12000.00 EUR", "1080.00 EUR", "Facade painting", "Janssens v. ACP Tilleuls", "Minutes of 12 May 2026");
    assertThat(text).contains(t.text("sale.commitments"), t.text("sale.item.1"), t.text("sale.item.2"),
        t.text("sale.item.3"), t.text("sale.item.4"), t.text("sale.notCalled"), "Lift modernisation",
        "30000.00 EUR", "2700.00 EUR", "Burst pipe in the cellar", "162.00 EUR", "Strip of the neighbour's garden",
        "630.00 EUR", "Damages to the roofer", "225.00 EUR");
    assertThat(text).doesNotContain("??");
  }

  @Test
  void givesTheDatesAndTheLegalBasisInFrench() {
    String text = flat(PdfChecks.text(DOCUMENTS.pdf(SaleInformationDocument.of(a2(), PARTIES, DocumentLanguage.FR))));

    assertThat(text).contains("Informations au notaire avant la vente d’un lot",
        "Lot A2, vendu par Bram Janssens, transfert de propriété le 16 novembre 2026.",
        "Code civil, art. 3.94 §1", "15 novembre 2026", "Part du lot (9/100)", "Vendeur", "Acquéreur",
        "1 octobre 2026 - 31 décembre 2026", "Fonds de roulement",
        "2° Travaux urgents Engagement", "12 mai 2026, par le syndic", "1 décembre 2026", "pas encore demandé",
        "Sauf convention contraire des parties, l’acquéreur supporte ces montants");
  }

  @Test
  void saysNoneWhereTheRecordHoldsNothing() {
    SaleInformation s = a2();
    SaleInformation empty = new SaleInformation(s.lot(), s.seller(), s.transferOn(), s.shareOfTheLot(),
        s.workingCapital(), s.workingCapitalShare(), s.reserveFund(), s.reserveFundShare(), eur("0.00"), List.of(),
        List.of(), List.of(), List.of(), List.of());

    String text = flat(PdfChecks.text(DOCUMENTS.pdf(SaleInformationDocument.of(empty, PARTIES, DocumentLanguage.EN))));

    assertThat(text).contains("Arrears of the seller 0.00 EUR", "None.", "Nothing declared.",
        "1° Expenses of conservation, maintenance, repair and refurbishment None.", "2° Urgent works None.",
        "3° Acquisition of common parts None.")
        .doesNotContain("Facade painting", "Works declared by the syndic");
  }

  @Test
  void givesTheCommitmentsAsCsvRows() {
    String csv = org.koprogo.adapters.documents.csv.CsvExports.saleCommitments(a2()).text();

    assertThat(csv.split("\r\n")).containsExactly(
        "lot,transfer_on,item,kind,commitment,label,decided_on,decided_by,called_on,total,lot_share,currency",
        "A2,2026-11-16,1,WORKS,lift,Lift modernisation,2026-05-12,GENERAL_ASSEMBLY,,30000.00,2700.00,EUR",
        "A2,2026-11-16,2,URGENT_WORKS,pipe,Burst pipe in the cellar,2026-05-12,SYNDIC,2026-12-01,1800.00,162.00,EUR",
        "A2,2026-11-16,3,COMMON_PARTS_ACQUISITION,garden,Strip of the neighbour's garden,2026-05-12,GENERAL_ASSEMBLY,,"
            + "7000.00,630.00,EUR",
        "A2,2026-11-16,4,LITIGATION_DEBT,claim,Damages to the roofer,2026-05-12,SYNDIC,,2500.00,225.00,EUR");
  }

  @Test
  void givesTheSplitAsCsvRows() {
    String csv = org.koprogo.adapters.documents.csv.CsvExports.saleSplit(a2()).text();

    assertThat(csv.split("\r\n")).containsExactly(
        "lot,transfer_on,period,from,to,part,amount,seller,buyer,currency",
        "A2,2026-11-16,4,2026-10-01,2026-12-31,WORKING_CAPITAL,450.00,225.00,225.00,EUR",
        "A2,2026-11-16,4,2026-10-01,2026-12-31,RESERVE,90.00,90.00,0.00,EUR");
  }
}
