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

  /**
   * The community use cases on {@code ports} and {@code store}.
   *
   * @param ports the out ports
   * @param store the community store
   * @param validation how commands are validated
   */
  public CommunityUseCases(OutPorts ports, CommunityStore store, CommandValidation validation) {
    this.work = new CommunityWork(ports, store, validation);
  }

  /**
   * The use case setting up a building's community.
   *
   * @return the use case
   */
  public ManageCommunity manage() {
    return new CommunitySetUp(work);
  }

  /**
   * The use case of the time bank.
   *
   * @return the use case
   */
  public RunLocalExchange localExchange() {
    return new TimeBankExchanges(work);
  }

  /**
   * The use case of object lending.
   *
   * @return the use case
   */
  public LendObjects lending() {
    return new ObjectLending(work);
  }

  /**
   * The use case of the swap bazaar.
   *
   * @return the use case
   */
  public RunSwapBazaar bazaar() {
    return new BazaarOffers(work);
  }

  /**
   * The use case of the skills directory.
   *
   * @return the use case
   */
  public KeepSkillsDirectory skills() {
    return new SkillsListing(work);
  }

  /**
   * The use case of the notice board.
   *
   * @return the use case
   */
  public KeepNoticeBoard notices() {
    return new NoticeModeration(work);
  }

  /**
   * The use case reporting the community's impact.
   *
   * @return the use case
   */
  public ReportCommunityImpact impact() {
    return new ImpactFigures(work);
  }
}
