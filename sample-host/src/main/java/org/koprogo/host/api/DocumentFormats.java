/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.util.List;
import org.koprogo.adapters.documents.DocumentLanguage;
import org.koprogo.adapters.documents.DocumentModel;
import org.koprogo.adapters.documents.MinutesDocument;
import org.koprogo.adapters.documents.Parties;
import org.koprogo.adapters.documents.PdfDocuments;
import org.koprogo.adapters.documents.StatementDocument;
import org.koprogo.adapters.documents.csv.CsvExports;
import org.koprogo.adapters.documents.csv.CsvTable;
import org.koprogo.domain.assembly.meeting.GeneralAssembly;
import org.koprogo.domain.building.BuildingId;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.ports.in.query.ReadDocumentParties;
import org.koprogo.ports.out.OrganisationId;

/**
 * The PDF and CSV forms of resources the JSON routes serve. A route that offers them asks {@link
 * #wanted} which form the {@code Accept} header prefers (JSON unless PDF or CSV comes first), keeps
 * its own authorisation, and hands what the library computed to the documents adapter: the figures
 * are the JSON's. The language of a PDF is the first of fr, nl, de, en in {@code Accept-Language},
 * Dutch otherwise. The renderer is created at the first PDF (it loads the fonts and the layout
 * engine: a few seconds), then kept.
 */
@Singleton
public final class DocumentFormats {
  /** The media type of a PDF. */
  public static final String PDF = "application/pdf";
  /** The media type of a CSV table. */
  public static final String CSV = "text/csv";

  /** A resource's forms. */
  public enum Form {
    JSON,
    CSV,
    PDF
  }

  /** Looked up when first used: the use cases are built with the email channel, which uses this. */
  private final Provider<ReadDocumentParties> names;
  private volatile PdfDocuments documents;

  DocumentFormats(Provider<ReadDocumentParties> names) {
    this.names = names;
  }

  /** The form the request's {@code Accept} prefers: the first of JSON, CSV, PDF it names; JSON otherwise. */
  public static Form wanted(HttpRequest<?> request) {
    for (MediaType type : request.getHeaders().accept()) {
      String name = type.getName().toLowerCase(java.util.Locale.ROOT);
      if (name.equals(MediaType.APPLICATION_JSON) || name.endsWith("+json")) {
        return Form.JSON;
      }
      if (name.equals(CSV)) {
        return Form.CSV;
      }
      if (name.equals(PDF)) {
        return Form.PDF;
      }
    }
    return Form.JSON;
  }

  /** The language of a PDF for {@code request}. */
  public static DocumentLanguage language(HttpRequest<?> request) {
    return DocumentLanguage.fromAcceptLanguage(request.getHeaders().get(HttpHeaders.ACCEPT_LANGUAGE));
  }

  /** An owner's statement lines as CSV. */
  HttpResponse<?> statementCsv(OwnerStatementController.Computed c, String owner) {
    return csv(CsvExports.statementLines(c.statement()), "statement-" + owner + ".csv");
  }

  /** An owner's statement as PDF. */
  HttpResponse<?> statementPdf(OrganisationId organisation, OwnerStatementController.Computed c, String owner,
      HttpRequest<?> request) {
    String building = c.view().building();
    Parties parties = parties(organisation, building == null ? null : BuildingId.of(building));
    return pdf(StatementDocument.of(c.statement(), owner, parties, language(request)), "statement-" + owner + ".pdf");
  }

  /**
   * The minutes of an assembly closed through its lifecycle as PDF, signed by the syndic and the
   * people {@code signatory} names.
   */
  HttpResponse<?> minutesPdf(OrganisationId organisation, GeneralAssembly assembly, BuildingId building,
      @Nullable List<String> signatory, HttpRequest<?> request) {
    Parties parties = parties(organisation, building);
    return pdf(MinutesDocument.of(assembly, parties, signatories(parties, signatory), language(request)),
        "minutes-" + assembly.id().value() + ".pdf");
  }

  /** The names a document about {@code building} (or the organisation, when null) prints. */
  Parties parties(OrganisationId organisation, BuildingId building) {
    ReadDocumentParties.Parties p = names.get().parties(organisation.value(), building == null ? null : building.value());
    return new Parties(p.place(), p.address(), p.organisation(), p.names());
  }

  private static List<String> signatories(Parties parties, List<String> named) {
    List<String> all = new java.util.ArrayList<>();
    all.add(parties.syndic());
    if (named != null) {
      if (named.size() > 20) {
        throw KoproGoException.of(ErrorCode.INVALID_FIELD, "at most 20 signatories", "field", "signatory",
            "value", named.size());
      }
      for (String s : named) {
        all.add(parties.name(text(s, "signatory", "")));
      }
    }
    return all;
  }

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

  /** {@code table} as a CSV attachment named {@code filename}. */
  static HttpResponse<String> csv(CsvTable table, String filename) {
    return HttpResponse.ok(table.text())
        .contentType(MediaType.of(CsvTable.MEDIA_TYPE))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"");
  }

  HttpResponse<byte[]> pdf(DocumentModel model, String filename) {
    return HttpResponse.ok(renderer().pdf(model))
        .contentType(MediaType.of(PDF))
        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + filename + "\"");
  }

  private PdfDocuments renderer() {
    PdfDocuments d = documents;
    if (d == null) {
      synchronized (this) {
        if (documents == null) {
          documents = PdfDocuments.create();
        }
        d = documents;
      }
    }
    return d;
  }
}
