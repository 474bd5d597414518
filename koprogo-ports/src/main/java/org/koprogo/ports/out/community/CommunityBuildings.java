/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out.community;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.koprogo.domain.building.BuildingId;
import org.koprogo.domain.community.CommunitySettings;
import org.koprogo.domain.community.NeighbourId;
import org.koprogo.domain.community.bazaar.BazaarOffer;
import org.koprogo.domain.community.bazaar.BazaarStatus;
import org.koprogo.domain.community.exchange.Exchange;
import org.koprogo.domain.community.exchange.ExchangeId;
import org.koprogo.domain.community.lending.LendableObject;
import org.koprogo.domain.community.lending.Loan;
import org.koprogo.domain.community.lending.LoanStatus;
import org.koprogo.domain.community.notices.Notice;
import org.koprogo.domain.community.notices.NoticeKind;
import org.koprogo.domain.community.skills.SkillListing;
import org.koprogo.ports.out.Aggregates;
import org.koprogo.ports.out.IdPages;
import org.koprogo.ports.out.OrganisationId;

/**
 * The community modules of each building, one versioned aggregate per building, under the {@link
 * Aggregates} contract: tenant-scoped reads (another organisation never sees a building's
 * community, even knowing its id) and optimistic locking ({@code CONCURRENT_UPDATE}). Kind {@code
 * "community"}.
 */
public interface CommunityBuildings extends Aggregates<BuildingId, CommunityBuilding> {
  /**
   * The settings of the building's community (its modules and council), if it has one, without
   * its contents. A database adapter reads the settings alone; this default reads the whole
   * community.
   *
   * @param organisation the tenant
   * @param building the building
   * @return the settings, or empty
   */
  default Optional<CommunitySettings> settings(OrganisationId organisation, BuildingId building) {
    return find(organisation, building).map(CommunityBuilding::settings);
  }

  /**
   * A page of the time bank's exchanges of the building's community, in creation order: those
   * after the exchange {@code after} (from the first when empty; none when it is not one of the
   * building's), at most {@code limit}. A database adapter reads along an index on that order and
   * stops at the limit; this default reads the whole community.
   *
   * @param organisation the tenant
   * @param building the building
   * @param after the last exchange of the previous page, empty for the first page
   * @param limit at most this many, positive
   * @return the page (empty for a building without a community)
   * @throws IllegalArgumentException for a limit below 1
   */
  default List<Exchange> exchanges(
      OrganisationId organisation, BuildingId building, Optional<ExchangeId> after, int limit) {
    return IdPages.following(find(organisation, building).map(CommunityBuilding::exchanges).orElse(List.of()),
        after.map(ExchangeId::value), e -> e.id().value(), limit);
  }

  /**
   * A page of the objects listed for lending in the building's community, in listing order: those
   * after the object {@code after} (from the first when empty; none when it is not one of the
   * building's), at most {@code limit}. A database adapter reads along an index on that order and
   * stops at the limit; this default reads the whole community.
   *
   * @param organisation the tenant
   * @param building the building
   * @param after the last object of the previous page, empty for the first page
   * @param limit at most this many, positive
   * @return the page (empty for a building without a community)
   * @throws IllegalArgumentException for a limit below 1
   */
  default List<LendableObject> objects(
      OrganisationId organisation, BuildingId building, Optional<String> after, int limit) {
    return IdPages.following(find(organisation, building).map(CommunityBuilding::objects).orElse(List.of()),
        after, LendableObject::id, limit);
  }

  /**
   * A page of the loans of the building's community, in booking order: those after the loan
   * {@code after} (from the first when empty; none when it is not one of the building's), at most
   * {@code limit}. A database adapter reads along an index on that order and stops at the limit;
   * this default reads the whole community.
   *
   * @param organisation the tenant
   * @param building the building
   * @param after the last loan of the previous page, empty for the first page
   * @param limit at most this many, positive
   * @return the page (empty for a building without a community)
   * @throws IllegalArgumentException for a limit below 1
   */
  default List<Loan> loans(OrganisationId organisation, BuildingId building, Optional<String> after, int limit) {
    return IdPages.following(find(organisation, building).map(CommunityBuilding::loans).orElse(List.of()),
        after, Loan::id, limit);
  }

  /**
   * A page of the loans handed over whose return day is one of {@code returnDays} (those a return
   * reminder is due for), in booking order: those after the loan {@code after} in the booking
   * order of every loan (the cursor need not be one of those due back; none when it is not one of
   * the building's loans), at most {@code limit}. A database adapter reads the loans due back on
   * those days along an index on the return day; this default reads the whole community.
   *
   * @param organisation the tenant
   * @param building the building
   * @param returnDays the return days
   * @param after the last loan of the previous page, empty for the first page
   * @param limit at most this many, positive
   * @return the page (empty for a building without a community)
   * @throws IllegalArgumentException for a limit below 1
   */
  default List<Loan> handedOverDueBack(OrganisationId organisation, BuildingId building, Set<LocalDate> returnDays,
      Optional<String> after, int limit) {
    Set<LocalDate> days = Set.copyOf(returnDays);
    return IdPages.following(find(organisation, building).map(CommunityBuilding::loans).orElse(List.of()), after, Loan::id,
        l -> l.status() == LoanStatus.HANDED_OVER && days.contains(l.until()), limit);
  }

