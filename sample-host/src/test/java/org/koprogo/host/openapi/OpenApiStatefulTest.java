/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.koprogo.host.HttpCalls;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The stateful phase of the schemathesis-style check of the served document (issue 20): valid
 * requests generated from each operation's schema (required fields, enums, patterns, formats,
 * the ids of the demo and of what the run created), so that the success paths are reached:
 *
 * <ol>
 *   <li>every operation the document says answers {@code 201} (the list comes from the served
 *       document, which takes it from the controllers' {@code @Status} annotations) is called
 *       with a generated body under each writing account until one creates; the created resource
 *       is then read back through its {@code Location};
 *   <li>every operation is then called with the ids of the demo and of the created resources;
 *   <li>each create that succeeded is repeated with the same body and id (expected: 409, the id
 *       is taken), and every operation whose body carries a {@code version} is sent a stale one
 *       (expected: 409 {@code CONCURRENT_UPDATE}).
 * </ol>
 *
 * <p>Every answer must be a status the document lists for the operation, never a 5xx; a 201 must
 * carry {@code Location}; every JSON body, success or problem, must match its documented schema
 * ({@link SchemaCheck}: types, required, nullable, enums, patterns, dates as strings).
 *
 * <p>It measures how far the document says what the host enforces (issue 20, finding 9): every
 * request of steps 0 to 2 is generated from the schema alone, valid by the document, and an
 * operation that refuses one for its form (400, or 422 {@code INVALID_FIELD}, {@code
 * VALIDATION_FAILED}, {@code MISSING_FIELD}...) is counted and printed; other refusals (a rule
 * between the data, the state) are printed apart. A create refused for the state of what its
 * path names (404, 409) is tried again with a fresh referent (its create repeated), then with each
 * one the run created before and the demo's. The generator follows the document: enums (of
 * bodies and of path parameters: a PUT is sent once per value, so every community module is
 * switched on), patterns, formats, the first alternative of an {@code anyOf}, a body field that
 * repeats a path parameter with its value; and a few meanings a schema cannot carry (a percent
 * of a whole is 100, an expiry is in the future, a booking ends two weeks after it starts, the
 * council that sets a community up includes its caller, a reference names what the run created).
 * A create refused for who the caller is (a neighbour borrowing their own object) is tried under
 * the next account.
 */
