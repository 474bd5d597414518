/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.floor.full;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The body of POST /items, with constraints. */
@Introspected
public record NewItem(
    @NotBlank @Size(max = 200) String label, @NotNull @Positive BigDecimal amount, @NotNull LocalDate bookedOn) {}
