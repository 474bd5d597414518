/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.whatsapp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.ports.out.notification.Intent;
import org.koprogo.ports.out.notification.Language;
import org.koprogo.ports.out.notification.TemplateValue;

/**
 * One WhatsApp message template (category UTILITY): its name at Meta, its body parameters in
 * order, and its body text in each language, as an organisation registers it.
 *
 * @param intent the intent it tells, never null
 * @param name the template's name at Meta (lower case, digits, underscores), never null
 * @param parameters the body parameters, in the order of {@code {{1}}}, {@code {{2}}}, ...
 * @param bodies the body text per language, with the placeholders {@code {{1}}} .. {@code {{n}}}
 */
public record NotificationTemplate(
    Intent intent, String name, List<Parameter> parameters, Map<Language, String> bodies) {

  /** The category every KoproGo template is registered in. */
  public static final String CATEGORY = "UTILITY";

  public NotificationTemplate {
    Objects.requireNonNull(intent, "intent");
    Objects.requireNonNull(name, "name");
    if (!name.matches("[a-z0-9_]{1,512}")) {
      throw new IllegalArgumentException("not a template name: " + name);
    }
    parameters = List.copyOf(parameters);
    bodies = Collections.unmodifiableMap(new EnumMap<>(bodies));
  }

  /** What a parameter holds, and so how it is formatted. */
  public enum Kind {
    TEXT,
    AMOUNT,
    DATE
  }

  /** A named body parameter. */
  public record Parameter(String name, Kind kind) {
    public Parameter {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(kind, "kind");
    }
  }

  /**
   * The body parameters' texts in order, formatted in {@code language}.
   *
   * @param values the notification's values by name: exactly this template's parameters
   * @throws KoproGoException {@code MISSING_FIELD} for a missing value, {@code INVALID_FIELD} for
   *     a value of the wrong kind or a name the template does not have
   */
  public List<String> render(Map<String, TemplateValue> values, Language language) {
    for (String given : values.keySet()) {
      if (parameters.stream().noneMatch(p -> p.name().equals(given))) {
        throw KoproGoException.of(
            ErrorCode.INVALID_FIELD,
            "template " + name + " has no parameter " + given,
            "field", given, "value", name);
      }
    }
    List<String> texts = new ArrayList<>();
    for (Parameter parameter : parameters) {
      TemplateValue value = values.get(parameter.name());
      if (value == null) {
        throw KoproGoException.of(
            ErrorCode.MISSING_FIELD,
            "template " + name + " needs the value " + parameter.name(),
            "field", parameter.name(), "value", null);
      }
      if (kindOf(value) != parameter.kind()) {
        throw KoproGoException.of(
            ErrorCode.INVALID_FIELD,
            "template " + name + " takes " + parameter.kind() + " for " + parameter.name(),
            "field", parameter.name(), "value", value);
      }
      texts.add(LocalizedValues.format(value, language));
    }
    return List.copyOf(texts);
  }

  /** The body a recipient sees in {@code language} with the given parameter texts. */
  public String preview(Language language, List<String> texts) {
    String body = bodies.get(language);
    for (int i = texts.size(); i >= 1; i--) {
      body = body.replace("{{" + i + "}}", texts.get(i - 1));
    }
    return body;
  }

  private static Kind kindOf(TemplateValue value) {
    if (value instanceof TemplateValue.Amount) {
      return Kind.AMOUNT;
    }
    if (value instanceof TemplateValue.Day) {
      return Kind.DATE;
    }
    return Kind.TEXT;
  }
}
