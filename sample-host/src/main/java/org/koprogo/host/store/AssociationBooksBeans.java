/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.store;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.koprogo.adapters.jdbc.JdbcAssociationBooks;
import org.koprogo.adapters.jdbc.JdbcStore;
import org.koprogo.ports.application.UseCases;
import org.koprogo.ports.in.association.AllocateSurplus;
import org.koprogo.ports.in.association.KeepAssociationBooks;
import org.koprogo.ports.in.association.KeepMonthlyPrice;
import org.koprogo.ports.in.association.ReportTransparency;
import org.koprogo.ports.in.solidarity.CheckAidEligibility;
import org.koprogo.ports.out.AssociationBooks;

/**
 * The association's books on the host's database, joining the JDBC adapter's transactions, and
 * the association's and the solidarity fund's use cases.
 */
@Factory
final class AssociationBooksBeans {

  @Singleton
  AssociationBooks associationBooks(JdbcStore store) {
    return new JdbcAssociationBooks(store);
  }

  @Singleton
  KeepAssociationBooks keepAssociationBooks(UseCases useCases, AssociationBooks books) {
    return useCases.keepAssociationBooks(books);
  }

  @Singleton
  KeepMonthlyPrice keepMonthlyPrice(UseCases useCases) {
    return useCases.keepMonthlyPrice();
  }

  @Singleton
  AllocateSurplus allocateSurplus(UseCases useCases) {
    return useCases.allocateSurplus();
  }

  @Singleton
  ReportTransparency reportTransparency(UseCases useCases, AssociationBooks books) {
    return useCases.reportTransparency(books);
  }

  @Singleton
  CheckAidEligibility checkAidEligibility(UseCases useCases) {
    return useCases.checkAidEligibility();
  }
}
