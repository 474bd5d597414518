/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.banking;

import java.util.List;
import org.koprogo.domain.payment.BankStatement;
import org.koprogo.ports.out.StatementFiles;

/** {@link StatementFiles} by {@link BankStatementReader}: CODA for {@code text/plain}, camt.053 for {@code application/xml}. */
public final class BankStatementFiles implements StatementFiles {
  @Override
  public List<BankStatement> read(String mediaType, byte[] file) {
    return BankStatementReader.read(BankStatementReader.formatOf(mediaType), file);
  }
}
