/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.banking;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.koprogo.domain.payment.BankLine;
import org.koprogo.domain.payment.BankStatement;
import org.koprogo.domain.payment.PaymentReference;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;

/**
 * ISO 20022 {@code camt.053} (bank-to-customer statement), versions {@code .001.02} and {@code
 * .001.08}, read with the JDK's StAX parser: no DTD, no external entity, at most {@link
 * #MAX_ELEMENTS} elements, {@link #MAX_DEPTH} levels and {@link #MAX_TEXT} characters of text per
 * element. Every refusal names the line of the element.
 *
 * <p>Per {@code Stmt}: the account ({@code Acct/Id/IBAN} or {@code Othr/Id}), the opening
 * ({@code OPBD}, or {@code PRCD}) and closing ({@code CLBD}) booked balances, and the booked
 * entries ({@code Sts} {@code BOOK}, a text in .02, a {@code Cd} in .08; pending entries are left
 * out). An entry with several transaction details, each with its amount, gives one line per
 * detail. The payer is {@code RltdPties/Dbtr/Nm} (.02) or {@code Dbtr/Pty/Nm} (.08), the
 * structured reference {@code RmtInf/Strd/CdtrRefInf/Ref}. The line's identity is the account and
 * the bank's reference ({@code AcctSvcrRef}, else {@code NtryRef}) with the detail's rank.
 */
final class Camt053Reader {
  static final int MAX_ELEMENTS = 500_000;
  static final int MAX_DEPTH = 40;
  static final int MAX_TEXT = 10_000;
  static final Map<String, String> VERSIONS = Map.of(
      "urn:iso:std:iso:20022:tech:xsd:camt.053.001.02", "camt.053.001.02",
      "urn:iso:std:iso:20022:tech:xsd:camt.053.001.08", "camt.053.001.08");

  private Camt053Reader() {}

  /** An element: local name, line, text, attributes and children. */
  record Node(String name, int line, String text, Map<String, String> attributes, List<Node> children) {
    Optional<Node> child(String... path) {
      Node n = this;
      for (String p : path) {
        Node next = null;
        for (Node c : n.children) {
          if (c.name.equals(p)) {
            next = c;
            break;
          }
        }
        if (next == null) {
          return Optional.empty();
        }
        n = next;
      }
      return Optional.of(n);
    }

    List<Node> all(String name) {
      List<Node> r = new ArrayList<>();
      for (Node c : children) {
        if (c.name.equals(name)) {
          r.add(c);
        }
      }
      return r;
    }

    String text(String... path) {
      return child(path).map(Node::text).orElse("");
    }

    Node required(String... path) {
      return child(path).orElseThrow(
          () -> StatementErrors.malformed(line, name + " has no " + String.join("/", path)));
    }
  }

  static List<BankStatement> read(byte[] file) {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    Node root;
    String namespace;
    XMLStreamReader x = null;
    try {
      x = factory.createXMLStreamReader(new ByteArrayInputStream(file));
      while (x.hasNext() && x.next() != XMLStreamConstants.START_ELEMENT) {
        if (x.getEventType() == XMLStreamConstants.DTD) {
          throw StatementErrors.malformed(x.getLocation().getLineNumber(), "a DTD is not allowed");
        }
      }
      if (x.getEventType() != XMLStreamConstants.START_ELEMENT) {
        throw StatementErrors.malformed(1, "no XML element");
      }
      namespace = x.getNamespaceURI() == null ? "" : x.getNamespaceURI();
      if (!VERSIONS.containsKey(namespace)) {
        throw StatementErrors.unsupported(x.getLocation().getLineNumber(),
            "namespace '" + StatementErrors.shown(namespace) + "' is not camt.053.001.02 or camt.053.001.08");
      }
      root = element(x, new int[] {0}, 1);
    } catch (XMLStreamException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
      throw StatementErrors.malformed(line, "not well-formed XML");
    } finally {
      if (x != null) {
        try {
          x.close();
        } catch (XMLStreamException ignored) {
          // nothing held
        }
      }
    }
    if (!root.name.equals("Document")) {
      throw StatementErrors.malformed(root.line, "the root element is Document, not " + StatementErrors.shown(root.name));
    }
    Node message = root.required("BkToCstmrStmt");
    List<BankStatement> statements = new ArrayList<>();
    for (Node stmt : message.all("Stmt")) {
      statements.add(statement(VERSIONS.get(namespace), stmt));
    }
    if (statements.isEmpty()) {
      throw StatementErrors.malformed(message.line, "BkToCstmrStmt has no Stmt");
    }
    return List.copyOf(statements);
  }

