/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.documents;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.koprogo.domain.assembly.meeting.GeneralAssembly;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.ports.in.assembly.Meeting;
import org.koprogo.ports.in.assembly.RunGeneralAssembly;
import org.koprogo.ports.in.query.ReadDocumentParties;

/**
 * The documents of the library as PDF/A bytes, read through its in-ports only: a general
 * assembly's convocation (for an email, and on request) and its minutes, and any other {@link
 * DocumentModel} with the names it prints ({@link #parties}). Any host or embedder uses it the
 * same way; it never changes what it reads. The renderer is created at the first PDF (it loads the
 * fonts and the layout engine: a few seconds), then kept.
 *
 * <p>The convocation for an email ({@link #convocation(String, String, String)}) is read once per
 * convening and rendered once per language: inside {@link #convening} (the caller wraps its one
 * convening in-port call in it), the assembly and the names the document prints are read for the
 * first owner emailed and reused for the others; outside it, they are read for each owner. Called
 * inside the convening's unit of work, it reads the assembly as convened there. A PDF already
 * rendered for an equal model (a record: the assembly, its convocation date, day, time, place,
 * agenda, the parties and the language) is reused. Equal models give the same document, so a
 * reused PDF is never stale: a convening rolled back and done again with another place or agenda
 * has another model. The memo keeps the last {@value #MEMO} PDFs (four languages for two
 * convenings at once) and nothing else.
 */
public final class AssemblyDocuments {
  private static final System.Logger LOG = System.getLogger(AssemblyDocuments.class.getName());

  /** How many rendered convocation PDFs are kept. */
  public static final int MEMO = 8;

  /** The most people {@link #minutes} adds as signatories besides the syndic. */
  public static final int MAX_SIGNATORIES = 20;

  /** Looked up when first used: the use cases are built with the email channel, which uses this. */
  private final Supplier<RunGeneralAssembly> assemblies;
  private final Supplier<ReadDocumentParties> names;
  private volatile PdfDocuments renderer;

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

  /**
   * Documents read through these in-ports, each looked up when first used.
   *
   * @param assemblies the general assemblies
   * @param names the names documents print
   */
  public AssemblyDocuments(Supplier<RunGeneralAssembly> assemblies, Supplier<ReadDocumentParties> names) {
    this.assemblies = Objects.requireNonNull(assemblies, "assemblies");
    this.names = Objects.requireNonNull(names, "names");
  }

  /**
   * How many convocation PDFs were rendered for emails (a PDF reused for an equal document is not
   * counted).
   *
   * @return the count since this was created
   */
  public long renderings() {
    return renderings.get();
  }

