/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out.community;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.koprogo.domain.building.BuildingId;
import org.koprogo.domain.community.CommunitySettings;
import org.koprogo.domain.community.NeighbourId;
import org.koprogo.domain.community.bazaar.BazaarOffer;
import org.koprogo.domain.community.bazaar.SwapBazaar;
import org.koprogo.domain.community.exchange.Exchange;
import org.koprogo.domain.community.exchange.TimeBank;
import org.koprogo.domain.community.exchange.TimeCredits;
import org.koprogo.domain.community.lending.LendableObject;
import org.koprogo.domain.community.lending.LendingCalendar;
import org.koprogo.domain.community.lending.Loan;
import org.koprogo.domain.community.notices.Notice;
import org.koprogo.domain.community.notices.NoticeBoard;
import org.koprogo.domain.community.skills.SkillListing;
import org.koprogo.domain.community.skills.SkillsDirectory;
import org.koprogo.ports.out.OrganisationId;

/**
 * One building's community modules as stored: the settings (council, modules switched on), the
 * people of the building, and the content of every module. One aggregate with one {@code
 * version}: every change of any module of the building is checked against it, so two units of
 * work that both read version 5 cannot both store version 6 (the loser gets {@code
 * CONCURRENT_UPDATE}, reloads and decides again on the winner's data). That is what keeps the
 * lending calendar free of overlapping loans across threads and processes.
 *
 * <p>Immutable. The module objects of the domain are rebuilt from it ({@link #timeBank()}, ...)
 * and written back ({@link #with(TimeBank)}, ...).
 *
 * @param organisation the tenant
 * @param settings the council's settings (they name the building)
 * @param neighbours the people of the building who take part (the skills directory's audience)
 * @param floor the lowest time-bank balance allowed, or null for none
 * @param bazaarLifetime how long a bazaar offer lives
 * @param exchanges the time bank's exchanges, in creation order
 * @param objects the objects listed for lending, in listing order
 * @param loans the loans, in booking order
 * @param offers the bazaar's offers, in publication order
 * @param skills the skills directory's listings, in the order they were added
 * @param notices the notice board, in posting order
 * @param version the optimistic-locking version (0 before it is first stored)
 */
