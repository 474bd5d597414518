/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The PenaltyPolicies contract on H2 in PostgreSQL mode, in a database of its own. */
class H2PenaltyPoliciesTest extends PenaltyPoliciesContract {
  @RegisterExtension static final TestDatabase DATABASE = TestDatabase.h2();

  @Override
  TestDatabase database() {
    return DATABASE;
  }
}
