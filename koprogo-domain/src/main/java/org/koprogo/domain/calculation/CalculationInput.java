/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.calculation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.koprogo.domain.shared.Decimals;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;

/**
 * Typed, strict reading of one JSON-like object of a calculation's input, with the error codes
 * of RULES.md version 2: {@code MISSING_FIELD}, {@code INVALID_NUMBER} (a decimal that is not a
 * JSON string in plain notation of at most 64 characters, a whole number that is not a JSON
 * integer), {@code INVALID_AMOUNT}, {@code UNKNOWN_CURRENCY}, {@code AMOUNT_OVERFLOW}, {@code
 * INVALID_DATE}, and {@code INVALID_FIELD} for a value of the wrong type elsewhere. Every error
 * names the field by its path ({@code costs[2].amount}); a value quoted in an error is cut to a
 * bounded length.
 *
 * <p>A field that is present with a JSON {@code null} counts as absent for optional fields and
 * as {@code MISSING_FIELD} for required ones.
 */
public final class CalculationInput {
  private static final DateTimeFormatter ISO_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  private final Map<String, Object> values;
  private final String path;
  /** Every object of the input read so far, this one included (shared along one input). */
  private final List<CalculationInput> tree;
  private final Set<String> read = new HashSet<>();

  private CalculationInput(Map<String, Object> values, String path, List<CalculationInput> tree) {
    this.values = values;
    this.path = path;
    this.tree = tree;
    tree.add(this);
  }

  /**
   * Reads a top-level input object.
   *
   * @param values the top-level JSON object, as a map of its fields
   * @return the input, at the root path
   */
  public static CalculationInput of(Map<String, ?> values) {
    return new CalculationInput(copy(values), "", new ArrayList<>());
  }

