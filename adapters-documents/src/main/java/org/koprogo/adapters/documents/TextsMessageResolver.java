/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.documents;

import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.IMessageResolver;

/** Resolves the templates' {@code #{key(args)}} with the {@link Texts} of the context's language. */
final class TextsMessageResolver implements IMessageResolver {
  @Override
  public String getName() {
    return "koprogo-documents";
  }

  @Override
  public Integer getOrder() {
    return 0;
  }

  @Override
  public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] parameters) {
    DocumentLanguage language = DocumentLanguage.of(context.getLocale().toLanguageTag());
    return Texts.of(language).text(key, parameters);
  }

  @Override
  public String createAbsentMessageRepresentation(
      ITemplateContext context, Class<?> origin, String key, Object[] parameters) {
    return "??" + key + "??";
  }
}
