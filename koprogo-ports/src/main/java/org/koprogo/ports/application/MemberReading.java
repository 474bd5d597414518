/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import java.util.Currency;
import java.util.List;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.in.query.ReadMemberLedger;
import org.koprogo.ports.in.query.ReadMembers;
import org.koprogo.ports.out.Ledger;
import org.koprogo.ports.out.LedgerEntry;
import org.koprogo.ports.out.LedgerEntryId;
import org.koprogo.ports.out.Member;
import org.koprogo.ports.out.MemberId;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.OutPorts;
import org.koprogo.ports.out.StoreErrors;

/**
 * {@link ReadMembers} and {@link ReadMemberLedger}: the members as stored; a ledger page read
 * along the member's index (one entry more than the page, to know whether a next page exists)
 * and the balance from the ledger's running totals.
 */
final class MemberReading implements ReadMembers, ReadMemberLedger {
  private final OutPorts ports;

  MemberReading(OutPorts ports) {
    this.ports = ports;
  }

  @Override
  public List<Member> members(String organisation) {
    return ports.members().all(OrganisationId.of(organisation));
  }

  @Override
  public List<Member> members(String organisation, Integer limit, String after) {
    int n = Pages.limit(limit);
    var from = Pages.after(after, "a member id", MemberId::of);
    return ports.members().all(OrganisationId.of(organisation), from, n);
  }

  @Override
  public Member member(String organisation, String member) {
    return ports.members().get(OrganisationId.of(organisation), MemberId.of(member));
  }

  @Override
  public LedgerPage page(String organisation, String member, Integer limit, String after) {
    int n = Pages.limit(limit);
    var from = Pages.after(after, "a ledger entry id", LedgerEntryId::of);
    OrganisationId tenant = OrganisationId.of(organisation);
    MemberId id = member(organisation, member).id();
    List<Ledger.Totals> totals = ports.ledger().totalsOf(tenant, id);
    List<LedgerEntry> entries = ports.ledger().entriesOf(tenant, id, from, n + 1);
    String next = entries.size() > n ? entries.get(n - 1).id().value() : null;
    Currency currency = totals.isEmpty() ? Money.EUR : totals.get(0).currency();
    Money balance = Money.zero(currency);
    if (!totals.isEmpty()) {
      Ledger.Totals t = totals.get(0);
      balance = t.dues().plus(t.penalties()).minus(t.confirmed());
    }
    return new LedgerPage(member, currency, balance, entries.size() > n ? entries.subList(0, n) : entries, next);
  }

  @Override
  public LedgerEntry entry(String organisation, String entry) {
    return ports.ledger().find(OrganisationId.of(organisation), LedgerEntryId.of(entry))
        .orElseThrow(() -> StoreErrors.notFound("ledger entry", entry));
  }
}
