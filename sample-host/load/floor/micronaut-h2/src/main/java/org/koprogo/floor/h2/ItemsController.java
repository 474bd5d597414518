/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.floor.h2;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.List;
import java.util.Map;

/** The items in H2; on the blocking executor as the host's controllers. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
final class ItemsController {
  private final Items items;

  ItemsController(Items items) {
    this.items = items;
  }

  @Get("/items")
  List<Item> list() {
    return items.last20();
  }

  @Post("/items")
  HttpResponse<Item> add(@Body NewItem body) {
    return HttpResponse.created(items.add(body));
  }

  @Get("/health/readiness")
  Map<String, String> readiness() {
    return Map.of("status", "UP");
  }
}
