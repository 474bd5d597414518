/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.pages;

import org.koprogo.domain.association.Quarter;
import org.koprogo.domain.assembly.DecisionType;
import org.koprogo.domain.assembly.Majority;
import org.koprogo.domain.assembly.MajorityRule;
import org.koprogo.domain.assembly.RequiredMajority;
import org.koprogo.domain.assembly.VoteCount;
import org.koprogo.domain.shared.Fraction;

/**
 * The texts a template cannot pick by a fixed key because they depend on the data (in the
 * template: {@code words}): a label the bundles may not know, a majority of another rule set, the
 * legal basis written in the page's language, why a resolution was rejected. Texts only, never
 * markup (the template escapes them).
 */
public final class PageWords {
  /** How the library's articles start ("Civil Code art. 3.88 §1, 1°"). */
  private static final String CIVIL_CODE = "Civil Code art. ";

  private final PageTexts t;
  private final PageFormats fmt;

  PageWords(PageTexts texts, PageFormats formats) {
    this.t = texts;
    this.fmt = formats;
  }

  /** The page text for a data label ({@code cost.staff}), or the label itself. */
  public String label(String prefix, String label) {
    return t.find(prefix + label).orElse(label);
  }

  /** The quarter's short name in the page's language ("T1 2025", "K1 2025", "Q1 2025"). */
  public String quarter(Quarter quarter) {
    return t.get("quarter.short",
        "number", Integer.toString(quarter.number()), "year", Integer.toString(quarter.year()));
  }

  /**
   * The page's text for a majority ({@code majority.TWO_THIRDS}, or with {@code
   * majority.short.} its short form); a majority rule the pages have no text for (a jurisdiction
   * added later) is written with the statute the library names.
   */
  public String majority(String prefix, MajorityRule majority) {
    return t.find(prefix + majority.name()).orElseGet(majority::legalBasis);
  }

  /**
   * The legal basis in the page's language: the article the library names for the decision
   * type ({@link DecisionType#article()}, "Civil Code art. 3.88 §1, 1°") written with the
   * language's name of the code, the decision described, the statutes for an association, and an
   * override's reason as the minutes give it.
   */
  public String legalBasis(RequiredMajority majority, boolean members) {
    if (members) {
      return t.get("basis.statutes");
    }
    DecisionType type = majority.decisionType();
    String article = type == null ? majority.majority().legalBasis() : type.article();
    String basis = article.startsWith(CIVIL_CODE)
        ? t.get("basis.article", "article", article.substring(CIVIL_CODE.length()))
        : article;
    basis = basis.replace("(exception)", "(" + t.get("basis.exception") + ")");
    if (type != null) {
      basis = basis + " (" + t.get("decision." + type.name()) + ")";
    }
    if (majority.isOverridden()) {
      basis = basis + ", " + t.get("basis.overridden", "reason", majority.overrideReason());
    }
    return basis;
  }

  /** Why a resolution with a quorum was rejected, from its majority and its count. */
  public String whyRejected(VoteCount c) {
    MajorityRule majority = c.majority().majority();
    if (majority == Majority.UNANIMITY) {
      return t.get("why.UNANIMITY");
    }
    if (majority == Majority.UNANIMITY_OF_PRESENT) {
      return t.get("why.UNANIMITY_OF_PRESENT");
    }
    if (c.cast().isZero()) {
      return t.get("why.noVoteCast");
    }
    return t.get("why.ratio", "percent", fmt.percent(c.forVotes().dividedBy(c.cast())),
        "needed", majority("majority.short.", majority));
  }

  /** {@code " (79.73% of the votes cast)"} for {@code part} of {@code c}, or nothing when no vote was cast. */
  public String ofCast(VoteCount c, Fraction part) {
    if (c.cast().isZero()) {
      return "";
    }
    return " (" + t.get("assembly.ofCast", "percent", fmt.percent(part.dividedBy(c.cast()))) + ")";
  }
}
