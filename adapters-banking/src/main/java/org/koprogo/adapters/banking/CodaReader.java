/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.banking;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.koprogo.domain.payment.BankLine;
import org.koprogo.domain.payment.BankStatement;
import org.koprogo.domain.payment.PaymentReference;
import org.koprogo.domain.payment.StructuredCommunication;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;

/**
 * CODA version 2 (Febelfin's coded statement of account): records of exactly 128 characters,
 * one statement from a header (record 0) to a trailer (record 9):
 *
 * <ul>
 *   <li>0: header, version code {@code 2} in position 128;
 *   <li>1: old balance (account structure, account and currency, sign, 12+3 digits, date);
 *   <li>2.1: movement (sequence, detail, bank reference 11-31, sign 32, amount 33-47, value date
 *       48-53, transaction code, communication type 62 and zone 63-115 where {@code 101} or
 *       {@code 102} and 12 digits is a structured communication, entry date 116-121,
 *       globalisation code 125); 2.2: communication continued; 2.3: counterparty account 11-47
 *       and name 48-82;
 *   <li>3.1 to 3.3: information records; 4: free communication (read, not kept);
 *   <li>8: new balance; 9: trailer (number of records 1, 2 and 3; totals of debits and credits).
 * </ul>
 *
 * A global movement (globalisation code above 0) with details in the file is replaced by its
 * details. The file must reconcile: old balance plus movements is the new balance, and the
 * trailer's totals and count agree. Amounts carry three decimals; an amount that is not a whole
 * number of cents is refused.
 */
final class CodaReader {
  static final int RECORD = 128;
  static final int MAX_RECORDS = 200_000;

  private CodaReader() {}

  private static final class Movement {
    int line;
    String sequence;
    String detail;
    String bankRef;
    long thousandths;
    LocalDate valueDate;
    LocalDate entryDate;
    boolean global;
    String structured = "";
    StringBuilder communication = new StringBuilder();
    String counterpartyAccount = "";
    String counterpartyName = "";
  }

  static List<BankStatement> read(String text) {
    String[] records = text.split("\r?\n", -1);
    int count = records.length;
    if (count > 0 && records[count - 1].isEmpty()) {
      count--;
    }
    if (count > MAX_RECORDS) {
      throw StatementErrors.tooLarge("a CODA file of more than " + MAX_RECORDS + " records");
    }
    if (count == 0) {
      throw StatementErrors.malformed(1, "the file is empty");
    }
    List<BankStatement> statements = new ArrayList<>();
    int i = 0;
    while (i < count) {
      i = statement(records, i, count, statements);
    }
    return List.copyOf(statements);
  }

