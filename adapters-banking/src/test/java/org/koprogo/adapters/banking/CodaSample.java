/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.banking;

import java.util.ArrayList;
import java.util.List;

/**
 * CODA version 2 statements written for the tests from Febelfin's published record layout: each
 * record is built field by field at its positions (1-based, as the standard numbers them).
 */
final class CodaSample {
  private final List<String> records = new ArrayList<>();

  /** A record of 128 spaces with {@code fields}: position then text, repeated. */
  static String record(Object... fields) {
    char[] r = " ".repeat(128).toCharArray();
    for (int i = 0; i < fields.length; i += 2) {
      int from = (Integer) fields[i] - 1;
      String text = (String) fields[i + 1];
      text.getChars(0, text.length(), r, from);
    }
    return new String(r);
  }

  static String amount(long thousandths) {
    return String.format("%015d", Math.abs(thousandths));
  }

  static String sign(long thousandths) {
    return thousandths < 0 ? "1" : "0";
  }

  CodaSample add(String record) {
    records.add(record);
    return this;
  }

  String text() {
    return String.join("\r\n", records) + "\r\n";
  }

  /**
   * The demo statement no. 042 of 2026-03-31 on BE68539007547034: opening 1,000.00; a credit of
   * 750.00 with the structured communication of call 1 to account 1; a credit of 500.00 by
   * "Bruno Dubois" without reference; a debit of 240.00 to a cleaning company; a global credit of
   * 100.00 detailed as two credits of 60.00 and 40.00; closing 2,110.00.
   */
  static CodaSample demo(String communicationOfAnne) {
    CodaSample s = new CodaSample();
    s.add(record(1, "0", 2, "0000", 6, "310326", 12, "539", 15, "05", 25, "0000000042", 35, "ACP RESIDENCE LES TILLEULS", 61, "BBRUBEBB   ", 128, "2"));
    s.add(record(1, "1", 2, "2", 3, "042", 6, "BE68539007547034", 40, "EUR", 43, "0", 44, amount(1_000_000), 59, "280226",
        65, "ACP RESIDENCE LES TILLEULS", 126, "042"));
    s.add(record(1, "21", 3, "0001", 7, "0000", 11, "REF000000000000000A01", 32, "0", 33, amount(750_000), 48, "150326",
        54, "00150000", 62, "1", 63, "101" + communicationOfAnne, 116, "150326", 122, "042", 125, "0", 126, "0", 128, "1"));
    s.add(record(1, "23", 3, "0001", 7, "0000", 11, "BE71096123456769                  EUR", 48, "ANNE PEETERS", 126, "0", 128, "0"));
    s.add(record(1, "21", 3, "0002", 7, "0000", 11, "REF000000000000000A02", 32, "0", 33, amount(500_000), 48, "200326",
        54, "00150000", 62, "0", 63, "charges Q1 appartement A2", 116, "200326", 122, "042", 125, "0", 126, "1", 128, "0"));
    s.add(record(1, "22", 3, "0002", 7, "0000", 11, "mars 2026", 126, "1", 128, "0"));
    s.add(record(1, "23", 3, "0002", 7, "0000", 11, "BE62510007547061                  EUR", 48, "BRUNO DUBOIS", 126, "0", 128, "0"));
    s.add(record(1, "31", 3, "0002", 7, "0000", 11, "REF000000000000000A02", 32, "00150000", 40, "0", 126, "0", 128, "0"));
    s.add(record(1, "21", 3, "0003", 7, "0000", 11, "REF000000000000000A03", 32, "1", 33, amount(240_000), 48, "250326",
        54, "00150000", 62, "0", 63, "facture 2026/17", 116, "250326", 122, "042", 125, "0", 126, "0", 128, "0"));
    s.add(record(1, "21", 3, "0004", 7, "0000", 11, "REF000000000000000A04", 32, "0", 33, amount(100_000), 48, "300326",
        54, "10150000", 62, "0", 63, "collective", 116, "300326", 122, "042", 125, "1", 126, "0", 128, "0"));
    s.add(record(1, "21", 3, "0004", 7, "0001", 11, "REF000000000000000A04", 32, "0", 33, amount(60_000), 48, "300326",
        54, "60150000", 62, "0", 63, "part one", 116, "300326", 122, "042", 125, "0", 126, "0", 128, "0"));
    s.add(record(1, "21", 3, "0004", 7, "0002", 11, "REF000000000000000A04", 32, "0", 33, amount(40_000), 48, "300326",
        54, "60150000", 62, "0", 63, "part two", 116, "300326", 122, "042", 125, "0", 126, "0", 128, "0"));
    s.add(record(1, "4", 2, " ", 3, "0001", 7, "0000", 33, "Merci", 128, "0"));
    s.add(record(1, "8", 2, "042", 5, "BE68539007547034", 39, "EUR", 42, "0", 43, amount(2_110_000), 58, "310326", 128, "0"));
    s.add(record(1, "9", 17, String.format("%06d", 11), 23, amount(240_000), 38, amount(1_350_000), 128, "2"));
    return s;
  }
}
