/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.koprogo.host.HttpCalls;
import org.koprogo.host.HttpCalls.Answer;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * A schemathesis-style fuzz of the host (issue 20): for every operation of the served OpenAPI
 * document, requests built from the operation's own schema and then made hostile with a
 * fixed-seed generator: wrong JSON types, unknown fields, huge and tiny numbers, huge strings and
 * arrays, nulls and null list elements, malformed and deeply nested JSON, the wrong media type,
 * hostile path and query parameters, anonymous and with the demo accounts of every kind of
 * organisation. Every answer must come within its time, never be a 5xx, carry a status the
 * document lists for the operation (so a route answering 201 where 200 is documented is found),
 * every JSON success must match its documented schema, and every error must be a problem document
 * ({@code application/problem+json}) matching the {@code Problem} schema, carrying its HTTP status
 * and a stable code ({@code UPPER_SNAKE_CASE}). {@code OpenApiStatefulTest} is the stateful phase
 * (valid bodies, creates, repeated creates, stale versions).
 *
 * <p>The run is bounded ({@value #PER_OPERATION} requests per operation, about 3,000 in all) and
 * repeatable: a failure names the seed's request, so that it can be replayed. The host runs on a
 * database of its own, since the fuzz changes the demo data as any client may.
 */
@MicronautTest
@Property(name = "koprogo.jdbc.url",
    value = "jdbc:h2:mem:koprogo-fuzz;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@Property(name = "micronaut.http.client.read-timeout", value = "20s")
@Property(name = "koprogo.security.login.account-failures", value = "1000000")
@Property(name = "koprogo.security.login.address-failures", value = "1000000")
class OpenApiFuzzTest {
  /** The generator's seed: change it to explore, keep it to replay. */
  static final long SEED = 0x4B6F70726F476FL;
  /** Hostile requests per documented operation. */
  static final int PER_OPERATION = 22;
  /** An answer slower than this is a hang. */
  static final long SLOW_MILLIS = 8_000;

  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
  private static final List<String> ACCOUNTS = List.of(
      "syndic@tilleuls", "owner@tilleuls", "manager@cailles", "member@cailles", "admin@cailles",
      "admin@koprogo", "auditor@tilleuls");
  /** Ids of the demo data, by path parameter, so that a request reaches validation past its 404. */
  private static final Map<String, List<String>> KNOWN_IDS = Map.ofEntries(
      Map.entry("building", List.of("residence-tilleuls")),
      Map.entry("buildingId", List.of("residence-tilleuls")),
      Map.entry("assembly", List.of("ga-2026")),
      Map.entry("owner", List.of("o-dupont", "o-peeters")),
      Map.entry("member", List.of("m-amrani", "m-devos")),
      Map.entry("group", List.of("cailles-habitat")),
      Map.entry("round", List.of("2026-R1")),
      Map.entry("yearStart", List.of("2026-01-01")),
      Map.entry("quarter", List.of("2026-Q1")),
      Map.entry("lot", List.of("A1", "A3")),
      Map.entry("expense", List.of("elevator-2026-q1")));
  private static final List<String> HOSTILE_IDS = List.of(
      "%20", "%00", "..%2F..%2Fetc%2Fpasswd", "x".repeat(300), "%FF%FE", "%3Cscript%3E",
      "%27%20or%201%3D1%20--", "%C3%BC%F0%9F%98%80", "-1", "99999999999999999999999999", "null",
      "1e999999999", "%7B%7D", "NaN", "true", "A%0D%0AX-Injected:%201");

  @Inject
  @Client("/")
  HttpClient client;

  private Map<String, Object> document;
  private SchemaCheck schemas;

  @Test
  @SuppressWarnings("unchecked")
  void noOperationAnswersA5xxAHangOrAnErrorThatIsNotAProblemDocument() {
    HttpCalls calls = new HttpCalls(client.toBlocking());
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(16 * 1024 * 1024);
    document = (Map<String, Object>) new Yaml(options).load(calls.get("/openapi.yml").body());
    schemas = new SchemaCheck(document);
    List<String> tokens = new ArrayList<>();
    for (String account : ACCOUNTS) {
      Answer login = calls.postJson("/api/v1/login", "{\"username\":\"" + account + "\",\"password\":\"koprogo-demo\"}");
      assertThat(login.status()).as("login of %s", account).isEqualTo(200);
      tokens.add(login.json().path("access_token").asText());
    }
    SplittableRandom random = new SplittableRandom(SEED);
    Set<String> violations = new LinkedHashSet<>();
    Map<String, Integer> answers = new java.util.TreeMap<>();
    int sent = 0;
    Map<String, Object> paths = (Map<String, Object>) document.get("paths");
    for (Map.Entry<String, Object> path : paths.entrySet()) {
      for (Map.Entry<String, Object> op : ((Map<String, Object>) path.getValue()).entrySet()) {
        String method = op.getKey().toUpperCase(Locale.ROOT);
        if (!Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
          continue;
        }
        Map<String, Object> operation = (Map<String, Object>) op.getValue();
        for (int i = 0; i < PER_OPERATION; i++) {
          Hostile request = hostile(random, method, path.getKey(), operation);
          String token = random.nextInt(8) == 0 ? null : tokens.get(random.nextInt(tokens.size()));
          sent++;
          check(method + " " + path.getKey(), operation, request, token, calls, violations, answers);
        }
      }
    }

    System.out.println("OpenApiFuzzTest: " + sent + " requests, answers by status and code: " + answers);
    assertThat(sent).isGreaterThan(2_000);
    // the hostile bodies reach the validation of the library and of the host, not only the gates
    assertThat(answers.keySet()).anyMatch(k -> k.startsWith("2"))
        .anyMatch(k -> k.startsWith("422 INVALID_FIELD"))
        .anyMatch(k -> k.startsWith("400 MALFORMED_JSON"))
        .anyMatch(k -> k.startsWith("404"));
    assertThat(violations).as("hostile requests answered wrongly (seed %s, %s sent)", SEED, sent).isEmpty();
  }

  /** A request to send: its URI, media type and body (null: none), and what made it hostile. */
  record Hostile(String uri, String contentType, String body, String what) {}

  @SuppressWarnings("unchecked")
  private void check(String route, Map<String, Object> operation, Hostile h, String token, HttpCalls calls,
      Set<String> violations, Map<String, Integer> answers) {
    MutableHttpRequest<?> request = request(route.substring(0, route.indexOf(' ')), h);
    if (request == null) {
      return;
    }
    if (token != null) {
      request.bearerAuth(token);
    }
    long start = System.nanoTime();
    Answer answer;
    try {
      answer = calls.exchange(request);
    } catch (RuntimeException e) {
      violations.add(route + " [" + h.what() + "]: no answer (" + e.getClass().getSimpleName() + ": "
          + abbreviated(String.valueOf(e.getMessage())) + ")");
      return;
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    String where = route + " [" + h.what() + (token == null ? ", anonymous" : "") + "]";
    if (millis > SLOW_MILLIS) {
      violations.add(where + ": answered after " + millis + " ms");
    }
    if (answer.status() >= 500) {
      answers.merge(String.valueOf(answer.status()), 1, Integer::sum);
      violations.add(where + ": " + answer.status() + " " + abbreviated(answer.body()));
      return;
    }
    Map<String, Object> responses = (Map<String, Object>) operation.getOrDefault("responses", Map.of());
    if (!responses.containsKey(String.valueOf(answer.status()))) {
      // schemathesis' status_code_conformance: an answer the document does not list
      violations.add(where + ": status " + answer.status() + " is not documented " + responses.keySet());
    }
    if (answer.status() < 400) {
      answers.merge(String.valueOf(answer.status()), 1, Integer::sum);
      Map<String, Object> documented = (Map<String, Object>) responses.get(String.valueOf(answer.status()));
      if (documented != null && answer.contentType().startsWith("application/json")
          && documented.get("content") instanceof Map<?, ?> content
          && content.get("application/json") instanceof Map<?, ?> media
          && media.get("schema") instanceof Map<?, ?> schema) {
        try {
          violations.addAll(schemas.violations(where + " " + answer.status(), answer.json(), (Map<String, Object>) schema));
        } catch (RuntimeException e) {
          violations.add(where + ": " + answer.status() + " body is not JSON: " + abbreviated(answer.body()));
        }
      }
      return;
    }
    if (!answer.contentType().startsWith("application/problem+json")) {
      violations.add(where + ": " + answer.status() + " as " + answer.contentType() + ", not a problem document: "
          + abbreviated(answer.body()));
      return;
    }
    JsonNode problem;
    try {
      problem = answer.json();
    } catch (RuntimeException e) {
      violations.add(where + ": " + answer.status() + " problem document is not JSON: " + abbreviated(answer.body()));
      return;
    }
    answers.merge(answer.status() + " " + problem.path("code").asText(), 1, Integer::sum);
    violations.addAll(schemas.violations(where + " " + answer.status(), problem,
        Map.of("$ref", "#/components/schemas/Problem")));
    if (problem.path("status").asInt() != answer.status()) {
      violations.add(where + ": the problem's status " + problem.path("status") + " is not " + answer.status());
    }
    if (!CODE.matcher(problem.path("code").asText()).matches()) {
      violations.add(where + ": " + answer.status() + " problem without a stable code: " + abbreviated(answer.body()));
    }
  }

  private static MutableHttpRequest<?> request(String method, Hostile h) {
    MutableHttpRequest<?> request;
    try {
      request = switch (method) {
        case "GET" -> HttpRequest.GET(h.uri());
        case "DELETE" -> h.body() == null ? HttpRequest.DELETE(h.uri()) : HttpRequest.DELETE(h.uri(), h.body());
        case "PUT" -> HttpRequest.PUT(h.uri(), h.body() == null ? "" : h.body());
        case "PATCH" -> HttpRequest.PATCH(h.uri(), h.body() == null ? "" : h.body());
        default -> HttpRequest.POST(h.uri(), h.body() == null ? "" : h.body());
      };
    } catch (RuntimeException e) {
      return null; // a URI the client itself refuses to send: nothing reaches the host
    }
    if (h.contentType() != null) {
      request.contentType(h.contentType());
    }
    return request;
  }

  // --- generation ---

  @SuppressWarnings("unchecked")
  private Hostile hostile(SplittableRandom random, String method, String path, Map<String, Object> operation) {
    List<String> what = new ArrayList<>();
    StringBuilder uri = new StringBuilder();
    java.util.regex.Matcher m = Pattern.compile("\\{([^}]+)}").matcher(path);
    int last = 0;
    while (m.find()) {
      uri.append(path, last, m.start());
      String name = m.group(1);
      List<String> known = KNOWN_IDS.get(name);
      if (known != null && random.nextInt(3) != 0) {
        uri.append(known.get(random.nextInt(known.size())));
      } else {
        String id = HOSTILE_IDS.get(random.nextInt(HOSTILE_IDS.size()));
        uri.append(id);
        what.add(name + "=" + abbreviated(id, 20));
      }
      last = m.end();
    }
    uri.append(path.substring(last));
    StringBuilder query = new StringBuilder();
    for (Object p : (List<Object>) operation.getOrDefault("parameters", List.of())) {
      Map<String, Object> parameter = (Map<String, Object>) p;
      if (!"query".equals(parameter.get("in"))) {
        continue;
      }
      boolean required = Boolean.TRUE.equals(parameter.get("required"));
      if (!required && random.nextInt(3) == 0) {
        continue;
      }
      Map<String, Object> schema = resolve((Map<String, Object>) parameter.getOrDefault("schema", Map.of()));
      String value = random.nextInt(2) == 0 ? plainParameter(schema) : hostileParameter(random);
      query.append(query.length() == 0 ? '?' : '&').append(parameter.get("name")).append('=').append(value);
      what.add(parameter.get("name") + "=" + abbreviated(value, 20));
    }
    uri.append(query);
    Map<String, Object> body = (Map<String, Object>) operation.get("requestBody");
    if (body == null) {
      if (random.nextInt(6) == 0 && !method.equals("GET")) {
        what.add("unexpected body");
        return new Hostile(uri.toString(), "application/json", "{\"x\":1}", String.join(", ", what));
      }
      return new Hostile(uri.toString(), null, null, what.isEmpty() ? "plain" : String.join(", ", what));
    }
    Map<String, Object> content = (Map<String, Object>) body.getOrDefault("content", Map.of());
    Map<String, Object> media = (Map<String, Object>) content.getOrDefault("application/json", Map.of());
    Map<String, Object> schema = resolve((Map<String, Object>) media.getOrDefault("schema", Map.of()));
    Object valid = sample(schema, 0);
    String text;
    String type = "application/json";
    int kind = random.nextInt(16);
    switch (kind) {
      case 0 -> {
        text = Json.write(valid);
        what.add("from the schema");
      }
      case 1, 2 -> {
        Object mutated = mutateField(random, valid, wrongType(random), what, "wrong type");
        text = Json.write(mutated);
      }
      case 3 -> {
        Map<String, Object> withUnknown = valid instanceof Map<?, ?> v ? new LinkedHashMap<>((Map<String, Object>) v) : new LinkedHashMap<>();
        withUnknown.put("sesion" + random.nextInt(10), "SECOND");
        text = Json.write(withUnknown);
        what.add("unknown field");
      }
      case 4 -> {
        text = Json.write(mutateField(random, valid, new Json.Raw(hugeNumber(random)), what, "huge number"));
      }
      case 5 -> {
        text = Json.write(mutateField(random, valid, "x".repeat(100_000 + random.nextInt(100_000)), what, "huge string"));
      }
      case 6 -> {
        List<Object> big = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
          big.add(random.nextBoolean() ? null : (Object) i);
        }
        text = Json.write(mutateField(random, valid, big, what, "huge array"));
      }
      case 7 -> {
        text = Json.write(mutateField(random, valid, null, what, "null"));
      }
      case 8 -> {
        List<Object> withNull = new ArrayList<>();
        withNull.add(null);
        text = Json.write(mutateField(random, valid, withNull, what, "[null]"));
      }
      case 9 -> {
        String v = Json.write(valid);
        text = switch (random.nextInt(7)) {
          case 0 -> v.substring(0, Math.max(0, v.length() / 2));
          case 1 -> "{\"a\":}";
          case 2 -> v + "}}";
          case 3 -> "\uFEFF" + v;
          case 4 -> "{\"a\":NaN}";
          case 5 -> "{'single':'quotes'}";
          default -> v.replaceFirst("}$", ",}");
        };
        what.add("malformed JSON");
      }
      case 10 -> {
        int depth = 2_000 + random.nextInt(20_000);
        text = "[".repeat(depth) + "]".repeat(depth);
        what.add("nested " + depth + " deep");
      }
      case 11 -> {
        text = List.of("[]", "\"text\"", "123", "null", "true", "").get(random.nextInt(6));
        what.add("top-level " + (text.isEmpty() ? "empty" : text));
      }
      case 12 -> {
        text = Json.write(valid);
        type = List.of("text/plain", "application/xml", "application/x-www-form-urlencoded").get(random.nextInt(3));
        what.add("as " + type);
      }
      case 13 -> {
        text = Json.write(mutateField(random, valid, new Json.Raw("\"\\ud800\\u0000" + "\""), what, "lone surrogate"));
      }
      case 14 -> {
        text = Json.write(mutateField(random, valid, new Json.Raw(tinyOrNegative(random)), what, "odd number"));
      }
      default -> {
        Map<String, Object> dup = valid instanceof Map<?, ?> v ? new LinkedHashMap<>((Map<String, Object>) v) : new LinkedHashMap<>();
        String t = Json.write(dup);
        text = dup.isEmpty() ? "{\"a\":1,\"a\":2}" : t.replaceFirst("^\\{", "{" + Json.write(dup.keySet().iterator().next()) + ":true,");
        what.add("duplicate key");
      }
    }
    return new Hostile(uri.toString(), type, text, String.join(", ", what));
  }

  private static String plainParameter(Map<String, Object> schema) {
    if ("date".equals(schema.get("format"))) {
      return "2026-01-01";
    }
    if (schema.get("enum") instanceof List<?> values && !values.isEmpty()) {
      return String.valueOf(values.get(0));
    }
    return switch (String.valueOf(schema.get("type"))) {
      case "integer", "number" -> "1";
      case "boolean" -> "true";
      default -> "x";
    };
  }

  private static String hostileParameter(SplittableRandom random) {
    return List.of("-1", "0", "99999999999999999999999", "1e999999999", "abc", "", "2026-13-45", "%00",
        "x".repeat(2_000), "2147483648", "-9223372036854775809", "NaN", "%FF", "true").get(random.nextInt(14));
  }

  private static String hugeNumber(SplittableRandom random) {
    return switch (random.nextInt(5)) {
      case 0 -> "1e999999999";
      case 1 -> "-1e-999999999";
      case 2 -> "9".repeat(400);
      case 3 -> "1." + "3".repeat(50_000);
      default -> "\"" + "9".repeat(5_000) + "\"";
    };
  }

  private static String tinyOrNegative(SplittableRandom random) {
    return List.of("-1", "0", "-0.0", "1e-400", "\"-1e308\"", "\"0.0000000000000000000001\"", "\"-0\"",
        "9223372036854775808", "\"1E+5\"", "\" 1\"").get(random.nextInt(10));
  }

  private static Object wrongType(SplittableRandom random) {
    return switch (random.nextInt(6)) {
      case 0 -> false;
      case 1 -> 12345;
      case 2 -> List.of("a", 1);
      case 3 -> Map.of("nested", true);
      case 4 -> new Json.Raw("1.5");
      default -> "not-what-you-expect";
    };
  }

  /** {@code value} with one field (at any depth) replaced by {@code replacement}, or the whole body. */
  @SuppressWarnings("unchecked")
  private static Object mutateField(SplittableRandom random, Object value, Object replacement, List<String> what,
      String how) {
    if (value instanceof Map<?, ?> map && !map.isEmpty() && random.nextInt(6) != 0) {
      List<String> keys = new ArrayList<>((Set<String>) map.keySet());
      String key = keys.get(random.nextInt(keys.size()));
      Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) map);
      Object inner = copy.get(key);
      if ((inner instanceof Map<?, ?> || inner instanceof List<?>) && random.nextBoolean()) {
        List<String> nested = new ArrayList<>();
        copy.put(key, mutateField(random, inner, replacement, nested, how));
        what.add(key + (nested.isEmpty() ? "" : "." + nested.get(0)));
      } else {
        copy.put(key, replacement);
        what.add(how + " in " + key);
      }
      return copy;
    }
    if (value instanceof List<?> list && !list.isEmpty() && random.nextInt(4) != 0) {
      List<Object> copy = new ArrayList<>(list);
      copy.set(random.nextInt(copy.size()), replacement);
      what.add(how + " as an element");
      return copy;
    }
    what.add(how + " as the body");
    return replacement;
  }

  /** A plausible value of {@code schema}: what a well-behaved client would send. */
  @SuppressWarnings("unchecked")
  private Object sample(Map<String, Object> schema, int depth) {
    schema = resolve(schema);
    if (depth > 6) {
      return null;
    }
    if (schema.get("allOf") instanceof List<?> all && !all.isEmpty()) {
      Map<String, Object> merged = new LinkedHashMap<>();
      for (Object part : all) {
        if (sample((Map<String, Object>) part, depth + 1) instanceof Map<?, ?> m) {
          merged.putAll((Map<String, Object>) m);
        }
      }
      return merged;
    }
    if (schema.get("oneOf") instanceof List<?> one && !one.isEmpty()) {
      return sample((Map<String, Object>) one.get(0), depth + 1);
    }
    if (schema.get("enum") instanceof List<?> values && !values.isEmpty()) {
      return values.get(0);
    }
    String type = String.valueOf(schema.get("type"));
    Object format = schema.get("format");
    switch (type) {
      case "string":
        return "date".equals(format) ? "2026-03-01"
            : "date-time".equals(format) ? "2026-03-01T10:00:00Z" : "fuzz-1";
      case "integer":
        return 1;
      case "number":
        return new Json.Raw("1.5");
      case "boolean":
        return true;
      case "array":
        Object item = sample((Map<String, Object>) schema.getOrDefault("items", Map.of()), depth + 1);
        List<Object> list = new ArrayList<>();
        list.add(item);
        return list;
      default:
        Map<String, Object> result = new LinkedHashMap<>();
        Map<String, Object> properties = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
        properties.forEach((name, property) -> result.put(name, sample((Map<String, Object>) property, depth + 1)));
        if (properties.isEmpty() && schema.get("additionalProperties") instanceof Map<?, ?> additional) {
          result.put("A", sample((Map<String, Object>) additional, depth + 1));
        }
        return result;
    }
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> resolve(Map<String, Object> schema) {
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

  private static String abbreviated(String text) {
    return abbreviated(text, 200);
  }

  private static String abbreviated(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max) + "...";
  }

  /** A minimal JSON writer for the generated values (raw text passes through untouched). */
  static final class Json {
    /** JSON text written as is (a number beyond any double, a malformed escape). */
    record Raw(String text) {}

    private Json() {}

    @SuppressWarnings("unchecked")
    static String write(Object value) {
      StringBuilder out = new StringBuilder();
      write(out, value);
      return out.toString();
    }

    @SuppressWarnings("unchecked")
    private static void write(StringBuilder out, Object value) {
      if (value == null) {
        out.append("null");
      } else if (value instanceof Raw raw) {
        out.append(raw.text());
      } else if (value instanceof String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
          char c = s.charAt(i);
          switch (c) {
            case '"' -> out.append("\\\"");
            case '\\' -> out.append("\\\\");
            default -> {
              if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
              } else {
                out.append(c);
              }
            }
          }
        }
        out.append('"');
      } else if (value instanceof Number || value instanceof Boolean) {
        out.append(value);
      } else if (value instanceof Map<?, ?> map) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, Object> e : ((Map<String, Object>) map).entrySet()) {
          if (!first) {
            out.append(',');
          }
          first = false;
          write(out, e.getKey());
          out.append(':');
          write(out, e.getValue());
        }
        out.append('}');
      } else if (value instanceof List<?> list) {
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
          if (i > 0) {
            out.append(',');
          }
          write(out, list.get(i));
        }
        out.append(']');
      } else {
        write(out, String.valueOf(value));
      }
    }
  }
}
