/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.floor.full;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.NotBlank;

/** The body of POST /login. */
@Introspected
public record Credentials(@NotBlank String username, @NotBlank String password) {}
