/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.coop.Actor;
import org.koprogo.domain.coop.Role;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.ports.contract.PortsFixtures;
import org.koprogo.ports.in.KeepNotificationChoices;
import org.koprogo.ports.in.KeepNotificationChoices.Choices;
import org.koprogo.ports.in.coop.CoopRef;
import org.koprogo.ports.in.coop.CoopViews;
import org.koprogo.ports.in.coop.ManageCoopGroups;
import org.koprogo.ports.in.coop.RunAllocationRounds;
import org.koprogo.ports.in.coop.RunCoopProject;
import org.koprogo.ports.memory.MemoryDatabase;

/**
 * The cooperative's and the notification choices' bodies as a client sends them, bound by a host
 * as they are: each in-port's default method takes the version read from the body, reads the
 * enums' names (a blank one {@code MISSING_FIELD}, an unknown one {@code INVALID_FIELD}, naming
 * the field) and runs the use case.
 */
class ClientBodiesOfCoopAndChoicesTest {
  private static final String ORG = UseCaseFixtures.ORG;
  private static final Actor MANAGER = Actor.of("manager", Role.COOP_MANAGER);
  private final MemoryDatabase store = UseCaseFixtures.store();
  private final UseCases useCases = UseCaseFixtures.useCases(store);
  private final CoopRef group = new CoopRef(ORG, "G1", null, MANAGER);
  private final ManageCoopGroups groups = useCases.manageCoopGroups();

  ClientBodiesOfCoopAndChoicesTest() {
    store.organisations().add(PortsFixtures.organisation(PortsFixtures.ACME));
    useCases.registerMember().register(UseCaseFixtures.member("M1", 1));
    groups.form(ORG, MANAGER, new ManageCoopGroups.NewGroup("G1", "Les Cailles", "50000.00", "EUR"));
    groups.admit(group, new ManageCoopGroups.Admission("M1", null, List.of("BANK_DETAILS"), null));
  }

  private static void refused(ThrowingCallable call, ErrorCode code, String field) {
    assertThatThrownBy(call).isInstanceOf(KoproGoException.class).satisfies(e -> {
      assertThat(((KoproGoException) e).code()).isEqualTo(code);
      if (field != null) {
        assertThat(((KoproGoException) e).details()).containsEntry("field", field);
      }
    });
  }

  @Test
  void aGroupsBodiesNameTheVersionReadAndTheirEnumsByName() {
    refused(() -> groups.submitDocument(group, "M1", new ManageCoopGroups.DocumentSubmission(" ", "doc-1", null)),
        ErrorCode.MISSING_FIELD, "kind");
    refused(() -> groups.submitDocument(group, "M1", new ManageCoopGroups.DocumentSubmission("SELFIE", "d", null)),
        ErrorCode.INVALID_FIELD, "kind");
    refused(() -> groups.submitDocument(group, "M1", new ManageCoopGroups.DocumentSubmission("BANK_DETAILS", "d",
        99L)), ErrorCode.CONCURRENT_UPDATE, null);
    long version = groups.submitDocument(group, "M1",
        new ManageCoopGroups.DocumentSubmission("BANK_DETAILS", "doc-1", null)).version();
    CoopViews.GroupSummary rejected = CoopViews.group(groups.rejectDocument(group, "M1", "BANK_DETAILS",
        new ManageCoopGroups.DocumentRejection("blurred", version)));
    groups.submitDocument(group, "M1", new ManageCoopGroups.DocumentSubmission("BANK_DETAILS", "doc-2", null));
    refused(() -> groups.acceptDocument(group, "M1", "BANK_DETAILS", new ManageCoopGroups.Acceptance(1L)),
        ErrorCode.CONCURRENT_UPDATE, null);
    CoopViews.GroupSummary accepted = CoopViews.group(groups.acceptDocument(group, "M1", "BANK_DETAILS",
        new ManageCoopGroups.Acceptance(null)));

    assertThat(rejected.members().get(0).documents().get(0).reason()).isEqualTo("blurred");
    assertThat(accepted.members().get(0).status()).isEqualTo("ACTIVE");
    refused(() -> groups.changeMemberStatus(group, "M1", new ManageCoopGroups.MemberStatusChange("", null)),
        ErrorCode.MISSING_FIELD, "status");
    refused(() -> groups.changeMemberStatus(group, "M1", new ManageCoopGroups.MemberStatusChange("ASLEEP", null)),
        ErrorCode.INVALID_FIELD, "status");
    assertThat(CoopViews.group(groups.changeMemberStatus(group, "M1",
        new ManageCoopGroups.MemberStatusChange("SUSPENDED", accepted.version()))).members().get(0).status())
        .isEqualTo("SUSPENDED");
    refused(() -> groups.moveTo(group, new ManageCoopGroups.Transition(null, null)), ErrorCode.MISSING_FIELD, "to");
    refused(() -> groups.moveTo(group, new ManageCoopGroups.Transition("PARTY", null)), ErrorCode.INVALID_FIELD, "to");
    refused(() -> groups.publishMinutes(group, new ManageCoopGroups.MinutesPublication("pv-1", 1L)),
        ErrorCode.CONCURRENT_UPDATE, null);
    assertThat(groups.publishMinutes(group, new ManageCoopGroups.MinutesPublication("pv-1", null)).version())
        .isGreaterThan(accepted.version());
    assertThat(CoopViews.group(groups.validateContributionPlan(group,
        new ManageCoopGroups.PlanValidation("plan-1", null))).contributionPlan()).isEqualTo("plan-1");
  }

