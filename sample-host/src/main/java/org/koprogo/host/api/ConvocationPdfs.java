/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
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
 * <p>Read once per convening, rendered once per language: inside {@link #convening} (the
 * convocation route wraps its one in-port call in it), the assembly and the names the document
 * prints are read for the first owner emailed and reused for the others; outside it, they are read
 * for each owner. A PDF already rendered for an equal model (a record: the assembly, its
 * convocation date, day, time, place, agenda, the parties and the language) is reused. Equal models
 * give the same document, so a reused PDF is never stale: a convening rolled back and done again
 * with another place or agenda has another model. The memo keeps the last {@value #MEMO} PDFs (four
 * languages for two convenings at once) and nothing else.
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
  private final AtomicLong reads = new AtomicLong();

  /** The convening under way on this thread: what it read, by organisation and assembly. */
  private final ThreadLocal<Map<String, Optional<Convened>>> convening = new ThreadLocal<>();

  /** What a convocation is made of in any language: the meeting as convened and its parties. */
  private record Convened(Meeting meeting, Parties parties) {}

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
   * How many times this host read an assembly to render its convocation (once per convening
   * inside {@link #convening}).
   *
   * @return the count since start
   */
  public long reads() {
    return reads.get();
  }

  /**
   * Runs a convening: the convocations it renders on this thread read the assembly once.
   *
   * @param work the convening (one in-port call)
   * @param <T> what it answers
   * @return its answer
   */
  public <T> T convening(Supplier<T> work) {
    Map<String, Optional<Convened>> outer = convening.get();
    convening.set(new HashMap<>());
    try {
      return work.get();
    } finally {
      if (outer == null) {
        convening.remove();
      } else {
        convening.set(outer);
      }
    }
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
      Map<String, Optional<Convened>> read = convening.get();
      Optional<Convened> convened = read == null ? read(organisation, assembly)
          : read.computeIfAbsent(organisation.value() + "/" + assembly, key -> read(organisation, assembly));
      if (convened.isEmpty()) {
        return Optional.empty();
      }
      ConvocationDocument document = document(convened.get().meeting(), convened.get().parties(), null, null,
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

  /** The assembly as convened and its parties, or empty when it is not convened. */
  private Optional<Convened> read(OrganisationId organisation, String assembly) {
    reads.incrementAndGet();
    Meeting meeting = assemblies.get().meeting(organisation.value(), assembly);
    return meeting.assembly().convokedOn() == null ? Optional.empty()
        : Optional.of(new Convened(meeting, parties(formats, organisation, meeting)));
  }

  /** The names the convocation of {@code meeting} prints. */
  static Parties parties(DocumentFormats formats, OrganisationId organisation, Meeting meeting) {
    return formats.parties(organisation, meeting.building() == null ? null : BuildingId.of(meeting.building()));
  }

  /**
   * The convocation of a convened assembly as a document: the place and time the convocation
   * recorded; for an assembly convened without them, {@code place} and {@code time} (the
   * building's address and no time when these are null too).
   */
  static ConvocationDocument document(Meeting meeting, Parties parties, String place, java.time.LocalTime time,
      DocumentLanguage language) {
    GeneralAssembly a = meeting.assembly();
    String where = a.place() != null ? a.place().text() : place != null ? place : parties.address();
    java.time.LocalTime when = a.startsAt() != null ? a.startsAt() : time;
    return ConvocationDocument.of(a, parties, where, when, language);
  }
}