@MicronautTest
@Property(name = "koprogo.jdbc.url",
    value = "jdbc:h2:mem:koprogo-stateful;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@Property(name = "micronaut.http.client.read-timeout", value = "20s")
@Property(name = "koprogo.security.login.account-failures", value = "1000000")
@Property(name = "koprogo.security.login.address-failures", value = "1000000")
class OpenApiStatefulTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** The accounts that write, tried in this order until one is allowed. */
  private static final List<String> WRITERS = List.of(
      "syndic@tilleuls", "admin@cailles", "manager@cailles", "admin@koprogo", "owner@tilleuls");
  private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
  /** Ids of the demo data, by the name of the path parameter or body field that refers to them. */
  private static final Map<String, String> DEMO_IDS = Map.ofEntries(
      Map.entry("building", "residence-tilleuls"), Map.entry("buildingid", "residence-tilleuls"),
      Map.entry("assembly", "ga-2026"), Map.entry("owner", "o-dupont"), Map.entry("member", "m-amrani"),
      Map.entry("group", "cailles-habitat"), Map.entry("round", "2026-R1"), Map.entry("lot", "A1"),
      Map.entry("yearstart", "2026-01-01"), Map.entry("quarter", "2026-Q1"), Map.entry("year", "2026"),
      Map.entry("expense", "elevator-2026-q1"));

  /**
   * The create a generic client cannot reach: a second session follows a first session without
   * quorum (the run cannot make a meeting fail its quorum). Every other create of the document
   * reaches 201.
   */
  private static final Set<String> UNREACHABLE_CREATES = Set.of(
      "POST /api/v1/assemblies/{assembly}/second-session");

  @Inject
  @Client("/")
  HttpClient client;

  private SchemaCheck schemas;
  private final Map<String, String> tokens = new LinkedHashMap<>();
  /** Ids created in this run, by the collection they were created in ("members", "lots"...). */
  private final Map<String, String> created = new LinkedHashMap<>();
  /** Every id created in this run, by collection, oldest first. */
  private final Map<String, List<String>> history = new LinkedHashMap<>();
  /** The create that made each collection's latest member: repeated for a fresh one. */
  private final Map<String, String[]> producers = new LinkedHashMap<>();
  /** The ids a retry gives path parameters instead of the latest created. */
  private final Map<String, String> referenceChoice = new LinkedHashMap<>();
  private final Set<String> violations = new LinkedHashSet<>();
  /** Why a create did not reach 201: its last answer and the body sent. */
  private final Map<String, String> refusals = new TreeMap<>();
  private final Map<String, Integer> answers = new TreeMap<>();
  /**
   * The operations that refused a request generated from their schema alone (valid by the
   * document) with a validation error (400, or 422 with any code): what the document fails to say.
   */
  private final Map<String, String> refusedValid = new TreeMap<>();
  /** Whether the requests sent now are generated from the schema alone (not repeats nor stale versions). */
  private boolean measuring = true;
  /** The operations that refused such a request for a rule between the data or their state (422). */
  private final Map<String, String> refusedByRule = new TreeMap<>();
  private int counter;
  private int sent;
  /** The account the request being generated is sent as. */
  private String account;
  /** The value given to an enum path parameter, when not its first. */
  private final Map<String, String> pathChoice = new LinkedHashMap<>();

  /** An answer, with the headers the check needs. */
  record Answer(int status, String contentType, String location, String body) {}

  /** A create that succeeded: what to send again. */
  record Created(String route, String uri, String body, Map<String, String> headers, String token, boolean explicitId) {}

  @Test
  @SuppressWarnings("unchecked")
  void reachesTheSuccessPathsAndEveryAnswerIsOneTheDocumentPromises() {
    HttpCalls calls = new HttpCalls(client.toBlocking());
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(16 * 1024 * 1024);
    schemas = new SchemaCheck((Map<String, Object>) new Yaml(options).load(calls.get("/openapi.yml").body()));
    for (String account : WRITERS) {
      HttpCalls.Answer login = calls.postJson("/api/v1/login",
          "{\"username\":\"" + account + "\",\"password\":\"koprogo-demo\"}");
      assertThat(login.status()).as("login of %s", account).isEqualTo(200);
      tokens.put(account, login.json().path("access_token").asText());
    }
    List<String[]> operations = operations();

    // 0. the set-ups a create may need first (a building's community, its modules): every PUT
    // once, and once per value of a path parameter the document restricts to an enum
    for (String[] op : operations) {
      if (op[0].equals("PUT")) {
        call(op, null);
        for (Map.Entry<String, List<?>> choices : pathEnums(op).entrySet()) {
          for (Object choice : choices.getValue().subList(1, choices.getValue().size())) {
            pathChoice.put(choices.getKey(), String.valueOf(choice));
            call(op, null);
          }
          pathChoice.clear();
        }
      }
    }
    // 1. creates: the operations documented with 201, shallow paths first (a building before its lots)
    List<String[]> creates = operations.stream().filter(o -> responses(o).containsKey("201"))
        .sorted(Comparator.comparingInt(o -> o[1].split("/").length)).toList();
    List<Created> successes = new ArrayList<>();
    for (int pass = 0; pass < 2; pass++) { // the second pass uses what the first created (a ledger entry)
      for (String[] op : creates) {
        String route = op[0] + " " + op[1];
        if (successes.stream().noneMatch(c -> c.route().equals(route))) {
          create(op).ifPresent(successes::add);
        }
      }
    }
    // 2. every operation with the demo's ids and the created ones
    for (String[] op : operations) {
      if (!responses(op).containsKey("201") && !op[0].equals("PUT")) {
        call(op, null);
      }
    }
    // 3. the same create again (the id is taken), and stale versions
    measuring = false;
    int repeatedConflicts = 0;
    for (Created c : successes) {
      Answer again = send(c.route().substring(0, c.route().indexOf(' ')), c.uri(), c.body(), c.headers(), c.token());
      check(c.route() + " (repeated)", operationOf(c.route()), again);
      if (c.explicitId() && again.status() == 409) {
        repeatedConflicts++;
      } else if (c.explicitId() && again.status() == 201) {
        violations.add(c.route() + ": the same create repeated with the same id created again");
      }
    }
    int staleConflicts = 0;
    for (String[] op : operations) {
      Map<String, Object> body = requestSchema(op);
      if (body != null && propertiesOf(body).containsKey("version")) {
        Answer stale = call(op, 987_654);
        if (stale != null && stale.status() == 409) {
          staleConflicts++;
        }
      }
    }

    System.out.println("OpenApiStatefulTest: " + sent + " requests; " + successes.size() + " of "
        + creates.size() + " creates reached 201 " + successes.stream().map(Created::route).toList()
        + "; repeated creates answered 409: " + repeatedConflicts + "; stale versions answered 409: "
        + staleConflicts + "; answers by operation kind, status and code: " + answers);
    refusals.forEach((route, why) -> System.out.println("  not created: " + route + ": " + why));
    System.out.println("OpenApiStatefulTest: " + refusedValid.size() + " operations refused schema-valid input");
    refusedValid.forEach((route, why) -> System.out.println("  refused schema-valid input: " + route + ": " + why));
    System.out.println("OpenApiStatefulTest: " + refusedByRule.size() + " operations refused it for a rule or the state");
    refusedByRule.forEach((route, why) -> System.out.println("  refused for a rule or the state: " + route + ": " + why));
    violations.forEach(v -> System.out.println("  violation: " + v));
    assertThat(refusals.keySet()).as("creates that did not reach 201").isSubsetOf(UNREACHABLE_CREATES);
    assertThat(repeatedConflicts).as("repeated creates answered 409").isGreaterThan(0);
    assertThat(staleConflicts).as("stale versions answered 409").isGreaterThan(0);
    assertThat(violations).as("answers the served document does not promise").isEmpty();
    assertThat(refusedValid).as("operations that refused input their schema allows").isEmpty();
  }

  /** The document's operations as {method, path}, in document order. */
  @SuppressWarnings("unchecked")
  private List<String[]> operations() {
    List<String[]> all = new ArrayList<>();
    Map<String, Object> paths = (Map<String, Object>) schemas.document().get("paths");
    for (Map.Entry<String, Object> path : paths.entrySet()) {
      if (!path.getKey().startsWith("/api/v1/") || path.getKey().startsWith("/api/v1/login")) {
        continue;
      }
      for (String method : ((Map<String, Object>) path.getValue()).keySet()) {
        if (METHODS.contains(method)) {
          all.add(new String[] {method.toUpperCase(Locale.ROOT), path.getKey()});
        }
      }
    }
    return all;
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> operation(String[] op) {
    Map<String, Object> paths = (Map<String, Object>) schemas.document().get("paths");
    return (Map<String, Object>) ((Map<String, Object>) paths.get(op[1])).get(op[0].toLowerCase(Locale.ROOT));
  }

  private Map<String, Object> operationOf(String route) {
    return operation(new String[] {route.substring(0, route.indexOf(' ')), route.substring(route.indexOf(' ') + 1)});
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> responses(String[] op) {
    return (Map<String, Object>) operation(op).getOrDefault("responses", Map.of());
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> requestSchema(String[] op) {
    Object body = operation(op).get("requestBody");
    if (!(body instanceof Map<?, ?> b) || !(b.get("content") instanceof Map<?, ?> content)
        || !(content.get("application/json") instanceof Map<?, ?> media)) {
      return null;
    }
    return schemas.resolve((Map<String, Object>) media.get("schema"));
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> propertiesOf(Map<String, Object> schema) {
    Map<String, Object> properties = new LinkedHashMap<>(
        (Map<String, Object>) schemas.resolve(schema).getOrDefault("properties", Map.of()));
    if (schemas.resolve(schema).get("allOf") instanceof List<?> all) {
      for (Object part : all) {
        properties.putAll(propertiesOf((Map<String, Object>) part));
      }
    }
    return properties;
  }

  /**
   * Tries a create; refused for the state of what its path refers to (409), tries again with a
   * fresh referent (its create repeated), then with each one created before.
   */
  private java.util.Optional<Created> create(String[] op) {
    java.util.Optional<Created> done = attempt(op);
    String refused = refusals.getOrDefault(op[0] + " " + op[1], "");
    if (done.isPresent() || !(refused.startsWith("409") || refused.startsWith("404"))) {
      return done;
    }
    for (String parameter : parameters(op[1])) {
      String collection = collectionOf(parameter);
      String[] producer = producers.get(collection);
      if (producer != null && !producer[1].equals(op[1]) && !parameters(producer[1]).contains(parameter)
          && attempt(producer).isPresent()) {
        done = attempt(op);
        if (done.isPresent()) {
          return done;
        }
      }
      List<String> known = new ArrayList<>(history.getOrDefault(collection, List.of()));
      java.util.Collections.reverse(known);
      String demo = DEMO_IDS.get(collection.endsWith("ies") ? collection.substring(0, collection.length() - 3) + "y"
          : collection.substring(0, collection.length() - 1));
      if (demo != null) {
        known.add(demo); // the demo's, which holds what the run could not make (recorded minutes)
      }
      for (String id : known) {
        referenceChoice.put(collection, id);
        done = attempt(op);
        referenceChoice.remove(collection);
        if (done.isPresent()) {
          return done;
        }
      }
    }
    return done;
  }

  /** Tries a create under each writing account; reads the created resource back. */
  private java.util.Optional<Created> attempt(String[] op) {
    String route = op[0] + " " + op[1];
    boolean refused = false;
    for (Map.Entry<String, String> token : tokens.entrySet()) {
      account = token.getKey();
      String uri = uri(op);
      String body = body(op, currentVersion(op, token.getValue()));
      Map<String, String> headers = headers(op);
      Answer answer = send(op[0], uri, body, headers, token.getValue());
      check(route, operation(op), answer);
      measure(route, answer, uri, body);
      String missing = missingField(answer);
      for (int retry = 0; retry < 3 && missing != null && requestSchema(op) != null
          && propertiesOf(requestSchema(op)).containsKey(missing) && !body.contains("\"" + missing + "\":"); retry++) {
        // a field the schema leaves optional that this request needs (a rule between fields)
        body = withField(op, body, missing);
        answer = send(op[0], uri, body, headers, token.getValue());
        check(route, operation(op), answer);
        missing = missingField(answer);
      }
      if (answer.status() == 201) {
        remember(op, answer);
        if (answer.location() != null && answer.location().startsWith("/api/v1/")) {
          String[] read = readOperation(answer.location());
          if (read != null) {
            Answer back = send("GET", answer.location(), null, Map.of(), token.getValue());
            check(read[0] + " " + read[1] + " (after a create)", operation(read), back);
          }
        }
        refusals.remove(route);
        return java.util.Optional.of(new Created(route, uri, body, headers, token.getValue(),
            body != null && body.contains("\"id\":\"st-")));
      }
      if (answer.status() != 401 && answer.status() != 403 || !refused) {
        // the answer of an account allowed to ask says most of why (not a later account's 403)
        refusals.put(route, answer.status() + " " + SchemaCheck.abbreviated(answer.body()) + " <- " + body);
        refused = answer.status() != 401 && answer.status() != 403;
      }
      if (answer.status() != 401 && answer.status() != 403 && answer.status() != 404
          && !(answer.status() == 422 && !isFormRefusal(answer))) {
        return java.util.Optional.empty(); // allowed, but the generated body was refused
      }
      // not allowed, not found, or refused for who the caller is (a neighbour borrowing their own
      // object): the next account
    }
    return java.util.Optional.empty();
  }

  private static String missingField(Answer answer) {
    if (answer.status() != 422) {
      return null;
    }
    try {
      JsonNode problem = JSON.readTree(answer.body());
      return "MISSING_FIELD".equals(problem.path("code").asText()) && problem.path("field").isTextual()
          ? problem.path("field").asText() : null;
    } catch (Exception e) {
      return null;
    }
  }

  @SuppressWarnings("unchecked")
  private String withField(String[] op, String body, String field) {
    try {
      Map<String, Object> map = JSON.readValue(body, Map.class);
      map.put(field, value(field, (Map<String, Object>) propertiesOf(requestSchema(op)).get(field), 1, null));
      link(map);
      return OpenApiFuzzTest.Json.write(map);
    } catch (Exception e) {
      return body;
    }
  }

  /** Calls an operation with generated ids and body ({@code version} forced when not null). */
  private Answer call(String[] op, Integer version) {
    String route = op[0] + " " + op[1];
    Answer last = null;
    String lastUri = null;
    String lastBody = null;
    for (Map.Entry<String, String> entry : tokens.entrySet()) {
      String token = entry.getValue();
      account = entry.getKey();
      lastUri = uri(op);
      lastBody = body(op, version == null ? currentVersion(op, token) : version);
      last = send(op[0], lastUri, lastBody, headers(op), token);
      check(route + (version == null ? "" : " (stale version)"), operation(op), last);
      if (last.status() != 401 && last.status() != 403) {
        break;
      }
    }
    if (version == null && last != null) {
      measure(route, last, lastUri, lastBody);
    }
    return last;
  }

  /**
   * The codes of a refusal of the input's form, which a document that says what the host enforces
   * lets a client avoid: a field missing, of the wrong type or value, unreadable.
   */
  private static final Set<String> FORM_CODES = Set.of("INVALID_FIELD", "VALIDATION_FAILED", "MISSING_FIELD",
      "INVALID_DATE", "INVALID_NUMBER", "INVALID_AMOUNT", "UNKNOWN_CURRENCY", "UNKNOWN_RULES", "MALFORMED_JSON");

  private static boolean isFormRefusal(Answer answer) {
    try {
      return FORM_CODES.contains(JSON.readTree(answer.body()).path("code").asText());
    } catch (Exception e) {
      return true;
    }
  }

  /**
   * Notes an operation that refused a request valid by the document for its form (400, or 422
   * with a form code); other refusals (a rule between the data, the state) are counted apart.
   */
  private void measure(String route, Answer answer, String uri, String body) {
    if (!measuring || (answer.status() != 400 && answer.status() != 422)) {
      return;
    }
    String code = "";
    try {
      code = JSON.readTree(answer.body()).path("code").asText();
    } catch (Exception e) {
      // not JSON: a refusal of the form
    }
    String why = answer.status() + " " + SchemaCheck.abbreviated(answer.body()) + " <- " + uri
        + (body == null ? "" : " " + body);
    if (answer.status() == 400 || FORM_CODES.contains(code)) {
      refusedValid.putIfAbsent(route, why);
    } else {
      refusedByRule.putIfAbsent(route, why);
    }
  }

  /** Remembers the id of what was created, when its Location is {@code .../<collection>/<id>}. */
  private void remember(String[] op, Answer answer) {
    String path = op[1];
    String collection = path.substring(path.lastIndexOf('/') + 1);
    try {
      JsonNode body = JSON.readTree(answer.body());
      JsonNode id = body.path("id");
      String location = answer.location() == null ? "" : answer.location();
      String at = "/" + collection + "/" + id.asText();
      if (id.isTextual() && (location.endsWith(at) || location.contains(at + "/"))) {
        note(collection, id.asText(), op);
      }
      if (body.path("entry").isTextual() && !path.contains("{entry}")) {
        // a resolution of an entry (its confirmation) is an entry too, but not one to resolve again
        note("entries", body.path("entry").asText(), op);
      }
    } catch (Exception e) {
      // not JSON: nothing to remember
    }
  }

  private void note(String collection, String id, String[] op) {
    created.put(collection, id);
    history.computeIfAbsent(collection, c -> new ArrayList<>()).add(id);
    producers.put(collection, op);
  }

  /** The documented GET operation that serves {@code location}, if any. */
  private String[] readOperation(String location) {
    String path = location.contains("?") ? location.substring(0, location.indexOf('?')) : location;
    for (String[] op : operations()) {
      if (op[0].equals("GET") && path.matches(op[1].replaceAll("\\{[^}]+}", "[^/]+"))) {
        return op;
      }
    }
    return null;
  }

  // --- generation ---

  @SuppressWarnings("unchecked")
  private String uri(String[] op) {
    StringBuilder uri = new StringBuilder();
    Matcher m = Pattern.compile("\\{([^}]+)}").matcher(op[1]);
    int last = 0;
    Map<String, List<?>> enums = pathEnums(op);
    while (m.find()) {
      String name = m.group(1);
      String value = enums.containsKey(name)
          ? pathChoice.getOrDefault(name, String.valueOf(enums.get(name).get(0))) : reference(name);
      uri.append(op[1], last, m.start()).append(value);
      last = m.end();
    }
    uri.append(op[1].substring(last));
    StringBuilder query = new StringBuilder();
    for (Object p : (List<Object>) operation(op).getOrDefault("parameters", List.of())) {
      Map<String, Object> parameter = (Map<String, Object>) p;
      if ("query".equals(parameter.get("in")) && Boolean.TRUE.equals(parameter.get("required"))) {
        Object value = value(String.valueOf(parameter.get("name")),
            (Map<String, Object>) parameter.getOrDefault("schema", Map.of()), 0, null);
        query.append(query.length() == 0 ? '?' : '&').append(parameter.get("name")).append('=')
            .append(java.net.URLEncoder.encode(String.valueOf(value), java.nio.charset.StandardCharsets.UTF_8));
      }
    }
    return uri.append(query).toString();
  }

  /** The path parameters the document restricts to an enum, with their values. */
  @SuppressWarnings("unchecked")
  private Map<String, List<?>> pathEnums(String[] op) {
    Map<String, List<?>> enums = new LinkedHashMap<>();
    for (Object p : (List<Object>) operation(op).getOrDefault("parameters", List.of())) {
      Map<String, Object> parameter = (Map<String, Object>) p;
      if ("path".equals(parameter.get("in")) && parameter.get("schema") instanceof Map<?, ?> schema
          && schemas.resolve((Map<String, Object>) schema).get("enum") instanceof List<?> values && !values.isEmpty()) {
        enums.put(String.valueOf(parameter.get("name")), values);
      }
    }
    return enums;
  }

  /** The header parameters the operation documents: a fresh Idempotency-Key, plausible others if required. */
  @SuppressWarnings("unchecked")
  private Map<String, String> headers(String[] op) {
    Map<String, String> headers = new LinkedHashMap<>();
    for (Object p : (List<Object>) operation(op).getOrDefault("parameters", List.of())) {
      Map<String, Object> parameter = (Map<String, Object>) p;
      String name = String.valueOf(parameter.get("name"));
      if (!"header".equals(parameter.get("in"))) {
        continue;
      }
      if (name.equalsIgnoreCase("Idempotency-Key")) {
        headers.put(name, "st-key-" + (++counter));
      } else if (Boolean.TRUE.equals(parameter.get("required"))) {
        headers.put(name, String.valueOf(value(name, (Map<String, Object>) parameter.getOrDefault("schema", Map.of()), 0, null)));
      }
    }
    return headers;
  }

  /**
   * The version of the resource an operation changes, read from the documented GET of the longest
   * prefix of its path (so that a change names the current version); null when there is none.
   */
  private Integer currentVersion(String[] op, String token) {
    Map<String, Object> body = requestSchema(op);
    if (body == null || !propertiesOf(body).containsKey("version")) {
      return null;
    }
    List<String[]> candidates = new ArrayList<>();
    for (String[] candidate : operations()) {
      boolean sameIds = parameters(candidate[1]).stream().allMatch(parameters(op[1])::contains);
      if (candidate[0].equals("GET") && candidate[1].contains("{") && sameIds
          && candidate[1].startsWith(op[1].substring(0, op[1].indexOf('}') + 1))) {
        candidates.add(candidate);
      }
    }
    candidates.sort(Comparator.comparingInt((String[] c) -> commonPrefix(c[1], op[1])).reversed());
    for (String[] read : candidates.subList(0, Math.min(3, candidates.size()))) {
      Answer answer = send("GET", uri(read), null, Map.of(), token);
      check(read[0] + " " + read[1] + " (the version)", operation(read), answer);
      try {
        JsonNode version = JSON.readTree(answer.body()).path("version");
        if (version.isIntegralNumber()) {
          return version.asInt();
        }
      } catch (Exception e) {
        // not JSON: the next candidate
      }
    }
    return null;
  }

  private static int commonPrefix(String a, String b) {
    int common = 0;
    while (common < Math.min(a.length(), b.length()) && a.charAt(common) == b.charAt(common)) {
      common++;
    }
    return common;
  }

  private static List<String> parameters(String path) {
    List<String> names = new ArrayList<>();
    Matcher m = Pattern.compile("\\{([^}]+)}").matcher(path);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  /** An id for a path parameter or a reference field: what this run created, else the demo's. */
  private String reference(String name) {
    String key = name.toLowerCase(Locale.ROOT).replace("id", "");
    if (key.isEmpty()) {
      key = "id";
    }
    String plural = plural(key);
    if (referenceChoice.containsKey(plural)) {
      return referenceChoice.get(plural);
    }
    if (created.containsKey(plural)) {
      return created.get(plural);
    }
    return DEMO_IDS.getOrDefault(key, DEMO_IDS.getOrDefault(name.toLowerCase(Locale.ROOT), "st-unknown"));
  }

  private static String plural(String key) {
    return key.endsWith("y") ? key.substring(0, key.length() - 1) + "ies" : key + "s";
  }

  /** The collection a path parameter refers to ({@code entry} -> {@code entries}). */
  private static String collectionOf(String parameter) {
    String key = parameter.toLowerCase(Locale.ROOT).replace("id", "");
    return plural(key.isEmpty() ? "id" : key);
  }

  @SuppressWarnings("unchecked")
  private String body(String[] op, Integer version) {
    Map<String, Object> schema = requestSchema(op);
    if (schema == null) {
      return null;
    }
    Object value = value("", schema, 0, version);
    if (value instanceof Map<?, ?> map) {
      link(map);
      // a body field that repeats a path parameter ({yearStart}) says the same
      Map<String, List<?>> enums = pathEnums(op);
      for (String parameter : parameters(op[1])) {
        if (map.containsKey(parameter)) {
          ((Map<String, Object>) map).put(parameter, enums.containsKey(parameter)
              ? pathChoice.getOrDefault(parameter, String.valueOf(enums.get(parameter).get(0))) : reference(parameter));
        }
      }
    }
    return OpenApiFuzzTest.Json.write(value);
  }

  /**
   * Points the references of a body at what the same body creates: a lot's {@code owner} names an
   * owner of the body's {@code owners}, when there is one.
   */
  @SuppressWarnings("unchecked")
  private static void link(Map<?, ?> body) {
    Map<String, String> ids = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : body.entrySet()) {
      if (e.getValue() instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map<?, ?> first
          && first.get("id") instanceof String id && String.valueOf(e.getKey()).endsWith("s")) {
        String key = String.valueOf(e.getKey());
        ids.put(key.substring(0, key.length() - 1), id);
      }
    }
    relink((Map<String, Object>) body, ids);
  }

  @SuppressWarnings("unchecked")
  private static void relink(Object node, Map<String, String> ids) {
    if (node instanceof Map<?, ?> map) {
      for (Map.Entry<String, Object> e : ((Map<String, Object>) map).entrySet()) {
        if (e.getValue() instanceof String && ids.containsKey(e.getKey())) {
          e.setValue(ids.get(e.getKey()));
        } else {
          relink(e.getValue(), ids);
        }
      }
    } else if (node instanceof List<?> list) {
      list.forEach(item -> relink(item, ids));
    }
  }

  /** A valid value of {@code schema} for a field named {@code name}. */
  @SuppressWarnings("unchecked")
  private Object value(String name, Map<String, Object> raw, int depth, Integer version) {
    Map<String, Object> schema = schemas.resolve(raw);
    if (schema.get("allOf") instanceof List<?> all && !all.isEmpty() && !schema.containsKey("type")) {
      Map<String, Object> merged = new LinkedHashMap<>();
      for (Object part : all) {
        Object generated = value(name, (Map<String, Object>) part, depth + 1, version);
        if (generated instanceof Map<?, ?> m) {
          merged.putAll((Map<String, Object>) m);
        } else if (generated != null && all.size() == 1) {
          return generated; // a nullable reference to a scalar schema (an enum): that scalar
        }
      }
      return merged;
    }
    if (schema.containsKey("example")) {
      return schema.get("example");
    }
    if (schema.get("enum") instanceof List<?> values && !values.isEmpty()) {
      return values.get(0);
    }
    String lower = name.toLowerCase(Locale.ROOT);
    String type = String.valueOf(schema.get("type"));
    switch (type) {
      case "string" -> {
        return text(lower, schema);
      }
      case "integer" -> {
        if (lower.equals("version")) {
          return version != null ? version : 1;
        }
        return lower.contains("year") ? 2026 : 1;
      }
      case "number" -> {
        return 1;
      }
      case "boolean" -> {
        return true;
      }
      case "array" -> {
        List<Object> list = new ArrayList<>();
        if (depth < 6) {
          String singular = lower.endsWith("ies") ? lower.substring(0, lower.length() - 3) + "y"
              : lower.endsWith("s") ? lower.substring(0, lower.length() - 1) : lower;
          list.add(value(singular, (Map<String, Object>) schema.getOrDefault("items", Map.of()), depth + 1, version));
        }
        return list;
      }
      default -> {
        Map<String, Object> result = new LinkedHashMap<>();
        if (depth > 6) {
          return result;
        }
        Map<String, Object> properties = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
        List<Object> required = (List<Object>) schema.getOrDefault("required", List.of());
        properties.forEach((field, property) -> {
          if (required.contains(field) || (field.equals("id") && depth == 0) || field.equals("version")) {
            result.put(field, value(field, (Map<String, Object>) property, depth + 1, version));
          }
        });
        // a requirement between fields (anyOf): the first alternative's fields, with its values
        if (schema.get("anyOf") instanceof List<?> alternatives && !alternatives.isEmpty()
            && alternatives.get(0) instanceof Map<?, ?> first) {
          Map<String, Object> fixed = (Map<String, Object>) ((Map<String, Object>) first).getOrDefault("properties", Map.of());
          fixed.forEach((field, property) -> {
            if (result.containsKey(field)) {
              result.put(field, value(field, (Map<String, Object>) property, depth + 1, version));
            }
          });
          for (Object field : (List<Object>) ((Map<String, Object>) first).getOrDefault("required", List.of())) {
            Object property = fixed.containsKey(field) ? fixed.get(field) : properties.get(field);
            if (property instanceof Map<?, ?> p) {
              result.put(String.valueOf(field), value(String.valueOf(field), (Map<String, Object>) p, depth + 1, version));
            }
          }
        }
        if (properties.isEmpty() && schema.get("additionalProperties") instanceof Map<?, ?> additional) {
          result.put(reference("lot"), value(name, (Map<String, Object>) additional, depth + 1, version));
        }
        return result;
      }
    }
  }

  private String text(String name, Map<String, Object> schema) {
    String description = String.valueOf(schema.get("description")).toLowerCase(Locale.ROOT);
    Object format = schema.get("format");
    if ("date".equals(format)) {
      if (name.equals("until")) {
        return "2026-06-29"; // the end of a booking, two weeks after its start
      }
      return name.contains("end") || name.contains("to") ? "2026-12-31" : "2026-06-15";
    }
    if ("date-time".equals(format)) {
      // an expiry is after the request (the host's clock is the real one)
      return name.contains("expir") ? java.time.Instant.now().plus(java.time.Duration.ofDays(30))
          .truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString() : "2026-06-15T10:00:00Z";
    }
    String candidate;
    if (name.equals("id")) {
      candidate = "st-" + (++counter);
    } else if (name.contains("currency")) {
      candidate = "EUR";
    } else if (name.contains("language")) {
      candidate = "fr";
    } else if (name.contains("email")) {
      candidate = "someone@example.org";
    } else if (name.contains("phone")) {
      candidate = "+32470000001";
    } else if (name.contains("iban") || name.equals("account")) {
      candidate = "BE68539007547034";
    } else if (name.contains("fraction")) {
      candidate = "1";
    } else if (name.contains("amount") || name.contains("price") || name.contains("capital")
        || name.contains("reserve") || name.contains("cost") || name.contains("total")
        || name.contains("revenue") || name.contains("threshold") || name.contains("income")) {
      candidate = "10.00";
    } else if (name.contains("percent")) {
      candidate = "100"; // one part of a whole: all of it
    } else if (name.contains("share") || name.contains("weight") || name.contains("surface")
        || name.contains("rate") || name.contains("hours")) {
      candidate = "1";
    } else if (description.contains("decimal") || description.contains("amount")) {
      candidate = "10.00";
    } else if (created.containsKey(plural(name))) {
      candidate = created.get(plural(name)); // a reference to what the run created (a loan's object)
    } else if (name.equals("council") && account != null) {
      candidate = account; // who sets a community up sits on its council (and then switches its modules)
    } else if (DEMO_IDS.containsKey(name) || name.equals("buildingid")) {
      candidate = reference(name);
    } else {
      candidate = "stateful " + name;
    }
    if (schema.get("pattern") instanceof String pattern && !Pattern.compile(pattern).matcher(candidate).matches()) {
      candidate = RegexSample.of(pattern);
    }
    return candidate;
  }

  // --- sending and checking ---

  private Answer send(String method, String uri, String body, Map<String, String> headers, String token) {
    MutableHttpRequest<?> request = switch (method) {
      case "GET" -> HttpRequest.GET(uri);
      case "DELETE" -> HttpRequest.DELETE(uri);
      case "PUT" -> HttpRequest.PUT(uri, body == null ? "" : body);
      case "PATCH" -> HttpRequest.PATCH(uri, body == null ? "" : body);
      default -> HttpRequest.POST(uri, body == null ? "" : body);
    };
    if (body != null) {
      request.contentType("application/json");
    }
    request.bearerAuth(token);
    headers.forEach(request::header);
    sent++;
    try {
      HttpResponse<String> response = client.toBlocking().exchange(request, String.class);
      return new Answer(response.code(), response.getContentType().map(Object::toString).orElse(""),
          response.getHeaders().get("Location"), response.getBody().orElse(""));
    } catch (HttpClientResponseException e) {
      return new Answer(e.getResponse().code(), e.getResponse().getContentType().map(Object::toString).orElse(""),
          e.getResponse().getHeaders().get("Location"), e.getResponse().getBody(String.class).orElse(""));
    }
  }

  @SuppressWarnings("unchecked")
  private void check(String route, Map<String, Object> operation, Answer answer) {
    String status = String.valueOf(answer.status());
    Map<String, Object> responses = (Map<String, Object>) operation.getOrDefault("responses", Map.of());
    String code = "";
    if (answer.status() >= 400 && answer.contentType().startsWith("application/problem+json")) {
      try {
        code = " " + JSON.readTree(answer.body()).path("code").asText();
      } catch (Exception e) {
        code = " (not JSON)";
      }
    }
    answers.merge(route.substring(0, route.indexOf(' ')) + " " + status + code, 1, Integer::sum);
    if (answer.status() >= 500) {
      violations.add(route + ": " + status + " " + SchemaCheck.abbreviated(answer.body()));
      return;
    }
    Map<String, Object> documented = (Map<String, Object>) responses.get(status);
    if (documented == null) {
      violations.add(route + ": status " + status + " is not documented " + responses.keySet() + " "
          + SchemaCheck.abbreviated(answer.body()));
      return;
    }
    if (answer.status() == 201 && answer.location() == null) {
      violations.add(route + ": 201 without a Location header");
    }
    if (answer.status() >= 400) {
      if (!answer.contentType().startsWith("application/problem+json")) {
        violations.add(route + ": " + status + " is not a problem document: " + answer.contentType());
        return;
      }
      JsonNode problem = json(route, answer);
      if (problem != null) {
        violations.addAll(schemas.violations(route + " " + status, problem,
            Map.of("$ref", "#/components/schemas/Problem")));
        if (problem.path("status").asInt() != answer.status()) {
          violations.add(route + ": the problem's status differs from the HTTP status " + status);
        }
      }
      return;
    }
    Map<String, Object> content = (Map<String, Object>) documented.get("content");
    if (!answer.contentType().startsWith("application/json")) {
      if (content != null && content.containsKey("application/json") && !answer.body().isEmpty()) {
        violations.add(route + ": " + status + " answered " + answer.contentType() + ", documented JSON");
      }
      return;
    }
    if (content == null || !(content.get("application/json") instanceof Map<?, ?> media)) {
      if (!answer.body().isEmpty()) {
        violations.add(route + ": " + status + " has a JSON body the document does not describe");
      }
      return;
    }
    JsonNode body = json(route, answer);
    if (body != null && media.get("schema") instanceof Map<?, ?> schema) {
      violations.addAll(schemas.violations(route + " " + status, body, (Map<String, Object>) schema));
    }
  }

  private JsonNode json(String route, Answer answer) {
    try {
      return JSON.readTree(answer.body());
    } catch (Exception e) {
      violations.add(route + ": " + answer.status() + " body is not JSON: " + SchemaCheck.abbreviated(answer.body()));
      return null;
    }
  }
}
