/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.koprogo.adapters.documents.ConvocationDocument;
import org.koprogo.adapters.documents.DocumentLanguage;
import org.koprogo.adapters.documents.Parties;
import org.koprogo.domain.assembly.meeting.GeneralAssembly;
import org.koprogo.domain.building.BuildingId;
import org.koprogo.ports.in.assembly.Meeting;
import org.koprogo.ports.in.assembly.RunGeneralAssembly;
import org.koprogo.ports.out.OrganisationId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The convocation of a convened assembly as PDF/A bytes, for an email: the place and time the
 * convocation recorded (the building's address and no time for an assembly convened without
 * them), the agenda and the proxy form. Only reads the assembly, never changes it; called inside
 * the convening's unit of work, it reads the assembly as convened there.
 */
@Singleton
public final class ConvocationPdfs {
  private static final Logger LOG = LoggerFactory.getLogger(ConvocationPdfs.class);

  /** Looked up when first used: the use cases are built with the email channel, which uses this. */
  private final Provider<RunGeneralAssembly> assemblies;
  private final DocumentFormats formats;

  ConvocationPdfs(Provider<RunGeneralAssembly> assemblies, DocumentFormats formats) {
    this.assemblies = assemblies;
    this.formats = formats;
  }

  /**
   * The convocation's PDF.
   *
   * @param organisation the tenant
   * @param assembly the assembly's id
   * @param language an ISO 639-1 code ({@code fr}); Dutch when unknown
   * @return the PDF, or empty when the assembly does not exist or is not convened
   */
  public Optional<byte[]> render(OrganisationId organisation, String assembly, String language) {
    try {
      Meeting meeting = assemblies.get().meeting(organisation.value(), assembly);
      GeneralAssembly a = meeting.assembly();
      if (a.convokedOn() == null) {
        return Optional.empty();
      }
      return Optional.ofNullable(formats.pdf(document(formats, organisation, meeting, null, null,
          DocumentLanguage.fromAcceptLanguage(language)), "convocation-" + assembly + ".pdf").body());
    } catch (RuntimeException e) {
      LOG.warn("no convocation PDF for assembly {} of {}: {}", assembly, organisation, e.toString());
      return Optional.empty();
    }
  }

  /**
   * The convocation of a convened assembly as a document: the place and time the convocation
   * recorded; for an assembly convened without them, {@code place} and {@code time} (the
   * building's address and no time when these are null too).
   */
  static ConvocationDocument document(DocumentFormats formats, OrganisationId organisation, Meeting meeting,
      String place, java.time.LocalTime time, DocumentLanguage language) {
    GeneralAssembly a = meeting.assembly();
    Parties parties = formats.parties(organisation,
        meeting.building() == null ? null : BuildingId.of(meeting.building()));
    String where = a.place() != null ? a.place().text() : place != null ? place : parties.address();
    java.time.LocalTime when = a.startsAt() != null ? a.startsAt() : time;
    return ConvocationDocument.of(a, parties, where, when, language);
  }
}