  /**
   * Refuses a field that the calculation did not read, in this object or any object read from
   * it: a misspelt field ({@code "sesion"}) must never pass as if it were absent. Call it after a
   * family has evaluated the input ({@link RuleFamilies#evaluate} does).
   *
   * @throws KoproGoException {@code INVALID_FIELD} naming the first unknown field by its path
   */
  public void requireEveryFieldRead() {
    for (CalculationInput object : tree) {
      for (String field : object.values.keySet()) {
        if (!object.read.contains(field)) {
          throw KoproGoException.of(
              ErrorCode.INVALID_FIELD,
              object.pathOf(Decimals.shown(field)) + " is not a field of this calculation",
              "field", object.pathOf(Decimals.shown(field)));
        }
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> copy(Map<String, ?> values) {
    Objects.requireNonNull(values, "values");
    return (Map<String, Object>) values;
  }

  /**
   * The path of a field of this object, for errors.
   *
   * @param field the field's name
   * @return its dotted path from the root, such as {@code "owners[2].shares"}
   */
  public String pathOf(String field) {
    return path.isEmpty() ? field : path + "." + field;
  }

  /**
   * True when the field is present and not null.
   *
   * @param field the field's name
   * @return whether it has a non-null value (the field counts as read)
   */
  public boolean has(String field) {
    read.add(field);
    return values.get(field) != null;
  }

  /**
   * True when the field is present, even with a JSON null.
   *
   * @param field the field's name
   * @return whether the field is present (the field counts as read)
   */
  public boolean contains(String field) {
    read.add(field);
    return values.containsKey(field);
  }

  /**
   * The raw value, or null.
   *
   * @param field the field's name
   * @return its value as the JSON reader gave it, or null when absent
   */
  public Object raw(String field) {
    read.add(field);
    return values.get(field);
  }

  /**
   * A required string.
   *
   * @param field the field's name
   * @return its text
   * @throws KoproGoException {@code MISSING_FIELD} when absent, {@code INVALID_FIELD} when not a
   *     string
   */
  public String string(String field) {
    Object v = required(field);
    if (v instanceof String s) {
      return s;
    }
    throw wrongType(field, v, "a string");
  }

  /**
   * An optional string, or {@code fallback}.
   *
   * @param field the field's name
   * @param fallback the value when the field is absent or null
   * @return its text, or {@code fallback}
   * @throws KoproGoException {@code INVALID_FIELD} when present but not a string
   */
  public String string(String field, String fallback) {
    return has(field) ? string(field) : fallback;
  }

  /**
   * A required choice among names (a method, a day count): its text, or, for a value of another
   * JSON type, that value written as text, so that the caller's parse refuses it with the
   * choice's own code ({@code UNKNOWN_METHOD}, {@code UNKNOWN_DAY_COUNT}) rather than a type error.
   *
   * @param field the field's name
   * @return the chosen name, or the value written as text
   * @throws KoproGoException {@code MISSING_FIELD} when absent
   */
  public String choice(String field) {
    Object v = required(field);
    return v instanceof String s ? s : String.valueOf(shown(v));
  }

  /**
   * An optional choice, or {@code fallback}.
   *
   * @param field the field's name
   * @param fallback the choice when the field is absent or null
   * @return the chosen name, or {@code fallback}
   */
  public String choice(String field, String fallback) {
    return has(field) ? choice(field) : fallback;
  }

  /**
   * A required boolean.
   *
   * @param field the field's name
   * @return its value
   * @throws KoproGoException {@code MISSING_FIELD} when absent, {@code INVALID_FIELD} when not a
   *     boolean
   */
  public boolean bool(String field) {
    Object v = required(field);
    if (v instanceof Boolean b) {
      return b;
    }
    throw wrongType(field, v, "true or false");
  }

  /**
   * An optional boolean, or {@code fallback}.
   *
   * @param field the field's name
   * @param fallback the value when the field is absent or null
   * @return its value, or {@code fallback}
   * @throws KoproGoException {@code INVALID_FIELD} when present but not a boolean
   */
  public boolean bool(String field, boolean fallback) {
    return has(field) ? bool(field) : fallback;
  }

  /**
   * The currency named by {@code currency}, EUR by default.
   *
   * @return the currency of the input's amounts
   * @throws KoproGoException {@code UNKNOWN_CURRENCY} when the JDK does not know it or it has no
   *     minor units
   */
  public Currency currency() {
    return has("currency") ? Money.currency(string("currency")) : Money.EUR;
  }

  /**
   * A required amount of {@code currency}.
   *
   * @param field the field's name
   * @param currency the currency of the amount
   * @return the amount
   * @throws KoproGoException {@code MISSING_FIELD} when absent, {@code INVALID_NUMBER} when not a
   *     plain decimal string, {@code INVALID_AMOUNT} with more decimals than the currency has,
   *     {@code AMOUNT_OVERFLOW} beyond 64-bit minor units
   */
  public Money money(String field, Currency currency) {
    Object v = required(field);
    return Money.parse(decimalText(field, v), currency, pathOf(field));
  }

  /**
   * An optional amount, or {@code fallback}.
   *
   * @param field the field's name
   * @param currency the currency of the amount
   * @param fallback the amount when the field is absent or null
   * @return the amount, or {@code fallback}
   * @throws KoproGoException as {@link #money(String, Currency)} when the field is present
   */
  public Money money(String field, Currency currency, Money fallback) {
    return has(field) ? money(field, currency) : fallback;
  }

  /**
   * A required decimal (weights, shares, percents, rates) of any scale.
   *
   * @param field the field's name
   * @return its exact value
   * @throws KoproGoException {@code MISSING_FIELD} when absent, {@code INVALID_NUMBER} when not a
   *     plain decimal string of at most 64 characters
   */
  public BigDecimal decimal(String field) {
    Object v = required(field);
    return Decimals.parse(decimalText(field, v), pathOf(field));
  }

  /**
   * An optional decimal, or {@code fallback}.
   *
   * @param field the field's name
   * @param fallback the value when the field is absent or null
   * @return its exact value, or {@code fallback}
   * @throws KoproGoException {@code INVALID_NUMBER} when present but not a plain decimal string
   */
  public BigDecimal decimal(String field, BigDecimal fallback) {
    return has(field) ? decimal(field) : fallback;
  }

  /**
   * A required whole number (counts, ranks, days, months): a JSON integer, nothing else (RULES.md
   * version 2: {@code "3"}, {@code 3.0}, {@code 2.5} and {@code true} are refused).
   *
   * @param field the field
   * @param outOfRange the field's own code, for an integer beyond the range of a {@code long}
   *     (callers check their narrower range with the same code)
   * @return the value
   * @throws KoproGoException {@code MISSING_FIELD} when absent, {@code INVALID_NUMBER} for any
   *     other JSON type, {@code outOfRange} for an integer beyond a {@code long}
   */
  public long integer(String field, ErrorCode outOfRange) {
    Object v = required(field);
    if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
      return ((Number) v).longValue();
    }
    if (v instanceof BigInteger i) {
      if (i.bitLength() < Long.SIZE) {
        return i.longValue();
      }
      throw KoproGoException.of(
          outOfRange == null ? ErrorCode.INVALID_NUMBER : outOfRange,
          pathOf(field) + " is out of range",
          "field", pathOf(field), "value", Decimals.shown(i.toString()));
    }
    throw KoproGoException.of(
        ErrorCode.INVALID_NUMBER,
        pathOf(field) + " must be a JSON integer, got " + describe(v),
        "field", pathOf(field), "value", shown(v));
  }

  /**
   * An optional whole number, or {@code fallback}.
   *
   * @param field the field's name
   * @param errorIfNotInteger the field's own code, for a value that is not a whole number in range
   * @param fallback the value when the field is absent or null
   * @return its value, or {@code fallback}
   * @throws KoproGoException {@code errorIfNotInteger} when present but not a JSON integer in range
   */
  public long integer(String field, ErrorCode errorIfNotInteger, long fallback) {
    return has(field) ? integer(field, errorIfNotInteger) : fallback;
  }

  /**
   * A required date, exactly {@code yyyy-MM-dd} in ASCII digits with a year from 0001 to 9999.
   *
   * @param field the field's name
   * @return the date
   * @throws KoproGoException {@code MISSING_FIELD} when absent, {@code INVALID_DATE} for anything
   *     else, an impossible date included
   */
  public LocalDate date(String field) {
    Object v = required(field);
    if (v instanceof String s && isDateShape(s)) {
      try {
        return LocalDate.parse(s, ISO_DATE);
      } catch (DateTimeParseException e) {
        // an impossible date: refused below
      }
    }
    throw KoproGoException.of(
        ErrorCode.INVALID_DATE, describe(v) + " in " + pathOf(field) + " is not a date (yyyy-MM-dd)",
        "field", pathOf(field), "value", shown(v));
  }

  private static boolean isDateShape(String s) {
    if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      char c = s.charAt(i);
      if (i != 4 && i != 7 && (c < '0' || c > '9')) {
        return false;
      }
    }
    return !s.startsWith("0000");
  }

  /**
   * An optional date, or {@code fallback}.
   *
   * @param field the field's name
   * @param fallback the date when the field is absent or null
   * @return the date, or {@code fallback}
   * @throws KoproGoException {@code INVALID_DATE} when present but not a valid {@code yyyy-MM-dd}
   *     date
   */
  public LocalDate date(String field, LocalDate fallback) {
    return has(field) ? date(field) : fallback;
  }

  /**
   * A required nested object.
   *
   * @param field the field's name
   * @return the nested object, reading fields under its path
   * @throws KoproGoException {@code MISSING_FIELD} when absent, {@code INVALID_FIELD} when not an
   *     object
   */
  public CalculationInput object(String field) {
    Object v = required(field);
    return asObject(v, pathOf(field));
  }

  /**
   * An optional nested object, or null.
   *
   * @param field the field's name
   * @return the nested object, or null when absent
   * @throws KoproGoException {@code INVALID_FIELD} when present but not an object
   */
  public CalculationInput optionalObject(String field) {
    return has(field) ? object(field) : null;
  }

  /**
   * A required list of objects.
   *
   * @param field the field's name
   * @return the objects, each reading fields under its indexed path ({@code owners[0]})
   * @throws KoproGoException {@code MISSING_FIELD} when absent, {@code INVALID_FIELD} when not a
   *     list of objects
   */
  public List<CalculationInput> objects(String field) {
    List<?> list = list(field);
    List<CalculationInput> result = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      result.add(asObject(list.get(i), pathOf(field) + "[" + i + "]"));
    }
    return result;
  }

