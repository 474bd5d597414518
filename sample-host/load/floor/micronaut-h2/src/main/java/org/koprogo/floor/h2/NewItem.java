/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.floor.h2;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The body of POST /items. */
public record NewItem(String label, BigDecimal amount, LocalDate bookedOn) {}
