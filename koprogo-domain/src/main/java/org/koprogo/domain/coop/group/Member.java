/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop.group;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.koprogo.domain.coop.MemberId;
import org.koprogo.domain.coop.MemberStatus;
import org.koprogo.domain.coop.Rank;
import org.koprogo.domain.coop.Role;
import org.koprogo.domain.coop.Workflow;

/**
 * A household in a cooperative: its FIFO rank (given once, never reused), its role, its status
 * and its KYC documents. Immutable: {@link Group} returns new members.
 *
 * @param required the documents that must be accepted before the member is ACTIVE
 * @param id the household's member id
 * @param rank its FIFO rank, given once and never reused
 * @param role its role in the cooperative
 * @param status its membership status
 * @param documents its KYC documents, by kind
 */
public record Member(
    MemberId id, Rank rank, Role role, MemberStatus status, Set<DocumentKind> required,
    Map<DocumentKind, Document> documents) {

  /**
   * A member's transition table: PENDING_KYC {@code ->} ACTIVE (once the required documents are
   * accepted), ACTIVE {@code <->} SUSPENDED, and WITHDRAWN (terminal) from every other status.
   */
  public static final Workflow<MemberStatus> WORKFLOW =
      Workflow.of("member", MemberStatus.class)
          .allow(MemberStatus.PENDING_KYC, MemberStatus.ACTIVE)
          .allow(MemberStatus.ACTIVE, MemberStatus.SUSPENDED)
          .allow(MemberStatus.SUSPENDED, MemberStatus.ACTIVE)
          .allowFromEach(
              EnumSet.of(MemberStatus.PENDING_KYC, MemberStatus.ACTIVE, MemberStatus.SUSPENDED),
              MemberStatus.WITHDRAWN)
          .build();

  /** The guard of PENDING_KYC -> ACTIVE. */
  public static final String KYC_GUARD = "required documents accepted";

  /**
   * Checks the member and copies the sets.
   *
   * @param id the household's member id
   * @param rank its FIFO rank, given once and never reused
   * @param role its role in the cooperative
   * @param status its membership status
   * @param required the documents that must be accepted before the member is ACTIVE
   * @param documents its KYC documents, by kind
   */
  public Member {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(rank, "rank");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(status, "status");
    required = required.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(required));
    documents = documents.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(documents));
  }

  /**
   * True when every required document is accepted.
   *
   * @return whether KYC is complete
   */
  public boolean kycComplete() {
    for (DocumentKind kind : required) {
      Document d = documents.get(kind);
      if (d == null || d.status() != DocumentStatus.ACCEPTED) {
        return false;
      }
    }
    return true;
  }

  Member withStatus(MemberStatus to) {
    return new Member(id, rank, role, to, required, documents);
  }

  Member withDocument(Document document) {
    Map<DocumentKind, Document> docs = new EnumMap<>(DocumentKind.class);
    docs.putAll(documents);
    docs.put(document.kind(), document);
    return new Member(id, rank, role, status, required, docs);
  }

  String subject() {
    return "member:" + id;
  }
}
