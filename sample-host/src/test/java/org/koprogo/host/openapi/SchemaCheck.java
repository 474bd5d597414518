/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The served OpenAPI document and a JSON Schema check of answers against it (the OpenAPI 3.0
 * subset the document uses): {@code $ref}, {@code allOf}, {@code oneOf}/{@code anyOf}, {@code
 * type}, {@code nullable}, {@code enum}, {@code required}, {@code properties}, {@code
 * additionalProperties}, {@code items}, {@code pattern}, and the formats {@code date} and {@code
 * date-time} (a date must be a {@code yyyy-MM-dd} string, never an array or a number).
 */
final class SchemaCheck {
  private final Map<String, Object> document;

  SchemaCheck(Map<String, Object> document) {
    this.document = document;
  }

  Map<String, Object> document() {
    return document;
  }

  /** The schema {@code schema} names through {@code $ref}, followed to its end. */
  @SuppressWarnings("unchecked")
  Map<String, Object> resolve(Map<String, Object> schema) {
    int hops = 0;
    while (schema != null && schema.get("$ref") instanceof String ref && ref.startsWith("#/") && hops++ < 10) {
      Object node = document;
      for (String part : ref.substring(2).split("/")) {
        node = node instanceof Map<?, ?> map ? map.get(part) : null;
      }
      schema = node instanceof Map<?, ?> ? (Map<String, Object>) node : Map.of();
    }
    return schema == null ? Map.of() : schema;
  }

  /** The problems of {@code value} against {@code schema}, each naming {@code route} and the path. */
  List<String> violations(String route, JsonNode value, Map<String, Object> schema) {
    List<String> found = new ArrayList<>();
    validate(route, value, schema, "", found);
    return found;
  }

  @SuppressWarnings("unchecked")
  private void validate(String route, JsonNode value, Map<String, Object> schema, String at, List<String> found) {
    if (schema == null) {
      return;
    }
    if (schema.containsKey("$ref")) {
      boolean nullable = Boolean.TRUE.equals(schema.get("nullable"));
      if (!(nullable && (value == null || value.isNull()))) {
        validate(route, value, resolve(schema), at, found);
      }
      return;
    }
    String where = at.isEmpty() ? "the body" : at;
    if (value == null || value.isNull()) {
      if (!Boolean.TRUE.equals(schema.get("nullable")) && (schema.containsKey("type")
          || schema.containsKey("allOf") || schema.containsKey("properties"))) {
        found.add(route + ": " + where + " is null, not nullable");
      }
      return;
    }
    if (schema.get("allOf") instanceof List<?> all) {
      for (Object part : all) {
        validate(route, value, (Map<String, Object>) part, at, found);
      }
    }
    for (String key : List.of("oneOf", "anyOf")) {
      if (schema.get(key) instanceof List<?> alternatives && !alternatives.isEmpty()) {
        boolean any = false;
        for (Object alternative : alternatives) {
          List<String> inner = new ArrayList<>();
          validate(route, value, (Map<String, Object>) alternative, at, inner);
          any |= inner.isEmpty();
        }
        if (!any) {
          found.add(route + ": " + where + " matches none of its " + key + " (" + abbreviated(value.toString()) + ")");
        }
      }
    }
    Object type = schema.get("type");
    boolean ok = type == null || switch (String.valueOf(type)) {
      case "object" -> value.isObject();
      case "array" -> value.isArray();
      case "string" -> value.isTextual();
      case "integer" -> value.isIntegralNumber();
      case "number" -> value.isNumber();
      case "boolean" -> value.isBoolean();
      default -> true;
    };
    if (!ok) {
      found.add(route + ": " + where + " is " + value.getNodeType() + ", documented " + type + " ("
          + abbreviated(value.toString()) + ")");
      return;
    }
    if (schema.get("enum") instanceof List<?> values && !values.isEmpty()
        && values.stream().noneMatch(v -> String.valueOf(v).equals(value.asText()))) {
      found.add(route + ": " + where + " = " + abbreviated(value.asText()) + " is not one of " + values);
    }
    if (value.isTextual()) {
      String text = value.asText();
      Object format = schema.get("format");
      try {
        if ("date".equals(format)) {
          LocalDate.parse(text);
        } else if ("date-time".equals(format)) {
          OffsetDateTime.parse(text);
        }
      } catch (DateTimeParseException e) {
        found.add(route + ": " + where + " = " + abbreviated(text) + " is not a " + format);
      }
      if (schema.get("pattern") instanceof String pattern) {
        try {
          if (!Pattern.compile(pattern).matcher(text).find()) {
            found.add(route + ": " + where + " = " + abbreviated(text) + " does not match " + pattern);
          }
        } catch (PatternSyntaxException e) {
          found.add(route + ": " + where + " has an invalid pattern " + pattern);
        }
      }
    }
    if (value.isObject()) {
      for (Object required : (List<Object>) schema.getOrDefault("required", List.of())) {
        if (!value.has((String) required)) {
          found.add(route + ": " + at + "." + required + " is required but absent");
        }
      }
      Map<String, Object> properties = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
      Object additional = schema.get("additionalProperties");
      for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        Object property = properties.get(field.getKey());
        if (property instanceof Map<?, ?>) {
          validate(route, field.getValue(), (Map<String, Object>) property, at + "." + field.getKey(), found);
        } else if (additional instanceof Map<?, ?>) {
          validate(route, field.getValue(), (Map<String, Object>) additional, at + "." + field.getKey(), found);
        } else if (Boolean.FALSE.equals(additional)) {
          found.add(route + ": " + at + "." + field.getKey() + " is not a documented property");
        }
      }
    }
    if (value.isArray() && schema.get("items") instanceof Map<?, ?> items) {
      for (int i = 0; i < value.size(); i++) {
        validate(route, value.get(i), (Map<String, Object>) items, at + "[" + i + "]", found);
      }
    }
  }

  static String abbreviated(String text) {
    return text.length() <= 160 ? text : text.substring(0, 160) + "...";
  }
}
