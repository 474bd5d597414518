/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.koprogo.domain.shared.Fraction;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.out.StoredNames;

/**
 * Domain records to JSON text and back, by reflection on their components: what the aggregate
 * store writes. Values are written by their declared type: text for decimals, dates, instants,
 * currencies, fractions ({@code "1/3"}) and enums; {@code {"currency", "minor"}} for money; arrays
 * for lists and sets; arrays of {@code {"k", "v"}} for maps (any key type); null for an empty
 * {@link Optional}. A record whose declared type is an interface (a sealed hierarchy) carries its
 * stable name ({@link StoredNames}, the class name when none is registered) in {@code "@type"};
 * an enum constant whose declared type is an interface (a {@code MajorityRule}) is {@code
 * {"@enum", "name"}}, the enum named the same way. Reading calls the canonical constructor, so the
 * domain's validation runs again. Anything else (a class with hidden state) is refused.
 */
final class RecordJson {
  private RecordJson() {}

  private static final Map<Class<?>, Function<String, Object>> TEXT = new LinkedHashMap<>();

  static {
    TEXT.put(String.class, s -> s);
    TEXT.put(BigDecimal.class, BigDecimal::new);
    TEXT.put(BigInteger.class, BigInteger::new);
    TEXT.put(LocalDate.class, LocalDate::parse);
    TEXT.put(LocalDateTime.class, LocalDateTime::parse);
    TEXT.put(LocalTime.class, LocalTime::parse);
    TEXT.put(Instant.class, Instant::parse);
    TEXT.put(OffsetDateTime.class, OffsetDateTime::parse);
    TEXT.put(Duration.class, Duration::parse);
    TEXT.put(Period.class, Period::parse);
    TEXT.put(YearMonth.class, YearMonth::parse);
    TEXT.put(Year.class, Year::parse);
    TEXT.put(Currency.class, Currency::getInstance);
  }

  /** {@code record} as JSON text, naming polymorphic values by the library's {@link StoredNames}. */
  static String write(Record record) {
    return write(record, StoredNames.library());
  }

  /** {@code record} as JSON text, naming polymorphic values by {@code names}. */
  static String write(Record record, StoredNames names) {
    StringBuilder out = new StringBuilder();
    Json.write(encode(record, record.getClass(), names), out);
    return out.toString();
  }

  /** The record of {@code type} that {@code json} describes (library names). */
  static <A extends Record> A read(String json, Class<A> type) {
    return read(json, type, StoredNames.library());
  }

  /** The record of {@code type} that {@code json} describes, its polymorphic values named by {@code names}. */
  static <A extends Record> A read(String json, Class<A> type, StoredNames names) {
    return type.cast(decode(Json.parse(json), type, names));
  }

  // --- encoding to a tree of Map, List, String, Long, Boolean, null ---

