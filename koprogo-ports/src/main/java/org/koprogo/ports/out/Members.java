/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out;

/** The members of each cooperative or association (contract: {@link Aggregates}). */
public interface Members extends Aggregates<MemberId, Member> {
  @Override
  default String kind() {
    return "member";
  }
}
