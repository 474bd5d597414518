/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application.community;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.koprogo.domain.community.NeighbourId;
import org.koprogo.domain.community.bazaar.BazaarOffer;
import org.koprogo.domain.community.exchange.Exchange;
import org.koprogo.domain.community.lending.LendableObject;
import org.koprogo.domain.community.lending.Loan;
import org.koprogo.domain.community.notices.Notice;
import org.koprogo.domain.community.skills.SkillListing;
import org.koprogo.ports.out.DataSubject;
import org.koprogo.ports.out.PersonalDataHolder;
import org.koprogo.ports.out.community.CommunityBuilding;
import org.koprogo.ports.out.community.CommunityStore;

/**
 * What the community modules hold about a person (an owner or member taking part under their
 * id), for the GDPR export and erasure (docs/gdpr.md): add it to the adapter's ports with {@code
 * OutPorts.withPersonalData}.
 *
 * <p>Export: their skills, notices, exchanges, objects, loans and bazaar offers in every building
 * of the organisation. Erasure: their skills are removed (they were shown on consent only), the
 * texts they wrote (notice titles and bodies, bazaar offer titles) become {@code "(erased)"};
 * exchanges, objects and loans stay, tied to the id, so that the time bank's balances still add
 * up to zero and the impact figures stay true.
 */
public final class CommunityPersonalData implements PersonalDataHolder {
  static final String ERASED = "(erased)";

  private final CommunityStore store;

  /**
   * The community records of {@code store}, as a holder of personal data.
   *
   * @param store the community store
   */
  public CommunityPersonalData(CommunityStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  @Override
  public Map<String, List<Map<String, Object>>> export(DataSubject subject) {
    NeighbourId who = NeighbourId.of(subject.id());
    List<Map<String, Object>> skills = new ArrayList<>();
    List<Map<String, Object>> notices = new ArrayList<>();
    List<Map<String, Object>> exchanges = new ArrayList<>();
    List<Map<String, Object>> objects = new ArrayList<>();
    List<Map<String, Object>> loans = new ArrayList<>();
    List<Map<String, Object>> offers = new ArrayList<>();
    for (CommunityBuilding c : store.buildings().all(subject.organisation())) {
      String building = c.building().value();
      for (SkillListing s : c.skills()) {
        if (s.who().equals(who)) {
          skills.add(row("building", building, "skill", s.skill(), "consentGivenAt", text(s.consentGivenAt())));
        }
      }
      for (Notice n : c.notices()) {
        if (n.author().equals(who)) {
          notices.add(row("building", building, "notice", n.id(), "kind", n.kind().name(), "title", n.title(),
              "body", n.body(), "postedAt", text(n.postedAt()), "expiresAt", text(n.expiresAt()),
              "hiddenReason", n.hiddenReason()));
        }
      }
      for (Exchange e : c.exchanges()) {
        if (e.isParty(who)) {
          exchanges.add(row("building", building, "exchange", e.id().value(), "service", e.service(),
              "role", who.equals(e.provider()) ? "provider" : "receiver", "hours", e.duration().hours().toPlainString(),
              "status", e.status().name()));
        }
      }
      for (LendableObject o : c.objects()) {
        if (o.owner().equals(who)) {
          objects.add(row("building", building, "object", o.id(), "description", o.description(), "condition", o.condition().name()));
        }
      }
      for (Loan l : c.loans()) {
        if (l.borrower().equals(who)) {
          loans.add(row("building", building, "loan", l.id(), "object", l.objectId(), "from", l.from().toString(),
              "until", l.until().toString(), "status", l.status().name()));
        }
      }
      for (BazaarOffer o : c.offers()) {
        if (o.owner().equals(who) || who.equals(o.reservedBy())) {
          offers.add(row("building", building, "offer", o.id(), "role", o.owner().equals(who) ? "owner" : "reservedBy",
              "title", o.title(), "status", o.status().name()));
        }
      }
    }
    Map<String, List<Map<String, Object>>> sets = new LinkedHashMap<>();
    put(sets, "communitySkills", skills);
    put(sets, "communityNotices", notices);
    put(sets, "communityExchanges", exchanges);
    put(sets, "communityObjects", objects);
    put(sets, "communityLoans", loans);
    put(sets, "communityOffers", offers);
    return sets;
  }

  @Override
  public int erase(DataSubject subject, Instant at) {
    NeighbourId who = NeighbourId.of(subject.id());
    return store.transactions().inTransaction(() -> {
      int changed = 0;
      for (CommunityBuilding c : store.buildings().all(subject.organisation())) {
        List<SkillListing> skills = c.skills().stream().filter(s -> !s.who().equals(who)).toList();
        int count = c.skills().size() - skills.size();
        List<Notice> notices = new ArrayList<>();
        for (Notice n : c.notices()) {
          boolean theirs = n.author().equals(who) && !ERASED.equals(n.title());
          notices.add(theirs
              ? new Notice(n.id(), n.author(), n.kind(), ERASED, ERASED, n.postedAt(), n.expiresAt(), n.hiddenBy(), n.hiddenReason())
              : n);
          count += theirs ? 1 : 0;
        }
        List<BazaarOffer> offers = new ArrayList<>();
        for (BazaarOffer o : c.offers()) {
          boolean theirs = o.owner().equals(who) && !ERASED.equals(o.title());
          offers.add(theirs
              ? new BazaarOffer(o.id(), o.owner(), o.kind(), ERASED, o.publishedAt(), o.expiresAt(), o.status(), o.reservedBy())
              : o);
          count += theirs ? 1 : 0;
        }
        if (count > 0) {
          store.buildings().update(new CommunityBuilding(
              c.organisation(), c.settings(), c.neighbours(), c.floor(), c.bazaarLifetime(), c.exchanges(), c.objects(),
              c.loans(), offers, skills, notices, c.version()));
          changed += count;
        }
      }
      return changed;
    });
  }

  private static void put(Map<String, List<Map<String, Object>>> sets, String name, List<Map<String, Object>> rows) {
    if (!rows.isEmpty()) {
      sets.put(name, List.copyOf(rows));
    }
  }

  private static Map<String, Object> row(Object... keysAndValues) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      row.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(row);
  }

  private static String text(Instant at) {
    return at == null ? null : at.toString();
  }
}
