/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.contract.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.koprogo.ports.contract.PortsFixtures.ACME;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.application.CommandValidation;
import org.koprogo.ports.application.InAppNotifications;
import org.koprogo.ports.application.PersonNotifications;
import org.koprogo.ports.application.UseCases;
import org.koprogo.ports.contract.ContractBase;
import org.koprogo.ports.contract.PortsFixtures;
import org.koprogo.ports.in.ChangeOwnerDetails;
import org.koprogo.ports.in.ErasePersonalData;
import org.koprogo.ports.in.ExportPersonalData;
import org.koprogo.ports.in.KeepNotificationChoices;
import org.koprogo.ports.in.RegisterBuilding.OwnerLine;
import org.koprogo.ports.in.RegisterMember;
import org.koprogo.ports.in.RegisterOwner;
import org.koprogo.ports.out.AuditTrail;
import org.koprogo.ports.out.DataSubject;
import org.koprogo.ports.out.MemberId;
import org.koprogo.ports.out.Outbox;
import org.koprogo.ports.out.notification.ChannelPreferences;
import org.koprogo.ports.out.notification.ConsentRegisters;
import org.koprogo.ports.out.notification.Intent;
import org.koprogo.ports.out.notification.Language;
import org.koprogo.ports.out.notification.NotificationPorts;
import org.koprogo.ports.out.notification.TemplateValue;

/**
 * A person's language and the in-app channel, through the use cases on the store under test: the
 * language given at registration or chosen later is stored with the person's details and read
 * back (a person registered without one reads back unknown); every notice to them is written in
 * it, the configured default (Dutch) when it is unknown; a person who chose {@code IN_APP} finds
 * the notice in the outbox for their inbox, addressed by id, in their language; the language is
 * exported and erased with the person's data.
 */
public abstract class PersonLanguageContract extends ContractBase {
  private static final String ORG = ACME.value();
  private static final String SYNDIC = "syndic-1";

  private UseCases useCases;

  /**
   * The chosen channels on the store of this test.
   *
   * @return the register
   */
  protected abstract ChannelPreferences preferences();

  @BeforeEach
  void anOrganisationWithAnInAppChannel() {
    ports.organisations().add(PortsFixtures.organisation(ACME));
    NotificationPorts notification = new NotificationPorts(ConsentRegisters.inMemory(), preferences(), Map.of(),
        Language.DUTCH).withChannel(new InAppNotifications(ports.outbox(),
            (intent, language, values) -> language.code() + ":" + intent.name() + ":" + values.get("amount"),
            ports.clock()));
    useCases = new UseCases(ports, CommandValidation.none(), notification);
  }

  @Test
  void theLanguageGivenAtRegistrationIsStoredAndReadBack() {
    register("o-fr", "fr");
    register("o-none", null);
    useCases.registerMember().register(new RegisterMember.Command(ORG, "m-de", "Member DE", "m@coop.example", "",
        "", 1, LocalDate.parse("2026-01-05"), SYNDIC, "de"));

    assertThat(ports.owners().get(ACME, OwnerId.of("o-fr")).details().language()).isEqualTo(Language.FRENCH);
    assertThat(ports.owners().get(ACME, OwnerId.of("o-none")).details().language()).isNull();
    assertThat(ports.members().get(ACME, MemberId.of("m-de")).details().language()).isEqualTo(Language.GERMAN);
    assertThat(choices("OWNER", "o-none").language()).isNull();
    assertThat(choices("OWNER", "o-none").noticeLanguage()).isEqualTo("nl");
    assertThat(choices("MEMBER", "m-de").noticeLanguage()).isEqualTo("de");
  }

