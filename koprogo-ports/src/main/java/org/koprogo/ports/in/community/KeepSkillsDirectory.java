/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in.community;

import jakarta.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.koprogo.domain.community.skills.SkillListing;
import org.koprogo.ports.in.fields.ClientFields;
import org.koprogo.ports.out.community.NumberedSkill;

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
   * The consented skills containing {@code query}, as a neighbour of the building sees them, in
   * the order they were added, at once (for batch work); a host answering requests reads {@link
   * #search(Search, Integer, String) a page}.
   *
   * @param command the neighbour searching and the text searched
   * @return the listings found
   * @throws org.koprogo.domain.shared.KoproGoException {@code MODULE_DISABLED}, {@code
   *     NOT_A_PARTY}, {@code VALIDATION_FAILED}
   */
  List<SkillListing> search(Search command);

  /**
   * A page of the consented skills containing {@code query}, as a neighbour of the building sees
   * them, in the order they were added, each with its position in the directory (listings have
   * no id: the position of the last one of a page is the next page's {@code after}): at most
   * {@code limit} found after the position {@code after}. A part of a name is not found along an
   * index, so the store reads the consented listings after the cursor in bounded batches until
   * the page is full: a broad search costs about the page, one that finds few up to every
   * consented listing after the cursor.
   *
   * @param command the neighbour searching and the text searched
   * @param limit 1 to 1000; null for 100
   * @param after the position of the last listing of the previous page (a whole number from 0),
   *     null for the first page
   * @return the page
   * @throws org.koprogo.domain.shared.KoproGoException {@code MODULE_DISABLED}, {@code NOT_FOUND},
   *     {@code NOT_A_PARTY}, {@code VALIDATION_FAILED}, {@code INVALID_FIELD} naming {@code limit}
   *     (out of bounds) or {@code after} (not a whole number from 0)
   */
  List<NumberedSkill> search(Search command, Integer limit, String after);

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

  // --- the commands as a client sends them, with the defaults a host would otherwise apply ---

  /**
   * A skill of the caller, shown to the neighbours only with {@code consent}, as a client sends it.
   *
   * @param skill the skill
   * @param consent the caller's consent to show it to the neighbours
   */
  record OwnSkill(String skill, Boolean consent) {}

  /**
   * Adds the skill a client sends ({@link #add(NewSkill)}).
   *
   * @param organisation the tenant
   * @param building the building
   * @param who the neighbour (the caller)
   * @param skill the skill and the consent as the client sends them
   * @return the listing
   * @throws org.koprogo.domain.shared.KoproGoException as {@link #add(NewSkill)}
   */
  default SkillListing add(String organisation, String building, String who, OwnSkill skill) {
    return add(new NewSkill(organisation, building, who, skill.skill(), skill.consent()));
  }

  /**
   * Searches as a client asks ({@link #search(Search)}): every consented skill when it sends no
   * text.
   *
   * @param organisation the tenant
   * @param building the building
   * @param viewer who searches (the caller, a neighbour of the building)
   * @param query part of a skill's name, or null for every skill
   * @return the listings found
   * @throws org.koprogo.domain.shared.KoproGoException as {@link #search(Search)}
   */
  default List<SkillListing> search(String organisation, String building, String viewer, @Nullable String query) {
    return search(new Search(organisation, building, viewer, ClientFields.orEmpty(query)));
  }

  /**
   * Searches a page as a client asks ({@link #search(Search, Integer, String)}): every consented
   * skill when it sends no text.
   *
   * @param organisation the tenant
   * @param building the building
   * @param viewer who searches (the caller, a neighbour of the building)
   * @param query part of a skill's name, or null for every skill
   * @param limit 1 to 1000; null for 100
   * @param after the position of the last listing of the previous page, null for the first page
   * @return the page
   * @throws org.koprogo.domain.shared.KoproGoException as {@link #search(Search, Integer, String)}
   */
  default List<NumberedSkill> search(String organisation, String building, String viewer, @Nullable String query,
      @Nullable Integer limit, @Nullable String after) {
    return search(new Search(organisation, building, viewer, ClientFields.orEmpty(query)), limit, after);
  }
}
