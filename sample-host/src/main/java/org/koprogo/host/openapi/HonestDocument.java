/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.koprogo.domain.assembly.AttendanceMode;
import org.koprogo.domain.assembly.Ballot;
import org.koprogo.domain.assembly.BelgianCoOwnershipRules;
import org.koprogo.domain.assembly.DecisionType;
import org.koprogo.domain.assembly.Majority;
import org.koprogo.domain.assembly.OneMemberOneVote;
import org.koprogo.domain.association.MembershipRate;
import org.koprogo.domain.community.bazaar.OfferKind;
import org.koprogo.domain.community.lending.Condition;
import org.koprogo.domain.community.notices.NoticeKind;
import org.koprogo.domain.coop.MemberStatus;
import org.koprogo.domain.coop.allocation.RejectionReason;
import org.koprogo.domain.coop.group.DocumentKind;
import org.koprogo.domain.coop.group.GroupStatus;
import org.koprogo.domain.coop.project.LotType;
import org.koprogo.domain.coop.project.ProjectPhase;
import org.koprogo.domain.notification.ChannelChoice;
import org.koprogo.domain.notification.ContactChannel;
import org.koprogo.domain.sale.CommitmentKind;
import org.koprogo.domain.sale.DecisionMaker;
import org.koprogo.domain.solidarity.AidKind;
import org.koprogo.ports.out.notification.Language;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Completes the OpenAPI document that micronaut-openapi generates with what it cannot see in the
 * controllers' signatures, so that a client generated from it is not misled (issue 20, finding
 * 9):
 *
 * <ul>
 *   <li>the problem document ({@code components.schemas.Problem}) and every error status a route
 *       can answer, as {@code application/problem+json}, with {@code Retry-After} on 429 and 503;
 *   <li>the {@code Idempotency-Key} header explained where the ledger reads it;
 *   <li>the requirements between fields that annotations cannot state ({@code anyOf} of the
 *       alternatives: an agenda item needs its {@code decisionType} or its {@code majority}; a
 *       late-penalty policy its rate and article, unless it follows the legal rate; a loan its
 *       months), the enum of a map's values (ballots), the query parameters the host requires.
 * </ul>
 *
 * <p>The success statuses are the controllers' own: a method that creates is annotated
 * {@code Status(HttpStatus.CREATED)} (a 204 {@code Status(HttpStatus.NO_CONTENT)}), which the generator
 * turns into its {@code 201}; the ledger's writes (the routes answering {@code
 * RecordContribution.Recorded}), {@code 201} or {@code 200} for a duplicate, get both here, and a
 * GDPR export ({@code GET .../personal-data}) its JSON or CSV. {@code OpenApiContractTest},
 * {@code OpenApiFuzzTest} and {@code OpenApiStatefulTest} call the operations and check each
 * answer against this document (the stateful one reaches the creates, their repetition and stale
 * versions), so that it cannot drift again.
 */
final class HonestDocument {
  /** Anonymous routes: never 401 nor 403 for a missing token. */
  private static final List<String> ANONYMOUS_PREFIXES =
      List.of("/api/v1/calculations", "/api/v1/login");

  private static final String PROBLEM_REF = "#/components/schemas/Problem";
  /** What the ledger's writes answer: 201 when recorded now, 200 for a duplicate. */
  private static final String RECORDED_REF = "#/components/schemas/RecordContribution.Recorded";
  /** A description saying that the value may be null ("or null", "null while not voted"). */
  private static final java.util.regex.Pattern MAY_BE_NULL =
      java.util.regex.Pattern.compile("(?<!never |not |non-)\\bnull\\b");
  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

