/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/**
 * Internal, not exported: how the in-ports' client commands read a field a client sent as text
 * (required, one of an enum's names, a date, a time, a year), with the coded error naming the
 * field. Shared by the in-ports and the application services, so that each rule is written once;
 * a module outside reaches it through the in-ports (for example {@code
 * RunGeneralAssembly.startTime}), never directly.
 *
 * <p>Entry point: {@link org.koprogo.ports.in.fields.ClientFields}.
 */
package org.koprogo.ports.in.fields;
