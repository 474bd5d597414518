/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in.community;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.koprogo.domain.community.skills.SkillListing;

/**
 * Who can do what in a building: shown only to the neighbours of the same building and only with
 * the person's consent (given when the skill is added, withdrawn at any time).
 *
 * <p>Refusals: {@code MODULE_DISABLED}, {@code NOT_A_PARTY} (not a neighbour of the building),
 * {@code VALIDATION_FAILED}.
 */
public interface KeepSkillsDirectory {

  /**
   * Lists a neighbour's skill, shown once they consented.
   *
   * @param command the neighbour, the skill and their consent
   * @return the listing
   * @throws org.koprogo.domain.shared.KoproGoException {@code MODULE_DISABLED}, {@code
   *     NOT_A_PARTY}, {@code VALIDATION_FAILED}
   */
  SkillListing add(NewSkill command);

  /**
   * Hides every skill of {@code who} at once.
   *
   * @param command the neighbour
   * @throws org.koprogo.domain.shared.KoproGoException {@code MODULE_DISABLED}, {@code
   *     VALIDATION_FAILED}
   */
  void withdrawConsent(Withdrawal command);

  /**
   * The consented skills containing {@code query}, as a neighbour of the building sees them.
   *
   * @param command the neighbour searching and the text searched
   * @return the listings found
   * @throws org.koprogo.domain.shared.KoproGoException {@code MODULE_DISABLED}, {@code
   *     NOT_A_PARTY}, {@code VALIDATION_FAILED}
   */
  List<SkillListing> search(Search command);

  /**
   * A skill.
   *
   * @param organisation the tenant
   * @param building the building
   * @param who the neighbour
   * @param skill the skill
   * @param consent true when they consent to show it to their neighbours (else never shown)
   */
  record NewSkill(
      @NotBlank String organisation, @NotBlank String building, @NotBlank String who, @NotBlank String skill,
      @NotNull Boolean consent) {}

  /**
   * A withdrawal of consent.
   *
   * @param organisation the tenant
   * @param building the building
   * @param who the neighbour
   */
  record Withdrawal(@NotBlank String organisation, @NotBlank String building, @NotBlank String who) {}

  /**
   * A search.
   *
   * @param organisation the tenant
   * @param building the building
   * @param viewer who searches (a neighbour of the building)
   * @param query part of a skill's name, empty for every skill
   */
  record Search(@NotBlank String organisation, @NotBlank String building, @NotBlank String viewer, @NotNull String query) {}
}