public record CommunityBuilding(
    OrganisationId organisation,
    CommunitySettings settings,
    Set<NeighbourId> neighbours,
    TimeCredits floor,
    Duration bazaarLifetime,
    List<Exchange> exchanges,
    List<LendableObject> objects,
    List<Loan> loans,
    List<BazaarOffer> offers,
    List<SkillListing> skills,
    List<Notice> notices,
    long version) {
  /**
   * Checks that every part is given and copies the lists.
   *
   * @param organisation the tenant
   * @param settings the council's settings (they name the building)
   * @param neighbours the people of the building who take part (the skills directory's audience)
   * @param floor the lowest time-bank balance allowed, or null for none
   * @param bazaarLifetime how long a bazaar offer lives
   * @param exchanges the time bank's exchanges, in creation order
   * @param objects the objects listed for lending, in listing order
   * @param loans the loans, in booking order
   * @param offers the bazaar's offers, in publication order
   * @param skills the skills directory's listings, in the order they were added
   * @param notices the notice board, in posting order
   * @param version the optimistic-locking version (0 before it is first stored)
   */
  public CommunityBuilding {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(bazaarLifetime, "bazaarLifetime");
    neighbours = Set.copyOf(neighbours);
    exchanges = List.copyOf(exchanges);
    objects = List.copyOf(objects);
    loans = List.copyOf(loans);
    offers = List.copyOf(offers);
    skills = List.copyOf(skills);
    notices = List.copyOf(notices);
  }

  /**
   * A building's community with every module off and nothing in it.
   *
   * @param organisation the tenant
   * @param settings the community settings (every module off)
   * @param neighbours the neighbours of the building
   * @param floor the time bank's lowest balance, or null
   * @param bazaarLifetime how long a bazaar offer lives
   * @return the building's community, version 0
   */
  public static CommunityBuilding empty(
      OrganisationId organisation, CommunitySettings settings, Set<NeighbourId> neighbours, TimeCredits floor,
      Duration bazaarLifetime) {
    return new CommunityBuilding(
        organisation, settings, neighbours, floor, bazaarLifetime, List.of(), List.of(), List.of(), List.of(),
        List.of(), List.of(), 0);
  }

  /**
   * The building.
   *
   * @return the building
   */
  public BuildingId building() {
    return settings.building();
  }

  /**
   * The time bank, rebuilt.
   *
   * @return the time bank
   */
  public TimeBank timeBank() {
    return TimeBank.restore(settings, floor, exchanges);
  }

  /**
   * The lending calendar, rebuilt.
   *
   * @return the lending calendar
   */
  public LendingCalendar lending() {
    return LendingCalendar.restore(settings, objects, loans);
  }

  /**
   * The bazaar, rebuilt.
   *
   * @return the bazaar
   */
  public SwapBazaar bazaar() {
    return SwapBazaar.restore(settings, bazaarLifetime, offers);
  }

  /**
   * The skills directory, rebuilt.
   *
   * @return the skills directory
   */
  public SkillsDirectory skillsDirectory() {
    return SkillsDirectory.restore(settings, neighbours, skills);
  }

  /**
   * The notice board, rebuilt.
   *
   * @return the notice board
   */
  public NoticeBoard noticeBoard() {
    return NoticeBoard.restore(settings, notices);
  }

  /**
   * The same community with {@code next} as its settings.
   *
   * @param next the new settings, of the same building
   * @return the community
   * @throws IllegalArgumentException for settings of another building
   */
  public CommunityBuilding with(CommunitySettings next) {
    if (!next.building().equals(building())) {
      throw new IllegalArgumentException("settings of " + next.building() + " for " + building());
    }
    return new CommunityBuilding(organisation, next, neighbours, floor, bazaarLifetime, exchanges, objects, loans, offers, skills, notices, version);
  }

  /**
   * The same community with the time bank's exchanges.
   *
   * @param bank the time bank after a command
   * @return the community
   */
  public CommunityBuilding with(TimeBank bank) {
    return new CommunityBuilding(organisation, settings, neighbours, floor, bazaarLifetime, bank.exchanges(), objects, loans, offers, skills, notices, version);
  }

  /**
   * The same community with the lending calendar's objects and loans.
   *
   * @param calendar the calendar after a command
   * @return the community
   */
  public CommunityBuilding with(LendingCalendar calendar) {
    return new CommunityBuilding(organisation, settings, neighbours, floor, bazaarLifetime, exchanges, calendar.objects(), calendar.loans(), offers, skills, notices, version);
  }

  /**
   * The same community with the bazaar's offers.
   *
   * @param bazaar the bazaar after a command
   * @return the community
   */
  public CommunityBuilding with(SwapBazaar bazaar) {
    return new CommunityBuilding(organisation, settings, neighbours, floor, bazaarLifetime, exchanges, objects, loans, bazaar.offers(), skills, notices, version);
  }

  /**
   * The same community with the directory's listings.
   *
   * @param directory the directory after a command
   * @return the community
   */
  public CommunityBuilding with(SkillsDirectory directory) {
    return new CommunityBuilding(organisation, settings, neighbours, floor, bazaarLifetime, exchanges, objects, loans, offers, directory.listings(), notices, version);
  }

  /**
   * The same community with the board's notices.
   *
   * @param board the board after a command
   * @return the community
   */
  public CommunityBuilding with(NoticeBoard board) {
    return new CommunityBuilding(organisation, settings, neighbours, floor, bazaarLifetime, exchanges, objects, loans, offers, skills, board.all(), version);
  }

  /**
   * The people of the building and the time bank's floor, changed.
   *
   * @param nextNeighbours the neighbours
   * @param nextSettings the settings
   * @param nextFloor the time bank's floor, or null
   * @param nextLifetime how long a bazaar offer lives
   * @return the community
   */
  public CommunityBuilding withPeople(Set<NeighbourId> nextNeighbours, CommunitySettings nextSettings, TimeCredits nextFloor, Duration nextLifetime) {
    return new CommunityBuilding(organisation, nextSettings, nextNeighbours, nextFloor, nextLifetime, exchanges, objects, loans, offers, skills, notices, version);
  }

  /**
   * This building at {@code version}.
   *
   * @param next the version
   * @return the community
   */
  public CommunityBuilding withVersion(long next) {
    return new CommunityBuilding(organisation, settings, neighbours, floor, bazaarLifetime, exchanges, objects, loans, offers, skills, notices, next);
  }
}
