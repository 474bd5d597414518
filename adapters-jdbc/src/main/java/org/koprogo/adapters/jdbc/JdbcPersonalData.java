/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
 * GDPR access and erasure over the adapter's tables: {@code owners} or {@code members}, their
 * {@code lot_ownerships} or {@code ledger_entries}, the {@code audit_entries} about them and the
 * {@code outbox_messages} addressed to them. Erasure overwrites the personal columns of the
 * person's row and of those messages, in one transaction; it keeps the ledger, the ownerships
 * and the audit trail, which hold ids and amounts only (see docs/gdpr.md).
 */
public final class JdbcPersonalData implements PersonalDataHolder {
  private final Db db;
  private final JdbcStore store;

  JdbcPersonalData(Db db, JdbcStore store) {
    this.db = db;
    this.store = store;
  }

  @Override
  public Map<String, List<Map<String, Object>>> export(DataSubject subject) {
    Objects.requireNonNull(subject, "subject");
    return db.inTransaction(
        c -> {
          Map<String, List<Map<String, Object>>> result = new LinkedHashMap<>();
          PersonalDetails details;
          if (subject.kind() == DataSubject.Kind.OWNER) {
            OwnerId id = OwnerId.of(subject.id());
            Optional<Owner> owner = store.owners().find(subject.organisation(), id);
            result.put("owner", owner.map(o -> List.of(PersonalDataRows.owner(o))).orElse(List.of()));
            List<Map<String, Object>> lots = new ArrayList<>();
            for (Lot lot : store.lots().ofOwner(subject.organisation(), id)) {
              lots.addAll(PersonalDataRows.ownerships(lot, id));
            }
            result.put("lots", lots);
            details = owner.map(Owner::details).orElse(null);
          } else {
            MemberId id = MemberId.of(subject.id());
            Optional<Member> member = store.members().find(subject.organisation(), id);
            result.put("member", member.map(m -> List.of(PersonalDataRows.member(m))).orElse(List.of()));
            List<Map<String, Object>> ledger = new ArrayList<>();
            for (LedgerEntry e : store.ledger().entriesOf(subject.organisation(), id)) {
              ledger.add(PersonalDataRows.ledgerEntry(e));
            }
            result.put("ledger", ledger);
            details = member.map(Member::details).orElse(null);
          }
          List<Map<String, Object>> audit = new ArrayList<>();
          for (AuditTrail.AuditEntry e :
              store.auditTrail().list(
                  subject.organisation(),
                  AuditTrail.Query.about(subject.kind().name().toLowerCase(Locale.ROOT), subject.id(), Integer.MAX_VALUE))) {
            audit.add(PersonalDataRows.audit(e));
          }
          result.put("audit", audit);
          List<Map<String, Object>> messages = new ArrayList<>();
          for (Outbox.Message m : JdbcOutbox.addressedTo(c, subject.organisation(), addresses(details, subject.id()))) {
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
    PersonalDetails erased = PersonalDetails.ERASED;
    return db.inTransaction(
        c -> {
          PersonalDetails details;
          int changed;
          if (subject.kind() == DataSubject.Kind.OWNER) {
            details = store.owners().find(subject.organisation(), OwnerId.of(subject.id())).map(Owner::details).orElse(null);
            changed =
                Db.update(
                    c,
                    "update owners set name = ?, email = ?, phone = ?, postal_address = ?, language = null, erased_at = ?,"
                        + " version = version + 1 where organisation_id = ? and owner_id = ?",
                    erased.name(), erased.email(), erased.phone(), erased.postalAddress(), at,
                    subject.organisation().value(), subject.id());
          } else {
            details = store.members().find(subject.organisation(), MemberId.of(subject.id())).map(Member::details).orElse(null);
            changed =
                Db.update(
                    c,
                    "update members set name = ?, email = ?, phone = ?, postal_address = ?, language = null, erased_at = ?,"
                        + " version = version + 1 where organisation_id = ? and member_id = ?",
                    erased.name(), erased.email(), erased.phone(), erased.postalAddress(), at,
                    subject.organisation().value(), subject.id());
          }
          if (changed == 0) {
            return 0;
          }
          return changed + JdbcOutbox.eraseAddressedTo(c, subject.organisation(), addresses(details, subject.id()));
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
