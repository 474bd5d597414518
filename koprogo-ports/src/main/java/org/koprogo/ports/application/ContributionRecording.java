/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import java.util.Map;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.in.RecordContribution;
import org.koprogo.ports.out.AuditEvent;
import org.koprogo.ports.out.Ledger;
import org.koprogo.ports.out.LedgerEntry;
import org.koprogo.ports.out.LedgerEntryId;
import org.koprogo.ports.out.MemberId;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.OutPorts;

/**
 * {@link RecordContribution}: every entry appended once, with its audit entry, in one
 * transaction. A declaration is resolved once: a second identical resolution is a duplicate, a
 * contrary one an {@code ILLEGAL_TRANSITION}.
 */
final class ContributionRecording implements RecordContribution {
  private final OutPorts ports;
  private final CommandValidation validation;
  private final CoopEventLog coop;

  ContributionRecording(OutPorts ports, CommandValidation validation, CoopEventLog coop) {
    this.ports = ports;
    this.validation = validation;
    this.coop = coop;
  }

  @Override
  public Recorded due(Entry command) {
    return append(command, LedgerEntry.Kind.DUE);
  }

  @Override
  public Recorded declarePayment(Entry command) {
    return append(command, LedgerEntry.Kind.PAYMENT_DECLARED);
  }

  @Override
  public Recorded confirm(Resolution command) {
    return resolve(command, LedgerEntry.Kind.PAYMENT_CONFIRMED);
  }

  @Override
  public Recorded reject(Resolution command) {
    return resolve(command, LedgerEntry.Kind.PAYMENT_REJECTED);
  }

  @Override
  public Recorded reverse(Resolution command) {
    return resolve(command, LedgerEntry.Kind.PAYMENT_REVERSED);
  }

  private Recorded append(Entry command, LedgerEntry.Kind kind) {
    validation.check(command);
    OrganisationId organisation = OrganisationId.of(command.organisation());
    MemberId member = MemberId.of(command.member());
    Money amount = Money.parse(command.amount(), Money.currency(command.currency()), "amount");
    if (kind == LedgerEntry.Kind.PAYMENT_DECLARED && !amount.isPositive()) {
      throw KoproGoException.of(
          ErrorCode.NONPOSITIVE_PAYMENT, "a payment of " + amount.toPlainString() + " is not positive",
          "field", "amount", "value", amount.toPlainString());
    }
    return ports.transactions().inTransaction(
        () -> {
          ports.members().get(organisation, member);
          if (kind == LedgerEntry.Kind.PAYMENT_DECLARED) {
            requireReason(command.reason(), "a declaration needs its proof (a bank reference)");
          }
          LedgerEntry entry =
              new LedgerEntry(
                  organisation, LedgerEntryId.of(command.entry()), member, kind, amount,
                  command.valueDate(), null, command.idempotencyKey(), command.reason(), command.actor(),
                  ports.clock().now());
          Ledger.Recorded recorded = ports.ledger().record(entry);
          if (recorded.duplicate() && !sameRequest(recorded.entry(), entry)) {
            // another body, or another caller, under a key already used: refused, and nothing
            // of the recorded entry is revealed
            throw KoproGoException.of(ErrorCode.IDEMPOTENCY_KEY_REUSED,
                "this idempotency key was already used for another request",
                "field", "idempotencyKey");
          }
          return audited(command.actor(), recorded);
        });
  }

  /**
   * True when a retry carries the same request as the entry recorded under its key: the same
   * member, kind, amount, value date and reason, from the same caller.
   */
  private static boolean sameRequest(LedgerEntry recorded, LedgerEntry retry) {
    return recorded.member().equals(retry.member())
        && recorded.kind() == retry.kind()
        && recorded.amount().equals(retry.amount())
        && recorded.valueDate().equals(retry.valueDate())
        && recorded.idempotencyKey().equals(retry.idempotencyKey())
        && java.util.Objects.equals(recorded.reason(), retry.reason())
        && java.util.Objects.equals(recorded.recordedBy(), retry.recordedBy());
  }

  private Recorded resolve(Resolution command, LedgerEntry.Kind kind) {
    validation.check(command);
    OrganisationId organisation = OrganisationId.of(command.organisation());
    LedgerEntryId declarationId = LedgerEntryId.of(command.declaration());
    return ports.transactions().inTransaction(
        () -> {
          LedgerEntry declaration =
              ports.ledger().find(organisation, declarationId)
                  .orElseThrow(() -> org.koprogo.ports.out.StoreErrors.notFound("ledger entry", declarationId));
          if (kind != LedgerEntry.Kind.PAYMENT_CONFIRMED) {
            requireReason(command.reason(), "a rejection or a reversal needs its reason");
          }
          if (declaration.kind() != LedgerEntry.Kind.PAYMENT_DECLARED) {
            throw illegal(declaration.kind().name(), kind, "only a declared payment is confirmed or rejected", declarationId);
          }
          if (kind == LedgerEntry.Kind.PAYMENT_REVERSED) {
            LedgerEntry.Kind decided =
                ports.ledger().resolutionOf(organisation, declarationId).map(LedgerEntry::kind)
                    .orElse(LedgerEntry.Kind.PAYMENT_DECLARED);
            if (decided != LedgerEntry.Kind.PAYMENT_CONFIRMED) {
              throw illegal(decided.name(), kind, "only a confirmed payment is reversed", declarationId);
            }
          }
          LedgerEntry resolution =
              new LedgerEntry(
                  organisation, LedgerEntryId.of(command.entry()), declaration.member(), kind,
                  declaration.amount(), declaration.valueDate(), declarationId,
                  kind.resolutionSlot().toLowerCase(java.util.Locale.ROOT) + ":" + declarationId.value(),
                  command.reason(), command.actor(), ports.clock().now());
          Ledger.Recorded recorded = ports.ledger().record(resolution);
          if (recorded.duplicate() && recorded.entry().kind() != kind) {
            throw illegal(
                recorded.entry().kind().name(), kind, "the declaration is already resolved", declarationId);
          }
          return audited(command.actor(), recorded);
        });
  }

  /**
   * Audits a new entry, then draws what it means for the member's cooperative groups (a call for
   * funds, a timeline line, THRESHOLD_REACHED), all in the entry's unit of work.
   */
  private Recorded audited(String actor, Ledger.Recorded recorded) {
    LedgerEntry e = recorded.entry();
    if (!recorded.duplicate()) {
      ports.auditTrail().append(
          e.organisation(),
          new AuditEvent(
              ports.clock().now(), actor, "Ledger" + e.kind().name(), "member", e.member().value(),
              Map.of("entry", e.id().value(), "amount", e.amount().toPlainString(),
                  "currency", e.amount().currency().getCurrencyCode(), "valueDate", e.valueDate().toString())));
      coop.afterLedgerEntry(e, actor);
    }
    return new Recorded(e.id().value(), e.kind().name(), recorded.duplicate());
  }

  /** The domain's {@code Ledger} refuses a blank proof or reason: so does the use case, before storing. */
  private static void requireReason(String reason, String message) {
    if (reason == null || reason.isBlank()) {
      throw KoproGoException.of(ErrorCode.MISSING_FIELD, message, "field", "reason");
    }
  }

  private static KoproGoException illegal(String from, LedgerEntry.Kind to, String guard, LedgerEntryId id) {
    return KoproGoException.of(
        ErrorCode.ILLEGAL_TRANSITION,
        "entry " + id + " cannot go from " + from + " to " + to + ": " + guard,
        "from", from, "to", to.name(), "guard", guard, "value", id.value());
  }
}
