/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.koprogo.domain.accounting.Postings;
import org.koprogo.domain.building.BuildingId;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.domain.payment.BankLine;
import org.koprogo.domain.payment.BankStatement;
import org.koprogo.domain.payment.PaymentMatching;
import org.koprogo.domain.payment.ReferenceRegister;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.ports.in.ImportBankStatements;
import org.koprogo.ports.out.AuditEvent;
import org.koprogo.ports.out.BankLines;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.OutPorts;
import org.koprogo.ports.out.Owner;
import org.koprogo.ports.out.StatementFiles;

/**
 * {@link ImportBankStatements}: the file is read whole first (a malformed file changes nothing),
 * a line already recorded under its identity or as the same bank movement (received in another
 * format: {@link BankStatement#movements()}) is a duplicate,
 * then every line is matched by the domain's {@link PaymentMatching} and posted through {@link
 * Bookkeeping}, with the bank line and one audit entry, in one unit of work.
 */
public final class BankStatementImport implements ImportBankStatements {
  private final OutPorts ports;
  private final BankLines bankLines;
  private final StatementFiles files;
  private final Bookkeeping books;
  private final References references;
  private final CommandValidation validation;

  /**
   * Imports on {@code ports}, {@code bankLines} and {@code books} (the same adapter), reading files with {@code files}.
   *
   * @param ports the out ports
   * @param bankLines the bank lines imported
   * @param files the reader of statement files
   * @param books the bookkeeping the matched credits are posted through
   * @param validation how commands are validated
   */
  public BankStatementImport(OutPorts ports, BankLines bankLines, StatementFiles files, Bookkeeping books,
      CommandValidation validation) {
    this.ports = Objects.requireNonNull(ports, "ports");
    this.bankLines = Objects.requireNonNull(bankLines, "bankLines");
    this.files = Objects.requireNonNull(files, "files");
    this.books = Objects.requireNonNull(books, "books");
    this.references = new References(ports);
    this.validation = Objects.requireNonNull(validation, "validation");
  }

  @Override
  public Imported importFile(FileCommand c) {
    validation.check(c);
    OrganisationId org = OrganisationId.of(c.organisation());
    BuildingId building = BuildingId.of(c.building());
    List<BankStatement> statements = files.read(c.mediaType(), c.file());
    return ports.transactions().inTransaction(() -> {
      ports.buildings().get(org, building);
      ReferenceRegister register = references.of(org, building);
      java.util.Map<String, java.time.LocalDate> dates = new java.util.HashMap<>();
      for (org.koprogo.domain.accounting.JournalEntry e : books.books(c.organisation(), c.building()).entries()) {
        dates.put(e.id(), e.date());
      }
      List<PaymentMatching.IssuedCall> calls = new ArrayList<>();
      // one call per reference: an owner of several lots called together pays their sum
      java.util.Set<org.koprogo.domain.payment.CallReference> seen = new java.util.HashSet<>();
      for (ReferenceRegister.Issued i : register.issued()) {
        if (!seen.add(i.reference())) {
          continue;
        }
        String name = ports.owners().find(org, i.owner()).map(BankStatementImport::nameOf).orElse("");
        calls.add(new PaymentMatching.IssuedCall(i.reference(), i.owner(), name,
            register.amountCalled(i.reference()).orElseThrow(), dates.get(i.entry())));
      }
      int imported = 0;
      int matched = 0;
      int proposed = 0;
      int unmatched = 0;
      int duplicates = 0;
      for (BankStatement s : statements) {
        String statement = s.format() + "/" + s.account() + "/" + s.number();
        List<String> movements = s.movements();
        for (int n = 0; n < s.lines().size(); n++) {
          BankLine line = s.lines().get(n);
          String movement = movements.get(n);
          if (bankLines.find(org, building, line.identity()).isPresent()
              || bankLines.findMovement(org, building, movement).isPresent()) {
            duplicates++;
            continue;
          }
          String entry = "";
          String outcome;
          OwnerId owner = null;
          String reference = "";
          if (!line.isCredit()) {
            outcome = "DEBIT";
          } else {
            PaymentMatching.Match match = PaymentMatching.match(line, calls);
            outcome = match.outcome().name();
            String posting = "bank:" + digest(line.identity());
            entry = posting;
            String label = label(line);
            if (match.outcome() == PaymentMatching.Outcome.MATCHED) {
              owner = match.call().owner();
              OwnerId payer = owner;
              books.post(c.organisation(), c.building(), c.actor(),
                  currency -> Postings.payment(posting, line.bookingDate(), label, payer, line.amount()));
              matched++;
            } else {
              if (match.outcome() == PaymentMatching.Outcome.PROPOSED) {
                owner = match.call().owner();
                proposed++;
              } else {
                unmatched++;
              }
              books.post(c.organisation(), c.building(), c.actor(),
                  currency -> Postings.unassignedReceipt(posting, line.bookingDate(), label, line.amount()));
            }
            if (match.call() != null) {
              reference = match.call().reference().communication().printed();
            }
          }
          bankLines.record(org, building, new BankLines.Imported(line, statement, outcome, owner, reference, entry,
              c.actor(), ports.clock().now(), movement));
          imported++;
        }
      }
      ports.auditTrail().append(org, new AuditEvent(ports.clock().now(), c.actor(), "BankStatementImported", "building",
          building.value(), Map.of("statements", Integer.toString(statements.size()), "imported", Integer.toString(imported),
              "matched", Integer.toString(matched), "proposed", Integer.toString(proposed),
              "unmatched", Integer.toString(unmatched), "duplicates", Integer.toString(duplicates))));
      return new Imported(imported, matched, proposed, unmatched, duplicates);
    });
  }

