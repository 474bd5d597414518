/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.email;

import java.util.Optional;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.notification.PersonId;

/**
 * Where a person receives email: the host answers from its registers (an owner's or member's
 * personal details). A person without an address cannot be notified by email.
 */
@FunctionalInterface
public interface EmailAddresses {
  /** The address of {@code person} in {@code organisation}, if they gave one. */
  Optional<String> of(OrganisationId organisation, PersonId person);
}