  /**
   * Requirements between the fields of a request body, by schema: the body must satisfy one of
   * the alternatives (each its required fields, and the values they must then have).
   */
  private static final Map<String, List<Map<String, Object>>> ANY_OF = Map.of(
      "RunGeneralAssembly.NewItem", List.of(
          Map.of("required", List.of("decisionType")),
          Map.of("required", List.of("majority"))),
      "ManageLatePenaltyPolicies.Policy", List.of(
          Map.of("required", List.of("annualRatePercent", "statutesArticle"),
              "properties", Map.of("rateSource", Map.of("type", "string", "enum", List.of("STATUTES")))),
          Map.of("required", List.of("rateSource"),
              "properties", Map.of("rateSource", Map.of("type", "string", "enum", List.of("LEGAL_RATE"))))),
      "KeepNotificationChoices.NewConsent", List.of(
          Map.of("required", List.of("proof"), "properties", Map.of("decision", Map.of("type", "string", "enum",
              List.of("GRANTED")))),
          Map.of("properties", Map.of("decision", Map.of("type", "string", "enum", List.of("WITHDRAWN"))))),
      "CheckAidEligibility.Ask", List.of(
          Map.of("required", List.of("months"), "properties", Map.of("kind", Map.of("type", "string", "enum",
              List.of(AidKind.ZERO_RATE_LOAN.name(), AidKind.WORKS_CREDIT.name())))),
          Map.of("properties", Map.of("kind", Map.of("type", "string", "enum",
              List.of(AidKind.LITIGATION_GRANT.name(), AidKind.EMERGENCY_GRANT.name()))))));

  /**
   * The values of a text property of a library record, which carries no OpenAPI annotation, by
   * schema and property: an enum of the domain (generated from it).
   */
  private static final Map<String, Map<String, List<String>>> ENUMS = Map.ofEntries(
      Map.entry("CheckAidEligibility.Ask", Map.of("kind", names(AidKind.values()))),
      Map.entry("CheckAidEligibility.PastAid", Map.of("kind", names(AidKind.values()))),
      Map.entry("KeepAssociationBooks.MemberRate", Map.of("rate", names(MembershipRate.values()))),
      Map.entry("KeepCommitments.NewCommitment", Map.of("kind", names(CommitmentKind.values()),
          "decidedBy", names(DecisionMaker.values()))),
      Map.entry("RunGeneralAssembly.NewItem", Map.of("decisionType", names(DecisionType.values()),
          "majority", names(Majority.values()))),
      Map.entry("RunGeneralAssembly.Presence", Map.of("mode", names(AttendanceMode.values()))),
      Map.entry("DraftGeneralAssembly.NewAssembly", Map.of("rules", List.of(BelgianCoOwnershipRules.NAME))),
      Map.entry("DraftGeneralAssembly.NewOrganisationAssembly", Map.of("rules", List.of(OneMemberOneVote.NAME))),
      Map.entry("ManageCoopGroups.DocumentSubmission", Map.of("kind", names(DocumentKind.values()))),
      Map.entry("ManageCoopGroups.MemberStatusChange", Map.of("status", names(MemberStatus.values()))),
      Map.entry("ManageCoopGroups.Transition", Map.of("to", names(GroupStatus.values()))),
      Map.entry("RunCoopProject.NewLot", Map.of("type", names(LotType.values()))),
      Map.entry("RunCoopProject.Milestone", Map.of("to", names(ProjectPhase.values()))),
      Map.entry("RunAllocationRounds.RejectionRequest", Map.of("reason", names(RejectionReason.values()))),
      Map.entry("KeepNotificationChoices.NewLanguage", Map.of("language", languages())),
      Map.entry("KeepNotificationChoices.NewConsent", Map.of("channel", List.of("WHATSAPP", "EMAIL"),
          "decision", List.of("GRANTED", "WITHDRAWN"))),
      Map.entry("KeepNotificationChoices.ConsentState", Map.of("channel", List.of("WHATSAPP", "EMAIL"),
          "decision", List.of("GRANTED", "WITHDRAWN"))),
      Map.entry("KeepNotificationChoices.Choices", Map.of("kind", List.of("OWNER", "MEMBER"),
          "language", languages(), "noticeLanguage", languages())),
      Map.entry("QueryViews.OwnerView", Map.of("language", languages())),
      Map.entry("QueryViews.MemberView", Map.of("language", languages())));

  /**
   * The text properties of a library record whose values are an enum of the domain named in the
   * document as a schema of its own ({@code $ref}), by schema and property. The generator writes
   * the enum's schema with its Javadoc ({@code Application}'s {@code @OpenAPIExtraSchema} lists
   * these enums); it is added, with its values only, should it be missing.
   */
  private static final Map<String, Map<String, Class<? extends Enum<?>>>> REFS = Map.of(
      "KeepNotificationChoices.NewChannel", Map.of("channel", ContactChannel.class),
      "KeepNotificationChoices.Choices", Map.of("channel", ContactChannel.class, "route", ContactChannel.class,
          "reason", ChannelChoice.Reason.class),
      "LendObjects.NewListing", Map.of("condition", Condition.class),
      "LendObjects.ConditionNoted", Map.of("condition", Condition.class),
      "RunSwapBazaar.Offering", Map.of("kind", OfferKind.class),
      "KeepNoticeBoard.Posting", Map.of("kind", NoticeKind.class));

