/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.load;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.koprogo.adapters.jdbc.JdbcJournal;
import org.koprogo.adapters.jdbc.JdbcStore;
import org.koprogo.domain.building.BuildingId;
import org.koprogo.host.validation.ValidatedCommands;
import org.koprogo.ports.application.Bookkeeping;
import org.koprogo.ports.application.CommandValidation;
import org.koprogo.ports.application.UseCases;
import org.koprogo.ports.in.DistributeExpense;
import org.koprogo.ports.in.ImportContributions;
import org.koprogo.ports.in.KeepBooks;
import org.koprogo.ports.in.RecordContribution;
import org.koprogo.ports.in.RegisterBuilding;
import org.koprogo.ports.in.assembly.RegisterConvenedAssembly;
import org.koprogo.ports.in.statement.RecordOwnerPayment;
import org.koprogo.ports.memory.SystemClock;
import org.koprogo.ports.out.LedgerEntry;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.OutPorts;
import org.koprogo.ports.out.StoredNames;

/**
 * Grows the demo database of the scale test (sample-host/load/scale.sh) through the library's
 * use cases ({@code ports.in}), as an embedder writes, each call its own unit of work with its
 * audit entries (minutes, not the hours HTTP would take):
 *
 * <pre>
 *   java -cp sample-host.jar org.koprogo.host.load.ScaleData JDBC_URL buildings FACTOR
 *   java -cp sample-host.jar org.koprogo.host.load.ScaleData JDBC_URL ledger ENTRIES
 *   java -cp sample-host.jar org.koprogo.host.load.ScaleData JDBC_URL declarations PREFIX COUNT
 *   java -cp sample-host.jar org.koprogo.host.load.ScaleData JDBC_URL books ENTRIES
 * </pre>
 *
 * {@code buildings}: the demo co-ownership (one building, 12 lots, 12 owners, 4 expenses, one
 * assembly) grown to FACTOR times: FACTOR - 1 more buildings like it in the same organisation,
 * each registered with its lots and owners, 4 expenses distributed by shares, 3 assemblies
 * registered as convened and 3 payments per owner. {@code ledger}: the demo cooperative group's
 * ledger grown to ENTRIES entries (dues, declared payments and their confirmations, its five
 * members in turn), with what each entry brings (the group's timeline, its funds-called notices).
 * {@code declarations}: COUNT declared payments of member m-devos named PREFIX-n, for the
 * confirmation loop to confirm. {@code books}: the demo building's journal grown by ENTRIES payments
 * of its owners other than o-peeters (whose statement the scale test reads), posted through
 * {@code KeepBooks} (a building's books grow with its life; an owner's statement must not). A tool of the scale test, not part of the host.
 */
public final class ScaleData {
  private static final String TILLEULS = "demo-tilleuls";
  private static final String CAILLES = "demo-cailles";
  private static final List<String> GROUP_MEMBERS = List.of("m-amrani", "m-bertrand", "m-costa", "m-devos", "m-evrard");
  private static final String ACTOR = "scale";
  /** Ledger lines a call: one unit of work each. */
  private static final int BATCH = 500;
  private static final String[] EXPENSES = {"roof", "elevator", "heating", "cleaning"};

  private ScaleData() {}

  /**
   * Runs one stage.
   *
   * @param args the JDBC URL, the stage and its arguments
   */
  public static void main(String[] args) {
    if (args.length < 3) {
      System.err.println("usage: ScaleData JDBC_URL buildings FACTOR | ledger ENTRIES | declarations PREFIX COUNT"
          + " | books ENTRIES");
      System.exit(2);
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(args[0]);
    config.setMaximumPoolSize(2);
    try (HikariDataSource dataSource = new HikariDataSource(config);
        ValidatorFactory validators = ValidatedCommands.validatorFactory()) {
      JdbcStore store = new JdbcStore(dataSource, new SystemClock(ZoneId.of("Europe/Brussels")), StoredNames.library());
      OutPorts ports = store.ports();
      CommandValidation validation = ValidatedCommands.commandValidation(validators);
      UseCases useCases = new UseCases(ports, validation);
      long start = System.nanoTime();
      long calls = switch (args[1]) {
        case "buildings" -> buildings(ports, useCases, Integer.parseInt(args[2]), () -> analyze(dataSource));
        case "ledger" -> ledger(ports, useCases.importContributions(), Integer.parseInt(args[2]),
            () -> analyze(dataSource));
        case "declarations" -> declarations(useCases.importContributions(), args[2], Integer.parseInt(args[3]));
        case "books" -> books(new Bookkeeping(ports, new JdbcJournal(store), validation),
            Integer.parseInt(args[2]), () -> analyze(dataSource));
        default -> throw new IllegalArgumentException("unknown stage " + args[1]);
      };
      long millis = Math.max(1, (System.nanoTime() - start) / 1_000_000);
      System.out.printf("%s: %,d records through the use cases in %,d ms (%,d a second)%n", args[1], calls,
          millis, calls * 1000 / millis);
    }
  }

  /**
   * Refreshes the planner's statistics, as autovacuum would while the tables grow: the use cases
   * read what they write (an owner's lots, a member's groups), and plans made for the demo's
   * dozen rows are slow on a hundred times more (the scale test's server runs without
   * autovacuum). Not a unit of work: a statement of its own.
   */
  private static void analyze(DataSource dataSource) {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute("analyze");
    } catch (SQLException e) {
      throw new IllegalStateException("analyze failed", e);
    }
  }

