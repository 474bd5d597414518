/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application.community;

import org.koprogo.ports.application.CommandValidation;
import org.koprogo.ports.in.community.KeepNoticeBoard;
import org.koprogo.ports.in.community.KeepSkillsDirectory;
import org.koprogo.ports.in.community.LendObjects;
import org.koprogo.ports.in.community.ManageCommunity;
import org.koprogo.ports.in.community.ReportCommunityImpact;
import org.koprogo.ports.in.community.RunLocalExchange;
import org.koprogo.ports.in.community.RunSwapBazaar;
import org.koprogo.ports.out.OutPorts;
import org.koprogo.ports.out.community.CommunityStore;

/**
 * The community modules' use cases, built on an adapter's out ports (buildings, audit trail,
 * clock) and its community store: what a host wires. Thread-safe when the ports are.
 */
public final class CommunityUseCases {
  private final CommunityWork work;

  public CommunityUseCases(OutPorts ports, CommunityStore store, CommandValidation validation) {
    this.work = new CommunityWork(ports, store, validation);
  }

  public ManageCommunity manage() {
    return new CommunitySetUp(work);
  }

  public RunLocalExchange localExchange() {
    return new TimeBankExchanges(work);
  }

  public LendObjects lending() {
    return new ObjectLending(work);
  }

  public RunSwapBazaar bazaar() {
    return new BazaarOffers(work);
  }

  public KeepSkillsDirectory skills() {
    return new SkillsListing(work);
  }

  public KeepNoticeBoard notices() {
    return new NoticeModeration(work);
  }

  public ReportCommunityImpact impact() {
    return new ImpactFigures(work);
  }
}
