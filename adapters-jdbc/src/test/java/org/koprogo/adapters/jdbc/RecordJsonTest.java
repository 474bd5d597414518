/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.coop.GroupId;
import org.koprogo.domain.coop.ledger.Ledger;
import org.koprogo.domain.shared.Fraction;
import org.koprogo.domain.shared.Money;

class RecordJsonTest {
  sealed interface Shape permits Circle, Square {}

  record Circle(long radius) implements Shape {}

  record Square(Fraction side) implements Shape {}

  record Drawing(String title, List<Shape> shapes, Optional<Shape> highlighted, Map<Shape, Money> prices) {}

  record Holder(Ledger ledger) {}

  record Text(String value, long number) {}

  interface Colour {}

  enum Primary implements Colour { RED, BLUE }

  enum Shade implements Colour { DARK }

  record Palette(Colour main, List<Colour> others, Primary plain, Optional<Colour> accent) {}

  @Test
  void keepsTheConcreteRecordBehindAnInterface() {
    Drawing drawing = new Drawing(
        "plan", List.of(new Circle(3), new Square(Fraction.of(1, 3))), Optional.of(new Circle(1)),
        Map.of(new Square(Fraction.of(2, 7)), Money.ofMinor(Money.EUR, -5)));

    String json = RecordJson.write(drawing);

    assertThat(json).contains("\"@type\":\"" + Circle.class.getName() + "\"", "\"side\":\"1/3\"");
    assertThat(RecordJson.read(json, Drawing.class)).isEqualTo(drawing);
  }

  @Test
  void keepsTheEnumBehindAnInterface() {
    Palette palette = new Palette(Primary.BLUE, List.of(Shade.DARK, Primary.RED), Primary.RED, Optional.of(Shade.DARK));

    String json = RecordJson.write(palette);

    assertThat(json).contains("\"@enum\":\"" + Shade.class.getName() + "\"", "\"plain\":\"RED\"");
    assertThat(RecordJson.read(json, Palette.class)).isEqualTo(palette);
  }

  @Test
  void refusesAnEnumOfAnotherType() {
    String json = RecordJson.write(new Palette(Primary.BLUE, List.of(), Primary.RED, Optional.empty()))
        .replace(Primary.class.getName(), Text.class.getName());

    assertThatThrownBy(() -> RecordJson.read(json, Palette.class)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesAClassWithHiddenState() {
    Holder holder = new Holder(Ledger.empty(GroupId.of("g"), Money.EUR));

    assertThatThrownBy(() -> RecordJson.write(holder))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not storable");
  }

  @Test
  void anyTextAndNumberSurvive() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 40), longs().all())
        .checkAssert((s, n) -> assertThat(RecordJson.read(RecordJson.write(new Text(s, n)), Text.class))
            .isEqualTo(new Text(s, n)));
  }

  @Test
  void controlCharactersAreEscaped() {
    qt().forAll(integers().between(0, 0x1f))
        .checkAssert(c -> assertThat(RecordJson.write(new Text(String.valueOf((char) c.intValue()), 0)))
            .doesNotContain(String.valueOf((char) c.intValue())));
  }
}
