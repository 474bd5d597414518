/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.koprogo.domain.assembly.meeting.MeetingFixtures.AT;
import static org.koprogo.domain.assembly.meeting.MeetingFixtures.CONVOKED_ON;
import static org.koprogo.domain.assembly.meeting.MeetingFixtures.MEETING_ON;

import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.notification.ContactChannel;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * The convocation states the place, the day and the hour of the meeting (Civil Code art. 3.87 §3):
 * the assembly records them, checks them, keeps them through its snapshot, and still reads a
 * snapshot stored before it recorded them.
 */
class ConvocationDetailsTest {
  private static final LocalDateTime STARTS_AT = MEETING_ON.atTime(19, 30);
  private static final MeetingPlace HALL = MeetingPlace.of("  Salle communale, Rue des Tilleuls 14, 1000 Bruxelles ");

  private static void refused(Runnable call, ErrorCode code, String field) {
    assertThatThrownBy(call::run).isInstanceOfSatisfying(KoproGoException.class, e -> {
      assertThat(e.code()).isEqualTo(code);
      assertThat(e.details().get("field")).isEqualTo(field);
    });
  }

  @Test
  void theConvocationRecordsTheDayTheHourAndThePlace() {
    GeneralAssembly convened = MeetingFixtures.draft().convene(CONVOKED_ON, STARTS_AT, HALL, AT);

    assertThat(convened.meetingOn()).isEqualTo(MEETING_ON);
    assertThat(convened.startsAt()).isEqualTo(LocalTime.of(19, 30));
    assertThat(convened.place().text()).isEqualTo("Salle communale, Rue des Tilleuls 14, 1000 Bruxelles");
    assertThat(convened.history()).last().isInstanceOfSatisfying(AssemblyConvened.class, e -> {
      assertThat(e.startsAt()).isEqualTo(LocalTime.of(19, 30));
      assertThat(e.place()).isEqualTo(HALL);
    });
  }

  @Test
  void theNoticeIsCheckedOnTheDayTheMeetingStarts() {
    refused(() -> MeetingFixtures.draft().convene(CONVOKED_ON, MEETING_ON.minusDays(1).atTime(19, 0), HALL, AT),
        ErrorCode.ILLEGAL_TRANSITION, "meetingOn");
  }

  @Test
  void eachMissingOrMalformedPartIsNamed() {
    GeneralAssembly draft = MeetingFixtures.draft();

    refused(() -> draft.convene(null, STARTS_AT, HALL, AT), ErrorCode.MISSING_FIELD, "convokedOn");
    refused(() -> draft.convene(CONVOKED_ON, (LocalDateTime) null, HALL, AT), ErrorCode.MISSING_FIELD, "startsAt");
    refused(() -> draft.convene(CONVOKED_ON, STARTS_AT, null, AT), ErrorCode.MISSING_FIELD, "place");
    refused(() -> draft.convene(CONVOKED_ON, STARTS_AT.withSecond(5), HALL, AT), ErrorCode.INVALID_FIELD, "startsAt");
    refused(() -> draft.convene(CONVOKED_ON, STARTS_AT.withNano(1), HALL, AT), ErrorCode.INVALID_FIELD, "startsAt");
  }

  @Test
  void aDayStatedBesideTheStartMustBeTheStartsDay() {
    GeneralAssembly.requireSameDay(STARTS_AT, MEETING_ON);
    GeneralAssembly.requireSameDay(STARTS_AT, null);
    GeneralAssembly.requireSameDay(null, MEETING_ON);

    refused(() -> GeneralAssembly.requireSameDay(STARTS_AT, MEETING_ON.plusDays(1)), ErrorCode.INVALID_FIELD,
        "meetingOn");
    assertThatThrownBy(() -> GeneralAssembly.requireSameDay(STARTS_AT, MEETING_ON.minusDays(1)))
        .isInstanceOfSatisfying(KoproGoException.class,
            e -> assertThat(e.details().get("value")).isEqualTo(MEETING_ON.minusDays(1).toString()));
  }

