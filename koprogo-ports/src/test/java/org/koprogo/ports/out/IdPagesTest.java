/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The page cut from a whole list in its own order, which the default page methods of
 * {@link Expenses}, {@link Ledger} and {@link Assemblies} share.
 */
class IdPagesTest {
  private static final List<String> LIST = List.of("c", "a", "d", "b", "e");

  @Test
  void everyPageSizeWalksTheWholeListInItsOrderOnce() {
    for (int limit = 1; limit <= LIST.size() + 1; limit++) {
      List<String> walked = new ArrayList<>();
      Optional<String> after = Optional.empty();
      while (true) {
        List<String> page = IdPages.following(LIST, after, Function.identity(), limit);
        assertThat(page.size()).isLessThanOrEqualTo(limit);
        if (page.isEmpty()) {
          break;
        }
        walked.addAll(page);
        after = Optional.of(page.get(page.size() - 1));
      }
      assertThat(walked).as("limit " + limit).isEqualTo(LIST);
    }
  }

  @Test
  void aCursorThatIsNoneOfTheListsGivesAnEmptyPageAndALimitBelowOneIsRefused() {
    assertThat(IdPages.following(LIST, Optional.of("x"), Function.identity(), 3)).isEmpty();
    assertThat(IdPages.following(LIST, Optional.of("d"), Function.identity(), 1)).containsExactly("b");
    assertThatThrownBy(() -> IdPages.following(LIST, Optional.empty(), Function.identity(), 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit 0");
  }
}
