/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly;

/** Which session of an assembly is sitting. */
public enum Session {
  /** The assembly as first convened. */
  FIRST,
  /** The assembly convened again after a first one without quorum (Civil Code art. 3.87 §5). */
  SECOND
}
