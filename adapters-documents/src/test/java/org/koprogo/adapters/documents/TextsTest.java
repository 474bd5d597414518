/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.assembly.DecisionType;
import org.koprogo.domain.assembly.Majority;
import org.koprogo.domain.assembly.ProxyRefusal;

class TextsTest {

  private static Properties load(DocumentLanguage language) throws IOException {
    Properties p = new Properties();
    try (InputStream in = Texts.class.getResourceAsStream("i18n/documents_" + language.code() + ".properties")) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void everyLanguageHasEveryKey() throws IOException {
    Set<Object> english = load(DocumentLanguage.EN).keySet();

    for (DocumentLanguage language : DocumentLanguage.values()) {
      assertThat(load(language).keySet()).as(language.code()).isEqualTo(english);
    }
  }

  @Test
  void namesEveryMajorityDecisionTypeAndProxyRefusal() {
    for (DocumentLanguage language : DocumentLanguage.values()) {
      Texts t = Texts.of(language);
      for (Majority m : Majority.values()) {
        assertThat(t.has("majority." + m.name())).as(language + " " + m).isTrue();
      }
      for (DecisionType d : DecisionType.values()) {
        assertThat(t.has("decision." + d.name())).as(language + " " + d).isTrue();
      }
      for (ProxyRefusal r : ProxyRefusal.values()) {
        assertThat(t.has("refusal." + r.name())).as(language + " " + r).isTrue();
      }
    }
  }

  @Test
  void writesTheCivilCodeInTheReadersLanguage() {
    assertThat(Texts.of(DocumentLanguage.FR).article("Civil Code art. 3.87 §7")).isEqualTo("Code civil, art. 3.87 §7");
    assertThat(Texts.of(DocumentLanguage.NL).article("Civil Code art. 3.88 §3"))
        .isEqualTo("Burgerlijk Wetboek, art. 3.88 §3");
    assertThat(Texts.of(DocumentLanguage.DE).article("Code de la copropriété art. 25"))
        .isEqualTo("Code de la copropriété art. 25");
  }

  @Test
  void fallsBackToDutchWhenTheLanguageIsUnknownOrMalformed() {
    assertThat(DocumentLanguage.of("fr-BE")).isEqualTo(DocumentLanguage.FR);
    assertThat(DocumentLanguage.of("de_BE")).isEqualTo(DocumentLanguage.DE);
    assertThat(DocumentLanguage.of("EN")).isEqualTo(DocumentLanguage.EN);
    assertThat(DocumentLanguage.of(null)).isEqualTo(DocumentLanguage.NL);
    assertThat(DocumentLanguage.of("")).isEqualTo(DocumentLanguage.NL);
    assertThat(DocumentLanguage.of("es")).isEqualTo(DocumentLanguage.NL);
    assertThat(DocumentLanguage.of("!!")).isEqualTo(DocumentLanguage.NL);
    assertThat(DocumentLanguage.of("x".repeat(1000))).isEqualTo(DocumentLanguage.NL);
  }

  @Test
  void readsTheFirstKnownLanguageOfAnAcceptLanguageHeader() {
    assertThat(DocumentLanguage.fromAcceptLanguage("de-BE,fr;q=0.8")).isEqualTo(DocumentLanguage.DE);
    assertThat(DocumentLanguage.fromAcceptLanguage("es,fr;q=0.5,en;q=0.4")).isEqualTo(DocumentLanguage.FR);
    assertThat(DocumentLanguage.fromAcceptLanguage("nl-BE, fr;q=0.5")).isEqualTo(DocumentLanguage.NL);
    assertThat(DocumentLanguage.fromAcceptLanguage("*")).isEqualTo(DocumentLanguage.NL);
    assertThat(DocumentLanguage.fromAcceptLanguage(null)).isEqualTo(DocumentLanguage.NL);
    assertThat(DocumentLanguage.fromAcceptLanguage("es,".repeat(400))).isEqualTo(DocumentLanguage.NL);
  }
}
