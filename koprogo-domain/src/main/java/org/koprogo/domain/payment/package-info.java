/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
/**
 * Structured payment references: the Belgian structured communication ({@code
 * +++ddd/dddd/ddddd+++}, modulo 97) and the ISO 11649 creditor reference ({@code RF}, ISO 7064
 * MOD 97-10), and the reference of each call for funds and owner ({@link
 * org.koprogo.domain.payment.CallReference}). See docs/banking.md.
 */
package org.koprogo.domain.payment;
