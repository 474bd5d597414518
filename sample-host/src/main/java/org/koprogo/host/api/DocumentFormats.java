/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import org.koprogo.adapters.documents.AssemblyDocuments;
import org.koprogo.adapters.documents.DocumentLanguage;
import org.koprogo.adapters.documents.DocumentModel;
import org.koprogo.adapters.documents.Parties;
import org.koprogo.adapters.documents.StatementDocument;
import org.koprogo.adapters.documents.csv.CsvExports;
import org.koprogo.adapters.documents.csv.CsvTable;
import org.koprogo.domain.building.BuildingId;
import org.koprogo.ports.in.assembly.RunGeneralAssembly;
import org.koprogo.ports.in.query.ReadDocumentParties;
import org.koprogo.ports.out.OrganisationId;

/**
 * The PDF and CSV forms of resources the JSON routes serve. A route that offers them asks {@link
 * #wanted} which form the {@code Accept} header prefers (JSON unless PDF or CSV comes first), keeps
 * its own authorisation, and hands what the library computed to the documents adapter ({@link
 * AssemblyDocuments}: the PDFs themselves, the names they print, the renderer): the figures are the
 * JSON's. The language of a PDF is the first of fr, nl, de, en in {@code Accept-Language}, Dutch
 * otherwise.
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

  private final AssemblyDocuments documents;

  /** The in-ports are looked up when first used: the use cases are built with the email channel, which uses this. */
  DocumentFormats(Provider<RunGeneralAssembly> assemblies, Provider<ReadDocumentParties> names) {
    this.documents = new AssemblyDocuments(assemblies::get, names::get);
  }

  /** The library's documents this host serves (one for the host: its memo and renderer are shared). */
  public AssemblyDocuments documents() {
    return documents;
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
    Parties parties = documents.parties(organisation.value(), c.view().building());
    return pdf(StatementDocument.of(c.statement(), owner, parties, language(request)), "statement-" + owner + ".pdf");
  }

  /** The names a document about {@code building} (or the organisation, when null) prints. */
  Parties parties(OrganisationId organisation, BuildingId building) {
    return documents.parties(organisation.value(), building == null ? null : building.value());
  }

  private static HttpResponse<String> csv(CsvTable table, String filename) {
    return HttpResponse.ok(table.text())
        .contentType(MediaType.of(CsvTable.MEDIA_TYPE))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"");
  }

  HttpResponse<byte[]> pdf(DocumentModel model, String filename) {
    return pdf(documents.pdf(model), filename);
  }

  /** A PDF answered inline as {@code filename}. */
  static HttpResponse<byte[]> pdf(byte[] pdf, String filename) {
    return HttpResponse.ok(pdf)
        .contentType(MediaType.of(PDF))
        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + filename + "\"");
  }
}
