/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.calculation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.koprogo.domain.calculation.RuleFamilies;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.host.problem.ProblemException;
import org.koprogo.ports.in.CalculateRuleFamily;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stateless calculations of RULES.md: a conformance vector's {@code input} in, its {@code
 * expect} shape out, or a problem document with the family's error code.
 *
 * <p>Open to anonymous callers: a calculation reads and stores nothing of any organisation.
 */
@Controller("/api/v1/calculations")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "calculations", description = "Stateless rule-family calculations (RULES.md)")
public final class CalculationController {
  private static final Logger LOG = LoggerFactory.getLogger(CalculationController.class);

  private final CalculateRuleFamily calculations;
  private final ExactJson json;

  CalculationController(CalculateRuleFamily calculations, ExactJson json) {
    this.calculations = calculations;
    this.json = json;
  }

  /** The implemented families, in RULES.md order. */
  @Get
  @Operation(summary = "The implemented rule families")
  public Map<String, List<String>> families() {
    return Map.of("families", RuleFamilies.implementedNames());
  }

  /**
   * Computes one family on a vector-shaped input.
   *
   * @param family the family's name, for example {@code charge-distribution}
   * @param body the vector's {@code input} object
   */
  @Post(uri = "/{family}", consumes = MediaType.APPLICATION_JSON,
      produces = MediaType.APPLICATION_JSON)
  @ExecuteOn(TaskExecutors.BLOCKING)
  @Operation(summary = "Compute a rule family",
      description = "Takes a conformance vector's input and returns its expect shape. Amounts,"
          + " weights and rates are decimal strings; numbers are read exactly.")
  @ApiResponse(responseCode = "200", description = "the result in the family's expect shape")
  @ApiResponse(responseCode = "404", description = "UNKNOWN_FAMILY",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(responseCode = "422", description = "the family's error code",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(responseCode = "400", description = "MALFORMED_JSON",
      content = @Content(mediaType = "application/problem+json"))
  public HttpResponse<String> calculate(
      @PathVariable String family,
      @Body @Nullable @Schema(type = "object", description = "the vector's input") String body) {
    RuleFamilies.get(family);
    Map<String, Object> input = json.readObject(body);
    Map<String, Object> result;
    try {
      result = calculations.calculate(new CalculateRuleFamily.Command(family, input));
    } catch (KoproGoException | ProblemException e) {
      throw e;
    } catch (RuntimeException e) {
      // A library defect on an unusual input: still the client's input that it could not read.
      LOG.warn("family {} could not evaluate an input", family, e);
      throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, ErrorCode.INVALID_FIELD.name(),
          "the input could not be evaluated by family '" + family + "'");
    }
    return HttpResponse.ok(json.write(result)).contentType(MediaType.APPLICATION_JSON_TYPE);
  }
}
