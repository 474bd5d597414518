/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.koprogo.domain.coop.CoopAssertions.assertFails;
import static org.koprogo.domain.coop.CoopAssertions.assertNotPermitted;
import static org.koprogo.domain.coop.CoopFixtures.ADMIN;
import static org.koprogo.domain.coop.CoopFixtures.AT;
import static org.koprogo.domain.coop.CoopFixtures.GROUP;
import static org.koprogo.domain.coop.CoopFixtures.M1;
import static org.koprogo.domain.coop.CoopFixtures.MANAGER;
import static org.koprogo.domain.coop.CoopFixtures.eur;
import static org.koprogo.domain.coop.CoopFixtures.newGroup;
import static org.koprogo.domain.coop.CoopFixtures.withActiveMember;

import org.junit.jupiter.api.Test;
import org.koprogo.domain.coop.Role;
import org.koprogo.domain.coop.event.AuditEvent;
import org.koprogo.domain.coop.event.Change;
import org.koprogo.domain.coop.event.MinutesPublished;
import org.koprogo.domain.coop.event.TimelineEntry;
import org.koprogo.domain.coop.event.TimelineKind;
import org.koprogo.domain.shared.ErrorCode;

class GroupTest {

  @Test
  void formsAGroupInFormationAndAuditsIt() {
    Change<Group> formed = Group.form(GROUP, "Les Tilleuls", eur("1000.00"), ADMIN, AT);

    assertThat(formed.after().status()).isEqualTo(GroupStatus.FORMATION);
    assertThat(formed.eventsOf(AuditEvent.class)).extracting(AuditEvent::action).containsExactly("GroupFormed");
  }

  @Test
  void refusesAFundingThresholdThatIsNotPositive() {
    assertFails(() -> Group.form(GROUP, "x", eur("0.00"), ADMIN, AT), ErrorCode.NEGATIVE_AMOUNT);
  }

  @Test
  void keepsTheCurrentVersionOfEachGroupDocument() {
    Group group = newGroup()
        .adoptDocument("statutes", "statutes-2025.pdf", MANAGER, AT).after()
        .adoptDocument("internal rules", "rules-v1.pdf", MANAGER, AT).after();

    Change<Group> revised = group.adoptDocument("internal rules", "rules-v2.pdf", MANAGER, AT);
    Change<Group> again = revised.after().adoptDocument("internal rules", "rules-v2.pdf", MANAGER, AT);

    assertThat(revised.after().documents())
        .containsEntry("statutes", "statutes-2025.pdf")
        .containsEntry("internal rules", "rules-v2.pdf");
    AuditEvent audit = revised.eventsOf(AuditEvent.class).get(0);
    assertThat(audit.before()).isEqualTo("rules-v1.pdf");
    assertThat(audit.after()).isEqualTo("rules-v2.pdf");
    assertThat(again.isUnchanged()).isTrue();
  }

  @Test
  void validatesAContributionPlanOnceForTheSameVersion() {
    Group group = newGroup().validateContributionPlan("plan-2026/v1", MANAGER, AT).after();

    Change<Group> again = group.validateContributionPlan("plan-2026/v1", MANAGER, AT);
    Change<Group> next = group.validateContributionPlan("plan-2026/v2", MANAGER, AT);

    assertThat(again.isUnchanged()).isTrue();
    assertThat(next.after().contributionPlan()).contains("plan-2026/v2");
    assertThat(next.eventsOf(AuditEvent.class).get(0).before()).isEqualTo("plan-2026/v1");
  }

  @Test
  void publishesMinutesToEveryMember() {
    Change<Group> change = newGroup().publishMinutes("CA-2026-07", MANAGER, AT);

    MinutesPublished published = change.eventsOf(MinutesPublished.class).get(0);
    assertThat(published.recipient()).isEmpty();
    assertThat(published.key().toString()).isEqualTo("g1/MINUTES_PUBLISHED/minutes:CA-2026-07/published");
    assertThat(change.eventsOf(TimelineEntry.class)).extracting(TimelineEntry::kind)
        .contains(TimelineKind.DOCUMENT, TimelineKind.SYSTEM_NOTIFICATION);
  }

  @Test
  void letsOnlyAnOrganisationAdminChangeRoles() {
    Group group = withActiveMember(newGroup(), M1);

    assertNotPermitted(() -> group.changeRole(M1, Role.COOP_MANAGER, MANAGER, AT));
    Group after = group.changeRole(M1, Role.COOP_MANAGER, ADMIN, AT).after();
    assertThat(after.member(M1).orElseThrow().role()).isEqualTo(Role.COOP_MANAGER);
    assertThat(after.member(M1).orElseThrow().rank()).isEqualTo(group.member(M1).orElseThrow().rank());
  }

  @Test
  void refusesToActOnSomeoneWhoIsNotAMember() {
    assertFails(() -> newGroup().withdraw(M1, MANAGER, AT), ErrorCode.UNKNOWN_MEMBER);
  }
}
