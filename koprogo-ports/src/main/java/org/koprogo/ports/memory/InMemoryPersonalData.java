/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.ports.out.AuditTrail;
import org.koprogo.ports.out.DataSubject;
import org.koprogo.ports.out.LedgerEntry;
import org.koprogo.ports.out.Lot;
import org.koprogo.ports.out.Member;
import org.koprogo.ports.out.MemberId;
import org.koprogo.ports.out.Outbox;
import org.koprogo.ports.out.Owner;
import org.koprogo.ports.out.PersonalDataHolder;
import org.koprogo.ports.out.PersonalDataRows;
import org.koprogo.ports.out.PersonalDetails;

/**
 * GDPR access and erasure over the in-memory store: the owner or member record, their lots or
 * ledger entries, the audit entries about them and the outbox messages addressed to them.
 * Erasure anonymises the person and the messages, and keeps the ledger, the lots' ownership and
 * the audit trail (see docs/gdpr.md).
 */
public final class InMemoryPersonalData implements PersonalDataHolder {
  private final MemoryDatabase db;

  InMemoryPersonalData(MemoryDatabase db) {
    this.db = db;
  }

  @Override
  public Map<String, List<Map<String, Object>>> export(DataSubject subject) {
    Objects.requireNonNull(subject, "subject");
    return db.inTransaction(
        () -> {
          Map<String, List<Map<String, Object>>> result = new LinkedHashMap<>();
          PersonalDetails details = null;
          if (subject.kind() == DataSubject.Kind.OWNER) {
            Optional<Owner> owner = db.owners().find(subject.organisation(), OwnerId.of(subject.id()));
            result.put("owner", owner.map(o -> List.of(PersonalDataRows.owner(o))).orElse(List.of()));
            List<Map<String, Object>> lots = new ArrayList<>();
            for (Lot lot : db.lots().ofOwner(subject.organisation(), OwnerId.of(subject.id()))) {
              lots.addAll(PersonalDataRows.ownerships(lot, OwnerId.of(subject.id())));
            }
            result.put("lots", lots);
            details = owner.map(Owner::details).orElse(null);
          } else {
            Optional<Member> member = db.members().find(subject.organisation(), MemberId.of(subject.id()));
            result.put("member", member.map(m -> List.of(PersonalDataRows.member(m))).orElse(List.of()));
            List<Map<String, Object>> ledger = new ArrayList<>();
            for (LedgerEntry e : db.ledger().entriesOf(subject.organisation(), MemberId.of(subject.id()))) {
              ledger.add(PersonalDataRows.ledgerEntry(e));
            }
            result.put("ledger", ledger);
            details = member.map(Member::details).orElse(null);
          }
          List<Map<String, Object>> audit = new ArrayList<>();
          for (AuditTrail.AuditEntry e :
              db.auditTrail().list(
                  subject.organisation(),
                  AuditTrail.Query.about(subject.kind().name().toLowerCase(java.util.Locale.ROOT), subject.id(), Integer.MAX_VALUE))) {
            audit.add(PersonalDataRows.audit(e));
          }
          result.put("audit", audit);
          List<Map<String, Object>> messages = new ArrayList<>();
          for (Outbox.Message m : db.outbox().addressedTo(subject.organisation(), addresses(details, subject.id()))) {
            messages.add(PersonalDataRows.message(m));
          }
          result.put("messages", messages);
          return result;
        });
  }

  @Override
  public int erase(DataSubject subject, Instant at) {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(at, "at");
    return db.inTransaction(
        () -> {
          int count = 0;
          PersonalDetails details;
          if (subject.kind() == DataSubject.Kind.OWNER) {
            Optional<Owner> owner = db.owners().find(subject.organisation(), OwnerId.of(subject.id()));
            if (owner.isEmpty()) {
              return 0;
            }
            details = owner.get().details();
            Owner erased = owner.get().erased(at);
            db.owners().overwrite(erased.withVersion(owner.get().version() + 1));
          } else {
            Optional<Member> member = db.members().find(subject.organisation(), MemberId.of(subject.id()));
            if (member.isEmpty()) {
              return 0;
            }
            details = member.get().details();
            Member erased = member.get().erased(at);
            db.members().overwrite(erased.withVersion(member.get().version() + 1));
          }
          count++;
          count += db.outbox().eraseAddressedTo(subject.organisation(), addresses(details, subject.id()));
          return count;
        });
  }

  /**
   * Where messages to the person were addressed: their phone and email, and their id (the in-app
   * notices, delivered to their inbox by id).
   */
  private static List<String> addresses(PersonalDetails details, String id) {
    List<String> result = new ArrayList<>();
    result.add(id);
    if (details != null) {
      if (!details.phone().isEmpty()) {
        result.add(details.phone());
      }
      if (!details.email().isEmpty()) {
        result.add(details.email());
      }
    }
    return result;
  }
}
