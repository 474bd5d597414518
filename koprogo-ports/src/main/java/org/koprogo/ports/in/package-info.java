/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/**
 * The use cases a host calls: one interface per use case, with command records validated by
 * Jakarta Validation constraints.
 *
 * <p>Implementations come from {@link org.koprogo.ports.application.UseCases}; for example {@link
 * org.koprogo.ports.in.RegisterBuilding}, {@link org.koprogo.ports.in.DistributeExpense}, {@link
 * org.koprogo.ports.in.RecordContribution} and {@link org.koprogo.ports.in.ErasePersonalData}.
 */
package org.koprogo.ports.in;
