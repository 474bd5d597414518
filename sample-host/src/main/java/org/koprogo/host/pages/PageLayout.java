/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.pages;

import java.util.List;

/**
 * What the frame every public page shares needs (template {@code pages/templates/layout.html}:
 * the {@code lang} attribute, a skip link, the landmarks with the site and language navigation,
 * the style sheet and the footer with the page's data link): the addresses, the navigation and
 * the {@code ?lang=} links.
 */
public final class PageLayout {
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
  public record NavLink(String path, String label) {}

  /**
   * One page's frame.
   *
   * @param language the page's language
   * @param title the page's title (the layout adds the site's name)
   * @param path the page's own path (for the language switch and the current link)
   * @param nav the site navigation
   * @param dataPath where the page's inputs are published
   */
  public record Frame(PageLanguage language, String title, String path, List<NavLink> nav, String dataPath) {
    public Frame {
      nav = List.copyOf(nav);
    }

    /** {@code path?lang=xx} in this page's language. */
    public String href(String target) {
      return PageLayout.href(target, language);
    }

    /** This page in {@code other}. */
    public String hrefIn(PageLanguage other) {
      return PageLayout.href(path, other);
    }

    /** The four languages, in the switch's order. */
    public List<PageLanguage> languages() {
      return List.of(PageLanguage.values());
    }

    /** True for the link to this page. */
    public boolean current(NavLink link) {
      return link.path().equals(path);
    }

    /** Where the style sheet is served. */
    public String stylesheet() {
      return STYLESHEET;
    }

    /** Where the icon is served. */
    public String icon() {
      return ICON;
    }
  }

  /** {@code path?lang=xx}: internal links keep the language the reader chose. */
  static String href(String path, PageLanguage language) {
    return path + "?lang=" + language.tag();
  }
}
