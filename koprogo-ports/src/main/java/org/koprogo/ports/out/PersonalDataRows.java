/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.koprogo.domain.building.OwnerId;

/**
 * The rows of a GDPR export, in the same shape for every adapter: a record set per kind of
 * record, plain values, keys in a fixed order. Public so that other adapters export the same
 * shape.
 */
public final class PersonalDataRows {
  private PersonalDataRows() {}

  /** The name of the record set of a person's in-app notices in a GDPR export. */
  public static final String INBOX = "inbox";

  /**
   * The row of an in-app notice in a GDPR export.
   *
   * @param m the notice
   * @return its fields
   */
  public static Map<String, Object> inbox(InboxMessage m) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", m.id().value());
    row.put("channel", m.channel());
    row.put("kind", m.kind());
    row.put("payload", m.payload());
    row.put("deliveredAt", m.deliveredAt().toString());
    return row;
  }

  /**
   * The row of an owner in a GDPR export.
   *
   * @param o the owner
   * @return its fields, personal data included
   */
  public static Map<String, Object> owner(Owner o) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("organisation", o.organisation().value());
    row.put("id", o.id().value());
    row.put("name", o.details().name());
    row.put("email", o.details().email());
    row.put("phone", o.details().phone());
    row.put("postalAddress", o.details().postalAddress());
    row.put("language", o.details().language() == null ? null : o.details().language().code());
    row.put("erasedAt", o.erasedAt() == null ? null : o.erasedAt().toString());
    return row;
  }

  /**
   * The row of a member in a GDPR export.
   *
   * @param m the member
   * @return its fields, personal data included
   */
  public static Map<String, Object> member(Member m) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("organisation", m.organisation().value());
    row.put("id", m.id().value());
    row.put("name", m.details().name());
    row.put("email", m.details().email());
    row.put("phone", m.details().phone());
    row.put("postalAddress", m.details().postalAddress());
    row.put("language", m.details().language() == null ? null : m.details().language().code());
    row.put("rank", m.rank());
    row.put("status", m.status().name());
    row.put("joinedOn", m.joinedOn().toString());
    row.put("erasedAt", m.erasedAt() == null ? null : m.erasedAt().toString());
    return row;
  }

  /**
   * The rows of an owner's holdings of a lot in a GDPR export.
   *
   * @param lot the lot
   * @param owner the owner
   * @return one row per holding of the owner
   */
  public static List<Map<String, Object>> ownerships(Lot lot, OwnerId owner) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Lot.Ownership o : lot.ownerships()) {
      if (o.owner().equals(owner)) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("building", lot.building().value());
        row.put("lot", lot.id().value());
        row.put("label", lot.label());
        row.put("shares", lot.shares().toPlainString());
        row.put("fraction", o.fraction().toString());
        rows.add(row);
      }
    }
    return rows;
  }

  /**
   * The row of a ledger entry in a GDPR export.
   *
   * @param e the entry
   * @return its fields
   */
  public static Map<String, Object> ledgerEntry(LedgerEntry e) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", e.id().value());
    row.put("kind", e.kind().name());
    row.put("amount", e.amount().toPlainString());
    row.put("currency", e.amount().currency().getCurrencyCode());
    row.put("valueDate", e.valueDate().toString());
    row.put("resolves", e.resolves() == null ? null : e.resolves().value());
    row.put("reason", e.reason());
    row.put("recordedBy", e.recordedBy());
    row.put("recordedAt", e.recordedAt().toString());
    return row;
  }

  /**
   * The row of an audit entry in a GDPR export.
   *
   * @param e the entry
   * @return its fields
   */
  public static Map<String, Object> audit(AuditTrail.AuditEntry e) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("sequence", e.sequence());
    row.put("at", e.event().at().toString());
    row.put("actor", e.event().actor());
    row.put("action", e.event().action());
    row.put("subjectType", e.event().subjectType());
    row.put("subjectId", e.event().subjectId());
    row.put("details", e.event().details().toString());
    return row;
  }

  /**
   * The row of an outbox message in a GDPR export.
   *
   * @param m the message
   * @return its fields, the recipient included
   */
  public static Map<String, Object> message(Outbox.Message m) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", m.id().value());
    row.put("kind", m.key().kind());
    row.put("channel", m.channel());
    row.put("recipient", m.recipient());
    row.put("payload", m.payload());
    row.put("status", m.status().name());
    row.put("createdAt", m.createdAt().toString());
    row.put("delivery", m.delivery() == null ? null : m.delivery().name());
    return row;
  }

  /**
   * A bank line tied to the person (matched, proposed or settled to them): the payer's name and
   * account as the bank gave them (empty once erased).
   *
   * @param building the building whose account received it
   * @param line the line as imported
   * @param settlement how it was settled, or null
   * @return the row
   */
  public static Map<String, Object> bankLine(String building, BankLines.Imported line, BankLines.Settlement settlement) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("building", building);
    row.put("line", line.line().identity());
    row.put("bookingDate", line.line().bookingDate().toString());
    row.put("amount", line.line().amount().toPlainString());
    row.put("currency", line.line().amount().currency().getCurrencyCode());
    row.put("counterpartyName", line.line().counterpartyName());
    row.put("counterpartyAccount", line.line().counterpartyAccount());
    row.put("communication", line.line().communication());
    row.put("outcome", line.outcome());
    row.put("settled", settlement == null ? null : settlement.how());
    return row;
  }
}
