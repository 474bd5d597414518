/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.calculation.RuleFamilies;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

class GeneralAssemblyFamilyTest {
  private static final List<Object> OWNERS = List.of(
      Map.of("id", "A", "shares", "100"), Map.of("id", "B", "shares", "200"), Map.of("id", "C", "shares", "300"));

  private static Map<String, Object> input(List<Object> attendance, List<Object> resolutions) {
    return Map.of("owners", OWNERS, "attendance", attendance, "resolutions", resolutions);
  }

  private static void assertRefusedWith(Map<String, Object> input, ErrorCode code) {
    assertThatThrownBy(() -> RuleFamilies.evaluate("general-assembly", input))
        .isInstanceOfSatisfying(KoproGoException.class, e -> assertThat(e.code()).isEqualTo(code));
  }

  @Test
  void readsTheWholeAttendanceListBeforeCheckingThatHoldersArePresent() {
    Map<String, Object> input = input(List.of(
        Map.of("owner", "A", "mode", "PROXY", "holder", "B"),
        Map.of("owner", "Q", "mode", "PRESENT")), List.of());

    assertRefusedWith(input, ErrorCode.UNKNOWN_OWNER);
  }

  @Test
  void checksTheOwnerOfAnAttendanceLineBeforeItsMode() {
    Map<String, Object> input = input(List.of(Map.of("owner", "Q", "mode", "REMOTE")), List.of());

    assertRefusedWith(input, ErrorCode.UNKNOWN_OWNER);
  }

  @Test
  void refusesABallotFromAPresentOwnerExcludedFromTheItem() {
    Map<String, Object> input = input(List.of(Map.of("owner", "A", "mode", "PRESENT")), List.of(
        Map.of("id", "r1", "majority", "ABSOLUTE", "excluded", List.of("A"),
            "ballots", Map.of("A", "FOR"))));

    assertRefusedWith(input, ErrorCode.BALLOT_FROM_EXCLUDED_OWNER);
  }

  @Test
  void readsAResolutionWithoutBallotsAsEveryVoterAbstaining() {
    Map<String, Object> input = input(List.of(Map.of("owner", "A", "mode", "PRESENT")),
        List.of(Map.of("id", "r1", "majority", "ABSOLUTE")));

    Map<String, Object> output = RuleFamilies.evaluate("general-assembly", input);

    @SuppressWarnings("unchecked")
    Map<String, Object> r1 = (Map<String, Object>) ((Map<String, Object>) output.get("resolutions")).get("r1");
    assertThat(r1).containsEntry("for", "0").containsEntry("abstained", "100").containsEntry("adopted", false);
  }

  @Test
  void needsTheMajorityOfEveryResolution() {
    Map<String, Object> input = input(List.of(Map.of("owner", "A", "mode", "PRESENT")),
        List.of(Map.of("id", "r1", "ballots", Map.of("A", "FOR"))));

    assertRefusedWith(input, ErrorCode.MISSING_FIELD);
  }

  @Test
  void writesTheQuorumRuleAsNullWhenNotReached() {
    Map<String, Object> input = input(List.of(Map.of("owner", "A", "mode", "PRESENT")), List.of());

    Map<String, Object> output = RuleFamilies.evaluate("general-assembly", input);

    @SuppressWarnings("unchecked")
    Map<String, Object> quorum = (Map<String, Object>) output.get("quorum");
    assertThat(quorum).containsEntry("reached", false).containsEntry("rule", null)
        .containsEntry("sharesPresent", "100").containsEntry("sharesTotal", "600");
  }
}