  /**
   * The properties of a library record that the host writes under another name ({@code
   * ReadModelJson}), by schema: the component's name to the name on the wire.
   */
  private static final Map<String, Map<String, String>> RENAMED = Map.of(
      "KeepAssemblyMinutes.Tally.Count", Map.of("forVotes", "for"));

  /**
   * The values of a map the annotations leave as strings, by schema and property: an enum of the
   * domain (generated from it).
   */
  private static final Map<String, Map<String, List<String>>> MAP_VALUES = Map.of(
      "RunGeneralAssembly.BallotBox", Map.of("ballots", names(Ballot.values())));

  /**
   * Query parameters the host requires (it answers {@code MISSING_FIELD} naming them when absent)
   * but declares nullable so that the refusal is a coded problem, not the framework's: by path.
   */
  private static final Map<String, Map<String, Map<String, Object>>> REQUIRED_QUERY = Map.of(
      "/api/v1/association/transparency", Map.of("quarter", Map.of("pattern", "^[0-9]{4}-Q[1-4]$")),
      "/api/v1/lots/{lot}/sale-information", Map.of("transferOn", Map.of("format", "date")),
      "/api/v1/owners/{owner}/statement", Map.of("asOf", Map.of("format", "date")));

  private HonestDocument() {}

  /** The completed document, in YAML. */
  static String complete(String generated) {
    LoaderOptions loading = new LoaderOptions();
    loading.setCodePointLimit(16 * 1024 * 1024);
    Yaml yaml = new Yaml(loading);
    @SuppressWarnings("unchecked")
    Map<String, Object> document = (Map<String, Object>) yaml.load(generated);
    complete(document);
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    options.setIndent(2);
    options.setWidth(120);
    options.setSplitLines(false);
    return new Yaml(options).dump(document);
  }

