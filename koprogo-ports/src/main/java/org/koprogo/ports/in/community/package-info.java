/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/**
 * The use cases of the community modules, one interface per module.
 *
 * <p>Implementations come from {@link
 * org.koprogo.ports.application.community.CommunityUseCases}: {@link
 * org.koprogo.ports.in.community.ManageCommunity}, {@link
 * org.koprogo.ports.in.community.RunLocalExchange}, {@link
 * org.koprogo.ports.in.community.LendObjects}, {@link org.koprogo.ports.in.community.RunSwapBazaar},
 * {@link org.koprogo.ports.in.community.KeepNoticeBoard}, {@link
 * org.koprogo.ports.in.community.KeepSkillsDirectory} and {@link
 * org.koprogo.ports.in.community.ReportCommunityImpact}.
 */
package org.koprogo.ports.in.community;
