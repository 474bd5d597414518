/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application.community;

import java.util.List;
import java.util.Optional;
import org.koprogo.domain.community.CommunityModule;
import org.koprogo.domain.community.NeighbourId;
import org.koprogo.domain.community.skills.SkillListing;
import org.koprogo.domain.community.skills.SkillsDirectory;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.ports.application.Pages;
import org.koprogo.ports.application.community.CommunityWork.Outcome;
import org.koprogo.ports.in.community.CommunityRef;
import org.koprogo.ports.in.community.KeepSkillsDirectory;
import org.koprogo.ports.out.community.NumberedSkill;

/** {@link KeepSkillsDirectory} on the building's stored directory; consent is dated by the host's clock. */
final class SkillsListing implements KeepSkillsDirectory {
  private final CommunityWork work;

  SkillsListing(CommunityWork work) {
    this.work = work;
  }

  @Override
  public SkillListing add(NewSkill command) {
    work.validation.check(command);
    return work.change(command.organisation(), command.building(), current -> {
      SkillsDirectory directory = current.skillsDirectory();
      SkillListing listing =
          directory.add(NeighbourId.of(command.who()), command.skill(), command.consent() ? work.ports.clock().now() : null);
      return new Outcome<>(current.with(directory), listing);
    });
  }

  @Override
  public void withdrawConsent(Withdrawal command) {
    work.validation.check(command);
    work.change(command.organisation(), command.building(), current -> {
      SkillsDirectory directory = current.skillsDirectory();
      directory.withdrawConsent(NeighbourId.of(command.who()));
      return new Outcome<>(current.with(directory), Boolean.TRUE);
    });
  }

  @Override
  public List<SkillListing> search(Search command) {
    work.validation.check(command);
    return work.read(new CommunityRef(command.organisation(), command.building()))
        .skillsDirectory()
        .search(NeighbourId.of(command.viewer()), command.query());
  }

  @Override
  public List<NumberedSkill> search(Search command, Integer limit, String after) {
    work.validation.check(command);
    int n = Pages.limit(limit);
    Optional<Integer> from = Pages.after(after, "a position in the directory", SkillsListing::position);
    NeighbourId viewer = NeighbourId.of(command.viewer());
    return work.page(new CommunityRef(command.organisation(), command.building()), CommunityModule.SKILLS_DIRECTORY,
        (organisation, building) -> {
          if (!work.store.buildings().takesPart(organisation, building, viewer)) {
            throw SkillsDirectory.notANeighbour(viewer, building);
          }
          return work.store.buildings().foundSkills(organisation, building, command.query(), from, n);
        });
  }

  /** A position sent as {@code after}: a whole number from 0 ({@code INVALID_FIELD} naming {@code after} otherwise). */
  private static int position(String after) {
    if (after.chars().allMatch(c -> c >= '0' && c <= '9') && after.length() <= 9) {
      return Integer.parseInt(after);
    }
    throw KoproGoException.of(ErrorCode.INVALID_FIELD, "after is not a position in the directory", "field", "after");
  }
}
