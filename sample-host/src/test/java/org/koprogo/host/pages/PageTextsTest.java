/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.assembly.BelgianCoOwnershipRules;
import org.koprogo.domain.assembly.DecisionType;
import org.koprogo.domain.assembly.FrenchCoOwnershipRules;
import org.koprogo.domain.assembly.FrenchMajority;
import org.koprogo.domain.assembly.OneMemberOneVote;
import org.koprogo.domain.assembly.Majority;
import org.koprogo.domain.assembly.Outcome;
import org.koprogo.domain.assembly.ProxyRefusal;
import org.koprogo.domain.assembly.QuorumRule;

class PageTextsTest {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

  @Test
  void everyLanguageHasEveryKey() {
    Set<String> english = PageTexts.keys(PageLanguage.EN);

    for (PageLanguage l : PageLanguage.values()) {
      assertThat(PageTexts.keys(l)).as(l.tag()).containsExactlyInAnyOrderElementsOf(english);
    }
  }

  @Test
  void everyTranslationHasTheSamePlaceholdersAsTheEnglishText() {
    PageTexts english = PageTexts.of(PageLanguage.EN);

    for (PageLanguage l : PageLanguage.values()) {
      PageTexts texts = PageTexts.of(l);
      for (String key : PageTexts.keys(PageLanguage.EN)) {
        assertThat(placeholders(texts.get(key))).as(l.tag() + " " + key)
            .isEqualTo(placeholders(english.get(key)));
      }
    }
  }

  @Test
  void namesEveryDecisionTypeMajorityRuleSetOutcomeQuorumRuleAndRefusalOfTheLibrary() {
    PageTexts dutch = PageTexts.of(PageLanguage.NL);

    for (DecisionType t : DecisionType.values()) {
      assertThat(dutch.find("decision." + t.name())).as(t.name()).isPresent();
    }
    for (Majority m : Majority.values()) {
      assertThat(dutch.find("majority." + m.name())).isPresent();
      assertThat(dutch.find("majority.short." + m.name())).isPresent();
    }
    for (FrenchMajority m : FrenchMajority.values()) {
      assertThat(dutch.find("majority." + m.name())).isPresent();
      assertThat(dutch.find("majority.short." + m.name())).isPresent();
    }
    assertThat(dutch.find("rules." + BelgianCoOwnershipRules.NAME)).isPresent();
    assertThat(dutch.find("rules." + FrenchCoOwnershipRules.NAME)).isPresent();
    assertThat(dutch.find("rules." + OneMemberOneVote.NAME)).isPresent();
    for (Outcome o : Outcome.values()) {
      assertThat(dutch.find("outcome." + o.name())).isPresent();
      assertThat(dutch.find("outcome.sentence." + o.name())).isPresent();
    }
    for (QuorumRule r : QuorumRule.values()) {
      assertThat(dutch.find("quorum.reached." + r.name())).isPresent();
    }
    for (ProxyRefusal r : ProxyRefusal.values()) {
      assertThat(dutch.find("proxies." + r.name())).isPresent();
    }
  }

  @Test
  void replacesNamedPlaceholdersLiterallyKeepingApostrophes() {
    String text = PageTexts.of(PageLanguage.FR).get("transparency.title", "year", "2025");

    assertThat(text).isEqualTo("Transparence : les comptes de l'association pour 2025");
  }

  private static Set<String> placeholders(String text) {
    Set<String> names = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }
}