  @SuppressWarnings("unchecked")
  static void complete(Map<String, Object> document) {
    Map<String, Object> components =
        (Map<String, Object>) document.computeIfAbsent("components", k -> new LinkedHashMap<>());
    Map<String, Object> schemas =
        (Map<String, Object>) components.computeIfAbsent("schemas", k -> new LinkedHashMap<>());
    for (Object schema : schemas.values()) {
      if (schema instanceof Map<?, ?> map) {
        markNullable((Map<String, Object>) map);
      }
    }
    anyValues(document);
    MAP_VALUES.forEach((name, maps) -> {
      if (schemas.get(name) instanceof Map<?, ?> schema && schema.get("properties") instanceof Map<?, ?> props) {
        maps.forEach((property, values) -> {
          if (props.get(property) instanceof Map<?, ?> map) {
            Map<String, Object> valueSchema = new LinkedHashMap<>();
            valueSchema.put("type", "string");
            valueSchema.put("enum", new ArrayList<>(values));
            ((Map<String, Object>) map).put("additionalProperties", valueSchema);
          }
        });
      }
    });
    ENUMS.forEach((name, properties) -> {
      if (schemas.get(name) instanceof Map<?, ?> schema && schema.get("properties") instanceof Map<?, ?> props) {
        properties.forEach((property, values) -> {
          if (props.get(property) instanceof Map<?, ?> p) {
            ((Map<String, Object>) p).put("enum", new ArrayList<>(values));
          }
        });
      }
    });
    REFS.forEach((name, properties) -> {
      if (schemas.get(name) instanceof Map<?, ?> schema && schema.get("properties") instanceof Map<?, ?> props) {
        properties.forEach((property, type) -> {
          String component = type.getEnclosingClass() == null
              ? type.getSimpleName() : type.getEnclosingClass().getSimpleName() + "." + type.getSimpleName();
          Map<String, Object> enumSchema = new LinkedHashMap<>();
          enumSchema.put("type", "string");
          enumSchema.put("enum", names(type.getEnumConstants()));
          enumSchema.put("description", "the names of the library's " + component);
          schemas.putIfAbsent(component, enumSchema);
          Map<String, Object> ref = new LinkedHashMap<>();
          if (props.get(property) instanceof Map<?, ?> p && Boolean.TRUE.equals(p.get("nullable"))) {
            ref.put("nullable", true);
            ref.put("allOf", new ArrayList<>(List.of(Map.of("$ref", "#/components/schemas/" + component))));
          } else {
            ref.put("$ref", "#/components/schemas/" + component);
          }
          ((Map<String, Object>) props).put(property, ref);
        });
      }
    });
    RENAMED.forEach((name, names) -> {
      if (schemas.get(name) instanceof Map<?, ?> schema && schema.get("properties") instanceof Map<?, ?> props) {
        Map<String, Object> renamed = new LinkedHashMap<>();
        props.forEach((property, value) -> renamed.put(names.getOrDefault(property, String.valueOf(property)), value));
        ((Map<String, Object>) schema).put("properties", renamed);
        if (schema.get("required") instanceof List<?> required) {
          ((Map<String, Object>) schema).put("required",
              required.stream().map(r -> names.getOrDefault(r, String.valueOf(r))).toList());
        }
      }
    });
    ANY_OF.forEach((name, alternatives) -> {
      if (schemas.get(name) instanceof Map<?, ?> schema) {
        ((Map<String, Object>) schema).put("anyOf", copy(alternatives));
      }
    });
    schemas.put("Problem", problemSchema());
    Map<String, Object> paths = (Map<String, Object>) document.getOrDefault("paths", Map.of());
    REQUIRED_QUERY.forEach((path, names) -> {
      if (paths.get(path) instanceof Map<?, ?> item && item.get("get") instanceof Map<?, ?> get
          && get.get("parameters") instanceof List<?> parameters) {
        for (Object p : parameters) {
          Map<String, Object> extras = p instanceof Map<?, ?> parameter && "query".equals(parameter.get("in"))
              ? names.get(String.valueOf(parameter.get("name"))) : null;
          if (extras != null) {
            Map<String, Object> parameter = (Map<String, Object>) p;
            parameter.put("required", true);
            if (parameter.get("schema") instanceof Map<?, ?> schema) {
              schema.remove("nullable");
              ((Map<String, Object>) schema).putAll(extras);
            }
          }
        }
      }
    });
    for (Map.Entry<String, Object> path : paths.entrySet()) {
      Map<String, Object> item = (Map<String, Object>) path.getValue();
      for (Map.Entry<String, Object> operation : item.entrySet()) {
        if (METHODS.contains(operation.getKey())) {
          complete(operation.getKey().toUpperCase(java.util.Locale.ROOT), path.getKey(),
              (Map<String, Object>) operation.getValue());
        }
      }
    }
  }

  /** The stable codes of the languages a person reads ({@code fr}, {@code nl}, {@code de}, {@code en}). */
  private static List<String> languages() {
    List<String> codes = new ArrayList<>();
    for (Language language : Language.values()) {
      codes.add(language.code());
    }
    return codes;
  }

  private static List<String> names(Enum<?>[] values) {
    List<String> names = new ArrayList<>();
    for (Enum<?> value : values) {
      names.add(value.name());
    }
    return names;
  }

  /** A mutable deep copy (the YAML dumper writes anchors for shared nodes). */
  @SuppressWarnings("unchecked")
  private static Object copy(Object node) {
    if (node instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      map.forEach((k, v) -> copy.put(String.valueOf(k), copy(v)));
      return copy;
    }
    if (node instanceof List<?> list) {
      List<Object> copy = new ArrayList<>();
      list.forEach(v -> copy.add(copy(v)));
      return copy;
    }
    return node;
  }

  /**
   * A map of {@code Object} values is generated as {@code additionalProperties: {type: object}},
   * which refuses the strings, numbers, arrays and nulls such maps hold: any value it is.
   */
  @SuppressWarnings("unchecked")
  private static void anyValues(Object node) {
    if (node instanceof Map<?, ?> map) {
      Object additional = map.get("additionalProperties");
      if (additional instanceof Map<?, ?> a && a.size() == 1 && "object".equals(a.get("type"))) {
        ((Map<String, Object>) map).put("additionalProperties", true);
      }
      for (Object value : map.values()) {
        anyValues(value);
      }
    } else if (node instanceof List<?> list) {
      for (Object value : list) {
        anyValues(value);
      }
    }
  }