  @Test
  void aConvocationExistsOnceTheAssemblyIsConvened() {
    GeneralAssembly convened = MeetingFixtures.convened();

    assertThat(convened.requireConvened()).isSameAs(convened);
    assertThatThrownBy(() -> MeetingFixtures.draft().requireConvened())
        .isInstanceOfSatisfying(KoproGoException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.ILLEGAL_TRANSITION);
          assertThat(e.details()).containsEntry("from", "DRAFT").containsEntry("to", "CONVENED")
              .containsEntry("aggregate", "assembly").containsKey("guard");
        });
  }

  @Test
  void aPlaceIsOneBoundedLineOfText() {
    refused(() -> MeetingPlace.of(null), ErrorCode.MISSING_FIELD, "place");
    refused(() -> MeetingPlace.of(" \t "), ErrorCode.MISSING_FIELD, "place");
    refused(() -> MeetingPlace.of("x".repeat(MeetingPlace.MAX_LENGTH + 1)), ErrorCode.INVALID_FIELD, "place");
    refused(() -> MeetingPlace.of("x".repeat(1_000_000)), ErrorCode.INVALID_FIELD, "place");
    refused(() -> MeetingPlace.of("Salle\ncommunale"), ErrorCode.INVALID_FIELD, "place");
    refused(() -> MeetingPlace.of("Salle\u2028communale"), ErrorCode.INVALID_FIELD, "place");
    refused(() -> MeetingPlace.of("Salle \u001b[31m"), ErrorCode.INVALID_FIELD, "place");

    assertThat(MeetingPlace.of("é".repeat(MeetingPlace.MAX_LENGTH)).text()).hasSize(MeetingPlace.MAX_LENGTH);
    // a character outside the BMP counts once
    assertThat(MeetingPlace.of("\uD83C\uDFE0".repeat(MeetingPlace.MAX_LENGTH)).text())
        .hasSize(2 * MeetingPlace.MAX_LENGTH);
  }

  @Test
  void theTimeAndPlaceSurviveTheSnapshotAndEveryLaterStep() {
    GeneralAssembly convened = MeetingFixtures.draft().convene(CONVOKED_ON, STARTS_AT, HALL, AT);

    GeneralAssembly restored = GeneralAssembly.restore(convened.snapshot());
    GeneralAssembly opened = restored.open(MEETING_ON, java.util.List.of(
        org.koprogo.domain.assembly.Attendance.present("A"), org.koprogo.domain.assembly.Attendance.present("B"),
        org.koprogo.domain.assembly.Attendance.present("D")), AT);

    assertThat(restored.snapshot()).isEqualTo(convened.snapshot());
    assertThat(opened.startsAt()).isEqualTo(LocalTime.of(19, 30));
    assertThat(opened.place()).isEqualTo(HALL);
  }

  @Test
  void anAssemblyStoredBeforeTheTimeAndPlaceWereRecordedStillLoads() {
    GeneralAssembly.Snapshot s = MeetingFixtures.convened().snapshot();
    GeneralAssembly.Snapshot old = new GeneralAssembly.Snapshot(s.id(), s.rules(), s.headCount(), s.owners(),
        s.syndic(), s.session(), s.previousMeetingOn(), s.state(), s.agenda(), s.convokedOn(), s.meetingOn(),
        s.attendance(), s.votes(), s.publishedOn(), s.history(), s.noticeDays(), s.counting(),
        s.firstSessionAgenda(), s.signatures(), s.capReading());

    GeneralAssembly restored = GeneralAssembly.restore(old);

    assertThat(restored.meetingOn()).isEqualTo(MEETING_ON);
    assertThat(restored.startsAt()).isNull();
    assertThat(restored.place()).isNull();
  }

  @Test
  void aStoredTimeWithoutPlaceOrOnADraftIsCorrupt() {
    GeneralAssembly.Snapshot s = MeetingFixtures.draft().convene(CONVOKED_ON, STARTS_AT, HALL, AT).snapshot();
    GeneralAssembly.Snapshot noPlace = new GeneralAssembly.Snapshot(s.id(), s.rules(), s.headCount(), s.owners(),
        s.syndic(), s.session(), s.previousMeetingOn(), s.state(), s.agenda(), s.convokedOn(), s.meetingOn(),
        s.attendance(), s.votes(), s.publishedOn(), s.history(), s.noticeDays(), s.counting(),
        s.firstSessionAgenda(), s.signatures(), s.capReading(), s.startsAt(), null);
    GeneralAssembly.Snapshot d = MeetingFixtures.draft().snapshot();
    GeneralAssembly.Snapshot draftWithTime = new GeneralAssembly.Snapshot(d.id(), d.rules(), d.headCount(),
        d.owners(), d.syndic(), d.session(), d.previousMeetingOn(), d.state(), d.agenda(), d.convokedOn(),
        d.meetingOn(), d.attendance(), d.votes(), d.publishedOn(), d.history(), d.noticeDays(), d.counting(),
        d.firstSessionAgenda(), d.signatures(), d.capReading(), LocalTime.NOON, HALL);

    refused(() -> GeneralAssembly.restore(noPlace), ErrorCode.INVALID_FIELD, "snapshot.place");
    refused(() -> GeneralAssembly.restore(draftWithTime), ErrorCode.INVALID_FIELD, "snapshot.startsAt");
  }

  @Test
  void onlyAnAgreedEmailIsTheConvocationEverythingElseIsARegisteredLetter() {
    assertThat(ConvocationMeans.of(ContactChannel.EMAIL, true)).isEqualTo(ConvocationMeans.AGREED_EMAIL);
    assertThat(ConvocationMeans.of(ContactChannel.EMAIL, false).byPost()).isTrue();
    assertThat(ConvocationMeans.of(ContactChannel.WHATSAPP, true).byPost()).isTrue();
    assertThat(ConvocationMeans.of(ContactChannel.POST, false).byPost()).isTrue();
    // in-app needs no consent, so no written agreement to be convened that way is on record
    assertThat(ConvocationMeans.of(ContactChannel.IN_APP, true)).isEqualTo(ConvocationMeans.REGISTERED_LETTER);
    assertThat(ConvocationMeans.AGREED_EMAIL.byPost()).isFalse();
  }
}
