/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.pages;

import java.util.HashMap;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.IMessageResolver;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The public pages' Thymeleaf templates ({@code pages/templates/*.html} on the class path, HTML
 * mode, UTF-8, parsed once and kept): the markup lives there, the code gives them the library's
 * figures. The template engine escapes every text ({@code th:text}) and attribute value it writes,
 * so data (a cost category, a resolution's title) can never inject markup.
 *
 * <p>Texts come from {@link PageTexts} (the bundles {@code pages/i18n/pages_xx.properties}): a
 * template writes {@code #{key}} or, with named placeholders, {@code #{key('year', ${year})}}
 * (name, value pairs). A key no bundle has fails the rendering. Thread-safe.
 *
 * <p>Every template sees {@code lang} (the {@link PageLanguage}), {@code fmt} (its {@link
 * PageFormats}), {@code words} (the {@link PageWords} for texts chosen from the data) and {@code
 * frame} (the {@link PageLayout.Frame}: title, path, navigation, data link).
 */
final class PageTemplates {
  /** Where the templates are, on the class path. */
  static final String LOCATION = "pages/templates/";

  private static final TemplateEngine ENGINE = engine();

  private PageTemplates() {}

  /** The page {@code template} in {@code frame}'s language, with the page's own {@code variables}. */
  static String render(String template, PageLayout.Frame frame, Map<String, Object> variables) {
    PageLanguage language = frame.language();
    PageTexts texts = PageTexts.of(language);
    PageFormats formats = new PageFormats(language);
    Map<String, Object> all = new HashMap<>(variables);
    all.put("lang", language);
    all.put("fmt", formats);
    all.put("words", new PageWords(texts, formats));
    all.put("frame", frame);
    return ENGINE.process(template, new Context(language.locale(), all));
  }

  private static TemplateEngine engine() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(PageTemplates.class.getClassLoader());
    resolver.setPrefix(LOCATION);
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    TemplateEngine engine = new TemplateEngine();
    engine.setTemplateResolver(resolver);
    engine.setMessageResolver(new Messages());
    return engine;
  }

  /** {@code #{key('name', value, ...)}}: the {@link PageTexts} of the context's language. */
  private static final class Messages implements IMessageResolver {
    @Override
    public String getName() {
      return "koprogo-pages";
    }

    @Override
    public Integer getOrder() {
      return 0;
    }

    @Override
    public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] parameters) {
      PageLanguage language = PageLanguage.ofTag(context.getLocale().toLanguageTag()).orElse(PageLanguage.FALLBACK);
      String[] args = new String[parameters == null ? 0 : parameters.length];
      for (int i = 0; i < args.length; i++) {
        args[i] = String.valueOf(parameters[i]);
      }
      return PageTexts.of(language).get(key, args);
    }

    @Override
    public String createAbsentMessageRepresentation(
        ITemplateContext context, Class<?> origin, String key, Object[] parameters) {
      throw new IllegalArgumentException("no text for " + key);
    }
  }
}
