/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.community.skills;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.koprogo.domain.building.BuildingId;
import org.koprogo.domain.community.CommunityModule;
import org.koprogo.domain.community.CommunitySettings;
import org.koprogo.domain.community.NeighbourId;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * Who can do what in a building: visible only to the neighbours of the same building, and only
 * with the person's consent (GDPR art. 6(1)(a)). Refuses everything with {@code MODULE_DISABLED}
 * while {@link CommunityModule#SKILLS_DIRECTORY} is off.
 */
public final class SkillsDirectory {
  private final CommunitySettings settings;
  private final Set<NeighbourId> neighbours;
  private final List<SkillListing> listings = new ArrayList<>();

  /**
   * A directory.
   *
   * @param settings the building's settings
   * @param neighbours the people of this building (only they may search or be listed)
   */
  public SkillsDirectory(CommunitySettings settings, Set<NeighbourId> neighbours) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.neighbours = Set.copyOf(neighbours);
  }

  /**
   * A directory as stored: its listings in the order they were added.
   *
   * @param settings the building's community settings
   * @param neighbours the neighbours of the building
   * @param listings the stored listings
   * @return the directory
   */
  public static SkillsDirectory restore(CommunitySettings settings, Set<NeighbourId> neighbours, List<SkillListing> listings) {
    SkillsDirectory directory = new SkillsDirectory(settings, neighbours);
    directory.listings.addAll(listings);
    return directory;
  }

  /**
   * Every listing, consented or not (for the store; never shown as such).
   *
   * @return the listings
   */
  public List<SkillListing> listings() {
    return List.copyOf(listings);
  }

  /**
   * Lists a skill, shown only if {@code consentAt} is not null.
   *
   * @param who the neighbour
   * @param skill the skill
   * @param consentAt when they consented to show it, or null
   * @return the listing
   * @throws KoproGoException {@code MODULE_DISABLED} when the directory is off, {@code NOT_A_PARTY}
   *     for someone not of the building
   */
  public SkillListing add(NeighbourId who, String skill, Instant consentAt) {
    settings.require(CommunityModule.SKILLS_DIRECTORY);
    requireNeighbour(who);
    SkillListing listing = new SkillListing(who, skill.strip(), consentAt);
    listings.add(listing);
    return listing;
  }

  /**
   * Withdraws consent for every skill of {@code who}: hidden at once.
   *
   * @param who the neighbour
   * @throws KoproGoException {@code MODULE_DISABLED} when the directory is off
   */
  public void withdrawConsent(NeighbourId who) {
    settings.require(CommunityModule.SKILLS_DIRECTORY);
    listings.replaceAll(l -> l.who().equals(who) ? new SkillListing(l.who(), l.skill(), null) : l);
  }

  /**
   * The consented listings whose skill contains {@code query} (case-insensitive), as seen by
   * {@code viewer}, who must be a neighbour of this building.
   *
   * @param viewer who searches
   * @param query the text searched
   * @return the listings found
   * @throws KoproGoException {@code NOT_A_PARTY} when the viewer is not of this building
   */
  public List<SkillListing> search(NeighbourId viewer, String query) {
    settings.require(CommunityModule.SKILLS_DIRECTORY);
    requireNeighbour(viewer);
    Objects.requireNonNull(query, "query");
    return listings.stream().filter(l -> l.foundBy(query)).toList();
  }

  private void requireNeighbour(NeighbourId who) {
    if (!neighbours.contains(who)) {
      throw notANeighbour(who, settings.building());
    }
  }

  /**
   * The refusal of a search by someone who is not a neighbour of the building (a reader that
   * checks the neighbours without loading the directory refuses alike).
   *
   * @param who who searched
   * @param building the building
   * @return {@code NOT_A_PARTY} naming {@code who}
   */
  public static KoproGoException notANeighbour(NeighbourId who, BuildingId building) {
    return KoproGoException.of(
        ErrorCode.NOT_A_PARTY, who + " is not a neighbour of building " + building, "value", who.value());
  }
}
