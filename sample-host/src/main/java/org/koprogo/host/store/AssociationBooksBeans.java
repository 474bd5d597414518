/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.store;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.koprogo.adapters.jdbc.JdbcAssociationBooks;
import org.koprogo.adapters.jdbc.JdbcStore;
import org.koprogo.ports.out.AssociationBooks;

/** The association's books on the host's database, joining the JDBC adapter's transactions. */
@Factory
final class AssociationBooksBeans {

  @Singleton
  AssociationBooks associationBooks(JdbcStore store) {
    return new JdbcAssociationBooks(store);
  }
}
