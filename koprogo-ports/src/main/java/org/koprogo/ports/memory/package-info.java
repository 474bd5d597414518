/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/**
 * In-memory adapters of every out port, for tests and small embeddings: one lock serialises all
 * access, and units of work roll back as a database would.
 *
 * <p>Entry point: {@link org.koprogo.ports.memory.MemoryDatabase}, whose {@code InMemory*} ports
 * make up an {@link org.koprogo.ports.out.OutPorts}; {@link org.koprogo.ports.memory.ManualClock}
 * and {@link org.koprogo.ports.memory.SystemClock} implement {@link
 * org.koprogo.ports.out.Clock}.
 */
package org.koprogo.ports.memory;
