/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.documents;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.koprogo.domain.assembly.DecisionType;
import org.koprogo.domain.assembly.Majority;
import org.koprogo.domain.assembly.RequiredMajority;

/**
 * The documents' texts in one language, from {@code i18n/documents_xx.properties} beside the
 * templates (UTF-8): the templates' {@code #{key}} and the names of majorities and decision types.
 * Every language file has every key (a test checks it), so a missing key is a bug and shows as
 * {@code ??key??}. Immutable and thread-safe.
 */
public final class Texts {
  private static final String BUNDLE = "org.koprogo.adapters.documents.i18n.documents";
  private static final String CIVIL_CODE = "Civil Code art. ";
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final DocumentLanguage language;
  private final ResourceBundle bundle;

  private Texts(DocumentLanguage language) {
    this.language = language;
    this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(), Texts.class.getClassLoader(), NO_FALLBACK);
  }

  /** The texts in {@code language}. */
  public static Texts of(DocumentLanguage language) {
    return new Texts(language);
  }

  /** The language of these texts. */
  public DocumentLanguage language() {
    return language;
  }

  /** True when {@code key} has a text. */
  public boolean has(String key) {
    return bundle.containsKey(key);
  }

  /** The text of {@code key} with its {@link MessageFormat} arguments, {@code ??key??} if none. */
  public String text(String key, Object... args) {
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      return "??" + key + "??";
    }
    return args == null || args.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(args);
  }

  /** The name of a majority ({@code absolute majority}); a majority of another rule set by name. */
  public String majority(RequiredMajority required) {
    String name = required.majority().name();
    return has("majority." + name) ? text("majority." + name) : name;
  }

  /** The decision type's description, or an empty text when the majority was stated directly. */
  public String decisionType(RequiredMajority required) {
    DecisionType type = required.decisionType();
    return type == null ? "" : text("decision." + type.name());
  }

  /**
   * The statute that sets a majority, in this language: the decision type's article, or the
   * majority's own legal basis, with the override reason when there is one.
   */
  public String legalBasis(RequiredMajority required) {
    String article = required.decisionType() != null
        ? required.decisionType().article()
        : required.majority().legalBasis();
    String basis = article(article);
    return required.isOverridden() ? text("majority.overridden", basis, required.overrideReason()) : basis;
  }

  /** {@code Civil Code art. 3.87} written in this language ({@code Code civil, art. 3.87}). */
  public String article(String article) {
    return article.startsWith(CIVIL_CODE)
        ? text("civilCode", article.substring(CIVIL_CODE.length()))
        : article;
  }

  /** True for the majorities this library knows by name (the Belgian ones). */
  static boolean belgian(RequiredMajority required) {
    return required.majority() instanceof Majority;
  }

  private Locale locale() {
    return language.locale();
  }
}
