/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly;

/** How an owner takes part in an assembly. */
public enum AttendanceMode {
  /** In person. */
  PRESENT,
  /** Through a proxy holder. */
  PROXY
}
