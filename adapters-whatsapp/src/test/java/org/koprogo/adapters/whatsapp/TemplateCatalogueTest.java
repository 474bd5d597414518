/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.out.notification.Intent;
import org.koprogo.ports.out.notification.Language;
import org.koprogo.ports.out.notification.TemplateValue;

class TemplateCatalogueTest {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\d+)}}");

  @Test
  void hasOneTemplateWithADistinctNamePerIntent() {
    Set<String> names = new TreeSet<>();

    for (Intent intent : Intent.values()) {
      names.add(TemplateCatalogue.of(intent).name());
    }

    assertThat(names).hasSize(Intent.values().length).allMatch(n -> n.startsWith("koprogo_"));
  }

  @Test
  void writesEveryBodyInTheFourLanguagesWithExactlyTheTemplatesPlaceholders() {
    for (NotificationTemplate template : TemplateCatalogue.all()) {
      assertThat(template.bodies().keySet()).containsExactlyInAnyOrder(Language.values());
      Set<Integer> expected = new TreeSet<>();
      for (int i = 1; i <= template.parameters().size(); i++) {
        expected.add(i);
      }

      for (Map.Entry<Language, String> body : template.bodies().entrySet()) {
        Set<Integer> used = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(body.getValue());
        while (matcher.find()) {
          used.add(Integer.parseInt(matcher.group(1)));
        }
        assertThat(used).as(template.name() + " in " + body.getKey()).isEqualTo(expected);
      }
    }
  }

  @Test
  void neverStartsOrEndsABodyWithAPlaceholderAsMetaRefusesThat() {
    for (NotificationTemplate template : TemplateCatalogue.all()) {
      for (String body : template.bodies().values()) {
        assertThat(body).as(template.name()).doesNotStartWith("{{");
        assertThat(body.replaceAll("[.!?\\s]+$", "")).as(template.name()).doesNotEndWith("}}");
        assertThat(body).hasSizeLessThan(1024).doesNotContain("\n");
      }
    }
  }

  @Test
  void rendersACallForFundsInFrenchInTheTemplatesOrder() {
    NotificationTemplate template = TemplateCatalogue.of(Intent.CALL_FOR_FUNDS);
    Map<String, TemplateValue> values = new LinkedHashMap<>();
    values.put("reference", TemplateValue.text("+++090/9337/55493+++"));
    values.put("dueDate", TemplateValue.date(LocalDate.of(2026, 3, 15)));
    values.put("amount", TemplateValue.amount(Money.ofMinor(Money.EUR, 123_456)));
    values.put("organisation", TemplateValue.text("ACP Résidence Les Tilleuls"));

    var texts = template.render(values, Language.FRENCH);

    assertThat(texts).containsExactly(
        "ACP Résidence Les Tilleuls", "1\u202F234,56\u00A0€", "15 mars 2026", "+++090/9337/55493+++");
    assertThat(template.preview(Language.FRENCH, texts)).isEqualTo(
        "Bonjour, ACP Résidence Les Tilleuls vous adresse un appel de fonds de 1\u202F234,56\u00A0€, "
            + "à payer au plus tard le 15 mars 2026 avec la communication +++090/9337/55493+++. Merci.");
  }

  @Test
  void refusesAMissingValueNamingIt() {
    NotificationTemplate template = TemplateCatalogue.of(Intent.LOT_ALLOCATION_VALIDATED);

    assertThatThrownBy(() -> template.render(Map.of("organisation", TemplateValue.text("Coop")), Language.DUTCH))
        .isInstanceOfSatisfying(KoproGoException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.MISSING_FIELD);
          assertThat(e.details()).containsEntry("field", "lot");
        });
  }

  @Test
  void refusesAValueOfTheWrongKindOrAnUnknownName() {
    NotificationTemplate template = TemplateCatalogue.of(Intent.LOT_ALLOCATION_VALIDATED);

    assertThatThrownBy(() -> template.render(
            Map.of("organisation", TemplateValue.text("Coop"), "lot", TemplateValue.date(LocalDate.of(2026, 1, 2))),
            Language.DUTCH))
        .isInstanceOfSatisfying(KoproGoException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_FIELD));
    assertThatThrownBy(() -> template.render(
            Map.of("organisation", TemplateValue.text("Coop"), "lot", TemplateValue.text("B2"),
                "typo", TemplateValue.text("x")),
            Language.DUTCH))
        .isInstanceOfSatisfying(KoproGoException.class, e -> assertThat(e.details()).containsEntry("field", "typo"));
  }

  @Test
  void choosesTheRecipientsLanguageWhenRegisteredAndTheFallbackOtherwise() {
    TemplateLanguages languages = new TemplateLanguages(Set.of(Language.FRENCH, Language.DUTCH), Language.FRENCH);

    assertThat(languages.choose(Language.DUTCH)).isEqualTo(Language.DUTCH);
    assertThat(languages.choose(Language.GERMAN)).isEqualTo(Language.FRENCH);
    assertThat(TemplateLanguages.allFour().choose(Language.GERMAN)).isEqualTo(Language.GERMAN);
  }

  @Test
  void refusesAFallbackThatIsNotRegistered() {
    assertThatThrownBy(() -> new TemplateLanguages(Set.of(Language.DUTCH), Language.FRENCH))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
