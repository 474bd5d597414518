/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in.coop;

import java.util.List;
import java.util.Set;
import org.koprogo.domain.coop.MemberStatus;
import org.koprogo.domain.coop.Role;
import org.koprogo.domain.coop.group.DocumentKind;
import org.koprogo.domain.coop.group.Group;
import org.koprogo.domain.coop.group.GroupStatus;

/**
 * A housing cooperative's groups and their workflow (FORMATION to COMPLETED, ON_HOLD,
 * CANCELLED): admission by FIFO rank, the identity check's documents, the group's own documents,
 * minutes, member statuses and the contribution plan. Each change is one unit of work: the new
 * state, its audit entries and timeline lines (in the audit trail) and its notices (in the
 * outbox); a command that changes nothing stores nothing. Time comes from the {@code Clock} port.
 *
 * <p>Refusals: {@code NOT_FOUND} (group, registered member), {@code CONCURRENT_UPDATE} (a stale
 * version), {@code ILLEGAL_TRANSITION} (naming from, to and the guard that failed), {@code
 * NOT_PERMITTED}, {@code DUPLICATE_MEMBER}, {@code UNKNOWN_MEMBER}, {@code MISSING_FIELD},
 * {@code INVALID_AMOUNT}, {@code VALIDATION_FAILED}.
 */
public interface ManageCoopGroups {

  /**
   * Forms a group (FORMATION); {@code ref.group()} is its new id.
   *
   * @param ref the group, the actor and the version read
   * @param name the group's name
   * @param fundingThreshold the confirmed contributions at which funding is reached, a positive
   *     plain decimal
   * @param currency the threshold's currency
   * @return the group after, with its version
   * @throws org.koprogo.domain.shared.KoproGoException {@code CONCURRENT_UPDATE} when the id is
   *     taken, {@code NOT_PERMITTED}, {@code INVALID_AMOUNT}, {@code NEGATIVE_AMOUNT}, {@code
   *     VALIDATION_FAILED}
   */
  Versioned<Group.Snapshot> form(CoopRef ref, String name, String fundingThreshold, String currency);

  /**
   * Admits a registered member of the organisation at the next FIFO rank (PENDING_KYC).
   *
   * @param ref the group, the actor and the version read
   * @param member the registered member's id
   * @param role the role they get
   * @param requiredDocuments the identity-check documents to accept before they are ACTIVE
   * @return the group after, with its version
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND}, {@code
   *     CONCURRENT_UPDATE}, {@code NOT_PERMITTED}, {@code DUPLICATE_MEMBER}, {@code
   *     VALIDATION_FAILED}
   */
  Versioned<Group.Snapshot> admit(CoopRef ref, String member, Role role, Set<DocumentKind> requiredDocuments);

  /**
   * Records a submitted identity-check document's metadata.
   *
   * @param ref the group, the actor and the version read
   * @param member the member's id
   * @param kind which document
   * @param reference where the file is kept (never its content)
   * @return the group after, with its version
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND}, {@code
   *     CONCURRENT_UPDATE}, {@code NOT_PERMITTED}, {@code UNKNOWN_MEMBER}, {@code
   *     VALIDATION_FAILED}
   */
  Versioned<Group.Snapshot> submitDocument(CoopRef ref, String member, DocumentKind kind, String reference);

  /**
   * Accepts a submitted document; the last required one makes the member ACTIVE.
   *
   * @param ref the group, the actor and the version read
   * @param member the member's id
   * @param kind which document
   * @return the group after, with its version
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND}, {@code
   *     CONCURRENT_UPDATE}, {@code NOT_PERMITTED}, {@code UNKNOWN_MEMBER}, {@code
   *     ILLEGAL_TRANSITION}, {@code VALIDATION_FAILED}
   */
  Versioned<Group.Snapshot> acceptDocument(CoopRef ref, String member, DocumentKind kind);

  /**
   * Rejects a submitted document with a reason.
   *
   * @param ref the group, the actor and the version read
   * @param member the member's id
   * @param kind which document
   * @param reason why it is rejected
   * @return the group after, with its version
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND}, {@code
   *     CONCURRENT_UPDATE}, {@code NOT_PERMITTED}, {@code UNKNOWN_MEMBER}, {@code
   *     ILLEGAL_TRANSITION}, {@code VALIDATION_FAILED}
   */
  Versioned<Group.Snapshot> rejectDocument(CoopRef ref, String member, DocumentKind kind, String reason);

