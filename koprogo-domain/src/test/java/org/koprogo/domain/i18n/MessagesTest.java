/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.community.CommunityModule;
import org.koprogo.domain.shared.ErrorCode;

class MessagesTest {

  @Test
  void speaksFrenchDutchGermanAndEnglish() {
    assertThat(Messages.of("fr").error(ErrorCode.MODULE_DISABLED)).isEqualTo("Ce module communautaire n'est pas activé dans l'immeuble.");
    assertThat(Messages.of("nl-BE").name(CommunityModule.NOTICE_BOARD)).isEqualTo("Prikbord");
    assertThat(Messages.of("de").name(CommunityModule.LOCAL_EXCHANGE)).isEqualTo("Tauschring");
    assertThat(Messages.of("en").error(ErrorCode.LOAN_OVERLAP)).isEqualTo("The object is already booked for part of that period.");
  }

  @Test
  void fallsBackToTheChosenLanguageNeverToTheMachinesLocale() {
    assertThat(Messages.of("it", "nl").language()).isEqualTo("nl");
    assertThat(Messages.of(null).language()).isEqualTo("en");
    assertThat(Messages.of("xx", "xx").error(ErrorCode.NOT_FOUND)).isEqualTo("Not found.");
  }

  @Test
  void formatsArgumentsAndKeepsApostrophes() {
    assertThat(Messages.of("fr").text("notice.hidden", "publicité")).isEqualTo("Masqué par le conseil : publicité");
    assertThat(Messages.of("en").text("no.such.key")).isEqualTo("no.such.key");
  }

  @Test
  void explainsEveryErrorCodeInEachOfTheFourLanguages() throws IOException {
    List<String> missing = new ArrayList<>();
    for (String suffix : List.of("", "_fr", "_nl", "_de")) {
      Properties texts = new Properties();
      try (InputStream in = Messages.class.getResourceAsStream("messages" + suffix + ".properties")) {
        texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
      for (ErrorCode code : ErrorCode.values()) {
        String text = texts.getProperty("error." + code.name());
        if (text == null || text.isBlank()) {
          missing.add("messages" + suffix + ": " + code);
        }
      }
    }

    assertThat(missing).isEmpty();
  }
}
