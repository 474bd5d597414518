/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.pages;

import java.util.Optional;

/**
 * Where the public pages read their data: the association's books for its last closed year and
 * the minutes of assemblies. Only inputs: every figure on the pages is computed from them by the
 * library. {@link DemoTransparencySource} serves the demo data; a host with repositories
 * implements this over them.
 */
public interface TransparencySource {
  /** The association's last closed year. */
  AssociationYear associationYear();

  /** The assembly whose public id is {@code id}, if there is one. */
  Optional<AssemblyRecord> assembly(String id);
}
