/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.pages;

import java.util.Objects;
import org.koprogo.domain.assembly.Resolution;

/**
 * One item of an assembly's agenda: the resolution put to the vote (majority, ballots,
 * exclusions) and its title as the minutes write it.
 *
 * @param resolution the resolution
 * @param title its title
 * @param language the language of the title, or null when the minutes do not say
 * @param postponed true when the item was left unvoted at the closing: it has no count and no
 *     outcome (its resolution carries no ballot)
 */
public record AgendaItem(Resolution resolution, String title, PageLanguage language, boolean postponed) {
  public AgendaItem {
    Objects.requireNonNull(resolution, "resolution");
    Objects.requireNonNull(title, "title");
  }

  /** An item put to the vote. */
  public AgendaItem(Resolution resolution, String title, PageLanguage language) {
    this(resolution, title, language, false);
  }
}
