/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.floor.micronaut;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** The items, the last 1000 kept in memory; on the blocking executor as the host's controllers. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
final class ItemsController {
  private final Deque<Item> items = new ArrayDeque<>();
  private long next = 1;

  @Get("/items")
  synchronized List<Item> list() {
    List<Item> last = new ArrayList<>(20);
    Iterator<Item> it = items.descendingIterator();
    while (last.size() < 20 && it.hasNext()) {
      last.add(it.next());
    }
    return last;
  }

  @Post("/items")
  synchronized HttpResponse<Item> add(@Body NewItem body) {
    Item item = new Item(next++, body.label(), body.amount(), body.bookedOn());
    items.addLast(item);
    if (items.size() > 1000) {
      items.removeFirst();
    }
    return HttpResponse.created(item);
  }

  @Get("/health/readiness")
  Map<String, String> readiness() {
    return Map.of("status", "UP");
  }
}