  /**
   * A page of the bazaar's offers that can be reserved at {@code at} (their {@link
   * BazaarOffer#statusAt(Instant) status then} is available), in publication order: those after
   * the offer {@code after} in the order of every offer (the cursor need not still be available;
   * none when it is not one of the building's offers), at most {@code limit}. A database adapter
   * reads the offers recorded available and not yet expired along an index, not the expired ones;
   * this default reads the whole community.
   *
   * @param organisation the tenant
   * @param building the building
   * @param at the instant of the status
   * @param after the last offer of the previous page, empty for the first page
   * @param limit at most this many, positive
   * @return the page (empty for a building without a community)
   * @throws IllegalArgumentException for a limit below 1
   */
  default List<BazaarOffer> availableOffers(
      OrganisationId organisation, BuildingId building, Instant at, Optional<String> after, int limit) {
    Objects.requireNonNull(at, "at");
    return IdPages.following(find(organisation, building).map(CommunityBuilding::offers).orElse(List.of()), after,
        BazaarOffer::id, o -> o.statusAt(at) == BazaarStatus.AVAILABLE, limit);
  }

  /**
   * A page of the notices shown at {@code at} ({@link Notice#visibleAt(Instant)}), of the kind
   * {@code kind} or of every kind, in posting order: those after the notice {@code after} in the
   * order of every notice (the cursor need not still be shown; none when it is not one of the
   * building's notices), at most {@code limit}. A database adapter reads the notices not yet
   * expired along an index, not the expired ones; this default reads the whole community.
   *
   * @param organisation the tenant
   * @param building the building
   * @param at the instant the notices are shown
   * @param kind one kind, or empty for every kind
   * @param after the last notice of the previous page, empty for the first page
   * @param limit at most this many, positive
   * @return the page (empty for a building without a community)
   * @throws IllegalArgumentException for a limit below 1
   */
  default List<Notice> visibleNotices(OrganisationId organisation, BuildingId building, Instant at,
      Optional<NoticeKind> kind, Optional<String> after, int limit) {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(kind, "kind");
    return IdPages.following(find(organisation, building).map(CommunityBuilding::notices).orElse(List.of()), after,
        Notice::id, n -> n.visibleAt(at) && kind.map(k -> n.kind() == k).orElse(true), limit);
  }

  /**
   * True when {@code who} is one of the people of the building's community (the skills
   * directory's audience). A database adapter reads that one person; this default reads the
   * whole community.
   *
   * @param organisation the tenant
   * @param building the building
   * @param who the person
   * @return whether they take part (false for a building without a community)
   */
  default boolean takesPart(OrganisationId organisation, BuildingId building, NeighbourId who) {
    Objects.requireNonNull(who, "who");
    return find(organisation, building).map(c -> c.neighbours().contains(who)).orElse(false);
  }

  /**
   * A page of the skills directory's listings a search for {@code query} finds ({@link
   * SkillListing#foundBy(String)}: consented, containing the query whatever the case), in the
   * order they were added, each with its position: those after the position {@code after}, at
   * most {@code limit}. A part of a word is not found along an index: a database adapter reads the
   * consented listings from the cursor in position order, in bounded batches, and stops once the
   * page is full (a search that finds few reads up to every consented listing after the cursor);
   * this default reads the whole community.
   *
   * @param organisation the tenant
   * @param building the building
   * @param query the text searched, empty for every consented listing
   * @param after the position of the last listing of the previous page, empty for the first page
   * @param limit at most this many, positive
   * @return the page (empty for a building without a community)
   * @throws IllegalArgumentException for a limit below 1
   */
  default List<NumberedSkill> foundSkills(OrganisationId organisation, BuildingId building, String query,
      Optional<Integer> after, int limit) {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(after, "after");
    if (limit < 1) {
      throw new IllegalArgumentException("limit " + limit + " is not positive");
    }
    List<SkillListing> all = find(organisation, building).map(CommunityBuilding::skills).orElse(List.of());
    List<NumberedSkill> page = new ArrayList<>();
    for (int i = after.map(a -> Math.max(0, a + 1)).orElse(0); i < all.size() && page.size() < limit; i++) {
      if (all.get(i).foundBy(query)) {
        page.add(new NumberedSkill(i, all.get(i)));
      }
    }
    return List.copyOf(page);
  }

  @Override
  default String kind() {
    return "community";
  }
}
