/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.xml.DomXmpParser;

/** What a test reads back from a rendered PDF, through PDFBox. */
final class PdfChecks {
  private PdfChecks() {}

  /** The text of every page, as a reader would copy it. */
  static String text(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Checks what makes the file a tagged PDF/A-2a in {@code language}: the XMP identification
   * (part 2, level A), the catalogue's language, the structure tree and mark info, an output
   * intent, and every font of every page embedded.
   */
  static void assertPdfA2a(byte[] pdf, String language) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDDocumentCatalog catalog = doc.getDocumentCatalog();
      PDMetadata metadata = catalog.getMetadata();
      assertThat(metadata).as("XMP metadata").isNotNull();
      XMPMetadata xmp = new DomXmpParser().parse(new ByteArrayInputStream(metadata.toByteArray()));
      PDFAIdentificationSchema id = xmp.getPDFAIdentificationSchema();
      assertThat(id).as("PDF/A identification").isNotNull();
      assertThat(id.getPart()).isEqualTo(2);
      assertThat(id.getConformance()).isEqualTo("A");
      assertThat(catalog.getLanguage()).isEqualTo(language);
      assertThat(catalog.getStructureTreeRoot()).as("structure tree (tagged)").isNotNull();
      assertThat(catalog.getMarkInfo()).isNotNull();
      assertThat(catalog.getMarkInfo().isMarked()).isTrue();
      assertThat(catalog.getOutputIntents()).as("output intent").isNotEmpty();
      assertThat(doc.getDocumentInformation().getTitle()).isNotBlank();
      for (PDPage page : doc.getPages()) {
        PDResources resources = page.getResources();
        for (COSName name : resources.getFontNames()) {
          PDFont font = resources.getFont(name);
          assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
          assertThat(font.getName()).contains("LiberationSans");
        }
      }
    } catch (Exception e) {
      throw new AssertionError("not a readable PDF/A-2a: " + e, e);
    }
  }
}
