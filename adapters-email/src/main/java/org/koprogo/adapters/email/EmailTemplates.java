/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.email;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.koprogo.ports.out.notification.Intent;
import org.koprogo.ports.out.notification.Language;
import org.koprogo.ports.out.notification.TemplateValue;

/**
 * The subject and text of each {@link Intent} in French, Dutch, German and English, from {@code
 * email_xx.properties}: the same sentences as the WhatsApp templates, with a subject line. A
 * placeholder {@code {name}} takes the notification's value {@code name}: a text as given, an
 * amount as {@code 250.00 EUR}, a date in full in the language ({@code 12 mai 2026}). Immutable
 * and thread-safe.
 */
public final class EmailTemplates {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");
  private static final Map<Language, Properties> TEXTS = new EnumMap<>(Language.class);

  static {
    for (Language l : Language.values()) {
      Properties p = new Properties();
      try (InputStream in = EmailTemplates.class.getResourceAsStream("email_" + l.code() + ".properties")) {
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      TEXTS.put(l, p);
    }
  }

  private EmailTemplates() {}

  /** A rendered email. */
  public record Rendered(String subject, String body) {}

  /**
   * The email of {@code intent} in {@code language} with {@code values}.
   *
   * @throws IllegalArgumentException when a placeholder has no value
   */
  public static Rendered render(Intent intent, Language language, Map<String, TemplateValue> values) {
    return render(intent, language, values, false);
  }

  /**
   * The email of {@code intent} in {@code language} with {@code values}, in its variant for an
   * email that carries a document ({@code <INTENT>.attached.subject} and {@code .body}) when {@code
   * attached} and the intent has one: the convocation's email then says that it is the convocation,
   * attached, as the owner agreed in writing (Civil Code art. 3.87 §3), where the plain variant
   * announces a convocation that comes by letter.
   *
   * @param intent the intent
   * @param language the recipient's language
   * @param values the notification's values
   * @param attached whether the email carries the intent's document
   * @return the subject and text
   * @throws IllegalArgumentException when a placeholder has no value
   */
  public static Rendered render(Intent intent, Language language, Map<String, TemplateValue> values,
      boolean attached) {
    Properties texts = TEXTS.get(language);
    String prefix = attached && texts.getProperty(intent.name() + ".attached.body") != null
        ? intent.name() + ".attached" : intent.name();
    String subject = texts.getProperty(prefix + ".subject");
    String body = texts.getProperty(prefix + ".body");
    if (subject == null || body == null) {
      throw new IllegalStateException("no email template for " + intent + " in " + language.code());
    }
    return new Rendered(fill(subject, language, values, intent), fill(body, language, values, intent));
  }

  private static String fill(String pattern, Language language, Map<String, TemplateValue> values, Intent intent) {
    Matcher m = PLACEHOLDER.matcher(pattern);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      TemplateValue v = values.get(m.group(1));
      if (v == null) {
        throw new IllegalArgumentException("the " + intent + " email needs the value '" + m.group(1) + "'");
      }
      m.appendReplacement(out, Matcher.quoteReplacement(format(v, language)));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** A value as the email writes it. */
  static String format(TemplateValue value, Language language) {
    if (value instanceof TemplateValue.Text t) {
      return t.text();
    }
    if (value instanceof TemplateValue.Amount a) {
      return a.amount().toPlainString() + " " + a.amount().currency().getCurrencyCode();
    }
    TemplateValue.Day d = (TemplateValue.Day) value;
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag(language.code()))
        .format(d.date());
  }
}
