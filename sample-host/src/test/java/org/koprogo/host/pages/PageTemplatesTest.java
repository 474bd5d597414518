/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageTemplatesTest {
  private static PageLayout.Frame frame(PageLanguage language) {
    return new PageLayout.Frame(language, "Test <page>", "/test", List.of(), "/test/data.json");
  }

  @Test
  void fillsANamedPlaceholderWithTheTextOfThePagesLanguage() {
    String html = PageTemplates.render("test-missing-text", frame(PageLanguage.DE), Map.of("year", "2025", "missing", false));

    PageDocument page = PageDocument.parse(html);
    assertThat(page.text("//p[@id='known']")).isEqualTo(PageTexts.of(PageLanguage.DE).get("transparency.title", "year", "2025"));
    assertThat(page.text("/html/@lang")).isEqualTo("de");
    assertThat(page.text("/html/head/title")).isEqualTo("Test <page> · KoproGo");
    assertThat(html).contains("Test &lt;page&gt; · KoproGo").doesNotContain("<!--");
  }

  @Test
  void failsOnATextNoBundleHas() {
    assertThatThrownBy(() -> PageTemplates.render("test-missing-text", frame(PageLanguage.FR),
        Map.of("year", "2025", "missing", true)))
        .hasStackTraceContaining("no text for no.such.text");
  }
}
