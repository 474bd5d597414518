/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.koprogo.domain.shared.KoproGoException;

/**
 * The cases of {@code payment/payment-references.json} (vector style: an input and either the
 * expected forms or the expected error code), one dynamic test per case.
 */
class PaymentReferenceCasesTest {

  @TestFactory
  List<DynamicTest> everyCase() throws IOException {
    JsonNode file;
    try (InputStream in = getClass().getResourceAsStream("/payment/payment-references.json")) {
      file = new ObjectMapper().readTree(in);
    }
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode c : file.get("cases")) {
      String input = c.get("input").asText();
      tests.add(
          DynamicTest.dynamicTest(
              c.get("name").asText(),
              () -> {
                if (c.has("expectError")) {
                  KoproGoException e =
                      catchThrowableOfType(KoproGoException.class, () -> PaymentReference.parse(input));
                  assertThat(e).as("refused").isNotNull();
                  assertThat(e.code().name()).isEqualTo(c.get("expectError").asText());
                  assertThat(e.details()).containsEntry("field", "reference");
                } else {
                  PaymentReference r = PaymentReference.parse(input);
                  JsonNode expect = c.get("expect");
                  assertThat(r.electronic()).isEqualTo(expect.get("electronic").asText());
                  assertThat(r.printed()).isEqualTo(expect.get("printed").asText());
                  assertThat(r.body()).isEqualTo(expect.get("body").asText());
                  assertThat(PaymentReference.parse(r.printed())).isEqualTo(r);
                }
              }));
    }
    return tests;
  }
}
