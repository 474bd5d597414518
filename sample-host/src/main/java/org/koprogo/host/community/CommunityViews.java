/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.community;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.koprogo.domain.community.CommunityImpact;
import org.koprogo.domain.community.NeighbourId;
import org.koprogo.domain.community.bazaar.BazaarOffer;
import org.koprogo.domain.community.exchange.Exchange;
import org.koprogo.domain.community.lending.Deposit;
import org.koprogo.domain.community.lending.LendableObject;
import org.koprogo.domain.community.lending.Loan;
import org.koprogo.domain.community.lending.ReturnReminderDue;
import org.koprogo.domain.community.notices.Notice;
import org.koprogo.domain.community.skills.SkillListing;

/** The JSON shapes of the community endpoints: ids and decimals as strings, hours as decimals. */
final class CommunityViews {
  private CommunityViews() {}

  /** An exchange of the time bank; {@code hours} is a decimal ({@code "1.5"}). */
  record ExchangeView(
      String id, String service, String provider, String receiver, String hours, String status,
      boolean providerConfirmed, boolean receiverConfirmed, Map<String, Integer> ratings) {}

  /** An object to lend and its deposit (in money, or in hours, or none). */
  record ObjectView(
      String id, String owner, String description, String condition, String depositAmount,
      String depositCurrency, String depositHours) {}

  /** A loan of the days {@code from} to {@code until}, both included. */
  record LoanView(
      String id, String object, String borrower, String from, String until, String status,
      String conditionAtHandover, String conditionAtReturn) {}

  /** A reminder due today for a loan's return. */
  record ReminderView(String loan, String object, String borrower, String returnDate, int daysBefore, String logicalKey) {}

  /** A bazaar offer, with its status now. */
  record OfferView(
      String id, String owner, String kind, String title, String publishedAt, String expiresAt, String status,
      String reservedBy) {}

  /** A consented skill. */
  record SkillView(String who, String skill) {}

  /** A notice. */
  record NoticeView(
      String id, String author, String kind, String title, String body, String postedAt, String expiresAt,
      String hiddenBy, String hiddenReason) {}

  /** The impact figures, counted from the data. */
  record ImpactView(long exchangesCompleted, String hoursExchanged, long objectsShared, long loansMade) {}

  static ExchangeView of(Exchange e) {
    Map<String, Integer> ratings = new TreeMap<>();
    e.ratings().forEach((who, stars) -> ratings.put(who.value(), stars));
    return new ExchangeView(
        e.id().value(), e.service(), id(e.provider()), id(e.receiver()), e.duration().hours().toPlainString(),
        e.status().name(), e.providerConfirmed(), e.receiverConfirmed(), ratings);
  }

  static ObjectView of(LendableObject o) {
    String amount = null;
    String currency = null;
    String hours = null;
    if (o.deposit() instanceof Deposit.InMoney m) {
      amount = m.amount().toPlainString();
      currency = m.amount().currency().getCurrencyCode();
    } else if (o.deposit() instanceof Deposit.InCredits c) {
      hours = c.credits().hours().toPlainString();
    }
    return new ObjectView(o.id(), o.owner().value(), o.description(), o.condition().name(), amount, currency, hours);
  }

  static LoanView of(Loan l) {
    return new LoanView(
        l.id(), l.objectId(), l.borrower().value(), l.from().toString(), l.until().toString(), l.status().name(),
        name(l.conditionAtHandover()), name(l.conditionAtReturn()));
  }

  static ReminderView of(ReturnReminderDue r) {
    return new ReminderView(r.loanId(), r.objectId(), r.borrower().value(), r.returnDate().toString(), r.daysBefore(), r.logicalKey());
  }

  static OfferView of(BazaarOffer o, Instant now) {
    return new OfferView(
        o.id(), o.owner().value(), o.kind().name(), o.title(), o.publishedAt().toString(), o.expiresAt().toString(),
        o.statusAt(now).name(), id(o.reservedBy()));
  }

  static SkillView of(SkillListing s) {
    return new SkillView(s.who().value(), s.skill());
  }

  static NoticeView of(Notice n) {
    return new NoticeView(
        n.id(), n.author().value(), n.kind().name(), n.title(), n.body(), n.postedAt().toString(),
        n.expiresAt().toString(), id(n.hiddenBy()), n.hiddenReason());
  }

  static ImpactView of(CommunityImpact i) {
    return new ImpactView(i.exchangesCompleted(), i.hoursExchanged().hours().toPlainString(), i.objectsShared(), i.loansMade());
  }

  private static String id(NeighbourId n) {
    return n == null ? null : n.value();
  }

  private static String name(Enum<?> e) {
    return e == null ? null : e.name();
  }
}