  /** Reads one statement from record {@code start}; returns the index after its trailer. */
  private static int statement(String[] records, int start, int count, List<BankStatement> out) {
    String header = record(records, start);
    if (header.charAt(0) != '0') {
      throw StatementErrors.malformed(start + 1, "a CODA statement starts with a header record 0, not '" + header.charAt(0) + "'");
    }
    if (header.charAt(127) != '2') {
      throw StatementErrors.unsupported(start + 1, "CODA version " + header.charAt(127) + " (this reader reads version 2)");
    }
    int i = start + 1;
    String old = record(records, require(i, count, "an old balance record 1"));
    if (old.charAt(0) != '1') {
      throw StatementErrors.malformed(i + 1, "record 1 (old balance) expected after the header");
    }
    char structure = old.charAt(1);
    String account;
    String currencyCode;
    switch (structure) {
      case '0' -> {
        account = old.substring(5, 17).trim();
        currencyCode = old.substring(18, 21);
      }
      case '1', '2', '3' -> {
        account = old.substring(5, 39).trim();
        currencyCode = old.substring(39, 42);
      }
      default -> throw StatementErrors.malformed(i + 1, "account structure '" + structure + "' is not 0 to 3");
    }
    if (account.isEmpty()) {
      throw StatementErrors.malformed(i + 1, "no account number");
    }
    Currency currency = currency(currencyCode, i + 1);
    String number = old.substring(2, 5);
    long opening = signed(old.charAt(42), digits(old, 43, 58, i + 1, "old balance"), i + 1);
    int sequenceRecords = 1;
    i++;
    List<Movement> movements = new ArrayList<>();
    Movement current = null;
    long newBalance;
    LocalDate date;
    while (true) {
      String r = record(records, require(i, count, "a new balance record 8"));
      int line = i + 1;
      char type = r.charAt(0);
      if (type == '2') {
        sequenceRecords++;
        switch (r.charAt(1)) {
          case '1' -> {
            current = new Movement();
            current.line = line;
            current.sequence = r.substring(2, 6);
            current.detail = r.substring(6, 10);
            current.bankRef = r.substring(10, 31).trim();
            current.thousandths = signed(r.charAt(31), digits(r, 32, 47, line, "amount"), line);
            current.valueDate = date(r, 47, line, "value date");
            current.entryDate = date(r, 115, line, "entry date");
            current.global = r.charAt(124) != '0' && r.charAt(124) != ' ';
            String zone = r.substring(62, 115);
            if (r.charAt(61) == '1' && (zone.startsWith("101") || zone.startsWith("102"))) {
              current.structured = zone.substring(3, 15);
            } else {
              current.communication.append(zone.strip());
            }
            movements.add(current);
          }
          case '2' -> {
            requireMovement(current, line, "2.2");
            appendCommunication(current, r.substring(10, 63));
          }
          case '3' -> {
            requireMovement(current, line, "2.3");
            current.counterpartyAccount = r.substring(10, 44).trim();
            current.counterpartyName = r.substring(47, 82).trim();
            appendCommunication(current, r.substring(82, 125));
          }
          default -> throw StatementErrors.malformed(line, "record 2." + r.charAt(1) + " is not 2.1, 2.2 or 2.3");
        }
      } else if (type == '3') {
        sequenceRecords++;
        if (r.charAt(1) < '1' || r.charAt(1) > '3') {
          throw StatementErrors.malformed(line, "record 3." + r.charAt(1) + " is not 3.1, 3.2 or 3.3");
        }
      } else if (type == '4') {
        // free communication to the account holder: not a movement
      } else if (type == '8') {
        newBalance = signed(r.charAt(41), digits(r, 42, 57, line, "new balance"), line);
        date = date(r, 57, line, "new balance date");
        i++;
        break;
      } else {
        throw StatementErrors.malformed(line, "record type '" + type + "' where a movement or the new balance is expected");
      }
      i++;
    }
    String trailer = record(records, require(i, count, "a trailer record 9"));
    if (trailer.charAt(0) != '9') {
      throw StatementErrors.malformed(i + 1, "record 9 (trailer) expected after the new balance");
    }
    long declaredRecords = digits(trailer, 16, 22, i + 1, "number of records");
    long declaredDebits = digits(trailer, 22, 37, i + 1, "total of debits");
    long declaredCredits = digits(trailer, 37, 52, i + 1, "total of credits");
    if (declaredRecords != sequenceRecords) {
      throw StatementErrors.malformed(i + 1, "the trailer counts " + declaredRecords + " records 1, 2 and 3; the file has " + sequenceRecords);
    }
    List<Movement> kept = keptMovements(movements);
    long debits = 0;
    long credits = 0;
    for (Movement m : kept) {
      if (m.thousandths < 0) {
        debits = Math.addExact(debits, -m.thousandths);
      } else {
        credits = Math.addExact(credits, m.thousandths);
      }
    }
    if (debits != declaredDebits || credits != declaredCredits) {
      throw StatementErrors.malformed(i + 1, "the trailer's totals (debits " + declaredDebits + ", credits " + declaredCredits
          + " thousandths) are not those of the movements (" + debits + ", " + credits + ")");
    }
    List<BankLine> lines = new ArrayList<>(kept.size());
    Map<String, Integer> seen = new HashMap<>();
    for (Movement m : kept) {
      Money amount = money(currency, m.thousandths, m.line);
      Optional<PaymentReference> reference = Optional.empty();
      String communication = m.communication.toString().strip();
      if (!m.structured.isEmpty()) {
        try {
          reference = Optional.of(StructuredCommunication.parse(m.structured, "communication"));
        } catch (KoproGoException e) {
          communication = (m.structured + " " + communication).strip();
        }
      }
      String identity = m.bankRef.isEmpty()
          ? fallbackIdentity(account, m, amount, communication, seen)
          : "CODA|" + account + "|" + m.bankRef + "|" + m.detail;
      lines.add(new BankLine(identity, m.line, m.entryDate, m.valueDate, amount, cut(m.counterpartyName),
          cut(m.counterpartyAccount), reference, cut(communication)));
    }
    try {
      out.add(new BankStatement("CODA", account, number, date, money(currency, opening, start + 2),
          money(currency, newBalance, i), lines));
    } catch (KoproGoException e) {
      throw StatementErrors.malformed(i, e.reason());
    }
    return i + 1;
  }

