/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.pages;

import java.util.List;

/** The page an unknown assembly's address answers, with the same frame as the others. */
final class NotFoundPage {
  private NotFoundPage() {}

  /** The page for {@code path}, which has nothing to show. */
  static String render(PageTexts t, String path, List<PageLayout.NavLink> nav) {
    Html h = PageLayout.open(t, t.get("notFound.title"), path, nav);
    h.element("h1", t.get("notFound.title")).newline();
    h.element("p", t.get("notFound.text")).newline();
    h.open("p").element("a", t.get("notFound.back"),
        "href", PageLayout.href(TransparencyPage.PATH, t.language())).close("p").newline();
    return PageLayout.close(h, t, TransparencyPage.DATA_PATH);
  }
}
