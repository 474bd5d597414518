/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
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
 *
 * <p>Rendered once per language per convening, not once per owner: the document's model (a
 * record: the assembly, its convocation date, day, time, place, agenda, the parties and the
 * language) is read for each owner, which is cheap, and a PDF already rendered for an equal model
 * is reused. Equal models give the same document, so a reused PDF is never stale: a convening
 * rolled back and done again with another place or agenda has another model. The memo keeps the
 * last {@value #MEMO} PDFs (four languages for two convenings at once) and nothing else.
 */
@Singleton
public final class ConvocationPdfs {
  private static final Logger LOG = LoggerFactory.getLogger(ConvocationPdfs.class);

  /** Looked up when first used: the use cases are built with the email channel, which uses this. */
  private final Provider<RunGeneralAssembly> assemblies;
  private final DocumentFormats formats;

  /** How many rendered PDFs are kept. */
  static final int MEMO = 8;

  private final Map<ConvocationDocument, byte[]> rendered = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<ConvocationDocument, byte[]> eldest) {
      return size() > MEMO;
    }
  };
  private final AtomicLong renderings = new AtomicLong();

  ConvocationPdfs(Provider<RunGeneralAssembly> assemblies, DocumentFormats formats) {
    this.assemblies = assemblies;
    this.formats = formats;
  }

  /**
   * How many convocation PDFs this host rendered (a PDF reused for an equal document is not
   * counted).
   *
   * @return the count since start
   */
  public long renderings() {
    return renderings.get();
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
      ConvocationDocument document = document(formats, organisation, meeting, null, null,
          DocumentLanguage.fromAcceptLanguage(language));
      byte[] pdf;
      synchronized (rendered) {
        pdf = rendered.get(document);
      }
      if (pdf == null) {
        pdf = formats.pdf(document, "convocation-" + assembly + ".pdf").body();
        if (pdf == null) {
          return Optional.empty();
        }
        renderings.incrementAndGet();
        synchronized (rendered) {
          rendered.put(document, pdf);
        }
      }
      return Optional.of(pdf.clone());
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