  @Override
  public List<QueuedLine> queue(QueueQuery q) {
    validation.check(q);
    OrganisationId org = OrganisationId.of(q.organisation());
    BuildingId building = BuildingId.of(q.building());
    return ports.transactions().inTransaction(() -> {
      ports.buildings().get(org, building);
      return queued(bankLines.waiting(org, building));
    });
  }

  @Override
  public List<QueuedLine> queue(QueueQuery q, Integer limit, String after) {
    validation.check(q);
    int n = Pages.limit(limit);
    var from = Pages.after(after, BankLine.MAX_TEXT, "a bank line's identity", id -> id);
    OrganisationId org = OrganisationId.of(q.organisation());
    BuildingId building = BuildingId.of(q.building());
    return ports.transactions().inTransaction(() -> {
      ports.buildings().get(org, building);
      return queued(bankLines.waiting(org, building, from, n));
    });
  }

  private static List<QueuedLine> queued(List<BankLines.Imported> waiting) {
    List<QueuedLine> result = new ArrayList<>();
    for (BankLines.Imported i : waiting) {
      BankLine l = i.line();
      result.add(new QueuedLine(l.identity(), i.outcome(), l.bookingDate(), l.amount().toPlainString(),
          l.amount().currency().getCurrencyCode(), l.counterpartyName(), l.communication(),
          i.owner() == null ? null : i.owner().value(), i.reference()));
    }
    return List.copyOf(result);
  }

  @Override
  public Settled confirm(LineCommand c) {
    validation.check(c);
    return settle(c.organisation(), c.building(), c.line(), null, c.actor());
  }

  @Override
  public Settled assign(Assignment c) {
    validation.check(c);
    return settle(c.organisation(), c.building(), c.line(), c.owner(), c.actor());
  }

  private Settled settle(String organisation, String buildingId, String identity, String assignTo, String actor) {
    OrganisationId org = OrganisationId.of(organisation);
    BuildingId building = BuildingId.of(buildingId);
    return ports.transactions().inTransaction(() -> {
      ports.buildings().get(org, building);
      BankLines.Imported line = bankLines.find(org, building, identity).orElseThrow(() -> KoproGoException.of(
          ErrorCode.NOT_FOUND, "no bank line " + identity + " in building " + buildingId, "field", "line", "value", identity));
      boolean waiting = (line.outcome().equals("PROPOSED") || line.outcome().equals("UNMATCHED"))
          && bankLines.settlementOf(org, building, identity).isEmpty();
      if (!waiting || assignTo == null && !line.outcome().equals("PROPOSED")) {
        throw KoproGoException.of(ErrorCode.BANK_LINE_SETTLED,
            "bank line " + identity + " is " + line.outcome() + (waiting ? " (nothing to confirm: assign it)" : ", not waiting"),
            "field", "line", "value", identity);
      }
      OwnerId owner = assignTo == null ? line.owner() : ports.owners().get(org, OwnerId.of(assignTo)).id();
      String how = assignTo == null ? "CONFIRMED" : "ASSIGNED";
      String entry = "assign:" + digest(identity);
      BankLine l = line.line();
      books.post(organisation, buildingId, actor,
          currency -> Postings.receiptAssigned(entry, l.bookingDate(), label(l), owner, l.amount()));
      bankLines.settle(org, building, identity, new BankLines.Settlement(how, owner, entry, actor, ports.clock().now()));
      ports.auditTrail().append(org, new AuditEvent(ports.clock().now(), actor, "BankLine" + (assignTo == null ? "Confirmed" : "Assigned"),
          "building", building.value(), Map.of("line", identity.length() > 200 ? identity.substring(0, 200) : identity,
              "owner", owner.value(), "entry", entry)));
      return new Settled(identity, how, owner.value(), entry);
    });
  }

  private static String label(BankLine line) {
    String l = line.reference().map(r -> r.printed()).orElse(line.communication());
    return l.length() > 200 ? l.substring(0, 200) : l;
  }

  private static String nameOf(Owner owner) {
    return owner.erasedAt() != null ? "" : owner.details().name();
  }

  static String digest(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