  private static Node element(XMLStreamReader x, int[] count, int depth) throws XMLStreamException {
    if (++count[0] > MAX_ELEMENTS) {
      throw StatementErrors.tooLarge("a camt.053 file of more than " + MAX_ELEMENTS + " elements");
    }
    if (depth > MAX_DEPTH) {
      throw StatementErrors.malformed(x.getLocation().getLineNumber(), "elements nested deeper than " + MAX_DEPTH);
    }
    String name = x.getLocalName();
    int line = x.getLocation().getLineNumber();
    Map<String, String> attributes = new HashMap<>();
    for (int a = 0; a < x.getAttributeCount(); a++) {
      attributes.put(x.getAttributeLocalName(a), x.getAttributeValue(a));
    }
    List<Node> children = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    while (true) {
      int event = x.next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> children.add(element(x, count, depth + 1));
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          if (text.length() + x.getTextLength() > MAX_TEXT) {
            throw StatementErrors.malformed(line, name + " holds more than " + MAX_TEXT + " characters");
          }
          text.append(x.getTextCharacters(), x.getTextStart(), x.getTextLength());
        }
        case XMLStreamConstants.ENTITY_REFERENCE ->
            throw StatementErrors.malformed(x.getLocation().getLineNumber(), "entity references are not allowed");
        case XMLStreamConstants.END_ELEMENT -> {
          return new Node(name, line, text.toString().strip(), attributes, List.copyOf(children));
        }
        default -> {
          // comments and processing instructions are skipped
        }
      }
    }
  }

  private static BankStatement statement(String version, Node stmt) {
    Node acct = stmt.required("Acct");
    String account = acct.text("Id", "IBAN");
    if (account.isEmpty()) {
      account = acct.text("Id", "Othr", "Id");
    }
    if (account.isEmpty()) {
      throw StatementErrors.malformed(acct.line, "the account has no IBAN nor other id");
    }
    String id = stmt.text("Id");
    Money opening = null;
    Money closing = null;
    LocalDate date = null;
    for (Node bal : stmt.all("Bal")) {
      String code = bal.text("Tp", "CdOrPrtry", "Cd");
      Money amount = amount(bal, "Bal");
      if (code.equals("OPBD") || code.equals("PRCD") && opening == null) {
        opening = amount;
      } else if (code.equals("CLBD")) {
        closing = amount;
        date = date(bal.required("Dt"));
      }
    }
    if (opening == null || closing == null) {
      throw StatementErrors.malformed(stmt.line, "statement " + StatementErrors.shown(id) + " lacks its opening (OPBD) or closing (CLBD) balance");
    }
    List<BankLine> lines = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (Node ntry : stmt.all("Ntry")) {
      Node sts = ntry.required("Sts");
      String status = sts.children().isEmpty() ? sts.text() : sts.text("Cd");
      if (!status.equals("BOOK")) {
        continue;
      }
      entry(account, ntry, lines, seen);
    }
    try {
      return new BankStatement(version, account, id, date, opening, closing, lines);
    } catch (KoproGoException e) {
      throw StatementErrors.malformed(stmt.line, e.reason());
    }
  }

  private static void entry(String account, Node ntry, List<BankLine> lines, Map<String, Integer> seen) {
    Money amount = amount(ntry, "Ntry");
    LocalDate booked = date(ntry.required("BookgDt"));
    LocalDate value = ntry.child("ValDt").map(Camt053Reader::date).orElse(booked);
    String bankRef = ntry.text("AcctSvcrRef");
    if (bankRef.isEmpty()) {
      bankRef = ntry.text("NtryRef");
    }
    List<Node> details = new ArrayList<>();
    for (Node d : ntry.all("NtryDtls")) {
      details.addAll(d.all("TxDtls"));
    }
    boolean split = details.size() > 1;
    if (split) {
      Money sum = Money.zero(amount.currency());
      for (Node d : details) {
        Optional<Money> own = detailAmount(d, amount.isNegative());
        if (own.isEmpty()) {
          split = false;
          break;
        }
        sum = sum.plus(own.get());
      }
      split = split && sum.equals(amount);
    }
    if (!split) {
      Node d = details.isEmpty() ? null : details.get(0);
      lines.add(line(account, bankRef, 0, ntry, d, amount, booked, value, seen));
      return;
    }
    for (int k = 0; k < details.size(); k++) {
      Node d = details.get(k);
      lines.add(line(account, bankRef, k + 1, ntry, d, detailAmount(d, amount.isNegative()).orElseThrow(), booked, value, seen));
    }
  }

  private static Optional<Money> detailAmount(Node d, boolean debit) {
    Optional<Node> amt = d.child("Amt");
    if (amt.isEmpty()) {
      amt = d.child("AmtDtls", "TxAmt", "Amt");
    }
    if (amt.isEmpty()) {
      return Optional.empty();
    }
    Money m = money(amt.get());
    String indicator = d.text("CdtDbtInd");
    boolean negative = indicator.isEmpty() ? debit : indicator.equals("DBIT");
    return Optional.of(negative ? m.negated() : m);
  }

  private static BankLine line(String account, String bankRef, int rank, Node ntry, Node d, Money amount,
      LocalDate booked, LocalDate value, Map<String, Integer> seen) {
    String name = "";
    String payerAccount = "";
    String communication = "";
    Optional<PaymentReference> reference = Optional.empty();
    if (d != null) {
      String party = amount.isNegative() ? "Cdtr" : "Dbtr";
      name = d.text("RltdPties", party, "Nm");
      if (name.isEmpty()) {
        name = d.text("RltdPties", party, "Pty", "Nm");
      }
      payerAccount = d.text("RltdPties", party + "Acct", "Id", "IBAN");
      List<String> texts = new ArrayList<>();
      for (Node rmt : d.all("RmtInf")) {
        for (Node u : rmt.all("Ustrd")) {
          texts.add(u.text());
        }
        for (Node s : rmt.all("Strd")) {
          String ref = s.text("CdtrRefInf", "Ref");
          if (!ref.isEmpty() && reference.isEmpty()) {
            try {
              reference = Optional.of(PaymentReference.parse(ref, "Ref"));
            } catch (KoproGoException e) {
              texts.add(ref);
            }
          }
        }
      }
      communication = String.join(" ", texts);
    }
    String identity;
    if (!bankRef.isEmpty()) {
      identity = "CAMT|" + account + "|" + bankRef + "|" + rank;
    } else {
      String base = "CAMT|" + account + "|" + booked + "|" + value + "|" + amount.toPlainString() + "|"
          + reference.map(PaymentReference::electronic).orElse("") + "|"
          + Integer.toHexString(communication.hashCode());
      identity = base + "|" + seen.merge(base, 1, Integer::sum);
    }
    return new BankLine(cut(identity), d == null ? ntry.line : d.line, booked, value, amount, cut(name), cut(payerAccount),
        reference, cut(communication));
  }

  private static String cut(String s) {
    return s.length() > BankLine.MAX_TEXT ? s.substring(0, BankLine.MAX_TEXT) : s;
  }

  private static Money amount(Node n, String what) {
    Money m = money(n.required("Amt"));
    String indicator = n.text("CdtDbtInd");
    return switch (indicator) {
      case "CRDT" -> m;
      case "DBIT" -> m.negated();
      default -> throw StatementErrors.malformed(n.line, what + " has CdtDbtInd '" + StatementErrors.shown(indicator) + "', not CRDT or DBIT");
    };
  }

  private static Money money(Node amt) {
    String text = amt.text();
    if (text.length() > 30 || !text.matches("[0-9]{1,18}(\\.[0-9]{1,5})?")) {
      throw StatementErrors.malformed(amt.line, "amount '" + StatementErrors.shown(text) + "' is not a plain decimal");
    }
    String code = amt.attributes().getOrDefault("Ccy", "");
    Currency currency;
    try {
      currency = Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw StatementErrors.malformed(amt.line, "currency '" + StatementErrors.shown(code) + "' is not an ISO 4217 code");
    }
    try {
      return Money.of(currency, new BigDecimal(text));
    } catch (KoproGoException e) {
      throw StatementErrors.malformed(amt.line, e.reason());
    }
  }

  private static LocalDate date(Node n) {
    String text = n.text("Dt");
    if (text.isEmpty()) {
      String dt = n.text("DtTm");
      text = dt.length() >= 10 ? dt.substring(0, 10) : dt;
    }
    try {
      if (!text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
        throw new DateTimeParseException("not yyyy-MM-dd", text, 0);
      }
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw StatementErrors.malformed(n.line, n.name() + " '" + StatementErrors.shown(text) + "' is not a date yyyy-MM-dd");
    }
  }

  static Map<String, String> versions() {
    return new LinkedHashMap<>(VERSIONS);
  }
}
