/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.assembly.meeting.GeneralAssembly;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.ports.in.assembly.Meeting;
import org.koprogo.ports.in.assembly.RunGeneralAssembly;
import org.koprogo.ports.in.query.ReadDocumentParties;

/**
 * {@link AssemblyDocuments}: an assembly's convocation and minutes read through the in-ports, the
 * convocation for emails read once per convening and rendered once per language.
 */
class AssemblyDocumentsTest {
  private static final String ORG = "org-acme";

  private final AtomicInteger partiesRead = new AtomicInteger();
  private GeneralAssembly stored = DocumentFixtures.convened();
  private final AssemblyDocuments documents = new AssemblyDocuments(() -> assemblies(), () -> (org, building) -> {
    partiesRead.incrementAndGet();
    return new ReadDocumentParties.Parties("Résidence Les Tilleuls", "Rue des Tilleuls 1", "Syndic & Co",
        DocumentFixtures.NAMES);
  });

  /** The in-port as the test needs it: {@code meeting} answers the stored assembly, or NOT_FOUND. */
  private RunGeneralAssembly assemblies() {
    return (RunGeneralAssembly) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {RunGeneralAssembly.class}, (proxy, method, args) -> {
          if (!method.getName().equals("meeting")) {
            throw new UnsupportedOperationException(method.getName());
          }
          if (!stored.id().value().equals(args[1])) {
            throw KoproGoException.of(ErrorCode.NOT_FOUND, "no assembly " + args[1], "aggregate", "assembly");
          }
          return new Meeting(stored.id().value(), 3, "B1", stored.snapshot());
        });
  }

  @Test
  void aConveningReadsTheAssemblyOnceAndRendersEachLanguageOnce() {
    List<byte[]> pdfs = documents.convening(() -> List.of(
        documents.convocation(ORG, "ga-2026", "fr").orElseThrow(),
        documents.convocation(ORG, "ga-2026", "fr").orElseThrow(),
        documents.convocation(ORG, "ga-2026", "de").orElseThrow()));

    assertThat(documents.reads()).isEqualTo(1);
    assertThat(partiesRead).hasValue(1);
    assertThat(documents.renderings()).isEqualTo(2);
    assertThat(pdfs.get(0)).isEqualTo(pdfs.get(1)).isNotSameAs(pdfs.get(1));
    assertThat(new String(pdfs.get(0), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    // outside a convening the assembly is read again; an equal document is not rendered again
    assertThat(documents.convocation(ORG, "ga-2026", "fr")).isPresent();
    assertThat(documents.reads()).isEqualTo(2);
    assertThat(documents.renderings()).isEqualTo(2);
  }

  @Test
  void noConvocationForAnEmailOfAnUnknownOrDraftAssembly() {
    assertThat(documents.convocation(ORG, "nope", "fr")).isEmpty();
    stored = GeneralAssembly.draft(stored.id(), org.koprogo.domain.assembly.BelgianCoOwnershipRules.standard(),
        DocumentFixtures.owners(), org.koprogo.domain.assembly.HolderId.of("syndic"));

    assertThat(documents.convocation(ORG, "ga-2026", "fr")).isEmpty();
    assertThatThrownBy(() -> documents.convocation(ORG, "ga-2026", null, null, DocumentLanguage.FR))
        .isInstanceOfSatisfying(KoproGoException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.ILLEGAL_TRANSITION));
    assertThat(documents.renderings()).isZero();
  }

  @Test
  void aConvocationOnRequestTakesThePlaceAndTimeGivenWhenTheConvocationRecordedNone() {
    byte[] pdf = documents.convocation(ORG, "ga-2026", "Salle communale", "19:30", DocumentLanguage.FR);

    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    assertThat(documents.convocation(ORG, "ga-2026", null, " ", DocumentLanguage.FR)).isNotEmpty();
    refused(() -> documents.convocation(ORG, "ga-2026", "Salle\ncommunale", null, DocumentLanguage.FR), "place");
    refused(() -> documents.convocation(ORG, "ga-2026", "x".repeat(201), null, DocumentLanguage.FR), "place");
    refused(() -> documents.convocation(ORG, "ga-2026", null, "25:00", DocumentLanguage.FR), "time");
  }

  @Test
  void theTimeOfAConvocationOnRequestIsReadBeforeTheAssembly() {
    refused(() -> documents.convocation(ORG, "nope", null, "7pm", DocumentLanguage.FR), "time");
  }

  @Test
  void theMinutesAreSignedByTheSyndicAndAtMostTwentyOthers() {
    stored = DocumentFixtures.closed();

    byte[] pdf = documents.minutes(ORG, "ga-2026", List.of("o-peeters"), DocumentLanguage.NL);

    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    refused(() -> documents.minutes(ORG, "ga-2026", Collections.nCopies(21, "o-peeters"), DocumentLanguage.NL),
        "signatory");
    refused(() -> documents.minutes(ORG, "ga-2026", List.of("o-\u0007"), DocumentLanguage.NL), "signatory");
    assertThatThrownBy(() -> documents.minutes(ORG, "nope", null, DocumentLanguage.NL))
        .isInstanceOfSatisfying(KoproGoException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
  }

  @Test
  void partiesAreTheNamesTheRegistersGive() {
    Parties parties = documents.parties(ORG, null);

    assertThat(parties.building()).isEqualTo("Résidence Les Tilleuls");
    assertThat(parties.syndic()).isEqualTo("Syndic & Co");
    assertThat(parties.names()).isEqualTo(Map.copyOf(DocumentFixtures.NAMES));
  }

  private static void refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
    assertThatThrownBy(call).isInstanceOfSatisfying(KoproGoException.class, e -> {
      assertThat(e.code()).isEqualTo(ErrorCode.INVALID_FIELD);
      assertThat(e.details().get("field")).isEqualTo(field);
    });
  }
}