  @Test
  void theLanguageIsChangedAuditedAndKeptByADetailsChangeWithoutOne() {
    register("o-1", null);

    KeepNotificationChoices.Choices after = useCases.keepNotificationChoices().chooseLanguage(
        new KeepNotificationChoices.ChooseLanguage(person("OWNER", "o-1"), "en"));
    long version = ports.owners().get(ACME, OwnerId.of("o-1")).version();
    useCases.changeOwnerDetails().change(new ChangeOwnerDetails.Command(ORG, version,
        new OwnerLine("o-1", "Anne Moved", "anne@example.org", "", "Rue Neuve 1"), SYNDIC));

    assertThat(after.language()).isEqualTo("en");
    assertThat(after.noticeLanguage()).isEqualTo("en");
    assertThat(ports.owners().get(ACME, OwnerId.of("o-1")).details().language()).isEqualTo(Language.ENGLISH);
    assertThat(ports.owners().get(ACME, OwnerId.of("o-1")).details().name()).isEqualTo("Anne Moved");
    assertThat(ports.auditTrail().list(ACME, new AuditTrail.Query("owner", "o-1", 0, 50)))
        .extracting(e -> e.event().action()).contains("PersonLanguageChosen");
    assertThatThrownBy(() -> useCases.keepNotificationChoices().chooseLanguage(
        new KeepNotificationChoices.ChooseLanguage(person("OWNER", "o-1"), "english")))
        .isInstanceOfSatisfying(KoproGoException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.INVALID_FIELD);
          assertThat(e.details()).containsEntry("field", "language");
        });
    assertThat(ports.owners().get(ACME, OwnerId.of("o-1")).details().language()).isEqualTo(Language.ENGLISH);
  }

  @Test
  void aPersonWhoChoseInAppFindsTheNoticeForTheirInboxInTheirLanguage() {
    register("o-fr", "fr");
    register("o-none", null);
    for (String owner : List.of("o-fr", "o-none")) {
      useCases.keepNotificationChoices().choose(new KeepNotificationChoices.Choose(person("OWNER", owner), "IN_APP"));
    }

    List<PersonNotifications.Routed> routed = List.of(notify("o-fr"), notify("o-none"), notify("o-fr"));

    assertThat(routed).extracting(PersonNotifications.Routed::status).containsExactly(
        PersonNotifications.Status.QUEUED, PersonNotifications.Status.QUEUED, PersonNotifications.Status.ALREADY_QUEUED);
    assertThat(choices("OWNER", "o-fr").route()).isEqualTo("IN_APP");
    List<Outbox.Message> queued = ports.outbox().claim("check", 10, Duration.ofMinutes(1));
    assertThat(queued).extracting(Outbox.Message::channel).containsOnly(InAppNotifications.CHANNEL);
    assertThat(queued).extracting(Outbox.Message::recipient).containsExactlyInAnyOrder("o-fr", "o-none");
    assertThat(queued).filteredOn(m -> m.recipient().equals("o-fr")).singleElement()
        .satisfies(m -> assertThat(m.payload()).contains("\"language\":\"fr\"", "\"text\":\"fr:CALL_FOR_FUNDS:"));
    assertThat(queued).filteredOn(m -> m.recipient().equals("o-none")).singleElement()
        .satisfies(m -> assertThat(m.payload()).contains("\"language\":\"nl\"", "\"text\":\"nl:CALL_FOR_FUNDS:"));
  }

  @Test
  void theLanguageIsExportedAndErasedWithThePersonsData() {
    register("o-fr", "fr");

    String json = useCases.exportPersonalData().export(new ExportPersonalData.Command(ORG, "OWNER", "o-fr", "dpo"))
        .json();
    useCases.erasePersonalData().erase(new ErasePersonalData.Command(ORG, "OWNER", "o-fr", "dpo"));

    assertThat(json).containsPattern("\"language\":\\s*\"fr\"");
    assertThat(ports.owners().get(ACME, OwnerId.of("o-fr")).details().language()).isNull();
    assertThatThrownBy(() -> useCases.keepNotificationChoices().chooseLanguage(
        new KeepNotificationChoices.ChooseLanguage(person("OWNER", "o-fr"), "fr")))
        .isInstanceOfSatisfying(KoproGoException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.ILLEGAL_TRANSITION));
  }

  private void register(String owner, String language) {
    useCases.registerOwner().register(new RegisterOwner.Command(ORG,
        new OwnerLine(owner, "Owner " + owner, owner + "@example.org", "", "", language), SYNDIC));
  }

  private PersonNotifications.Routed notify(String owner) {
    return useCases.personNotifications().notify(new DataSubject(ACME, DataSubject.Kind.OWNER, owner),
        Intent.CALL_FOR_FUNDS, "call:c-1", "issued", Map.of("amount", TemplateValue.amount(Money.ofMinor(Money.EUR, 25_000))));
  }

  private KeepNotificationChoices.Choices choices(String kind, String id) {
    return useCases.keepNotificationChoices().read(person(kind, id));
  }

  private static KeepNotificationChoices.Person person(String kind, String id) {
    return new KeepNotificationChoices.Person(ORG, kind, id, SYNDIC);
  }
}
