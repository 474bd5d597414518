/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.accounting;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * Royal Decree of 12 July 2012 (minimum standardised chart of accounts for associations of
 * co-owners): the accounts of classes 1 to 7 that the postings of this library use, and any
 * sub-account an association adds under them. Immutable.
 */
public final class ChartOfAccounts {
  /** Class 1: working capital (fonds de roulement, werkkapitaal), art. 3.86 §3 Civil Code. */
  public static final String WORKING_CAPITAL = "100";
  /**
   * Class 1: result carried forward; the library's year closing carries the result into the
   * working capital ({@link #WORKING_CAPITAL}), a host may post here results it keeps apart.
   */
  public static final String RESULT_CARRIED_FORWARD = "140";
  /** Class 1: reserve fund (fonds de réserve, reservefonds), art. 3.86 §3 Civil Code. */
  public static final String RESERVE_FUND = "160";
  /** Class 1: debts at more than one year (a loan of the association). */
  public static final String LONG_TERM_DEBTS = "170";
  /** Class 2: fixed assets (equipment of the common parts bought by the association). */
  public static final String FIXED_ASSETS = "200";
  /** Class 3: stocks (heating oil in the tank). */
  public static final String STOCKS = "300";
  /** Class 4: the co-owners, one individual account each (receivables of calls, penalties). */
  public static final String CO_OWNERS = "410";
  /** Class 4: suppliers (invoices to pay). */
  public static final String SUPPLIERS = "440";
  /** Class 4: co-owners in credit: what the association owes back to owners. */
  public static final String CO_OWNERS_IN_CREDIT = "489";
  /** Class 4: bank lines received and not yet assigned (suspense). */
  public static final String SUSPENSE = "499";
  /** Class 5: current account at a credit institution (the association's own account). */
  public static final String BANK_CURRENT = "550";
  /** Class 5: savings account holding the reserve fund. */
  public static final String BANK_RESERVE = "551";
  /** Class 6: services and miscellaneous goods (the general expense account). */
  public static final String SERVICES_AND_GOODS = "610";
  /** Class 6: financial charges (bank fees, interest). */
  public static final String FINANCIAL_CHARGES = "650";
  /** Class 7: calls for funds for the working capital (the owners' provisions of the year). */
  public static final String CALLS_WORKING_CAPITAL = "700";
  /** Class 7: late-payment penalties and interest charged to owners. */
  public static final String PENALTIES_CHARGED = "740";
  /** Class 7: financial income (interest of the accounts). */
  public static final String FINANCIAL_INCOME = "750";

  private final Map<String, Account> accounts;

  private ChartOfAccounts(Map<String, Account> accounts) {
    this.accounts = Collections.unmodifiableMap(new TreeMap<>(accounts));
  }

  /**
   * The minimum chart: the accounts named by the constants of this class.
   *
   * @return the chart
   */
  public static ChartOfAccounts belgianMinimum() {
    Map<String, Account> m = new TreeMap<>();
    put(m, WORKING_CAPITAL, "Working capital", AccountNature.EQUITY);
    put(m, RESULT_CARRIED_FORWARD, "Result carried forward", AccountNature.EQUITY);
    put(m, RESERVE_FUND, "Reserve fund", AccountNature.EQUITY);
    put(m, LONG_TERM_DEBTS, "Debts at more than one year", AccountNature.LIABILITY);
    put(m, FIXED_ASSETS, "Fixed assets", AccountNature.ASSET);
    put(m, STOCKS, "Stocks", AccountNature.ASSET);
    put(m, CO_OWNERS, "Co-owners", AccountNature.ASSET);
    put(m, SUPPLIERS, "Suppliers", AccountNature.LIABILITY);
    put(m, CO_OWNERS_IN_CREDIT, "Co-owners in credit", AccountNature.LIABILITY);
    put(m, SUSPENSE, "Bank lines to assign", AccountNature.LIABILITY);
    put(m, BANK_CURRENT, "Bank, current account", AccountNature.ASSET);
    put(m, BANK_RESERVE, "Bank, reserve fund account", AccountNature.ASSET);
    put(m, SERVICES_AND_GOODS, "Services and miscellaneous goods", AccountNature.EXPENSE);
    put(m, FINANCIAL_CHARGES, "Financial charges", AccountNature.EXPENSE);
    put(m, CALLS_WORKING_CAPITAL, "Calls for funds, working capital", AccountNature.INCOME);
    put(m, PENALTIES_CHARGED, "Late-payment penalties charged", AccountNature.INCOME);
    put(m, FINANCIAL_INCOME, "Financial income", AccountNature.INCOME);
    return new ChartOfAccounts(m);
  }

  private static void put(Map<String, Account> m, String number, String name, AccountNature nature) {
    m.put(number, new Account(number, name, nature));
  }

  /**
   * This chart with a sub-account (the plan may be detailed, never changed): its number extends
   * an existing account's and it takes that account's nature.
   *
   * @param number the sub-account's number
   * @param name its name
   * @return the chart with the sub-account
   * @throws KoproGoException {@code UNKNOWN_ACCOUNT} when no account of the chart is a prefix of
   *     {@code number}
   */
  public ChartOfAccounts withSubAccount(String number, String name) {
    Account.checkNumber(number, "account");
    Objects.requireNonNull(name, "name");
    Account parent = parentOf(number);
    if (parent == null || parent.number().equals(number)) {
      throw KoproGoException.of(
          ErrorCode.UNKNOWN_ACCOUNT, "account " + number + " extends no account of the chart",
          "field", "account", "value", number);
    }
    Map<String, Account> m = new TreeMap<>(accounts);
    m.put(number, new Account(number, name, parent.nature()));
    return new ChartOfAccounts(m);
  }

  private Account parentOf(String number) {
    for (int len = number.length(); len >= 1; len--) {
      Account a = accounts.get(number.substring(0, len));
      if (a != null) {
        return a;
      }
    }
    return null;
  }

  /**
   * The account numbered {@code number}.
   *
   * @param number the account number
   * @param field the field path to name in the error
   * @return the account
   * @throws KoproGoException {@code UNKNOWN_ACCOUNT}
   */
  public Account get(String number, String field) {
    Account.checkNumber(number, field);
    Account a = accounts.get(number);
    if (a == null) {
      throw KoproGoException.of(
          ErrorCode.UNKNOWN_ACCOUNT, field + ": account " + number + " is not in the chart",
          "field", field, "value", number);
    }
    return a;
  }

  /**
   * Every account, by number.
   *
   * @return the accounts
   */
  public Collection<Account> accounts() {
    return accounts.values();
  }

  /**
   * The accounts of one class, by number.
   *
   * @param accountClass the class, 1 to 7
   * @return the accounts
   */
  public List<Account> ofClass(int accountClass) {
    List<Account> result = new ArrayList<>();
    for (Account a : accounts.values()) {
      if (a.accountClass() == accountClass) {
        result.add(a);
      }
    }
    return List.copyOf(result);
  }
}
