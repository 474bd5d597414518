/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/**
 * The plain-Java application services that implement the use cases of {@link
 * org.koprogo.ports.in}, on the out ports only: no framework.
 *
 * <p>Entry point: {@link org.koprogo.ports.application.UseCases}, built once on an adapter's
 * {@link org.koprogo.ports.out.OutPorts}; {@link org.koprogo.ports.application.OutboxRelay}
 * delivers the outbox; {@link org.koprogo.ports.application.CommandValidation} checks a command's
 * constraints.
 */
package org.koprogo.ports.application;
