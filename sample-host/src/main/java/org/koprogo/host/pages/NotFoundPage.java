/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.pages;

import java.util.List;
import java.util.Map;
import org.koprogo.domain.i18n.Messages;
import org.koprogo.domain.shared.ErrorCode;

/**
 * The page an unknown assembly's address answers (template {@code
 * pages/templates/not-found.html}), with the same frame as the others, and the library's own
 * explanation of the {@code NOT_FOUND} code in the reader's language ({@link Messages}, Dutch as
 * the fallback like the pages).
 */
final class NotFoundPage {
  private NotFoundPage() {}

  /** The page for {@code path}, which has nothing to show: no such assembly. */
  static String render(PageTexts t, String path, List<PageLayout.NavLink> nav) {
    return render(t, path, nav, "notFound.text");
  }

  /** The page for {@code path}, which has nothing to show, saying why with the text {@code why}. */
  static String render(PageTexts t, String path, List<PageLayout.NavLink> nav, String why) {
    PageLayout.Frame frame = new PageLayout.Frame(
        t.language(), t.get("notFound.title"), path, nav, TransparencyPage.DATA_PATH);
    return PageTemplates.render("not-found", frame, Map.of(
        "why", why,
        "code", ErrorCode.NOT_FOUND.name(),
        "explanation", Messages.of(t.language().tag(), PageLanguage.FALLBACK.tag()).error(ErrorCode.NOT_FOUND),
        "back", TransparencyPage.PATH));
  }
}
