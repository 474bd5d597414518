/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.memory;

import org.koprogo.ports.out.Member;
import org.koprogo.ports.out.MemberId;
import org.koprogo.ports.out.Members;

/** {@link Members} in memory (see {@link MemoryDatabase}). */
public final class InMemoryMembers extends InMemoryAggregates<MemberId, Member> implements Members {
  InMemoryMembers(MemoryDatabase db) {
    super(db, "member", Member::organisation, Member::id, Member::version, Member::withVersion);
  }
}