  /**
   * How many times an assembly was read to render its convocation for an email (once per
   * convening inside {@link #convening}).
   *
   * @return the count since this was created
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
   * The convocation's PDF for an email: the place and time the convocation recorded (the
   * building's address and no time for an assembly convened without them).
   *
   * @param organisation the tenant
   * @param assembly the assembly's id
   * @param language an ISO 639-1 code ({@code fr}); Dutch when unknown
   * @return the PDF, or empty when the assembly does not exist, is not convened or cannot be
   *     rendered
   */
  public Optional<byte[]> convocation(String organisation, String assembly, String language) {
    try {
      Map<String, Optional<Convened>> read = convening.get();
      Optional<Convened> convened = read == null ? read(organisation, assembly)
          : read.computeIfAbsent(organisation + "/" + assembly, key -> read(organisation, assembly));
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
        pdf = pdf(document);
        renderings.incrementAndGet();
        synchronized (rendered) {
          rendered.put(document, pdf);
        }
      }
      return Optional.of(pdf.clone());
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "no convocation PDF for assembly {0} of {1}: {2}", assembly,
          organisation, e.toString());
      return Optional.empty();
    }
  }

  /**
   * The convocation of a convened assembly as PDF: the place and time the convocation recorded;
   * for an assembly convened without them, {@code place} and {@code time} (the building's address
   * and no time when these are null too).
   *
   * @param organisation the tenant
   * @param assembly the assembly's id
   * @param place where the meeting is held (at most 200 characters, no control characters), or null
   * @param time when it starts, as a client states it ({@code HH:mm}, read by {@link
   *     RunGeneralAssembly#startTime} before the assembly is), or null or blank
   * @param language the document's language
   * @return the PDF
   * @throws KoproGoException {@code INVALID_FIELD} (field {@code time}), then {@code NOT_FOUND},
   *     {@code ILLEGAL_TRANSITION} when not convened, {@code INVALID_FIELD} (field {@code place})
   */
  public byte[] convocation(String organisation, String assembly, String place, String time,
      DocumentLanguage language) {
    LocalTime startsAt = RunGeneralAssembly.startTime(time, "time");
    Meeting meeting = assemblies.get().meeting(organisation, assembly);
    meeting.assembly().requireConvened();
    Parties parties = parties(organisation, meeting.building());
    return pdf(document(meeting, parties, text(place, "place", null), startsAt, language));
  }

  /**
   * The minutes of an assembly closed through its lifecycle as PDF, signed by the syndic and the
   * people {@code signatory} names.
   *
   * @param organisation the tenant
   * @param assembly the assembly's id
   * @param signatory the ids (or names) of the other signatories, at most {@value
   *     #MAX_SIGNATORIES}; null for none
   * @param language the document's language
   * @return the PDF
   * @throws KoproGoException {@code NOT_FOUND}, {@code INVALID_FIELD} (field {@code signatory}),
   *     and the refusals of an assembly without minutes
   */
  public byte[] minutes(String organisation, String assembly, List<String> signatory, DocumentLanguage language) {
    Meeting closed = assemblies.get().meeting(organisation, assembly);
    Parties parties = parties(organisation, closed.building());
    return pdf(MinutesDocument.of(closed.assembly(), parties, signatories(parties, signatory), language));
  }

  /**
   * The names a document about {@code building} (or the organisation, when null) prints.
   *
   * @param organisation the tenant
   * @param building the building's id, or null
   * @return the parties
   */
  public Parties parties(String organisation, String building) {
    ReadDocumentParties.Parties p = names.get().parties(organisation, building);
    return new Parties(p.place(), p.address(), p.organisation(), p.names());
  }

  /**
   * The document as a tagged PDF/A.
   *
   * @param document the document
   * @return its bytes
   * @throws DocumentRenderingException when the layout engine reports an error
   */
  public byte[] pdf(DocumentModel document) {
    PdfDocuments r = renderer;
    if (r == null) {
      synchronized (this) {
        if (renderer == null) {
          renderer = PdfDocuments.create();
        }
        r = renderer;
      }
    }
    return r.pdf(document);
  }

  /** The assembly as convened and its parties, or empty when it is not convened. */
  private Optional<Convened> read(String organisation, String assembly) {
    reads.incrementAndGet();
    Meeting meeting = assemblies.get().meeting(organisation, assembly);
    return meeting.assembly().convokedOn() == null ? Optional.empty()
        : Optional.of(new Convened(meeting, parties(organisation, meeting.building())));
  }

  /** The convocation as a document: the recorded place and time, else these, else the address. */
  private static ConvocationDocument document(Meeting meeting, Parties parties, String place, LocalTime time,
      DocumentLanguage language) {
    GeneralAssembly a = meeting.assembly();
    String where = a.place() != null ? a.place().text() : place != null ? place : parties.address();
    LocalTime when = a.startsAt() != null ? a.startsAt() : time;
    return ConvocationDocument.of(a, parties, where, when, language);
  }

  private static List<String> signatories(Parties parties, List<String> named) {
    List<String> all = new ArrayList<>();
    all.add(parties.syndic());
    if (named != null) {
      if (named.size() > MAX_SIGNATORIES) {
        throw KoproGoException.of(ErrorCode.INVALID_FIELD, "at most 20 signatories", "field", "signatory",
            "value", named.size());
      }
      for (String s : named) {
        all.add(parties.name(text(s, "signatory", "")));
      }
    }
    return all;
  }

  /** {@code value}, or {@code otherwise} when blank; refused beyond 200 characters or with controls. */
  static String text(String value, String field, String otherwise) {
    if (value == null || value.isBlank()) {
      return otherwise;
    }
    if (value.length() > 200 || value.chars().anyMatch(Character::isISOControl)) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, field + " is at most 200 characters, without control"
          + " characters", "field", field, "value", value.length() > 40 ? value.substring(0, 40) + "..." : value);
    }
    return value;
  }
}