  /**
   * Publishes minutes: every member not withdrawn is notified.
   *
   * @param ref the group, the actor and the version read
   * @param minutesReference the minutes' reference
   * @return the group after, with its version
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND}, {@code
   *     CONCURRENT_UPDATE}, {@code NOT_PERMITTED}, {@code VALIDATION_FAILED}
   */
  Versioned<Group.Snapshot> publishMinutes(CoopRef ref, String minutesReference);

  /**
   * Adopts a document of the group (or a new version of it).
   *
   * @param ref the group, the actor and the version read
   * @param title the document's title
   * @param reference the reference of the version adopted
   * @return the group after, with its version
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND}, {@code
   *     CONCURRENT_UPDATE}, {@code NOT_PERMITTED}, {@code MISSING_FIELD}, {@code VALIDATION_FAILED}
   */
  Versioned<Group.Snapshot> adoptDocument(CoopRef ref, String title, String reference);

  /**
   * Changes a member's status (WITHDRAWN withdraws them).
   *
   * @param ref the group, the actor and the version read
   * @param member the member's id
   * @param status the status asked for
   * @return the group after, with its version
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND}, {@code
   *     CONCURRENT_UPDATE}, {@code NOT_PERMITTED}, {@code UNKNOWN_MEMBER}, {@code
   *     ILLEGAL_TRANSITION}, {@code VALIDATION_FAILED}
   */
  Versioned<Group.Snapshot> changeMemberStatus(CoopRef ref, String member, MemberStatus status);

  /**
   * Records the validated contribution plan (guard of FUNDING_OPEN).
   *
   * @param ref the group, the actor and the version read
   * @param reference the plan's reference
   * @return the group after, with its version
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND}, {@code
   *     CONCURRENT_UPDATE}, {@code NOT_PERMITTED}, {@code VALIDATION_FAILED}
   */
  Versioned<Group.Snapshot> validateContributionPlan(CoopRef ref, String reference);

  /**
   * Moves the group along its workflow; the guards read the confirmed contributions of the
   * group's members from the ledger (the domain's {@code Ledger}) and the project's lots.
   *
   * @param ref the group, the actor and the version read
   * @param to the state asked for
   * @return the group after, with its version
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND}, {@code
   *     CONCURRENT_UPDATE}, {@code NOT_PERMITTED}, {@code ILLEGAL_TRANSITION} naming the guard that
   *     failed, {@code VALIDATION_FAILED}
   */
  Versioned<Group.Snapshot> moveTo(CoopRef ref, GroupStatus to);

  /**
   * One group.
   *
   * @param organisation the tenant's id
   * @param group the group's id
   * @return the group, with its version
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND}
   */
  Versioned<Group.Snapshot> group(String organisation, String group);

  /**
   * Every group of the organisation, by id, at once: its cost grows with the organisation; a host
   * answering requests reads {@link #groups(String, Integer, String) a page}.
   *
   * @param organisation the tenant's id
   * @return the groups, with their versions
   */
  List<Versioned<Group.Snapshot>> groups(String organisation);

  /**
   * A page of the organisation's groups by id: at most {@code limit} after the group {@code after}
   * (the last of the previous page; it need not still be stored). The cost follows the page.
   *
   * @param organisation the tenant's id
   * @param limit 1 to 1000; null for 100
   * @param after the id of the last group of the previous page, null for the first page
   * @return the groups, with their versions
   * @throws org.koprogo.domain.shared.KoproGoException {@code INVALID_FIELD} naming {@code limit}
   *     (out of bounds) or {@code after} (blank or longer than 100 characters)
   */
  List<Versioned<Group.Snapshot>> groups(String organisation, Integer limit, String after);

  /**
   * The group's timeline after sequence {@code after}, at most {@code limit} (1 to 1000), oldest
   * first.
   *
   * @param organisation the tenant's id
   * @param group the group's id
   * @param after the last sequence read, 0 from the start
   * @param limit at most this many, 1 to 1000
   * @return the timeline lines
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND}, {@code VALIDATION_FAILED}
   *     for a limit out of range
   */
  List<TimelineLine> timeline(String organisation, String group, long after, int limit);

  /**
   * One line of a group's timeline.
   *
   * @param sequence the audit trail's sequence number
   * @param at when
   * @param kind STATUS_CHANGE, DOCUMENT or SYSTEM_NOTIFICATION
   * @param subject what it is about
   * @param summary a short description without personal data
   */
  record TimelineLine(long sequence, java.time.Instant at, String kind, String subject, String summary) {}
}
