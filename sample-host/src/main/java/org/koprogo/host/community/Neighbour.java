/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.community;

import io.micronaut.security.authentication.Authentication;
import org.koprogo.host.security.Caller;

/**
 * The caller as the community modules see them: their organisation (which scopes every read and
 * write), the neighbour they act as (the owner or member they speak for, else their user name:
 * never a neighbour named in the body) and the user recorded in the audit trail.
 *
 * @param organisation the caller's organisation
 * @param id the neighbour id the caller acts as
 * @param actor the user name
 */
record Neighbour(String organisation, String id, String actor) {

  static Neighbour of(Authentication authentication) {
    Caller caller = Caller.of(authentication);
    return new Neighbour(
        caller.organisation(), caller.subject() == null ? caller.username() : caller.subject(), caller.username());
  }
}
