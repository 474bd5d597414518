/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.documents;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Level;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders {@link DocumentModel}s: the Thymeleaf template of each document (XHTML, under {@code
 * org/koprogo/adapters/documents/templates}) filled with the model, then laid out by
 * openhtmltopdf on PDFBox as a tagged PDF/A-2a (PDF/UA structure, the Liberation Sans fonts
 * embedded and subset, an sRGB output intent, the title and language in the metadata).
 *
 * <p>Create one and keep it: the fonts and the templates are loaded once (the first document
 * also warms the layout engine up). Thread-safe: each rendering has its own renderer.
 */
public final class PdfDocuments {
  /** The font family every template uses; nothing else is embedded. */
  public static final String FONT_FAMILY = "Liberation Sans";
  /** The PDF/A part and conformance level written in the metadata. */
  public static final PdfAConformance CONFORMANCE = PdfAConformance.PDFA_2_A;

  private static final String TEMPLATES = "org/koprogo/adapters/documents/templates/";
  private static final String FONTS = "liberation/";

  private final TemplateEngine engine;
  private final byte[] colorProfile;
  private final List<Font> fonts;

  private record Font(byte[] bytes, int weight, FontStyle style) {}

  private PdfDocuments() {
    // The layout engine logs each rendering at INFO through java.util.logging: keep its warnings.
    for (String logger : XRLog.listRegisteredLoggers()) {
      XRLog.setLevel(logger, Level.WARNING);
    }
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(PdfDocuments.class.getClassLoader());
    resolver.setPrefix(TEMPLATES);
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.XML);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    engine = new TemplateEngine();
    engine.setTemplateResolver(resolver);
    engine.setMessageResolver(new TextsMessageResolver());
    colorProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    fonts = List.of(
        new Font(font("LiberationSans-Regular.ttf"), 400, FontStyle.NORMAL),
        new Font(font("LiberationSans-Bold.ttf"), 700, FontStyle.NORMAL),
        new Font(font("LiberationSans-Italic.ttf"), 400, FontStyle.ITALIC));
  }

  /** A renderer with the templates and fonts loaded. */
  public static PdfDocuments create() {
    return new PdfDocuments();
  }

  /** The document as XHTML, in its language (what the PDF is laid out from). */
  public String html(DocumentModel document) {
    Objects.requireNonNull(document, "document");
    Context context = new Context(document.language().locale(),
        Map.of("d", document, "f", new Formats(document.language()), "lang", document.language().code()));
    return engine.process(document.template(), context);
  }

  /**
   * The document as a tagged PDF/A-2a.
   *
   * @throws DocumentRenderingException when the layout engine reports an error
   */
  public byte[] pdf(DocumentModel document) {
    String html = html(document);
    List<Diagnostic> errors = new ArrayList<>();
    ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.usePdfAConformance(CONFORMANCE);
    builder.usePdfUaAccessibility(true);
    builder.useColorProfile(colorProfile);
    for (Font f : fonts) {
      builder.useFont(() -> new ByteArrayInputStream(f.bytes()), FONT_FAMILY, f.weight(), f.style(), true);
    }
    builder.withProducer("KoproGo");
    builder.withDiagnosticConsumer(d -> {
      if (d.getLevel().intValue() >= Level.SEVERE.intValue()) {
        errors.add(d);
      }
    });
    builder.withHtmlContent(html, null);
    builder.toStream(out);
    try {
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!errors.isEmpty()) {
      throw new DocumentRenderingException(document.template(), errors.get(0).getFormattedMessage());
    }
    return out.toByteArray();
  }

  private static byte[] font(String name) {
    try (InputStream in = PdfDocuments.class.getClassLoader().getResourceAsStream(FONTS + name)) {
      if (in == null) {
        throw new IllegalStateException("font " + name + " is not on the class path (openpdf-fonts-extra)");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
