/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.examples.embedding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.koprogo.adapters.jdbc.JdbcMigrations;
import org.koprogo.adapters.jdbc.JdbcStore;
import org.koprogo.ports.application.CommandValidation;
import org.koprogo.ports.application.UseCases;
import org.koprogo.ports.in.DistributeExpense;
import org.koprogo.ports.in.RegisterBuilding;
import org.koprogo.ports.memory.SystemClock;
import org.koprogo.ports.out.Organisation;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.OutPorts;

/**
 * The integrator's plain-Java wiring (docs/integrators-guide.md, "Wiring"), with no framework: an
 * H2 database in PostgreSQL mode (the driver is the embedder's own dependency), the library's
 * migrations, the JDBC adapter's ports, the use cases; then a building registered and one expense
 * distributed over its lots.
 */
public final class PlainJavaEmbedding {
  private PlainJavaEmbedding() {}

  public static void main(String[] args) {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:embedding;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    int applied = JdbcMigrations.migrate(dataSource);
    System.out.println("migrations applied: " + applied);

    SystemClock clock = new SystemClock(ZoneId.of("Europe/Brussels"));
    OutPorts ports = new JdbcStore(dataSource, clock).ports();
    // A host would pass CommandValidation.with(validator), any Jakarta Validation provider.
    UseCases useCases = new UseCases(ports, CommandValidation.none());
    ports.organisations().add(new Organisation(
        OrganisationId.of("acp-tilleuls"), "ACP Les Tilleuls", Organisation.Kind.CO_OWNERSHIP, 0));

    RegisterBuilding.Registered registered = useCases.registerBuilding().register(
        new RegisterBuilding.Command(
            "acp-tilleuls", "tilleuls", "Résidence Les Tilleuls",
            "Rue de la Loi 16, 1000 Bruxelles",
            new BigDecimal("1000"), "EUR",
            List.of(
                new RegisterBuilding.LotLine("A1", "Flat A1", new BigDecimal("500"),
                    List.of(new RegisterBuilding.OwnershipLine("anne", "1"))),
                new RegisterBuilding.LotLine("A2", "Flat A2", new BigDecimal("300"),
                    List.of(new RegisterBuilding.OwnershipLine("bruno", "1"))),
                new RegisterBuilding.LotLine("C1", "Cellar", new BigDecimal("200"), List.of())),
            List.of(
                new RegisterBuilding.OwnerLine("anne", "Anne Peeters", "", "", ""),
                new RegisterBuilding.OwnerLine("bruno", "Bruno Dubois", "", "", "")),
            "syndic-1"));
    System.out.println("registered " + registered.building() + ": " + registered.lots() + " lots, "
        + registered.owners() + " owners");

    DistributeExpense.Distributed distributed = useCases.distributeExpense().distribute(
        new DistributeExpense.Command(
            "acp-tilleuls", "tilleuls", "roof-2026", "Roof repair", "1000.01",
            LocalDate.parse("2026-03-01"),
            List.of(), // no key parts: the general key, by the lots' shares
            "syndic-1"));
    distributed.allocations().forEach((lot, part) -> System.out.println(lot + " pays " + part));
  }
}
