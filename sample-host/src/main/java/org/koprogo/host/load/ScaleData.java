/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.load;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.koprogo.adapters.jdbc.JdbcStore;
import org.koprogo.domain.building.BuildingId;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.domain.shared.Fraction;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.out.OwnerPayment;
import org.koprogo.ports.memory.SystemClock;
import org.koprogo.ports.out.Assembly;
import org.koprogo.ports.out.AssemblyId;
import org.koprogo.ports.out.AuditEvent;
import org.koprogo.ports.out.Building;
import org.koprogo.ports.out.Expense;
import org.koprogo.ports.out.ExpenseId;
import org.koprogo.ports.out.LedgerEntry;
import org.koprogo.ports.out.LedgerEntryId;
import org.koprogo.ports.out.Lot;
import org.koprogo.ports.out.MemberId;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.OutPorts;
import org.koprogo.ports.out.Owner;
import org.koprogo.ports.out.PersonalDetails;

/**
 * Grows the demo database of the scale test (sample-host/load/scale.sh) through the library's
 * out-ports, in transactions of a few hundred rows (minutes, not the hours HTTP would take):
 *
 * <pre>
 *   java -cp sample-host.jar org.koprogo.host.load.ScaleData JDBC_URL buildings FACTOR
 *   java -cp sample-host.jar org.koprogo.host.load.ScaleData JDBC_URL ledger ENTRIES
 *   java -cp sample-host.jar org.koprogo.host.load.ScaleData JDBC_URL declarations PREFIX COUNT
 * </pre>
 *
 * {@code buildings}: the demo co-ownership (one building, 12 lots, 12 owners, 4 expenses, one
 * assembly) grown to FACTOR times: FACTOR - 1 more buildings like it in the same organisation,
 * each with its lots, owners, expenses, 3 assemblies, 3 payments per owner and audit entries.
 * {@code ledger}: the demo cooperative group's ledger grown to ENTRIES entries (dues, declared and
 * confirmed payments of its five members). {@code declarations}: COUNT declared payments of
 * member m-devos named PREFIX-n, for the confirmation loop to confirm. A tool of the scale test,
 * not part of the host.
 */
public final class ScaleData {
  private static final OrganisationId TILLEULS = OrganisationId.of("demo-tilleuls");
  private static final OrganisationId CAILLES = OrganisationId.of("demo-cailles");
  private static final List<String> GROUP_MEMBERS = List.of("m-amrani", "m-bertrand", "m-costa", "m-devos", "m-evrard");
  private static final Instant AT = Instant.parse("2026-04-01T09:00:00Z");
  private static final int BATCH = 500;

  private ScaleData() {}

