/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in.coop;

import jakarta.annotation.Nullable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.koprogo.domain.coop.Actor;
import org.koprogo.domain.coop.MemberStatus;
import org.koprogo.domain.coop.Role;
import org.koprogo.domain.coop.group.DocumentKind;
import org.koprogo.domain.coop.group.Group;
import org.koprogo.domain.coop.group.GroupStatus;
import org.koprogo.ports.in.fields.ClientFields;

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
   * One line of a group's timeline, as members see its history.
   *
   * @param sequence the audit trail's sequence number (a client pages with {@code after})
   * @param at when
   * @param kind STATUS_CHANGE, DOCUMENT or SYSTEM_NOTIFICATION
   * @param subject what it is about ("group", "member:m1", "allocation:R1/m1")
   * @param summary a short description without personal data
   */
  record TimelineLine(long sequence, java.time.Instant at, String kind, String subject, String summary) {}

  /**
   * The group's timeline as a client asks for it: from the start when {@code after} is null, 100
   * lines when {@code limit} is null.
   *
   * @param organisation the tenant's id
   * @param group the group's id
   * @param after the last sequence read, or null
   * @param limit at most this many (1 to 1000), or null
   * @return the timeline lines
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND}, {@code VALIDATION_FAILED}
   *     for a limit out of range
   */
  default List<TimelineLine> timeline(String organisation, String group, @Nullable Long after,
      @Nullable Integer limit) {
    return timeline(organisation, group, after == null ? 0 : after, limit == null ? 100 : limit);
  }

  // --- the commands as a client sends them: text read here, refused with codes naming the field ---

  /**
   * A group to form, as a client sends it.
   *
   * @param id its id
   * @param name its name
   * @param fundingThreshold confirmed contributions at which funding is reached (plain decimal)
   * @param currency ISO 4217 (EUR when absent)
   */
  record NewGroup(String id, String name, String fundingThreshold, @Nullable String currency) {}

  /**
   * Forms the group a client sends (FORMATION).
   *
   * @param organisation the tenant's id
   * @param actor who acts
   * @param group the group
   * @return the group after, with its version
   * @throws org.koprogo.domain.shared.KoproGoException {@code MISSING_FIELD} naming {@code id}, and
   *     as {@link #form(CoopRef, String, String, String)}
   */
  default Versioned<Group.Snapshot> form(String organisation, Actor actor, NewGroup group) {
    return form(new CoopRef(organisation, ClientFields.required(group.id(), "id"), null, actor), group.name(),
        group.fundingThreshold(), group.currency());
  }

  /**
   * A member of the cooperative admitted to the group (next FIFO rank, PENDING_KYC), as a client
   * sends it.
   *
   * @param member a registered member's id
   * @param role COOP_MEMBER (default) or COOP_MANAGER
   * @param requiredDocuments the identity-check documents to accept before the member is ACTIVE
   *     (IDENTITY_DOCUMENT, PROOF_OF_ADDRESS, SIGNED_CHARTER, BANK_DETAILS); none when absent,
   *     and a manager then activates the member
   * @param version the group's version read, or null
   */
  record Admission(String member, @Nullable String role, @Nullable List<String> requiredDocuments,
      @Nullable Long version) {}

  /**
   * Admits the member a client sends, at the version it read.
   *
   * @param ref the group and the actor (its version is the admission's)
   * @param admission the member, their role and the documents required
   * @return the group after, with its version
   * @throws org.koprogo.domain.shared.KoproGoException {@code INVALID_FIELD} naming {@code role}
   *     or {@code requiredDocuments}, and as {@link #admit(CoopRef, String, Role, Set)}
   */
  default Versioned<Group.Snapshot> admit(CoopRef ref, Admission admission) {
    Role role = admission.role() == null ? Role.COOP_MEMBER : ClientFields.parse(Role.class, admission.role(), "role");
    Set<DocumentKind> required = EnumSet.noneOf(DocumentKind.class);
    if (admission.requiredDocuments() != null) {
      for (String kind : admission.requiredDocuments()) {
        required.add(ClientFields.parse(DocumentKind.class, kind, "requiredDocuments"));
      }
    }
    return admit(ref.at(admission.version()), admission.member(), role, required);
  }

  /**
   * Records a submitted document named by its text.
   *
   * @param ref the group, the actor and the version read
   * @param member the member's id
   * @param kind the document's kind ({@code BANK_DETAILS})
   * @param reference where the file is kept
   * @return the group after, with its version
   * @throws org.koprogo.domain.shared.KoproGoException {@code MISSING_FIELD} or {@code
   *     INVALID_FIELD} naming {@code kind}, and as {@link #submitDocument(CoopRef, String,
   *     DocumentKind, String)}
   */
  default Versioned<Group.Snapshot> submitDocument(CoopRef ref, String member, String kind, String reference) {
    return submitDocument(ref, member, ClientFields.parse(DocumentKind.class, kind, "kind"), reference);
  }

  /**
   * Accepts a submitted document named by its text.
   *
   * @param ref the group, the actor and the version read
   * @param member the member's id
   * @param kind the document's kind
   * @return the group after, with its version
   * @throws org.koprogo.domain.shared.KoproGoException {@code INVALID_FIELD} naming {@code kind},
   *     and as {@link #acceptDocument(CoopRef, String, DocumentKind)}
   */
  default Versioned<Group.Snapshot> acceptDocument(CoopRef ref, String member, String kind) {
    return acceptDocument(ref, member, ClientFields.parse(DocumentKind.class, kind, "kind"));
  }

  /**
   * Rejects a submitted document named by its text.
   *
   * @param ref the group, the actor and the version read
   * @param member the member's id
   * @param kind the document's kind
   * @param reason why it is rejected
   * @return the group after, with its version
   * @throws org.koprogo.domain.shared.KoproGoException {@code INVALID_FIELD} naming {@code kind},
   *     and as {@link #rejectDocument(CoopRef, String, DocumentKind, String)}
   */
  default Versioned<Group.Snapshot> rejectDocument(CoopRef ref, String member, String kind, String reason) {
    return rejectDocument(ref, member, ClientFields.parse(DocumentKind.class, kind, "kind"), reason);
  }

  /**
   * A document of the group adopted by its managers, or a new version of it, as a client sends it.
   *
   * @param title the document ({@code "internal rules"}, {@code "charter"})
   * @param reference the reference of the version adopted ({@code "rules-v3.pdf"})
   * @param version the group's version read (optional)
   */
  record GroupDocument(String title, String reference, @Nullable Long version) {}

  /**
   * Adopts the document a client sends, at the version it read.
   *
   * @param ref the group and the actor (its version is the document's)
   * @param document the title and the reference adopted
   * @return the group after, with its version
   * @throws org.koprogo.domain.shared.KoproGoException as {@link #adoptDocument(CoopRef, String,
   *     String)}
   */
  default Versioned<Group.Snapshot> adoptDocument(CoopRef ref, GroupDocument document) {
    return adoptDocument(ref.at(document.version()), document.title(), document.reference());
  }

  /**
   * Changes a member's status named by its text (ACTIVE, SUSPENDED, WITHDRAWN).
   *
   * @param ref the group, the actor and the version read
   * @param member the member's id
   * @param status the status asked for
   * @return the group after, with its version
   * @throws org.koprogo.domain.shared.KoproGoException {@code MISSING_FIELD} or {@code
   *     INVALID_FIELD} naming {@code status}, and as {@link #changeMemberStatus(CoopRef, String,
   *     MemberStatus)}
   */
  default Versioned<Group.Snapshot> changeMemberStatus(CoopRef ref, String member, String status) {
    return changeMemberStatus(ref, member, ClientFields.parse(MemberStatus.class, status, "status"));
  }

  /**
   * Moves the group to the state named by its text.
   *
   * @param ref the group, the actor and the version read
   * @param to the state asked for ({@code FUNDING_OPEN})
   * @return the group after, with its version
   * @throws org.koprogo.domain.shared.KoproGoException {@code MISSING_FIELD} or {@code
   *     INVALID_FIELD} naming {@code to}, and as {@link #moveTo(CoopRef, GroupStatus)}
   */
  default Versioned<Group.Snapshot> moveTo(CoopRef ref, String to) {
    return moveTo(ref, ClientFields.parse(GroupStatus.class, to, "to"));
  }

  /**
   * A member's identity-check document, submitted, as a client sends it: its metadata only (the
   * file is kept elsewhere).
   *
   * @param kind IDENTITY_DOCUMENT, PROOF_OF_ADDRESS, SIGNED_CHARTER or BANK_DETAILS
   * @param reference where the file is kept ("doc-4711")
   * @param version the group's version read, or null
   */
  record DocumentSubmission(String kind, String reference, @Nullable Long version) {}

  /**
   * Records the document a client submits for {@code member}, at the version it read.
   *
   * @param ref the group and the actor (its version is the submission's)
   * @param member the member's id
   * @param submission the document's kind and reference
   * @return the group after, with its version
   * @throws org.koprogo.domain.shared.KoproGoException {@code MISSING_FIELD} or {@code
   *     INVALID_FIELD} naming {@code kind}, and as {@link #submitDocument(CoopRef, String,
   *     DocumentKind, String)}
   */
  default Versioned<Group.Snapshot> submitDocument(CoopRef ref, String member, DocumentSubmission submission) {
    return submitDocument(ref.at(submission.version()), member, submission.kind(), submission.reference());
  }

  /**
   * A submitted document accepted, as a client sends it: the version it read.
   *
   * @param version the group's version read, or null
   */
  record Acceptance(@Nullable Long version) {}

  /**
   * Accepts the document of {@code kind} that {@code member} submitted, at the version a client read.
   *
   * @param ref the group and the actor (its version is the acceptance's)
   * @param member the member's id
   * @param kind the document's kind
   * @param acceptance the version read
   * @return the group after, with its version
   * @throws org.koprogo.domain.shared.KoproGoException as {@link #acceptDocument(CoopRef, String, String)}
   */
  default Versioned<Group.Snapshot> acceptDocument(CoopRef ref, String member, String kind, Acceptance acceptance) {
    return acceptDocument(ref.at(acceptance.version()), member, kind);
  }

  /**
   * Why a submitted document is rejected (the member may submit another), as a client sends it.
   *
   * @param reason why
   * @param version the group's version read, or null
   */
  record DocumentRejection(String reason, @Nullable Long version) {}

  /**
   * Rejects the document of {@code kind} that {@code member} submitted, for the reason a client sends.
   *
   * @param ref the group and the actor (its version is the rejection's)
   * @param member the member's id
   * @param kind the document's kind
   * @param rejection the reason and the version read
   * @return the group after, with its version
   * @throws org.koprogo.domain.shared.KoproGoException as {@link #rejectDocument(CoopRef, String, String,
   *     String)}
   */
  default Versioned<Group.Snapshot> rejectDocument(CoopRef ref, String member, String kind,
      DocumentRejection rejection) {
    return rejectDocument(ref.at(rejection.version()), member, kind, rejection.reason());
  }

  /**
   * Minutes to publish to every member of the group, as a client sends them.
   *
   * @param minutesReference the minutes' reference
   * @param version the group's version read, or null
   */
  record MinutesPublication(String minutesReference, @Nullable Long version) {}

  /**
   * Publishes the minutes a client sends, at the version it read.
   *
   * @param ref the group and the actor (its version is the publication's)
   * @param publication the minutes' reference and the version read
   * @return the group after, with its version
   * @throws org.koprogo.domain.shared.KoproGoException as {@link #publishMinutes(CoopRef, String)}
   */
  default Versioned<Group.Snapshot> publishMinutes(CoopRef ref, MinutesPublication publication) {
    return publishMinutes(ref.at(publication.version()), publication.minutesReference());
  }

  /**
   * A new status of a member of the group, as a client sends it.
   *
   * @param status ACTIVE, SUSPENDED or WITHDRAWN
   * @param version the group's version read, or null
   */
  record MemberStatusChange(String status, @Nullable Long version) {}

  /**
   * Changes the status of {@code member} to the one a client sends, at the version it read.
   *
   * @param ref the group and the actor (its version is the change's)
   * @param member the member's id
   * @param change the status and the version read
   * @return the group after, with its version
   * @throws org.koprogo.domain.shared.KoproGoException {@code MISSING_FIELD} or {@code
   *     INVALID_FIELD} naming {@code status}, and as {@link #changeMemberStatus(CoopRef, String,
   *     MemberStatus)}
   */
  default Versioned<Group.Snapshot> changeMemberStatus(CoopRef ref, String member, MemberStatusChange change) {
    return changeMemberStatus(ref.at(change.version()), member, change.status());
  }

  /**
   * The validated contribution plan's reference, as a client sends it.
   *
   * @param reference the plan's reference
   * @param version the group's version read, or null
   */
  record PlanValidation(String reference, @Nullable Long version) {}

  /**
   * Records the validated contribution plan a client sends, at the version it read.
   *
   * @param ref the group and the actor (its version is the validation's)
   * @param validation the plan's reference and the version read
   * @return the group after, with its version
   * @throws org.koprogo.domain.shared.KoproGoException as {@link #validateContributionPlan(CoopRef,
   *     String)}
   */
  default Versioned<Group.Snapshot> validateContributionPlan(CoopRef ref, PlanValidation validation) {
    return validateContributionPlan(ref.at(validation.version()), validation.reference());
  }

  /**
   * A workflow state of the group to move to, as a client sends it.
   *
   * @param to the state asked for ({@code FUNDING_OPEN})
   * @param version the group's version read, or null
   */
  record Transition(String to, @Nullable Long version) {}

  /**
   * Moves the group to the state a client sends, at the version it read.
   *
   * @param ref the group and the actor (its version is the transition's)
   * @param transition the state asked for and the version read
   * @return the group after, with its version
   * @throws org.koprogo.domain.shared.KoproGoException {@code MISSING_FIELD} or {@code
   *     INVALID_FIELD} naming {@code to}, and as {@link #moveTo(CoopRef, GroupStatus)}
   */
  default Versioned<Group.Snapshot> moveTo(CoopRef ref, Transition transition) {
    return moveTo(ref.at(transition.version()), transition.to());
  }
}
