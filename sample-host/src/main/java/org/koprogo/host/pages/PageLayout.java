/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.pages;

import java.util.List;

/**
 * The frame every public page shares: the {@code lang} attribute, a skip link, the landmarks
 * (banner with the site and language navigation, main, content info) and the style sheet.
 */
final class PageLayout {
  /** Where the style sheet is served. */
  static final String STYLESHEET = "/pages/pages.css";
  /** Where the icon is served (browsers ask for one; a missing icon is an error in their log). */
  static final String ICON = "/pages/favicon.svg";

  private PageLayout() {}

  /**
   * A link of the site navigation.
   *
   * @param path the page's path, without the language
   * @param label the link's text
   */
  record NavLink(String path, String label) {}

  /** {@code path?lang=xx}: internal links keep the language the reader chose. */
  static String href(String path, PageLanguage language) {
    return path + "?lang=" + language.tag();
  }

  /**
   * Opens the page up to the start of {@code <main>}'s content.
   *
   * @param path the page's own path (for the language switch and the current link)
   * @param nav the site navigation
   */
  static Html open(PageTexts texts, String title, String path, List<NavLink> nav) {
    PageLanguage language = texts.language();
    Html h = new Html().doctype();
    h.open("html", "lang", language.tag(), "dir", "ltr").newline();
    h.open("head").newline();
    h.empty("meta", "charset", "utf-8").newline();
    h.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").newline();
    h.element("title", title + " · KoproGo").newline();
    h.empty("link", "rel", "stylesheet", "href", STYLESHEET).newline();
    h.empty("link", "rel", "icon", "href", ICON, "type", "image/svg+xml").newline();
    for (PageLanguage l : PageLanguage.values()) {
      h.empty("link", "rel", "alternate", "hreflang", l.tag(), "href", href(path, l)).newline();
    }
    h.close("head").newline();
    h.open("body").newline();
    h.element("a", texts.get("layout.skip"), "class", "skip-link", "href", "#main").newline();
    h.open("header", "class", "site-header").open("div", "class", "wrap header-row").newline();
    h.element("p", "KoproGo", "class", "brand").newline();
    h.open("nav", "class", "site-nav", "aria-label", texts.get("layout.nav")).open("ul");
    for (NavLink link : nav) {
      h.open("li").element("a", link.label(),
          "href", href(link.path(), language),
          "aria-current", link.path().equals(path) ? "page" : null).close("li");
    }
    h.close("ul").close("nav").newline();
    h.open("nav", "class", "language-nav", "aria-label", texts.get("layout.languages"))
        .open("ul");
    for (PageLanguage l : PageLanguage.values()) {
      h.open("li").element("a", l.nativeName(),
          "href", href(path, l), "hreflang", l.tag(), "lang", l.tag(),
          "aria-current", l == language ? "true" : null).close("li");
    }
    h.close("ul").close("nav").newline();
    h.close("div").close("header").newline();
    h.open("main", "id", "main", "tabindex", "-1").open("div", "class", "wrap").newline();
    return h;
  }

  /** Closes {@code <main>}, writes the footer and closes the page. */
  static String close(Html h, PageTexts texts, String dataPath) {
    h.close("div").close("main").newline();
    h.open("footer", "class", "site-footer").open("div", "class", "wrap").newline();
    h.open("p").text(texts.get("layout.computed") + " ")
        .element("a", texts.get("layout.data"), "href", dataPath)
        .text(" " + texts.get("layout.api")).close("p").newline();
    h.element("p", texts.get("layout.licence")).newline();
    h.close("div").close("footer").newline();
    h.close("body").newline().close("html").newline();
    return h.toString();
  }
}
