/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in.query;

import org.koprogo.ports.out.Organisation;

/** Use case: read the organisation a caller belongs to. */
public interface ReadOrganisation {

  /**
   * The organisation.
   *
   * @param organisation the tenant's id
   * @return the organisation as stored
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND} for an unknown
   *     organisation
   */
  Organisation organisation(String organisation);
}
