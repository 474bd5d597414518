/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/**
 * A building's notice board: notices shown until they expire, unless the council hides them.
 *
 * <p>Entry point: {@link org.koprogo.domain.community.notices.NoticeBoard}, holding {@link
 * org.koprogo.domain.community.notices.Notice}s.
 */
package org.koprogo.domain.community.notices;