  /**
   * The host writes every field, null when absent ({@code jackson.serialization-inclusion:
   * always}), and the generator marks required exactly the fields that are not {@code @Nullable}:
   * every other property is nullable. So is a required one whose description (its Javadoc
   * {@code @param}, read from the host's own sources) says it may be null ({@code "the chosen
   * channel, or null when the person chose none"}). A required field without a description (the
   * library's records: the generator reads no Javadoc outside the host) is never null: the
   * library annotates every field of a read model that may be null with {@code @Nullable}, and the
   * contract tests check every answer against this document.
   */
  @SuppressWarnings("unchecked")
  private static void markNullable(Map<String, Object> schema) {
    Object properties = schema.get("properties");
    if (!(properties instanceof Map<?, ?> props)) {
      return;
    }
    Object requiredList = schema.get("required");
    Set<Object> required =
        requiredList instanceof List<?> list ? Set.copyOf(list) : Set.of();
    for (Map.Entry<?, ?> property : ((Map<Object, Object>) props).entrySet()) {
      if (!(property.getValue() instanceof Map<?, ?>)) {
        continue;
      }
      Map<String, Object> p = (Map<String, Object>) property.getValue();
      if (required.contains(property.getKey())
          && !(p.get("description") instanceof String d && MAY_BE_NULL.matcher(d).find())) {
        continue;
      }
      if (p.containsKey("$ref")) {
        Map<String, Object> wrapped = new LinkedHashMap<>();
        wrapped.put("nullable", true);
        wrapped.put("allOf", new ArrayList<>(List.of(Map.of("$ref", p.get("$ref")))));
        ((Map<Object, Object>) props).put(property.getKey(), wrapped);
      } else {
        p.put("nullable", true);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static void complete(String method, String path, Map<String, Object> operation) {
    Map<String, Object> responses =
        (Map<String, Object>) operation.computeIfAbsent("responses", k -> new LinkedHashMap<>());
    String route = method + " " + path;
    // The success statuses come from the controllers: @Status(CREATED) or @Status(NO_CONTENT) on
    // the method; the ledger's two (201, and 200 for a duplicate) and the GDPR export's are set here.
    if (responses.get("201") instanceof Map<?, ?> created
        && String.valueOf(created.get("description")).endsWith(" 201 response")) {
      ((Map<String, Object>) created).put("description", "created; its address is in the Location header");
    }
    if (responses.get("200") instanceof Map<?, ?> ok && ok.get("content") instanceof Map<?, ?> content
        && content.get("application/json") instanceof Map<?, ?> json && json.get("schema") instanceof Map<?, ?> schema
        && RECORDED_REF.equals(schema.get("$ref"))) {
      // a write of the ledger: 201 when recorded now, 200 when recorded already under its key
      Map<String, Object> others = new LinkedHashMap<>(responses);
      others.remove("200");
      responses.clear();
      responses.put("201", response("recorded now; its address is in the Location header", content));
      responses.put("200", response("already recorded under this idempotency key by the same request"
          + " (duplicate: true)", content));
      responses.putAll(others);
    }
    if (method.equals("GET") && path.endsWith("/personal-data")) {
      Map<String, Object> content = new LinkedHashMap<>();
      content.put("application/json", Map.of("schema", Map.of("type", "object")));
      content.put("text/csv", Map.of("schema", Map.of("type", "string")));
      responses.put("200", response("everything held about the person: a JSON object of record lists by kind,"
          + " or CSV with format=csv", content));
    }
    if (responses.get("204") instanceof Map<?, ?> none) {
      ((Map<String, Object>) none).remove("content");
      ((Map<String, Object>) none).put("description", "done; no content");
    }
    if (path.startsWith("/webhooks/")) {
      // served only when the channel is enabled (koprogo.whatsapp.enabled): 404 otherwise
      problem(responses, "404", "NOT_FOUND: the channel is not enabled on this host");
      problem(responses, method.equals("GET") ? "403" : "401", method.equals("GET")
          ? "FORBIDDEN: the verify token does not match"
          : "UNAUTHENTICATED: the X-Hub-Signature-256 signature is missing or wrong");
      problem(responses, "400", "MALFORMED_JSON or BAD_REQUEST: not a webhook notification");
      problem(responses, "413", "PAYLOAD_TOO_LARGE: a body over 1 MB");
      problem(responses, "414", "URI_TOO_LONG");
    }
    if (!path.startsWith("/api/")) {
      return;
    }
    boolean anonymous = ANONYMOUS_PREFIXES.stream().anyMatch(path::startsWith);
    boolean body = operation.containsKey("requestBody");
    boolean write = !method.equals("GET");
    problem(responses, "400", "MALFORMED_JSON or BAD_REQUEST: the request cannot be read");
    if (!anonymous) {
      problem(responses, "401", "UNAUTHENTICATED: no valid bearer token");
    }
    problem(responses, "403", anonymous
        ? "ORIGIN_NOT_ALLOWED: a cross-origin request from an origin the host does not allow"
        : "FORBIDDEN (the caller's roles), NOT_PERMITTED, MODULE_DISABLED or ORIGIN_NOT_ALLOWED");
    problem(responses, "404", "NOT_FOUND: no such resource in the caller's organisation");
    problem(responses, "409", write
        ? "CONCURRENT_UPDATE, ILLEGAL_TRANSITION, BANK_LINE_SETTLED or PERIOD_CLOSED: the resource's state"
        : "ILLEGAL_TRANSITION: the resource is not in a state that has this (a convocation before the"
            + " assembly is convened)");
    if (body) {
      problem(responses, "413", "PAYLOAD_TOO_LARGE: a body over 1 MB");
      problem(responses, "415", "UNSUPPORTED_MEDIA_TYPE: send application/json");
    }
    problem(responses, "414", "URI_TOO_LONG");
    problem(responses, "422", "the library's or the host's code naming the field (INVALID_FIELD,"
        + " INVALID_NUMBER, INVALID_DATE, MISSING_FIELD, VALIDATION_FAILED, ...)");
    if (path.startsWith("/api/v1/login")) {
      problem(responses, "429", "TOO_MANY_ATTEMPTS: wait Retry-After seconds");
    }
    if (!path.startsWith("/api/v1/calculations")) {
      problem(responses, "503", "SERVICE_UNAVAILABLE: the database failed; retry after Retry-After");
    }
    Object parameters = operation.get("parameters");
    if (parameters instanceof List<?> list) {
      for (Object p : list) {
        if (p instanceof Map<?, ?> parameter && "Idempotency-Key".equals(parameter.get("name"))) {
          ((Map<String, Object>) parameter).put("description", "the caller's key, the same on every"
              + " retry; required unless the body gives idempotencyKey. A key already used for"
              + " another request (another body or caller) is 422 IDEMPOTENCY_KEY_REUSED");
        }
      }
    }
  }

  /** A success response with its description and a copy of its content. */
  private static Map<String, Object> response(String description, Map<?, ?> content) {
    Map<String, Object> response = new LinkedHashMap<>();
    response.put("description", description);
    response.put("content", copy(content));
    return response;
  }

  @SuppressWarnings("unchecked")
  private static void problem(Map<String, Object> responses, String status, String description) {
    Map<String, Object> response = (Map<String, Object>) responses.get(status);
    if (response == null) {
      response = new LinkedHashMap<>();
      response.put("description", description);
      responses.put(status, response);
    } else {
      response = new LinkedHashMap<>(response);
      responses.put(status, response);
    }
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("$ref", PROBLEM_REF);
    response.put("content", Map.of("application/problem+json", Map.of("schema", schema)));
    if (status.equals("429") || status.equals("503")) {
      response.put("headers", Map.of("Retry-After", Map.of(
          "description", "seconds to wait before retrying", "schema", Map.of("type", "integer"))));
    }
  }

  private static Map<String, Object> problemSchema() {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("type", Map.of("type", "string", "description", "urn:koprogo:problem:{code}"));
    properties.put("title", Map.of("type", "string", "description", "a short summary of the kind of problem"));
    properties.put("status", Map.of("type", "integer", "description", "the HTTP status"));
    properties.put("detail", Map.of("type", "string", "description", "what went wrong with this request"));
    properties.put("code", Map.of("type", "string",
        "description", "stable code: a library ErrorCode or a host HostErrorCode"));
    properties.put("field", Map.of("type", "string", "description", "the offending field's path"));
    properties.put("value", Map.of("description", "the offending value, when printable"));
    properties.put("correlationId", Map.of("type", "string",
        "description", "on a 5xx: names the failure in the server's log"));
    properties.put("retryAfter", Map.of("type", "integer",
        "description", "on 429 and 503: seconds to wait (also the Retry-After header)"));
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", "object");
    schema.put("description", "RFC 9457 problem document; other members are details of the refusal");
    schema.put("required", new ArrayList<>(List.of("type", "title", "status", "code")));
    schema.put("properties", properties);
    schema.put("additionalProperties", true);
    return schema;
  }
}
