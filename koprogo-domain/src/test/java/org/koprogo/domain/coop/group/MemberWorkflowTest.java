/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.koprogo.domain.coop.CoopFixtures.AT;
import static org.koprogo.domain.coop.CoopFixtures.AUDITOR;
import static org.koprogo.domain.coop.CoopFixtures.M1;
import static org.koprogo.domain.coop.CoopFixtures.M2;
import static org.koprogo.domain.coop.CoopFixtures.MANAGER;
import static org.koprogo.domain.coop.CoopFixtures.newGroup;
import static org.koprogo.domain.coop.CoopAssertions.assertNotPermitted;
import static org.koprogo.domain.coop.CoopAssertions.assertRefused;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.coop.Actor;
import org.koprogo.domain.coop.Applicant;
import org.koprogo.domain.coop.MemberId;
import org.koprogo.domain.coop.MemberStatus;
import org.koprogo.domain.coop.Rank;
import org.koprogo.domain.coop.Role;
import org.koprogo.domain.coop.Workflow;
import org.koprogo.domain.coop.event.AuditEvent;
import org.koprogo.domain.coop.event.Change;
import org.koprogo.domain.coop.event.TimelineEntry;
import org.koprogo.domain.coop.event.TimelineKind;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

class MemberWorkflowTest {
  private static final Set<DocumentKind> KYC = Set.of(DocumentKind.IDENTITY_DOCUMENT, DocumentKind.SIGNED_CHARTER);

  /** A group whose member m1 is in {@code status} (PENDING_KYC with its documents accepted). */
  static Group withMemberIn(MemberStatus status) {
    Group g = newGroup().admit(M1, Role.COOP_MEMBER, KYC, MANAGER, AT).after();
    if (status == MemberStatus.PENDING_KYC) {
      return g;
    }
    g = acceptAll(g);
    return switch (status) {
      case ACTIVE -> g;
      case SUSPENDED -> g.changeMemberStatus(M1, MemberStatus.SUSPENDED, MANAGER, AT).after();
      case WITHDRAWN -> g.withdraw(M1, MANAGER, AT).after();
      default -> throw new IllegalArgumentException();
    };
  }

  static Group acceptAll(Group g) {
    for (DocumentKind kind : KYC) {
      g = g.submitDocument(M1, kind, "doc-" + kind, Actor.member(M1), AT).after();
      g = g.acceptDocument(M1, kind, MANAGER, AT).after();
    }
    return g;
  }

  static Stream<Arguments> pairs(boolean allowed) {
    List<Arguments> pairs = new ArrayList<>();
    for (MemberStatus from : MemberStatus.values()) {
      for (MemberStatus to : MemberStatus.values()) {
        if (Member.WORKFLOW.allows(from, to) == allowed) {
          pairs.add(Arguments.of(from, to));
        }
      }
    }
    return pairs.stream();
  }

  static Stream<Arguments> allowed() {
    return pairs(true);
  }

