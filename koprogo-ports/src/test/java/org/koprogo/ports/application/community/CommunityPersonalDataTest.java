/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.koprogo.ports.application.community.CommunityUseCaseFixtures.BUILDING;
import static org.koprogo.ports.application.community.CommunityUseCaseFixtures.ORG;
import static org.koprogo.ports.application.community.CommunityUseCaseFixtures.REF;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.koprogo.ports.application.community.CommunityUseCaseFixtures.World;
import org.koprogo.ports.contract.PortsFixtures;
import org.koprogo.ports.in.community.KeepNoticeBoard;
import org.koprogo.ports.in.community.KeepSkillsDirectory;
import org.koprogo.ports.in.community.RunLocalExchange;
import org.koprogo.ports.out.DataSubject;

class CommunityPersonalDataTest {
  private static final DataSubject ANNA = new DataSubject(PortsFixtures.ACME, DataSubject.Kind.OWNER, "anna");

  @Test
  void exportsWhatThePersonWroteAndDidInTheCommunity() {
    World w = withAnnasTraces();

    Map<String, List<Map<String, Object>>> export = new CommunityPersonalData(w.community()).export(ANNA);

    assertThat(export).containsOnlyKeys("communitySkills", "communityNotices", "communityExchanges");
    assertThat(export.get("communitySkills").get(0)).containsEntry("skill", "Plumbing");
    assertThat(export.get("communityNotices").get(0)).containsEntry("body", "Call Anna on 0470 00 00 01");
    assertThat(new CommunityPersonalData(w.community()).export(new DataSubject(PortsFixtures.OTHER, DataSubject.Kind.OWNER, "anna")))
        .isEmpty();
  }

  @Test
  void erasureRemovesSkillsAndTextsButKeepsTheTimeBankWhole() {
    World w = withAnnasTraces();
    Map<String, String> balances = w.useCases().localExchange().balances(REF);

    int erased = new CommunityPersonalData(w.community()).erase(ANNA, PortsFixtures.T0);

    assertThat(erased).isEqualTo(2);
    assertThat(w.useCases().skills().search(new KeepSkillsDirectory.Search(ORG, BUILDING, "bram", ""))).isEmpty();
    assertThat(w.useCases().notices().visible(new KeepNoticeBoard.Listing(ORG, BUILDING, null)).get(0).body()).isEqualTo("(erased)");
    assertThat(w.useCases().localExchange().balances(REF)).isEqualTo(balances);
    assertThat(new CommunityPersonalData(w.community()).erase(ANNA, PortsFixtures.T0)).isZero();
  }

  private static World withAnnasTraces() {
    World w = CommunityUseCaseFixtures.allOn();
    CommunityUseCases u = w.useCases();
    u.skills().add(new KeepSkillsDirectory.NewSkill(ORG, BUILDING, "anna", "Plumbing", true));
    u.notices().post(new KeepNoticeBoard.NewNotice(
        ORG, BUILDING, "n1", "anna", "CHILDCARE", "Babysitting", "Call Anna on 0470 00 00 01", PortsFixtures.T0.plus(Duration.ofDays(5))));
    u.localExchange().propose(new RunLocalExchange.Proposal(ORG, BUILDING, "x1", "anna", true, "Bike repair", "1"));
    u.localExchange().accept(new RunLocalExchange.Step(ORG, BUILDING, "x1", "bram"));
    u.localExchange().confirm(new RunLocalExchange.Step(ORG, BUILDING, "x1", "anna"));
    u.localExchange().confirm(new RunLocalExchange.Step(ORG, BUILDING, "x1", "bram"));
    return w;
  }
}