  public static void main(String[] args) {
    if (args.length < 3) {
      System.err.println("usage: ScaleData JDBC_URL buildings FACTOR | ledger ENTRIES | declarations PREFIX COUNT");
      System.exit(2);
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(args[0]);
    config.setMaximumPoolSize(2);
    try (HikariDataSource dataSource = new HikariDataSource(config)) {
      OutPorts ports = new JdbcStore(dataSource, new SystemClock(java.time.ZoneId.of("Europe/Brussels"))).ports();
      long start = System.nanoTime();
      long rows = switch (args[1]) {
        case "buildings" -> buildings(ports, Integer.parseInt(args[2]));
        case "ledger" -> ledger(ports, Integer.parseInt(args[2]));
        case "declarations" -> declarations(ports, args[2], Integer.parseInt(args[3]));
        default -> throw new IllegalArgumentException("unknown stage " + args[1]);
      };
      System.out.printf("%s: %,d records in %.1f s%n", args[1], rows, (System.nanoTime() - start) / 1e9);
    }
  }

  private static long buildings(OutPorts ports, int factor) {
    long rows = 0;
    for (int b = 1; b < factor; b++) {
      int n = b;
      rows += ports.transactions().inTransaction(() -> building(ports, n));
    }
    return rows;
  }

  private static long building(OutPorts ports, int b) {
    String building = "scale-b" + b;
    if (ports.buildings().find(TILLEULS, BuildingId.of(building)).isPresent()) {
      return 0;
    }
    long rows = 0;
    ports.buildings().add(new Building(TILLEULS, BuildingId.of(building), "Scale building " + b,
        "Rue de l'Échelle " + b + ", 1000 Bruxelles", new BigDecimal("1000"), Money.EUR, 0));
    List<LotId> lots = new ArrayList<>();
    for (int l = 1; l <= 12; l++) {
      String owner = building + "-o" + l;
      ports.owners().add(new Owner(TILLEULS, OwnerId.of(owner),
          new PersonalDetails("Owner " + owner, owner + "@example.org", "", "Rue " + b), null, 0));
      LotId lot = LotId.of(building + "-L" + l);
      lots.add(lot);
      ports.lots().add(new Lot(TILLEULS, BuildingId.of(building), lot, "Flat " + l, new BigDecimal(l == 12 ? "164" : "76"),
          List.of(new Lot.Ownership(OwnerId.of(owner), Fraction.of(1, 1))), 0));
      for (int p = 1; p <= 3; p++) {
        ports.aggregateStore().add(TILLEULS, "pay-" + owner + "-" + p,
            new OwnerPayment(owner, LocalDate.of(2026, p, 10), Money.parse("150.00", Money.EUR), "transfer " + p));
      }
      rows += 5;
    }
    String[] names = {"roof", "elevator", "heating", "cleaning"};
    for (int e = 0; e < names.length; e++) {
      Map<LotId, Money> allocations = new LinkedHashMap<>();
      for (int l = 0; l < lots.size(); l++) {
        allocations.put(lots.get(l), Money.ofMinor(Money.EUR, l == 11 ? 16_400 : 7_600));
      }
      ports.expenses().add(new Expense(TILLEULS, ExpenseId.of(building + "-" + names[e]), BuildingId.of(building),
          names[e] + " 2026", Money.ofMinor(Money.EUR, 100_000), LocalDate.of(2026, 3, 2 + e), "shares", allocations, 0));
      ports.auditTrail().append(TILLEULS, new AuditEvent(AT, "scale", "ExpenseDistributed", "expense",
          building + "-" + names[e], Map.of("amount", "1000.00", "building", building)));
      rows += 2;
    }
    for (int a = 1; a <= 3; a++) {
      ports.assemblies().add(new Assembly(TILLEULS, AssemblyId.of(building + "-ga" + a), BuildingId.of(building),
          LocalDate.of(2023 + a, 5, 12), "FIRST", "BE_COPROPRIETE", "CONVENED",
          List.of(new Assembly.Resolution("accounts", "Approve the accounts", "ABSOLUTE", null)), 0));
      rows++;
    }
    ports.auditTrail().append(TILLEULS, new AuditEvent(AT, "scale", "BuildingRegistered", "building", building,
        Map.of("lots", "12")));
    return rows + 2;
  }

  private static long ledger(OutPorts ports, int entries) {
    long existing = ports.ledger().entries(CAILLES).size();
    long rows = 0;
    int i = (int) existing;
    while (existing + rows < entries) {
      int from = i;
      int count = (int) Math.min(BATCH, entries - existing - rows);
      ports.transactions().inTransaction(() -> {
        for (int k = 0; k < count; k++) {
          int n = from + k;
          String member = GROUP_MEMBERS.get(n % GROUP_MEMBERS.size());
          LocalDate day = LocalDate.of(2020, 1, 1).plusDays(n / 50);
          // a third dues, a third declarations, a third their confirmations
          String id = "scale-" + n;
          switch (n % 3) {
            case 0 -> ports.ledger().record(entry(id, member, LedgerEntry.Kind.DUE, day, null));
            case 1 -> ports.ledger().record(entry(id, member, LedgerEntry.Kind.PAYMENT_DECLARED, day, null));
            default -> ports.ledger().record(
                entry(id, member, LedgerEntry.Kind.PAYMENT_CONFIRMED, day, LedgerEntryId.of("scale-" + (n - 1))));
          }
        }
        return null;
      });
      rows += count;
      i += count;
    }
    return rows;
  }

  private static long declarations(OutPorts ports, String prefix, int count) {
    for (int from = 0; from < count; from += BATCH) {
      int start = from;
      ports.transactions().inTransaction(() -> {
        for (int n = start; n < Math.min(count, start + BATCH); n++) {
          ports.ledger().record(entry(prefix + "-" + n, "m-devos", LedgerEntry.Kind.PAYMENT_DECLARED,
              LocalDate.of(2026, 4, 1), null));
        }
        return null;
      });
    }
    return count;
  }

  private static LedgerEntry entry(String id, String member, LedgerEntry.Kind kind, LocalDate day, LedgerEntryId resolves) {
    return new LedgerEntry(CAILLES, LedgerEntryId.of(id), MemberId.of(member), kind, Money.parse("25.00", Money.EUR),
        day, resolves, "key-" + id, "scale test", "scale", AT);
  }
}
