/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.koprogo.host.HttpCalls;
import org.koprogo.host.HttpCalls.Answer;

/**
 * What every paged list route answers (a JSON array of at most {@code limit}, 1 to 1000, default
 * 100, after the item named by {@code after}): the pages read one after the other are the whole
 * list, in its order, without duplicates; a limit or a cursor out of bounds is a 422 naming it.
 */
public final class PagedLists {
  private PagedLists() {}

  /** Checks the paging of {@code uri} (a list route without a query) for the caller of {@code token}. */
  public static void pagesTheWholeList(HttpCalls calls, String uri, String token, int pageSize) {
    pagesTheWholeList(calls, uri, token, pageSize, "id");
  }

  /** The same, for items whose cursor is their field {@code idField}. */
  public static void pagesTheWholeList(HttpCalls calls, String uri, String token, int pageSize, String idField) {
    pagesTheWholeList(calls, uri, token, pageSize, idField, 100);
  }

  /** The same, for a cursor of at most {@code longestAfter} characters (a bank line's identity: 500). */
  public static void pagesTheWholeList(HttpCalls calls, String uri, String token, int pageSize, String idField,
      int longestAfter) {
    Answer whole = calls.get(uri + "?limit=1000", token);
    Answer byDefault = calls.get(uri, token);
    assertThat(whole.status()).as(whole.body()).isEqualTo(200);
    List<String> all = ids(whole.json(), idField);
    assertThat(all).as("at least two pages").hasSizeGreaterThan(pageSize).doesNotHaveDuplicates();
    assertThat(ids(byDefault.json(), idField)).isEqualTo(all.subList(0, Math.min(100, all.size())));

    List<String> walked = new ArrayList<>();
    String after = null;
    for (int pages = 0; pages <= all.size(); pages++) {
      Answer page = calls.get(uri + "?limit=" + pageSize
          + (after == null ? "" : "&after=" + URLEncoder.encode(after, StandardCharsets.UTF_8)), token);
      assertThat(page.status()).as(page.body()).isEqualTo(200);
      List<String> ids = ids(page.json(), idField);
      assertThat(ids.size()).isLessThanOrEqualTo(pageSize);
      if (ids.isEmpty()) {
        break;
      }
      walked.addAll(ids);
      after = ids.get(ids.size() - 1);
    }
    assertThat(walked).isEqualTo(all);

    refuses(calls, uri + "?limit=0", token, "limit");
    refuses(calls, uri + "?limit=1001", token, "limit");
    refuses(calls, uri + "?after=%20", token, "after");
    refuses(calls, uri + "?limit=10&after=" + "x".repeat(longestAfter + 1), token, "after");
  }

  private static void refuses(HttpCalls calls, String uri, String token, String field) {
    Answer refused = calls.get(uri, token);
    assertThat(refused.status()).as(uri + ": " + refused.body()).isEqualTo(422);
    assertThat(refused.code()).isEqualTo("INVALID_FIELD");
    assertThat(refused.json().path("field").asText()).isEqualTo(field);
  }

  private static List<String> ids(JsonNode array, String idField) {
    assertThat(array.isArray()).as(array.toString()).isTrue();
    List<String> ids = new ArrayList<>();
    array.forEach(item -> ids.add(item.path(idField).asText()));
    return ids;
  }
}
