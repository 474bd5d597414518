/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in.community;

import jakarta.validation.constraints.NotBlank;

/**
 * A building's community, as a query names it.
 *
 * @param organisation the tenant
 * @param building the building
 */
public record CommunityRef(@NotBlank String organisation, @NotBlank String building) {}
