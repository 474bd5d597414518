/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.koprogo.ports.out.notification.Language;

/** {@code docs/whatsapp.md} lists the templates exactly as the code sends them. */
class TemplateCatalogueDocTest {

  @Test
  void documentsEveryTemplatesNameParametersAndBodiesVerbatim() throws Exception {
    String doc = Files.readString(docs().resolve("whatsapp.md"), StandardCharsets.UTF_8);

    for (NotificationTemplate template : TemplateCatalogue.all()) {
      assertThat(doc).contains("### `" + template.name() + "` (" + template.intent() + ")");
      for (int i = 0; i < template.parameters().size(); i++) {
        NotificationTemplate.Parameter parameter = template.parameters().get(i);
        assertThat(doc).contains("`{{" + (i + 1) + "}}` " + parameter.name() + " (" + parameter.kind().name().toLowerCase() + ")");
      }
      for (Map.Entry<Language, String> body : template.bodies().entrySet()) {
        assertThat(doc).contains("| `" + body.getKey().code() + "` | " + body.getValue() + " |");
      }
    }
  }

  private static Path docs() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("docs"))) {
      dir = dir.getParent();
    }
    assertThat(dir).as("a docs directory above the module").isNotNull();
    return dir.resolve("docs");
  }
}
