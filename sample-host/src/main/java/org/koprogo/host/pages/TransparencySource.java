/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.pages;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.koprogo.domain.association.MonthlyPrice;
import org.koprogo.domain.assembly.ResolutionId;
import org.koprogo.host.api.DecidedSurplusAllocation;
import org.koprogo.host.api.MonthlyPrices;
import org.koprogo.ports.in.assembly.KeepAssemblyMinutes;
import org.koprogo.ports.out.AggregateStore.Stored;
import org.koprogo.ports.out.AssociationBooks;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.OutPorts;
import org.koprogo.ports.out.QuarterBooks;

/**
 * Where the public pages read their data: the stores the API writes. Only inputs: every figure
 * on the pages is computed from them by the library.
 *
 * <ul>
 *   <li>{@code /transparency}: the association ({@code koprogo.association.organisation}), its
 *       last year with a surplus allocation decided ({@code POST
 *       /api/v1/association/surplus-allocations}), that year's quarters in its {@link
 *       AssociationBooks}, its price history ({@link MonthlyPrices}), and the assembly named by
 *       the decision's reference {@code assembly/resolution}.
 *   <li>{@code /assemblies/{organisation}/{assembly}/results}: an assembly whose minutes are
 *       recorded ({@link KeepAssemblyMinutes#minutes}: closed, votes stored); any other assembly is not
 *       public.
 * </ul>
 */
@Singleton
public final class TransparencySource {
  /** The member counts at which the page shows what the price brings (the mission's tiers). */
  static final List<Long> SCALE_TIERS = List.of(100L, 500L, 1500L, 5000L);

  private final OutPorts ports;
  private final AssociationBooks books;
  private final KeepAssemblyMinutes minutes;
  private final OrganisationId association;

  TransparencySource(OutPorts ports, AssociationBooks books, KeepAssemblyMinutes minutes,
      @Value("${koprogo.association.organisation:koprogo}") String association) {
    this.ports = ports;
    this.books = books;
    this.minutes = minutes;
    this.association = OrganisationId.of(association);
  }

  /** The association whose books {@code /transparency} publishes. */
  public OrganisationId association() {
    return association;
  }

  /**
   * The association's last year with a decided surplus allocation, its books and price history;
   * empty when none is decided, or the books hold no quarter of that year, or no price is stored.
   */
  public Optional<AssociationYear> associationYear() {
    Optional<Stored<DecidedSurplusAllocation>> last =
        ports.aggregateStore().all(association, DecidedSurplusAllocation.class).stream()
            .max(Comparator.comparingInt((Stored<DecidedSurplusAllocation> s) -> s.aggregate().year())
                .thenComparing(Stored::id));
    if (last.isEmpty()) {
      return Optional.empty();
    }
    DecidedSurplusAllocation decision = last.get().aggregate();
    List<QuarterBooks> quarters = books.year(association, decision.year());
    Optional<MonthlyPrice> price = MonthlyPrices.of(ports, association);
    if (quarters.isEmpty() || price.isEmpty()) {
      return Optional.empty();
    }
    String name = ports.organisations().find(association).map(o -> o.name()).orElse(association.value());
    String[] reference = reference(decision.resolution().value());
    return Optional.of(new AssociationYear(association.value(), name, decision.year(), price.get(),
        quarters, decision, reference == null ? null : reference[0],
        reference == null ? null : ResolutionId.of(reference[1]), SCALE_TIERS));
  }

  /**
   * The assembly and resolution a reference {@code assembly/resolution} names, or null when it
   * is not of that form.
   */
  static String[] reference(String value) {
    int slash = value.indexOf('/');
    if (slash <= 0 || slash == value.length() - 1 || value.indexOf('/', slash + 1) >= 0) {
      return null;
    }
    return new String[] {value.substring(0, slash), value.substring(slash + 1)};
  }

  /** The assembly {@code id} of {@code organisation}, if its minutes are public. */
  public Optional<AssemblyRecord> assembly(String organisation, String id) {
    if (organisation.isBlank() || id.isBlank()) {
      return Optional.empty();
    }
    OrganisationId org = OrganisationId.of(organisation);
    return minutes.minutes(organisation, id).map(recorded -> {
      String body = recorded.assembly().building() == null
          ? ports.organisations().find(org).map(o -> o.name()).orElse(organisation)
          : ports.buildings().find(org, recorded.assembly().building()).map(b -> b.name())
              .orElse(recorded.assembly().building().value());
      return AssemblyRecord.of(recorded.assembly(), recorded.votes(), body);
    });
  }
}
