/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HtmlTest {

  @Test
  void escapesTheFiveMarkupCharactersOfText() {
    String escaped = Html.escape("<a href=\"x\">Tom & Jerry's</a>");

    assertThat(escaped).isEqualTo("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
  }

  @Test
  void escapesAttributeValuesSoTheyCannotCloseTheAttribute() {
    String html = new Html().element("a", "x", "href", "\" onclick=\"alert(1)").toString();

    assertThat(html).isEqualTo("<a href=\"&quot; onclick=&quot;alert(1)\">x</a>");
  }

  @Test
  void leavesOutAnAttributeWhoseValueIsNull() {
    String html = new Html().element("a", "x", "href", "/", "aria-current", null).toString();

    assertThat(html).isEqualTo("<a href=\"/\">x</a>");
  }

  @Test
  void refusesATagOrAttributeNameThatIsNotAName() {
    assertThatThrownBy(() -> new Html().open("a onclick=x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Html().open("a", "on click", "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Html().open("a", "href"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void closesVoidElements() {
    assertThat(new Html().empty("meta", "charset", "utf-8").toString())
        .isEqualTo("<meta charset=\"utf-8\" />");
  }
}
