/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.floor.h2;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An item as GET /items lists it. */
public record Item(long id, String label, BigDecimal amount, LocalDate bookedOn) {}