  private static long books(Bookkeeping books, int entries, Runnable analyze) {
    List<String> owners = List.of("o-dupont", "o-jacobs", "o-dubois", "o-maes", "o-lambert", "o-wouters",
        "o-goossens", "o-willems", "o-claes", "o-mertens", "o-janssens");
    long calls = 0;
    for (int n = 0; n < entries; n++) {
      if (n % 5_000 == 0) {
        analyze.run();
      }
      String owner = owners.get(n % owners.size());
      KeepBooks.Posted posted = books.postPayment(new KeepBooks.OwnerMovement(TILLEULS, "residence-tilleuls",
          "scale-payment-" + n, LocalDate.of(2026, 1, 1).plusDays(n % 180), owner, "transfer " + n, "25.00", ACTOR));
      calls += posted.duplicate() ? 0 : 1;
    }
    return calls;
  }

  private static long buildings(OutPorts ports, UseCases useCases, int factor, Runnable analyze) {
    RegisterBuilding register = useCases.registerBuilding();
    DistributeExpense expenses = useCases.distributeExpense();
    RegisterConvenedAssembly assemblies = useCases.registerConvenedAssembly();
    RecordOwnerPayment payments = useCases.recordOwnerPayment();
    long calls = 0;
    for (int b = 1; b < factor; b++) {
      String building = "scale-b" + b;
      if (b % 10 == 1) {
        analyze.run();
      }
      if (ports.buildings().find(OrganisationId.of(TILLEULS), BuildingId.of(building)).isPresent()) {
        continue;
      }
      List<RegisterBuilding.OwnerLine> owners = new ArrayList<>();
      List<RegisterBuilding.LotLine> lots = new ArrayList<>();
      for (int l = 1; l <= 12; l++) {
        String owner = building + "-o" + l;
        owners.add(new RegisterBuilding.OwnerLine(owner, "Owner " + owner, owner + "@example.org", "", "Rue " + b));
        lots.add(new RegisterBuilding.LotLine(building + "-L" + l, "Flat " + l, new BigDecimal(l == 12 ? "164" : "76"),
            List.of(new RegisterBuilding.OwnershipLine(owner, "1"))));
      }
      register.register(new RegisterBuilding.Command(TILLEULS, building, "Scale building " + b,
          "Rue de l'Échelle " + b + ", 1000 Bruxelles", new BigDecimal("1000"), "EUR", lots, owners, ACTOR));
      calls++;
      for (RegisterBuilding.OwnerLine owner : owners) {
        for (int p = 1; p <= 3; p++) {
          payments.record(new RecordOwnerPayment.Payment(TILLEULS, owner.id(), "pay-" + owner.id() + "-" + p,
              LocalDate.of(2026, p, 10), "150.00", "transfer " + p, ACTOR));
          calls++;
        }
      }
      for (int e = 0; e < EXPENSES.length; e++) {
        expenses.distribute(new DistributeExpense.Command(TILLEULS, building, building + "-" + EXPENSES[e],
            EXPENSES[e] + " 2026", "1000.00", LocalDate.of(2026, 3, 2 + e), List.of(), ACTOR));
        calls++;
      }
      for (int a = 1; a <= 3; a++) {
        assemblies.register(new RegisterConvenedAssembly.Command(TILLEULS, building + "-ga" + a, building,
            LocalDate.of(2023 + a, 5, 12), "FIRST", "BE_COPROPRIETE",
            List.of(new RegisterConvenedAssembly.Item("accounts", "Approve the accounts", "ABSOLUTE")), ACTOR));
        calls++;
      }
    }
    return calls;
  }

  /**
   * A third dues, a third declarations, a third the confirmations of the declarations just before
   * (numbered {@code scale-n} after the ones of an earlier run, a due, a declaration and its
   * confirmation in turn), until the organisation's ledger holds {@code entries} entries; {@value
   * #BATCH} lines a call.
   */
  private static long ledger(OutPorts ports, ImportContributions contributions, int entries, Runnable analyze) {
    List<LedgerEntry> existing = ports.ledger().entries(OrganisationId.of(CAILLES));
    long earlier = existing.stream().filter(e -> e.id().value().startsWith("scale-")).count();
    long recorded = 0;
    long n = (earlier + 2) / 3 * 3;
    while (existing.size() + recorded < entries) {
      if (recorded % 5_000 == 0) {
        analyze.run();
      }
      List<ImportContributions.Line> lines = new ArrayList<>();
      for (; lines.size() < BATCH && existing.size() + recorded + lines.size() < entries; n++) {
        String member = GROUP_MEMBERS.get((int) (n / 3 % GROUP_MEMBERS.size()));
        LocalDate day = LocalDate.of(2020, 1, 1).plusDays(n / 50);
        String id = "scale-" + n;
        lines.add(switch ((int) (n % 3)) {
          case 0 -> new ImportContributions.Line.Due(entry(id, member, day));
          case 1 -> new ImportContributions.Line.Declared(entry(id, member, day));
          default -> new ImportContributions.Line.Confirmed(
              new RecordContribution.Resolution(CAILLES, "scale-" + (n - 1), id, "scale test", ACTOR));
        });
      }
      recorded += contributions.record(lines).size();
    }
    return recorded;
  }

  private static long declarations(ImportContributions contributions, String prefix, int count) {
    for (int from = 0; from < count; from += BATCH) {
      List<ImportContributions.Line> lines = new ArrayList<>();
      for (int n = from; n < Math.min(count, from + BATCH); n++) {
        lines.add(new ImportContributions.Line.Declared(new RecordContribution.Entry(CAILLES, "m-devos",
            prefix + "-" + n, "25.00", "EUR", LocalDate.of(2026, 4, 1), "key-" + prefix + "-" + n, "scale test",
            ACTOR)));
      }
      contributions.record(lines);
    }
    return count;
  }

  private static RecordContribution.Entry entry(String id, String member, LocalDate day) {
    return new RecordContribution.Entry(CAILLES, member, id, "25.00", "EUR", day, "key-" + id, "scale test", ACTOR);
  }
}
