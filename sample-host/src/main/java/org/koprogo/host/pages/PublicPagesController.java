/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.pages;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The public pages: {@code /transparency} and {@code /assemblies/{organisation}/{assembly}/results},
 * server-rendered HTML in the reader's language, with the inputs behind each page at {@code
 * data.json}.
 *
 * <p>Open to anonymous readers: the pages publish only what the association and the buildings
 * make public (totals, never an owner's name or ballot; the inputs pseudonymised). Every
 * response is computed from the stores the API writes, read through the {@link
 * TransparencySource}; the transparency page is kept ({@link TransparencyCache}) until its data
 * change.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
public final class PublicPagesController {
  static final String HTML = "text/html;charset=utf-8";
  /** No script, no frame, styles and images from the host only. */
  static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; "
      + "img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
  private static final String CSS = resource("pages/pages.css");
  private static final String ICON = resource("pages/favicon.svg");

  private final TransparencySource source;
  private final TransparencyCache cache;

  PublicPagesController(TransparencySource source, TransparencyCache cache) {
    this.source = source;
    this.cache = cache;
  }

  /** The association's year in figures; 404 (as a page) when no year is published. */
  @Get(uri = TransparencyPage.PATH, produces = HTML)
  @ExecuteOn(TaskExecutors.BLOCKING)
  public HttpResponse<String> transparency(
      @Nullable @QueryValue("lang") String lang,
      @Nullable @Header(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
    PageLanguage language = PageLanguage.choose(lang, acceptLanguage);
    Optional<TransparencyFigures> figures = figures();
    if (figures.isEmpty()) {
      PageTexts texts = PageTexts.of(language);
      return html(HttpStatus.NOT_FOUND, language, NotFoundPage.render(texts, TransparencyPage.PATH,
          TransparencyPage.nav(texts, null), "notFound.noYear"));
    }
    return html(HttpStatus.OK, language,
        cache.page(language.tag(), () -> TransparencyPage.render(figures.get(), language)));
  }

  /** The inputs of the transparency page, as the {@code surplus-allocation} calculation takes them. */
  @Get(uri = TransparencyPage.DATA_PATH, produces = MediaType.APPLICATION_JSON)
  @ExecuteOn(TaskExecutors.BLOCKING)
  public HttpResponse<Map<String, Object>> transparencyData() {
    return figures().map(f -> HttpResponse.ok(TransparencyPage.data(f)))
        .orElseGet(HttpResponse::notFound);
  }

  /** An assembly's results; 404 (as a page) for an assembly whose minutes are not public. */
  @Get(uri = "/assemblies/{organisation}/{id}/results", produces = HTML)
  @ExecuteOn(TaskExecutors.BLOCKING)
  public HttpResponse<String> assemblyResults(
      @PathVariable String organisation,
      @PathVariable String id,
      @Nullable @QueryValue("lang") String lang,
      @Nullable @Header(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
    PageLanguage language = PageLanguage.choose(lang, acceptLanguage);
    PageTexts texts = PageTexts.of(language);
    Optional<AssemblyRecord> assembly = source.assembly(organisation, id);
    if (assembly.isEmpty()) {
      return html(HttpStatus.NOT_FOUND, language, NotFoundPage.render(
          texts, AssemblyResultsPage.path(organisation, id), TransparencyPage.nav(texts, null)));
    }
    List<PageLayout.NavLink> nav =
        TransparencyPage.nav(texts, AssemblyResultsPage.path(organisation, id));
    return html(HttpStatus.OK, language, AssemblyResultsPage.render(assembly.get(), nav, language));
  }

  /** The inputs of an assembly's page, as the {@code general-assembly} calculation takes them. */
  @Get(uri = "/assemblies/{organisation}/{id}/data.json", produces = MediaType.APPLICATION_JSON)
  @ExecuteOn(TaskExecutors.BLOCKING)
  public HttpResponse<Map<String, Object>> assemblyData(
      @PathVariable String organisation, @PathVariable String id) {
    return source.assembly(organisation, id)
        .map(a -> HttpResponse.ok(AssemblyResultsPage.data(a)))
        .orElseGet(HttpResponse::notFound);
  }

  /** The figures of the association's last decided year, if one is published. */
  private Optional<TransparencyFigures> figures() {
    return cache.figures(() -> source.associationYear().map(year -> TransparencyFigures.of(year,
        year.assemblyId() == null ? Optional.empty() : source.assembly(year.organisation(), year.assemblyId()))));
  }

  /** The pages' style sheet. */
  @Get(uri = PageLayout.STYLESHEET, produces = "text/css;charset=utf-8")
  public HttpResponse<String> stylesheet() {
    return HttpResponse.ok(CSS).header(HttpHeaders.CACHE_CONTROL, "public, max-age=3600");
  }

  /** The pages' icon. */
  @Get(uri = PageLayout.ICON, produces = "image/svg+xml")
  public HttpResponse<String> icon() {
    return HttpResponse.ok(ICON).header(HttpHeaders.CACHE_CONTROL, "public, max-age=86400");
  }

  private static MutableHttpResponse<String> html(
      HttpStatus status, PageLanguage language, String body) {
    return HttpResponse.<String>status(status)
        .body(body)
        .contentType(HTML)
        .header(HttpHeaders.CONTENT_LANGUAGE, language.tag())
        .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
        .header(HttpHeaders.CACHE_CONTROL, "no-cache")
        .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        .header("X-Content-Type-Options", "nosniff")
        .header("Referrer-Policy", "no-referrer");
  }

  private static String resource(String path) {
    try (InputStream in = PublicPagesController.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