  private static Object encode(Object value, Type declared, StoredNames names) {
    if (value == null) {
      return null;
    }
    Class<?> raw = rawOf(declared);
    if (value instanceof Optional<?> o) {
      return o.isEmpty() ? null : encode(o.get(), argument(declared, 0), names);
    }
    if (value instanceof Boolean) {
      return value;
    }
    if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof Character c) {
      return String.valueOf(c);
    }
    if (value instanceof Enum<?> e) {
      if (!raw.isEnum()) {
        // declared as an interface the enum implements (a MajorityRule): name the enum too
        Map<String, Object> constant = new LinkedHashMap<>();
        constant.put("@enum", names.nameOf(e.getDeclaringClass()));
        constant.put("name", e.name());
        return constant;
      }
      return e.name();
    }
    if (value instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (value instanceof Currency c) {
      return c.getCurrencyCode();
    }
    if (value instanceof Fraction f) {
      return f.numerator() + "/" + f.denominator();
    }
    if (value instanceof Money m) {
      Map<String, Object> money = new LinkedHashMap<>();
      money.put("currency", m.currency().getCurrencyCode());
      money.put("minor", m.minorUnits());
      return money;
    }
    if (TEXT.containsKey(value.getClass())) {
      return value.toString();
    }
    if (value instanceof Collection<?> c) {
      List<Object> list = new ArrayList<>(c.size());
      for (Object item : c) {
        list.add(encode(item, argument(declared, 0), names));
      }
      return list;
    }
    if (value instanceof Map<?, ?> m) {
      List<Object> entries = new ArrayList<>(m.size());
      for (Map.Entry<?, ?> e : m.entrySet()) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("k", encode(e.getKey(), argument(declared, 0), names));
        entry.put("v", encode(e.getValue(), argument(declared, 1), names));
        entries.add(entry);
      }
      return entries;
    }
    if (value instanceof Record r) {
      Map<String, Object> object = new LinkedHashMap<>();
      if (raw != r.getClass()) {
        object.put("@type", names.nameOf(r.getClass()));
      }
      for (RecordComponent c : r.getClass().getRecordComponents()) {
        try {
          c.getAccessor().setAccessible(true);
          object.put(c.getName(), encode(c.getAccessor().invoke(r), c.getGenericType(), names));
        } catch (IllegalAccessException | InvocationTargetException e) {
          throw new IllegalArgumentException("cannot read " + c.getName() + " of " + r.getClass().getName(), e);
        }
      }
      return object;
    }
    throw new IllegalArgumentException(
        value.getClass().getName() + " is not storable: only records, their value types and collections are");
  }

  // --- decoding ---

  private static Object decode(Object tree, Type declared, StoredNames names) {
    Class<?> raw = rawOf(declared);
    if (raw == Optional.class) {
      return tree == null ? Optional.empty() : Optional.of(decode(tree, argument(declared, 0), names));
    }
    if (tree == null) {
      return null;
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return tree;
    }
    if (raw == long.class || raw == Long.class) {
      return ((Number) tree).longValue();
    }
    if (raw == int.class || raw == Integer.class) {
      return Math.toIntExact(((Number) tree).longValue());
    }
    if (raw == short.class || raw == Short.class) {
      return (short) ((Number) tree).longValue();
    }
    if (raw == byte.class || raw == Byte.class) {
      return (byte) ((Number) tree).longValue();
    }
    if (raw == char.class || raw == Character.class) {
      return ((String) tree).charAt(0);
    }
    if (raw.isEnum()) {
      return enumValue(raw, (String) tree);
    }
    if (raw == Fraction.class) {
      String[] parts = ((String) tree).split("/");
      return Fraction.of(new BigInteger(parts[0]), new BigInteger(parts[1]));
    }
    if (raw == Money.class) {
      Map<?, ?> money = (Map<?, ?>) tree;
      return Money.ofMinor(Currency.getInstance((String) money.get("currency")), ((Number) money.get("minor")).longValue());
    }
    Function<String, Object> text = TEXT.get(raw);
    if (text != null) {
      return text.apply((String) tree);
    }
    if (Collection.class.isAssignableFrom(raw)) {
      Collection<Object> result =
          SortedSet.class.isAssignableFrom(raw) ? new TreeSet<>()
              : Set.class.isAssignableFrom(raw) ? new LinkedHashSet<>()
              : new ArrayList<>();
      for (Object item : (List<?>) tree) {
        result.add(decode(item, argument(declared, 0), names));
      }
      return result;
    }
    if (Map.class.isAssignableFrom(raw)) {
      Map<Object, Object> result = SortedMap.class.isAssignableFrom(raw) ? new TreeMap<>() : new LinkedHashMap<>();
      for (Object item : (List<?>) tree) {
        Map<?, ?> entry = (Map<?, ?>) item;
        result.put(decode(entry.get("k"), argument(declared, 0), names), decode(entry.get("v"), argument(declared, 1), names));
      }
      return result;
    }
    Map<?, ?> object = (Map<?, ?>) tree;
    if (object.containsKey("@enum")) {
      Class<?> type = classNamed((String) object.get("@enum"), raw, names);
      if (!type.isEnum()) {
        throw new IllegalArgumentException(type.getName() + " is not an enum");
      }
      return enumValue(type, (String) object.get("name"));
    }
    Class<?> type = raw;
    if (object.containsKey("@type")) {
      type = classNamed((String) object.get("@type"), raw, names);
    }
    if (!type.isRecord()) {
      throw new IllegalArgumentException(type.getName() + " is not storable: only records are");
    }
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    Object[] args = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      args[i] = decode(object.get(components[i].getName()), components[i].getGenericType(), names);
    }
    try {
      Constructor<?> canonical = type.getDeclaredConstructor(types);
      if (!Modifier.isPublic(canonical.getModifiers()) || !Modifier.isPublic(type.getModifiers())) {
        canonical.setAccessible(true);
      }
      return canonical.newInstance(args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r; // the domain refused what was stored: surface its own error
      }
      throw new IllegalStateException("cannot rebuild " + type.getName(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot rebuild " + type.getName(), e);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object enumValue(Class<?> type, String name) {
    return Enum.valueOf((Class) type, name);
  }

  private static Class<?> classNamed(String name, Class<?> expected, StoredNames names) {
    Class<?> type = names.typeNamed(name, expected.getClassLoader());
    if (!expected.isAssignableFrom(type)) {
      throw new IllegalArgumentException(name + " is not a " + expected.getName());
    }
    return type;
  }

  private static Class<?> rawOf(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    if (type instanceof WildcardType w) {
      return rawOf(w.getUpperBounds()[0]);
    }
    return Object.class;
  }

  private static Type argument(Type type, int index) {
    if (type instanceof ParameterizedType p) {
      return p.getActualTypeArguments()[index];
    }
    return Object.class;
  }

  /** A minimal JSON writer and reader for the trees above (integers only; no floating point). */
  static final class Json {
    private Json() {}

    static void write(Object v, StringBuilder out) {
      if (v == null) {
        out.append("null");
      } else if (v instanceof String s) {
        string(s, out);
      } else if (v instanceof Long || v instanceof Boolean) {
        out.append(v);
      } else if (v instanceof Map<?, ?> m) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : m.entrySet()) {
          if (!first) {
            out.append(',');
          }
          first = false;
          string((String) e.getKey(), out);
          out.append(':');
          write(e.getValue(), out);
        }
        out.append('}');
      } else if (v instanceof List<?> l) {
        out.append('[');
        for (int i = 0; i < l.size(); i++) {
          if (i > 0) {
            out.append(',');
          }
          write(l.get(i), out);
        }
        out.append(']');
      } else {
        throw new IllegalArgumentException("not a JSON tree value: " + v.getClass());
      }
    }

    private static void string(String s, StringBuilder out) {
      out.append('"');
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '"' || c == '\\') {
          out.append('\\').append(c);
        } else if (c < 0x20) {
          out.append(String.format("\\u%04x", (int) c));
        } else {
          out.append(c);
        }
      }
      out.append('"');
    }

    static Object parse(String text) {
      int[] at = {0};
      Object v = value(text, at);
      skip(text, at);
      if (at[0] != text.length()) {
        throw new IllegalArgumentException("trailing text at " + at[0]);
      }
      return v;
    }

    private static Object value(String t, int[] at) {
      skip(t, at);
      char c = t.charAt(at[0]);
      switch (c) {
        case '{' -> {
          at[0]++;
          Map<String, Object> m = new LinkedHashMap<>();
          skip(t, at);
          if (t.charAt(at[0]) == '}') {
            at[0]++;
            return m;
          }
          while (true) {
            skip(t, at);
            String key = (String) value(t, at);
            skip(t, at);
            expect(t, at, ':');
            m.put(key, value(t, at));
            skip(t, at);
            if (t.charAt(at[0]) == ',') {
              at[0]++;
            } else {
              expect(t, at, '}');
              return m;
            }
          }
        }
        case '[' -> {
          at[0]++;
          List<Object> l = new ArrayList<>();
          skip(t, at);
          if (t.charAt(at[0]) == ']') {
            at[0]++;
            return l;
          }
          while (true) {
            l.add(value(t, at));
            skip(t, at);
            if (t.charAt(at[0]) == ',') {
              at[0]++;
            } else {
              expect(t, at, ']');
              return l;
            }
          }
        }
        case '"' -> {
          at[0]++;
          StringBuilder s = new StringBuilder();
          while (true) {
            char d = t.charAt(at[0]++);
            if (d == '"') {
              return s.toString();
            }
            if (d == '\\') {
              char e = t.charAt(at[0]++);
              switch (e) {
                case 'u' -> {
                  s.append((char) Integer.parseInt(t.substring(at[0], at[0] + 4), 16));
                  at[0] += 4;
                }
                case 'n' -> s.append('\n');
                case 't' -> s.append('\t');
                case 'r' -> s.append('\r');
                case 'b' -> s.append('\b');
                case 'f' -> s.append('\f');
                default -> s.append(e);
              }
            } else {
              s.append(d);
            }
          }
        }
        default -> {
          if (t.startsWith("null", at[0])) {
            at[0] += 4;
            return null;
          }
          if (t.startsWith("true", at[0])) {
            at[0] += 4;
            return Boolean.TRUE;
          }
          if (t.startsWith("false", at[0])) {
            at[0] += 5;
            return Boolean.FALSE;
          }
          int start = at[0];
          if (t.charAt(at[0]) == '-') {
            at[0]++;
          }
          while (at[0] < t.length() && Character.isDigit(t.charAt(at[0]))) {
            at[0]++;
          }
          return Long.parseLong(t.substring(start, at[0]));
        }
      }
    }

    private static void skip(String t, int[] at) {
      while (at[0] < t.length() && Character.isWhitespace(t.charAt(at[0]))) {
        at[0]++;
      }
    }

    private static void expect(String t, int[] at, char c) {
      if (t.charAt(at[0]) != c) {
        throw new IllegalArgumentException("expected '" + c + "' at " + at[0]);
      }
      at[0]++;
    }
  }
}
