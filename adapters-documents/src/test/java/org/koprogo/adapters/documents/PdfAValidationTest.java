/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.koprogo.adapters.documents.DocumentFixtures.PARTIES;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Every document the adapter renders, in the four languages, validated as PDF/A-2 by veraPDF
 * (the industry's reference validator, greenfield parser) against the level the adapter claims in
 * its metadata ({@link PdfDocuments#CONFORMANCE}): one validator for the class, because loading
 * the validation profile costs seconds. Two files that are not PDF/A (the same convocation without
 * its XMP metadata, a page in a font that is not embedded) show that the validator refuses what it
 * should.
 */
class PdfAValidationTest {
  private static final PdfDocuments DOCUMENTS = PdfDocuments.create();
  private static PDFAFlavour flavour;
  private static PDFAValidator validator;

  @BeforeAll
  static void loadTheValidator() {
    VeraGreenfieldFoundryProvider.initialise();
    flavour = PDFAFlavour.fromString(claimed());
    validator = Foundries.defaultInstance().createValidator(flavour, false);
  }

  /** "2a" for {@code PDFA_2_A}: the part and level the renderer writes into the XMP metadata. */
  private static String claimed() {
    String name = PdfDocuments.CONFORMANCE.name(); // PDFA_2_A
    return name.substring("PDFA_".length(), "PDFA_".length() + 1) + name.substring(name.length() - 1).toLowerCase();
  }

  @Test
  void validatesAgainstPartTwo() {
    assertThat(flavour.getPart()).isEqualTo(PDFAFlavour.Specification.ISO_19005_2);
    assertThat(flavour.getLevel().getCode()).isEqualToIgnoringCase(
        PdfDocuments.CONFORMANCE.name().substring(PdfDocuments.CONFORMANCE.name().length() - 1));
  }

  @Test
  void refusesTheSameFileWithoutItsMetadata() throws Exception {
    byte[] pdf = DOCUMENTS.pdf(documents().get("convocation").apply(DocumentLanguage.FR));
    byte[] stripped;
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      doc.getDocumentCatalog().setMetadata(null);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      stripped = out.toByteArray();
    }

    ValidationResult result = validate(stripped);

    assertThat(result.isCompliant()).isFalse();
    assertThat(failedClauses(result)).contains("6.6.2.1");
  }

  @Test
  void refusesAFontThatIsNotEmbedded() throws Exception {
    byte[] pdf;
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        content.showText("Convocation");
        content.endText();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      pdf = out.toByteArray();
    }

    ValidationResult result = validate(pdf);

    assertThat(result.isCompliant()).isFalse();
    assertThat(failedClauses(result)).contains("6.2.11.4.1");
  }

  @TestFactory
  Stream<DynamicTest> everyDocumentInEveryLanguageIsPdfA2() {
    List<DynamicTest> tests = new ArrayList<>();
    for (DocumentLanguage language : DocumentLanguage.values()) {
      for (var document : documents().entrySet()) {
        tests.add(DynamicTest.dynamicTest(document.getKey() + " " + language.code(),
            () -> assertCompliant(document.getKey() + " (" + language.code() + ")",
                DOCUMENTS.pdf(document.getValue().apply(language)))));
      }
    }
    return tests.stream();
  }

  /** Each document the adapter has a template for, built from the demo's records. */
  private static java.util.Map<String, Function<DocumentLanguage, DocumentModel>> documents() {
    java.util.Map<String, Function<DocumentLanguage, DocumentModel>> documents = new java.util.LinkedHashMap<>();
    documents.put("convocation", l -> ConvocationDocument.of(DocumentFixtures.convened(), PARTIES,
        "Salle communale, Rue des Tilleuls 14", LocalTime.of(19, 30), l));
    documents.put("attendance", l -> AttendanceSheetDocument.of(DocumentFixtures.convened()
        .open(DocumentFixtures.MEETING, DocumentFixtures.attendance(), DocumentFixtures.AT), PARTIES, l));
    documents.put("minutes", l -> MinutesDocument.of(DocumentFixtures.closed(), PARTIES,
        List.of("Anne Peeters", "Syndic Demo SRL"), l));
    documents.put("statement", l -> StatementDocument.of(DocumentFixtures.statement(), "o-dupont", PARTIES, l));
    documents.put("call-for-funds", l -> CallForFundsDocument.of(DocumentFixtures.calls(), 2, 14,
        DocumentFixtures.lotOwners(), DocumentFixtures.accounts(), PARTIES, l));
    documents.put("sale-information", l -> SaleInformationDocument.of(SaleInformationDocumentTest.a2(), PARTIES, l));
    return documents;
  }

  private static ValidationResult validate(byte[] pdf) throws Exception {
    try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour)) {
      return validator.validate(parser);
    }
  }

  private static List<String> failedClauses(ValidationResult result) {
    return result.getTestAssertions().stream()
        .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
        .map(a -> a.getRuleId().getClause())
        .distinct().collect(Collectors.toList());
  }

  private static void assertCompliant(String name, byte[] pdf) throws Exception {
    ValidationResult result = validate(pdf);
    String failures = result.getTestAssertions().stream()
        .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
        .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage()
            + " at " + a.getLocation().getContext())
        .distinct().limit(20).collect(Collectors.joining("\n"));
    assertThat(result.isCompliant()).as("%s is PDF/A-%s; failed rules:%n%s", name, flavour.getId(), failures).isTrue();
  }
}
