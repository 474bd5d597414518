/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in.community;

import jakarta.annotation.Nullable;
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
import org.koprogo.ports.out.community.NumberedSkill;

/**
 * What the community use cases answer, in the plain values a client shows: ids and codes their
 * text, hours and amounts plain decimals ({@code "1.5"}), days and instants ISO. Each is built by a
 * static method from what a use case returned; nothing is read or stored. A field that may be null
 * says so ({@link Nullable}); every other one is always set.
 */
public final class CommunityViews {
  private CommunityViews() {}

  /**
   * An exchange of the time bank: an offer names its provider, a request its receiver, and the
   * other is set when the exchange is accepted.
   *
   * @param id the exchange's id
   * @param service the service exchanged
   * @param provider the neighbour who gives the service, null on a request not yet accepted
   * @param receiver the neighbour who receives it, null on an offer not yet accepted
   * @param hours the time it is worth, a plain decimal of hours
   * @param status the exchange's status ({@code OFFERED}, {@code ACCEPTED}, {@code COMPLETED}...)
   * @param providerConfirmed whether the provider confirmed it took place
   * @param receiverConfirmed whether the receiver confirmed it took place
   * @param ratings the stars each party gave, by neighbour id, sorted
   */
  public record ExchangeView(
      String id, String service, @Nullable String provider, @Nullable String receiver, String hours,
      String status, boolean providerConfirmed, boolean receiverConfirmed, Map<String, Integer> ratings) {}

  /**
   * An object to lend and its deposit: in money (amount and currency), in hours, or none (all
   * three null).
   *
   * @param id the object's id
   * @param owner the neighbour who lends it
   * @param description what it is
   * @param condition its condition
   * @param depositAmount the deposit in money, a plain decimal, or null when it is not in money
   * @param depositCurrency the deposit's currency (ISO 4217), or null when it is not in money
   * @param depositHours the deposit in hours, a plain decimal, or null when it is not in hours
   */
  public record ObjectView(
      String id, String owner, String description, String condition, @Nullable String depositAmount,
      @Nullable String depositCurrency, @Nullable String depositHours) {}

  /**
   * A loan of the days {@code from} to {@code until}, both included.
   *
   * @param id the loan's id
   * @param object the object lent
   * @param borrower the neighbour who borrows it
   * @param from the first day, ISO
   * @param until the last day, ISO
   * @param status the loan's status
   * @param conditionAtHandover the object's condition when handed over, or null before that
   * @param conditionAtReturn the object's condition when given back, or null before that
   */
  public record LoanView(
      String id, String object, String borrower, String from, String until, String status,
      @Nullable String conditionAtHandover, @Nullable String conditionAtReturn) {}

  /**
   * A reminder due today for a loan's return.
   *
   * @param loan the loan's id
   * @param object the object lent
   * @param borrower the neighbour to remind
   * @param returnDate the day the object is due back, ISO
   * @param daysBefore how many days before that day the reminder is
   * @param logicalKey the key that makes sending it idempotent
   */
  public record ReminderView(
      String loan, String object, String borrower, String returnDate, int daysBefore, String logicalKey) {}

  /**
   * A bazaar offer, with its status at the time asked.
   *
   * @param id the offer's id
   * @param owner the neighbour who offers it
   * @param kind what kind of offer it is
   * @param title its title
   * @param publishedAt when it was published, ISO
   * @param expiresAt when it expires, ISO
   * @param status its status at the time asked
   * @param reservedBy the neighbour who reserved it, or null when nobody did
   */
  public record OfferView(
      String id, String owner, String kind, String title, String publishedAt, String expiresAt, String status,
      @Nullable String reservedBy) {}

  /**
   * A skill a neighbour listed (a search shows only those they consented to show).
   *
   * @param who the neighbour
   * @param skill the skill
   * @param position its place in the directory (from 0, in the order skills were added), the
   *     {@code after} of a search's next page; null in the answer to adding it
   */
  public record SkillView(String who, String skill, @Nullable Integer position) {}

