/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.community;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.koprogo.adapters.jdbc.JdbcStore;
import org.koprogo.adapters.jdbc.community.JdbcCommunityBuildings;
import org.koprogo.ports.application.CommandValidation;
import org.koprogo.ports.application.community.CommunityUseCases;
import org.koprogo.ports.out.OutPorts;

/**
 * Wires the community modules: the JDBC community store on the host's {@link JdbcStore} (so a
 * module switch and its audit entry share one transaction) and their use cases, validated like
 * every other command.
 */
@Factory
final class CommunityBeans {

  @Singleton
  CommunityUseCases communityUseCases(JdbcStore store, OutPorts ports, CommandValidation validation) {
    return new CommunityUseCases(
        ports, JdbcCommunityBuildings.storeOn(store), validation);
  }
}
