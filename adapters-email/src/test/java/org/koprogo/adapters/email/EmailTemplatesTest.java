/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.out.notification.Intent;
import org.koprogo.ports.out.notification.Language;
import org.koprogo.ports.out.notification.TemplateValue;

class EmailTemplatesTest {

  /** A value for every name any template uses. */
  private static Map<String, TemplateValue> everyValue() {
    Map<String, TemplateValue> v = new HashMap<>();
    for (String text : new String[] {"organisation", "reference", "where", "lot", "time", "place", "project", "milestone"}) {
      v.put(text, TemplateValue.text("«" + text + "»"));
    }
    for (String amount : new String[] {"amount", "penalty", "balance"}) {
      v.put(amount, TemplateValue.amount(Money.parse("250.00", Money.EUR)));
    }
    for (String day : new String[] {"dueDate", "assemblyDate", "answerBy", "from", "reachedOn"}) {
      v.put(day, TemplateValue.date(LocalDate.of(2026, 5, 12)));
    }
    return v;
  }

  @Test
  void rendersEveryIntentInEveryLanguageWithNoPlaceholderLeft() {
    for (Intent intent : Intent.values()) {
      for (Language language : Language.values()) {
        EmailTemplates.Rendered r = EmailTemplates.render(intent, language, everyValue());

        assertThat(r.subject()).as(intent + " " + language).isNotBlank().doesNotContain("{");
        assertThat(r.body()).as(intent + " " + language).isNotBlank().doesNotContain("{").doesNotContain("}");
      }
    }
  }

  @Test
  void aConvocationWithItsDocumentSaysItIsTheConvocationInEveryLanguageAndWithoutItPointsToTheLetter() {
    Map<Language, String> agreed = Map.of(Language.FRENCH, "ce courriel est votre convocation",
        Language.DUTCH, "is deze e-mail uw oproeping", Language.GERMAN, "ist diese E-Mail Ihre Einberufung",
        Language.ENGLISH, "this email is your convocation");
    Map<Language, String> letter = Map.of(Language.FRENCH, "lettre recommandée", Language.DUTCH, "aangetekende brief",
        Language.GERMAN, "Einschreiben", Language.ENGLISH, "registered letter");
    for (Language language : Language.values()) {
      EmailTemplates.Rendered attached = EmailTemplates.render(Intent.ASSEMBLY_CONVOCATION, language, everyValue(), true);
      EmailTemplates.Rendered plain = EmailTemplates.render(Intent.ASSEMBLY_CONVOCATION, language, everyValue(), false);

      assertThat(attached.body()).as(language.code()).contains(agreed.get(language), "3.87", "«place»", "«time»")
          .doesNotContain(letter.get(language)).doesNotContain("{");
      assertThat(plain.body()).as(language.code()).contains(letter.get(language))
          .doesNotContain(agreed.get(language));
      assertThat(attached.subject()).isNotEqualTo(plain.subject());
    }
    // an intent without a variant for a document reads the same with or without one
    assertThat(EmailTemplates.render(Intent.CALL_FOR_FUNDS, Language.FRENCH, everyValue(), true))
        .isEqualTo(EmailTemplates.render(Intent.CALL_FOR_FUNDS, Language.FRENCH, everyValue()));
  }

  @Test
  void writesAmountsAsTheApiAndDatesInTheLanguage() {
    EmailTemplates.Rendered nl = EmailTemplates.render(Intent.CALL_FOR_FUNDS, Language.DUTCH, everyValue());

    assertThat(nl.subject()).isEqualTo("Provisieaanvraag");
    assertThat(nl.body()).contains("250.00 EUR", "12 mei 2026");
  }

  @Test
  void refusesAMissingValueAndReadsBackOnlyItsOwnPayload() {
    assertThatThrownBy(() -> EmailTemplates.render(Intent.CALL_FOR_FUNDS, Language.ENGLISH, Map.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("organisation");
    EmailPayload p = new EmailPayload("o-1", "a@example.org", "en", "s", "b",
        EmailPayload.Attachment.of("x.pdf", "application/pdf", new byte[] {1, 2, 3}));
    assertThat(EmailPayload.fromJson(p.toJson())).contains(p);
    assertThat(EmailPayload.fromJson(p.toJson()).orElseThrow().attachment().bytes()).containsExactly(1, 2, 3);
    assertThat(EmailPayload.fromJson("{\"person\":\"o-1\",\"to\":\"x\",\"phone\":\"+32\"}")).isEqualTo(Optional.empty());
    assertThat(EmailPayload.fromJson("erased")).isEmpty();
  }
}