  /**
   * A notice of the notice board.
   *
   * @param id the notice's id
   * @param author the neighbour who posted it
   * @param kind its kind
   * @param title its title
   * @param body its text
   * @param postedAt when it was posted, ISO
   * @param expiresAt when it expires, ISO
   * @param hiddenBy the council member who hid it, or null when it is not hidden
   * @param hiddenReason why it was hidden, or null when it is not hidden
   */
  public record NoticeView(
      String id, String author, String kind, String title, String body, String postedAt, String expiresAt,
      @Nullable String hiddenBy, @Nullable String hiddenReason) {}

  /**
   * The community's impact, counted from the data.
   *
   * @param exchangesCompleted the exchanges completed
   * @param hoursExchanged the hours they were worth, a plain decimal
   * @param objectsShared the objects listed for lending
   * @param loansMade the loans made
   */
  public record ImpactView(long exchangesCompleted, String hoursExchanged, long objectsShared, long loansMade) {}

  /**
   * The view of an exchange.
   *
   * @param e the exchange
   * @return its view
   */
  public static ExchangeView of(Exchange e) {
    Map<String, Integer> ratings = new TreeMap<>();
    e.ratings().forEach((who, stars) -> ratings.put(who.value(), stars));
    return new ExchangeView(
        e.id().value(), e.service(), id(e.provider()), id(e.receiver()), e.duration().hours().toPlainString(),
        e.status().name(), e.providerConfirmed(), e.receiverConfirmed(), ratings);
  }

  /**
   * The view of an object to lend.
   *
   * @param o the object
   * @return its view, with its deposit in money, in hours, or none
   */
  public static ObjectView of(LendableObject o) {
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

  /**
   * The view of a loan.
   *
   * @param l the loan
   * @return its view
   */
  public static LoanView of(Loan l) {
    return new LoanView(
        l.id(), l.objectId(), l.borrower().value(), l.from().toString(), l.until().toString(), l.status().name(),
        name(l.conditionAtHandover()), name(l.conditionAtReturn()));
  }

  /**
   * The view of a return reminder due.
   *
   * @param r the reminder
   * @return its view
   */
  public static ReminderView of(ReturnReminderDue r) {
    return new ReminderView(
        r.loanId(), r.objectId(), r.borrower().value(), r.returnDate().toString(), r.daysBefore(), r.logicalKey());
  }

  /**
   * The view of a bazaar offer at a time.
   *
   * @param o the offer
   * @param now the time its status is read at
   * @return its view
   */
  public static OfferView of(BazaarOffer o, Instant now) {
    return new OfferView(
        o.id(), o.owner().value(), o.kind().name(), o.title(), o.publishedAt().toString(), o.expiresAt().toString(),
        o.statusAt(now).name(), id(o.reservedBy()));
  }

  /**
   * The view of a listed skill.
   *
   * @param s the listing
   * @return its view
   */
  public static SkillView of(SkillListing s) {
    return new SkillView(s.who().value(), s.skill(), null);
  }

  /**
   * The view of a skill a search found, with its place in the directory.
   *
   * @param s the listing and its position
   * @return its view
   */
  public static SkillView of(NumberedSkill s) {
    return new SkillView(s.listing().who().value(), s.listing().skill(), s.position());
  }

  /**
   * The view of a notice.
   *
   * @param n the notice
   * @return its view
   */
  public static NoticeView of(Notice n) {
    return new NoticeView(
        n.id(), n.author().value(), n.kind().name(), n.title(), n.body(), n.postedAt().toString(),
        n.expiresAt().toString(), id(n.hiddenBy()), n.hiddenReason());
  }

  /**
   * The view of the impact figures.
   *
   * @param i the figures
   * @return their view
   */
  public static ImpactView of(CommunityImpact i) {
    return new ImpactView(
        i.exchangesCompleted(), i.hoursExchanged().hours().toPlainString(), i.objectsShared(), i.loansMade());
  }

  private static String id(NeighbourId n) {
    return n == null ? null : n.value();
  }

  private static String name(Enum<?> e) {
    return e == null ? null : e.name();
  }
}
