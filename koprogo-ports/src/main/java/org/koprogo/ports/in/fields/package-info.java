/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/**
 * Internal, not exported: how the in-ports' client commands read a field a client sent as text
 * (required, or one of an enum's names), with the coded error naming the field. Shared by the
 * cooperative's in-ports and the general assembly's application services, so that the rule is
 * written once.
 *
 * <p>Entry point: {@link org.koprogo.ports.in.fields.ClientFields}.
 */
package org.koprogo.ports.in.fields;
