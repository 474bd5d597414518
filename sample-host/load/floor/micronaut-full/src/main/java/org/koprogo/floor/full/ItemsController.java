/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.floor.full;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;

/**
 * The items in H2, for a bearer token: the body checked by Micronaut's validation (@Valid) and
 * again by Hibernate Validator (as the host's use cases check their commands).
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class ItemsController {
  private final Items items;
  private final Validator validator;

  ItemsController(Items items, Validators validators) {
    this.items = items;
    this.validator = validators.validator();
  }

  @Get("/items")
  List<Item> list() {
    return items.last20();
  }

  @Post("/items")
  HttpResponse<?> add(@Valid @Body NewItem body) {
    Set<ConstraintViolation<NewItem>> violations = validator.validate(body);
    if (!violations.isEmpty()) {
      return HttpResponse.badRequest(violations.iterator().next().getMessage());
    }
    return HttpResponse.created(items.add(body));
  }
}