  /** The movements that count: a global one is replaced by its details when the file has them. */
  private static List<Movement> keptMovements(List<Movement> movements) {
    Map<String, Boolean> hasDetails = new LinkedHashMap<>();
    for (Movement m : movements) {
      if (!m.detail.equals("0000")) {
        hasDetails.put(m.sequence, true);
      }
    }
    List<Movement> kept = new ArrayList<>();
    for (Movement m : movements) {
      boolean replaced = m.detail.equals("0000") && m.global && hasDetails.containsKey(m.sequence);
      if (!replaced) {
        kept.add(m);
      }
    }
    return kept;
  }

  private static String fallbackIdentity(String account, Movement m, Money amount, String communication, Map<String, Integer> seen) {
    String base = "CODA|" + account + "|" + m.entryDate + "|" + m.valueDate + "|" + amount.toPlainString() + "|"
        + m.structured + "|" + Integer.toHexString(communication.hashCode());
    int rank = seen.merge(base, 1, Integer::sum);
    return base + "|" + rank;
  }

  private static void appendCommunication(Movement m, String part) {
    String p = part.strip();
    if (!p.isEmpty()) {
      if (m.communication.length() > 0) {
        m.communication.append(' ');
      }
      m.communication.append(p);
    }
  }

  private static String cut(String s) {
    return s.length() > BankLine.MAX_TEXT ? s.substring(0, BankLine.MAX_TEXT) : s;
  }

  private static void requireMovement(Movement m, int line, String record) {
    if (m == null) {
      throw StatementErrors.malformed(line, "record " + record + " before any record 2.1");
    }
  }

  private static int require(int i, int count, String what) {
    if (i >= count) {
      throw StatementErrors.malformed(count, "the file ends where " + what + " is expected");
    }
    return i;
  }

  private static String record(String[] records, int i) {
    String r = records[i];
    if (r.length() != RECORD) {
      throw StatementErrors.malformed(i + 1, "a CODA record is 128 characters, this one " + r.length());
    }
    return r;
  }

  private static long digits(String r, int from, int to, int line, String what) {
    long v = 0;
    for (int k = from; k < to; k++) {
      char c = r.charAt(k);
      if (c < '0' || c > '9') {
        throw StatementErrors.malformed(line, what + " (positions " + (from + 1) + "-" + to + ") is not digits: '"
            + StatementErrors.shown(r.substring(from, to)) + "'");
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  private static long signed(char sign, long value, int line) {
    return switch (sign) {
      case '0' -> value;
      case '1' -> -value;
      default -> throw StatementErrors.malformed(line, "sign '" + sign + "' is not 0 (credit) or 1 (debit)");
    };
  }

  private static LocalDate date(String r, int from, int line, String what) {
    long d = digits(r, from, from + 6, line, what);
    try {
      return LocalDate.of(2000 + (int) (d % 100), (int) (d / 100 % 100), (int) (d / 10000));
    } catch (DateTimeException e) {
      throw StatementErrors.malformed(line, what + " '" + r.substring(from, from + 6) + "' is not a date DDMMYY");
    }
  }

  private static Currency currency(String code, int line) {
    try {
      Currency c = Currency.getInstance(code);
      if (c.getDefaultFractionDigits() < 0 || c.getDefaultFractionDigits() > 3) {
        throw new IllegalArgumentException(code);
      }
      return c;
    } catch (IllegalArgumentException e) {
      throw StatementErrors.malformed(line, "currency '" + StatementErrors.shown(code) + "' is not an ISO 4217 code");
    }
  }

  private static Money money(Currency currency, long thousandths, int line) {
    int digits = currency.getDefaultFractionDigits();
    long factor = digits == 3 ? 1 : digits == 2 ? 10 : digits == 1 ? 100 : 1000;
    if (thousandths % factor != 0) {
      throw StatementErrors.malformed(line, "amount " + thousandths + " thousandths is not a whole number of "
          + currency.getCurrencyCode() + " minor units");
    }
    return Money.ofMinor(currency, thousandths / factor);
  }
}
