/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.pages;

import java.util.List;
import org.koprogo.domain.i18n.Messages;
import org.koprogo.domain.shared.ErrorCode;

/**
 * The page an unknown assembly's address answers, with the same frame as the others, and the
 * library's own explanation of the {@code NOT_FOUND} code in the reader's language ({@link
 * Messages}, Dutch as the fallback like the pages).
 */
final class NotFoundPage {
  private NotFoundPage() {}

  /** The page for {@code path}, which has nothing to show: no such assembly. */
  static String render(PageTexts t, String path, List<PageLayout.NavLink> nav) {
    return render(t, path, nav, "notFound.text");
  }

  /** The page for {@code path}, which has nothing to show, saying why with the text {@code why}. */
  static String render(PageTexts t, String path, List<PageLayout.NavLink> nav, String why) {
    Html h = PageLayout.open(t, t.get("notFound.title"), path, nav);
    h.element("h1", t.get("notFound.title")).newline();
    h.element("p", t.get(why)).newline();
    h.element("p", ErrorCode.NOT_FOUND.name() + ": "
        + Messages.of(t.language().tag(), PageLanguage.FALLBACK.tag()).error(ErrorCode.NOT_FOUND),
        "class", "detail", "data-code", ErrorCode.NOT_FOUND.name()).newline();
    h.open("p").element("a", t.get("notFound.back"),
        "href", PageLayout.href(TransparencyPage.PATH, t.language())).close("p").newline();
    return PageLayout.close(h, t, TransparencyPage.DATA_PATH);
  }
}
