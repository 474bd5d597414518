/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application.community;

import java.util.List;
import org.koprogo.domain.community.NeighbourId;
import org.koprogo.domain.community.skills.SkillListing;
import org.koprogo.domain.community.skills.SkillsDirectory;
import org.koprogo.ports.application.community.CommunityWork.Outcome;
import org.koprogo.ports.in.community.CommunityRef;
import org.koprogo.ports.in.community.KeepSkillsDirectory;

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
}
