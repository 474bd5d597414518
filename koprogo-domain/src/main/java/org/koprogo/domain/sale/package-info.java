/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
/**
 * The sale of a lot (Civil Code art. 3.94): the information the syndic gives the notary and the
 * split of the charges between seller and buyer at the transfer date. See docs/sale-of-a-lot.md.
 */
package org.koprogo.domain.sale;
