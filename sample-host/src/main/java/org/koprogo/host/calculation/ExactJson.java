/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.calculation;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.util.Map;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.host.json.StrictJson;
import org.koprogo.host.problem.HostErrorCode;
import org.koprogo.host.problem.ProblemException;

/**
 * Reads and writes the plain JSON trees of calculations, keeping every number exact.
 *
 * <p>Numbers become {@link java.math.BigDecimal} or {@link java.math.BigInteger}, never {@code
 * double}; a duplicate key, trailing content or an empty body is {@code MALFORMED_JSON}.
 * Thread-safe.
 */
@Singleton
public final class ExactJson {
  private final ObjectMapper mapper =
      JsonMapper.builder(JsonFactory.builder()
              .streamReadConstraints(StreamReadConstraints.builder()
                  .maxNumberLength(StrictJson.MAX_NUMBER_TOKEN).build())
              .build())
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
          // 3.0 stays a decimal (RULES.md version 2 refuses it where a JSON integer is due)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
          .build();

  /**
   * Reads a body that must be one JSON object.
   *
   * @throws ProblemException {@code MALFORMED_JSON} (400) or {@code INVALID_FIELD} (422)
   */
  @SuppressWarnings("unchecked")
  public Map<String, Object> readObject(String body) {
    if (body == null || body.isBlank()) {
      throw new ProblemException(HttpStatus.BAD_REQUEST, HostErrorCode.MALFORMED_JSON.name(),
          "the body is empty; send one JSON object");
    }
    JsonNode node;
    try {
      node = mapper.readTree(body);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
          + ", column " + e.getLocation().getColumnNr();
      throw new ProblemException(HttpStatus.BAD_REQUEST, HostErrorCode.MALFORMED_JSON.name(),
          "the body is not valid JSON" + where + ": " + firstSentence(e.getOriginalMessage()));
    }
    if (node == null || !node.isObject()) {
      throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, ErrorCode.INVALID_FIELD.name(),
          "the body must be a JSON object, not " + (node == null ? "nothing" : node.getNodeType()));
    }
    checkNumbers(node, "");
    return mapper.convertValue(node, Map.class);
  }

  /**
   * Refuses, before any arithmetic, a JSON number whose plain form would have more than {@link
   * StrictJson#MAX_DIGITS} digits on either side of its point ({@code 1e999999999}): its text is
   * short, but anything computed from it would cost a core and gigabytes.
   */
  private static void checkNumbers(JsonNode node, String path) {
    if (node.isNumber()) {
      java.math.BigDecimal value = node.decimalValue();
      long integerDigits = (long) value.precision() - value.scale();
      if (value.scale() > StrictJson.MAX_DIGITS || integerDigits > StrictJson.MAX_DIGITS) {
        throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, ErrorCode.INVALID_NUMBER.name(),
            path + " is out of bounds: decimals are strings of at most "
                + StrictJson.MAX_DECIMAL_LENGTH + " characters in plain notation")
            .with("field", path);
      }
    } else if (node.isObject()) {
      node.fields().forEachRemaining(
          e -> checkNumbers(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey()));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        checkNumbers(node.get(i), path + "[" + i + "]");
      }
    }
  }

  /** Writes a plain tree (maps, lists, strings, numbers, booleans) as JSON. */
  public String write(Object tree) {
    try {
      return mapper.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a calculation result", e);
    }
  }

  private static String firstSentence(String message) {
    String m = message == null ? "" : message;
    for (String stop : new String[] {"\n", " (", " at [Source"}) {
      int i = m.indexOf(stop);
      if (i > 0) {
        m = m.substring(0, i);
      }
    }
    return m;
  }
}