  /**
   * An optional list of objects, empty when absent.
   *
   * @param field the field's name
   * @return the objects, or an empty list
   * @throws KoproGoException {@code INVALID_FIELD} when present but not a list of objects
   */
  public List<CalculationInput> optionalObjects(String field) {
    return has(field) ? objects(field) : List.of();
  }

  /**
   * A required list of strings.
   *
   * @param field the field's name
   * @return the strings, in order
   * @throws KoproGoException {@code MISSING_FIELD} when absent, {@code INVALID_FIELD} when not a
   *     list of strings
   */
  public List<String> strings(String field) {
    List<?> list = list(field);
    List<String> result = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      Object item = list.get(i);
      if (!(item instanceof String s)) {
        throw wrongType(field + "[" + i + "]", item, "a string");
      }
      result.add(s);
    }
    return result;
  }

  /**
   * A required list of decimals, each a JSON string (checked by {@link Decimals#parse} when
   * read).
   *
   * @param field the field's name
   * @return the decimal texts, in order
   * @throws KoproGoException {@code INVALID_NUMBER} for an element of another JSON type
   * @throws KoproGoException {@code MISSING_FIELD} when absent, {@code INVALID_FIELD} when not a
   *     list
   */
  public List<String> decimalTexts(String field) {
    List<?> list = list(field);
    List<String> result = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      result.add(decimalText(field + "[" + i + "]", list.get(i)));
    }
    return result;
  }

  /**
   * An optional list of strings, empty when absent.
   *
   * @param field the field's name
   * @return the strings, or an empty list
   * @throws KoproGoException {@code INVALID_FIELD} when present but not a list of strings
   */
  public List<String> optionalStrings(String field) {
    return has(field) ? strings(field) : List.of();
  }

  /**
   * A required list of anything.
   *
   * @param field the field's name
   * @return the list as read
   * @throws KoproGoException {@code MISSING_FIELD} when absent, {@code INVALID_FIELD} when not a
   *     list
   */
  public List<?> list(String field) {
    Object v = required(field);
    if (v instanceof List<?> l) {
      return l;
    }
    throw wrongType(field, v, "a list");
  }

  /**
   * A required JSON object read as a map of its entries, in their order ({@code {unit: weight}}).
   *
   * @param field the field's name
   * @return its entries, in order
   * @throws KoproGoException {@code MISSING_FIELD} when absent, {@code INVALID_FIELD} when not an
   *     object
   */
  public Map<String, Object> map(String field) {
    Object v = required(field);
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> result = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        result.put(String.valueOf(e.getKey()), e.getValue());
      }
      return result;
    }
    throw wrongType(field, v, "an object");
  }

  /**
   * An optional JSON object read as a map, empty when absent.
   *
   * @param field the field's name
   * @return its entries, or an empty map
   * @throws KoproGoException {@code INVALID_FIELD} when present but not an object
   */
  public Map<String, Object> optionalMap(String field) {
    return has(field) ? map(field) : Map.of();
  }

  /**
   * Reads a decimal that is a value of a map entry ({@code weights.A1}), naming it in errors.
   *
   * @param mapField the name of the object field holding the entry
   * @param key the entry's key
   * @param value the entry's value
   * @return the exact value
   * @throws KoproGoException {@code MISSING_FIELD} for a null value, {@code INVALID_NUMBER} when
   *     not a plain decimal string
   */
  public BigDecimal decimalEntry(String mapField, String key, Object value) {
    String p = pathOf(mapField) + "." + key;
    if (value == null) {
      throw KoproGoException.of(
          ErrorCode.MISSING_FIELD, p + " is required", "field", p);
    }
    return Decimals.parse(decimalText(mapField + "." + key, value), p);
  }

  private Object required(String field) {
    read.add(field);
    Object v = values.get(field);
    if (v == null) {
      throw KoproGoException.of(
          ErrorCode.MISSING_FIELD, pathOf(field) + " is required", "field", pathOf(field));
    }
    return v;
  }

  private String decimalText(String field, Object v) {
    if (v instanceof String s) {
      return s;
    }
    throw KoproGoException.of(
        ErrorCode.INVALID_NUMBER,
        pathOf(field) + " must be a decimal written as a JSON string, got " + describe(v),
        "field", pathOf(field), "value", shown(v));
  }

  /** A value as an error may carry it: text cut to a bounded length, containers named. */
  private static Object shown(Object v) {
    if (v instanceof String s) {
      return Decimals.shown(s);
    }
    if (v instanceof Map || v instanceof List) {
      return describe(v);
    }
    return v == null ? null : Decimals.shown(String.valueOf(v));
  }

  private CalculationInput asObject(Object v, String path) {
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> values = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        values.put(String.valueOf(e.getKey()), e.getValue());
      }
      return new CalculationInput(values, path, tree);
    }
    throw KoproGoException.of(
        ErrorCode.INVALID_FIELD, path + " must be an object, got " + describe(v),
        "field", path, "value", shown(v));
  }

  private KoproGoException wrongType(String field, Object v, String expected) {
    return KoproGoException.of(
        ErrorCode.INVALID_FIELD,
        pathOf(field) + " must be " + expected + ", got " + describe(v),
        "field", pathOf(field), "value", shown(v));
  }

  private static String describe(Object v) {
    if (v == null) {
      return "null";
    }
    if (v instanceof String s) {
      return "'" + Decimals.shown(s) + "'";
    }
    if (v instanceof Map) {
      return "an object";
    }
    if (v instanceof List) {
      return "a list";
    }
    return String.valueOf(v);
  }
}
