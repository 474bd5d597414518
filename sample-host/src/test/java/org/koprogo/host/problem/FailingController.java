/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.problem;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/** A controller that fails like a defect would, for {@link ServerFailureTest} only. */
@Controller("/test-only")
@Secured(SecurityRule.IS_ANONYMOUS)
@Requires(property = "spec.name", value = "ServerFailureTest")
final class FailingController {

  @Get("/defect")
  String defect() {
    throw new IllegalStateException("secret internal detail at com.example.Internal");
  }

  @Get("/bad-argument")
  String badArgument() {
    // a host bug that refuses its own argument: not the client's input, so not a 422
    throw new IllegalArgumentException("secret internal detail at com.example.Internal");
  }

  @Get("/store")
  String store() {
    throw org.koprogo.domain.shared.KoproGoException.of(
        org.koprogo.domain.shared.ErrorCode.STORE_FAILURE, "the database did not answer");
  }
}