  @Test
  void aProjectsBodiesStartItAndReadTheLotsTypeAndTheMilestone() {
    RunCoopProject projects = useCases.runCoopProject();

    CoopViews.ProjectSummary started = CoopViews.project(projects.start(group, new RunCoopProject.NewProject("P1",
        null)));
    refused(() -> projects.addLot(group, new RunCoopProject.NewLot(" ", "STUDIO", "30", null)),
        ErrorCode.MISSING_FIELD, "id");
    refused(() -> projects.addLot(group, new RunCoopProject.NewLot("A1", "", "30", null)),
        ErrorCode.MISSING_FIELD, "type");
    refused(() -> projects.addLot(group, new RunCoopProject.NewLot("A1", "CASTLE", "30", null)),
        ErrorCode.INVALID_FIELD, "type");
    refused(() -> projects.addLot(group, new RunCoopProject.NewLot("A1", "STUDIO", "30", 99L)),
        ErrorCode.CONCURRENT_UPDATE, null);
    CoopViews.ProjectSummary withLot = CoopViews.project(projects.addLot(group,
        new RunCoopProject.NewLot("A1", "STUDIO", "30", started.version())));

    assertThat(started.id()).isEqualTo("P1");
    assertThat(withLot.lots()).extracting(CoopViews.ProjectLot::type).containsExactly("STUDIO");
    refused(() -> projects.reach(group, new RunCoopProject.Milestone(" ", null)), ErrorCode.MISSING_FIELD, "to");
    refused(() -> projects.reach(group, new RunCoopProject.Milestone("MOON", null)), ErrorCode.INVALID_FIELD, "to");
    refused(() -> projects.reach(group, new RunCoopProject.Milestone("PERMITS", 99L)),
        ErrorCode.CONCURRENT_UPDATE, null);
  }

  @Test
  void aRejectionReadsItsReasonByNameAndAnAssignmentItsVersion() {
    RunAllocationRounds rounds = useCases.runAllocationRounds();

    refused(() -> rounds.reject(group, "R1", "M1", new RunAllocationRounds.RejectionRequest(" ", null, null)),
        ErrorCode.MISSING_FIELD, "reason");
    refused(() -> rounds.reject(group, "R1", "M1", new RunAllocationRounds.RejectionRequest("BORED", null, null)),
        ErrorCode.INVALID_FIELD, "reason");
    refused(() -> rounds.reject(group, "R1", "M1", new RunAllocationRounds.RejectionRequest("CONTESTED", null,
        null)), ErrorCode.NOT_FOUND, null);
    refused(() -> rounds.assign(group, "R1", "M1", new RunAllocationRounds.Assignment(null)),
        ErrorCode.NOT_FOUND, null);
  }

  @Test
  void aPersonsChoicesAreReadFromTheBodiesAClientSends() {
    useCases.registerBuilding().register(UseCaseFixtures.threeLots());
    KeepNotificationChoices choices = useCases.keepNotificationChoices();
    KeepNotificationChoices.Person anne = new KeepNotificationChoices.Person(ORG, "OWNER", "O1", "syndic-1");

    Choices consented = choices.consent(anne, new KeepNotificationChoices.NewConsent("EMAIL", "GRANTED", "form 17"));
    Choices chosen = choices.choose(anne, new KeepNotificationChoices.NewChannel("EMAIL"));
    Choices german = choices.chooseLanguage(anne, new KeepNotificationChoices.NewLanguage("de"));

    assertThat(consented.consents()).singleElement().satisfies(c -> assertThat(c.proof()).isEqualTo("form 17"));
    assertThat(chosen.channel()).isEqualTo("EMAIL");
    assertThat(chosen.route()).isEqualTo("EMAIL");
    assertThat(german.language()).isEqualTo("de");
    assertThat(german.noticeLanguage()).isEqualTo("de");
    refused(() -> choices.choose(anne, new KeepNotificationChoices.NewChannel("SMS")), ErrorCode.INVALID_FIELD,
        "channel");
    refused(() -> choices.chooseLanguage(anne, new KeepNotificationChoices.NewLanguage("french")),
        ErrorCode.INVALID_FIELD, "language");
    refused(() -> choices.consent(anne, new KeepNotificationChoices.NewConsent("EMAIL", "YES", "x")),
        ErrorCode.INVALID_FIELD, "decision");
  }
}