  static Stream<Arguments> refused() {
    return pairs(false);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("allowed")
  void changesStatusAlongEveryAllowedTransition(MemberStatus from, MemberStatus to) {
    Group group = from == MemberStatus.PENDING_KYC ? pendingWithDocumentsAccepted() : withMemberIn(from);

    Change<Group> change = group.changeMemberStatus(M1, to, MANAGER, AT);

    assertThat(change.after().member(M1).orElseThrow().status()).isEqualTo(to);
    assertThat(change.eventsOf(AuditEvent.class).get(0).before()).isEqualTo(from.name());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("refused")
  void refusesEveryStatusChangeTheTableDoesNotList(MemberStatus from, MemberStatus to) {
    Group group = withMemberIn(from);

    assertRefused(() -> group.changeMemberStatus(M1, to, MANAGER, AT), from, to, Workflow.ALLOWED);
  }

  private static Group pendingWithDocumentsAccepted() {
    // No document required: the guard holds, activation is the manager's explicit decision.
    return newGroup().admit(M1, Role.COOP_MEMBER, Set.of(), MANAGER, AT).after();
  }

  /** m1 with its identity accepted and its charter submitted, not accepted: still PENDING_KYC. */
  private static final class PendingWithAcceptedDocuments {
    final Group group;

    PendingWithAcceptedDocuments() {
      Group g = newGroup().admit(M1, Role.COOP_MEMBER, KYC, MANAGER, AT).after();
      g = g.submitDocument(M1, DocumentKind.IDENTITY_DOCUMENT, "id-1", Actor.member(M1), AT).after();
      g = g.acceptDocument(M1, DocumentKind.IDENTITY_DOCUMENT, MANAGER, AT).after();
      g = g.submitDocument(M1, DocumentKind.SIGNED_CHARTER, "charter-1", Actor.member(M1), AT).after();
      this.group = g;
    }
  }

  @Test
  void refusesActivationUntilTheRequiredDocumentsAreAccepted() {
    Group group = new PendingWithAcceptedDocuments().group;

    assertRefused(() -> group.changeMemberStatus(M1, MemberStatus.ACTIVE, MANAGER, AT),
        MemberStatus.PENDING_KYC, MemberStatus.ACTIVE, Member.KYC_GUARD);
  }

  @Test
  void activatesTheMemberWhenTheLastRequiredDocumentIsAccepted() {
    Group group = new PendingWithAcceptedDocuments().group;

    Change<Group> change = group.acceptDocument(M1, DocumentKind.SIGNED_CHARTER, MANAGER, AT);

    assertThat(change.after().member(M1).orElseThrow().status()).isEqualTo(MemberStatus.ACTIVE);
    assertThat(change.eventsOf(TimelineEntry.class)).extracting(TimelineEntry::kind)
        .containsExactly(TimelineKind.DOCUMENT, TimelineKind.STATUS_CHANGE);
  }

  @Test
  void keepsTheMemberPendingWhenADocumentIsRejected() {
    Group group = newGroup().admit(M1, Role.COOP_MEMBER, KYC, MANAGER, AT).after()
        .submitDocument(M1, DocumentKind.IDENTITY_DOCUMENT, "id-1", Actor.member(M1), AT).after();

    Group after = group.rejectDocument(M1, DocumentKind.IDENTITY_DOCUMENT, "unreadable scan", MANAGER, AT).after();

    Member m1 = after.member(M1).orElseThrow();
    assertThat(m1.status()).isEqualTo(MemberStatus.PENDING_KYC);
    assertThat(m1.documents().get(DocumentKind.IDENTITY_DOCUMENT).reason()).isEqualTo("unreadable scan");
  }

  @Test
  void refusesToAcceptADocumentThatWasNeverSubmitted() {
    Group group = newGroup().admit(M1, Role.COOP_MEMBER, KYC, MANAGER, AT).after();

    assertThatThrownBy(() -> group.acceptDocument(M1, DocumentKind.IDENTITY_DOCUMENT, MANAGER, AT))
        .isInstanceOfSatisfying(KoproGoException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.ILLEGAL_TRANSITION));
  }

  @Test
  void givesRanksInOrderOfAdmissionAndNeverReusesAWithdrawnRank() {
    Group group = newGroup()
        .admit(M1, Role.COOP_MEMBER, Set.of(), MANAGER, AT).after()
        .admit(M2, Role.COOP_MEMBER, Set.of(), MANAGER, AT).after()
        .withdraw(M1, Actor.member(M1), AT).after();

    Group after = group.admit(MemberId.of("m3"), Role.COOP_MEMBER, Set.of(), MANAGER, AT).after();

    assertThat(after.members()).extracting(Member::rank).containsExactly(Rank.of(1), Rank.of(2), Rank.of(3));
    assertThat(after.member(M1).orElseThrow().status()).isEqualTo(MemberStatus.WITHDRAWN);
    assertThat(after.member(M2).orElseThrow().rank()).isEqualTo(Rank.of(2));
  }

  @Test
  void refusesToAdmitTheSameMemberTwice() {
    Group group = newGroup().admit(M1, Role.COOP_MEMBER, Set.of(), MANAGER, AT).after();

    assertThatThrownBy(() -> group.admit(M1, Role.COOP_MEMBER, Set.of(), MANAGER, AT))
        .isInstanceOfSatisfying(KoproGoException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.DUPLICATE_MEMBER));
  }

  @Test
  void letsAMemberWithdrawThemselvesButNotSomeoneElse() {
    Group group = newGroup()
        .admit(M1, Role.COOP_MEMBER, Set.of(), MANAGER, AT).after()
        .admit(M2, Role.COOP_MEMBER, Set.of(), MANAGER, AT).after();

    assertNotPermitted(() -> group.withdraw(M2, Actor.member(M1), AT));
    assertThat(group.withdraw(M1, Actor.member(M1), AT).after().member(M1).orElseThrow().status())
        .isEqualTo(MemberStatus.WITHDRAWN);
  }

  @Test
  void letsAnAuditorChangeNothing() {
    Group group = newGroup().admit(M1, Role.COOP_MEMBER, KYC, MANAGER, AT).after();

    assertNotPermitted(() -> group.admit(M2, Role.COOP_MEMBER, Set.of(), AUDITOR, AT));
    assertNotPermitted(() -> group.submitDocument(M1, DocumentKind.IDENTITY_DOCUMENT, "x", AUDITOR, AT));
    assertNotPermitted(() -> group.acceptDocument(M1, DocumentKind.IDENTITY_DOCUMENT, AUDITOR, AT));
    assertNotPermitted(() -> group.withdraw(M1, AUDITOR, AT));
    assertNotPermitted(() -> group.validateContributionPlan("p", AUDITOR, AT));
    assertNotPermitted(() -> group.publishMinutes("CA-1", AUDITOR, AT));
  }

  @Test
  void listsEveryMemberAsAnApplicantWithTheirPreferences() {
    Group group = org.koprogo.domain.coop.CoopFixtures.withActiveMember(newGroup(), M1)
        .admit(M2, Role.COOP_MEMBER, KYC, MANAGER, AT).after();

    List<Applicant> applicants = group.applicants(Map.of(M2, List.of(LotId.of("A2"))));

    assertThat(applicants).containsExactly(
        new Applicant(M1, Rank.of(1), MemberStatus.ACTIVE, List.of()),
        new Applicant(M2, Rank.of(2), MemberStatus.PENDING_KYC, List.of(LotId.of("A2"))));
  }

  @Test
  void recordsTheAdmissionAndTheRankInTheAuditTrail() {
    Change<Group> change = newGroup().admit(M1, Role.COOP_MEMBER, KYC, MANAGER, AT);

    assertThat(change.eventsOf(AuditEvent.class)).extracting(AuditEvent::action, AuditEvent::after)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("MemberAdmitted", "PENDING_KYC"),
            org.assertj.core.groups.Tuple.tuple("RankGiven", "1"));
  }
}
