/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.pages;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import org.koprogo.domain.assembly.ResolutionId;
import org.koprogo.ports.in.assembly.KeepAssemblyMinutes;
import org.koprogo.ports.in.association.ReportTransparency;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.OutPorts;

/**
 * Where the public pages read their data: the stores the API writes. Only inputs: every figure
 * on the pages is computed from them by the library.
 *
 * <ul>
 *   <li>{@code /transparency}: the association ({@code koprogo.association.organisation}): its
 *       last year with a surplus allocation decided ({@code POST
 *       /api/v1/association/surplus-allocations}), that year's quarters in its books and its price
 *       history, in one call of {@link ReportTransparency#publishedYear}; and the assembly named
 *       by the decision's reference {@code assembly/resolution}.
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
  private final ReportTransparency transparency;
  private final KeepAssemblyMinutes minutes;
  private final OrganisationId association;

  TransparencySource(OutPorts ports, ReportTransparency transparency, KeepAssemblyMinutes minutes,
      @Value("${koprogo.association.organisation:koprogo}") String association) {
    this.ports = ports;
    this.transparency = transparency;
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
    return transparency.publishedYear(association.value()).map(published -> {
      String[] reference = reference(published.decision().resolution().value());
      return new AssociationYear(published.organisation(), published.name(), published.year(),
          published.price(), published.quarters(), published.decision(),
          reference == null ? null : reference[0],
          reference == null ? null : ResolutionId.of(reference[1]), SCALE_TIERS);
    });
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
