/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.store;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.koprogo.adapters.banking.BankStatementFiles;
import org.koprogo.adapters.jdbc.JdbcBankLines;
import org.koprogo.adapters.jdbc.JdbcCommitments;
import org.koprogo.adapters.jdbc.JdbcJournal;
import org.koprogo.adapters.jdbc.JdbcStore;
import org.koprogo.domain.accounting.ChartOfAccounts;
import org.koprogo.ports.application.BankStatementImport;
import org.koprogo.ports.application.Bookkeeping;
import org.koprogo.ports.application.CommandValidation;
import org.koprogo.ports.application.CommitmentKeeping;
import org.koprogo.ports.application.EarlierPaymentsPosting;
import org.koprogo.ports.application.SaleInformationReading;
import org.koprogo.ports.application.UseCases;
import org.koprogo.ports.in.GiveSaleInformation;
import org.koprogo.ports.in.ImportBankStatements;
import org.koprogo.ports.in.KeepCommitments;
import org.koprogo.ports.in.statement.PostEarlierPayments;
import org.koprogo.ports.out.BankLines;
import org.koprogo.ports.out.Commitments;
import org.koprogo.ports.out.Journal;
import org.koprogo.ports.out.OutPorts;
import org.koprogo.ports.out.StatementFiles;

/**
 * Money in and the books (docs/banking.md, docs/sale-of-a-lot.md): the buildings' journals and
 * bank lines and registers of commitments on the JDBC store (joining its transactions), the
 * statement readers of adapters-banking, and the use cases of koprogo-ports on them.
 */
@Factory
final class BankingBeans {

  @Singleton
  Journal journal(JdbcStore store) {
    return new JdbcJournal(store);
  }

  @Singleton
  BankLines bankLines(JdbcStore store) {
    return new JdbcBankLines(store);
  }

  @Singleton
  Commitments commitments(JdbcStore store) {
    return new JdbcCommitments(store);
  }

  @Singleton
  KeepCommitments keepCommitments(OutPorts ports, Commitments commitments, CommandValidation validation) {
    return new CommitmentKeeping(ports, commitments, validation);
  }

  @Singleton
  StatementFiles statementFiles() {
    return new BankStatementFiles();
  }

  /**
   * The books of each building ({@code KeepBooks}), which the import and the sale information post
   * to and read; a call for funds queues its notice on the owner's chosen channel.
   */
  @Singleton
  Bookkeeping bookkeeping(OutPorts ports, Journal journal, CommandValidation validation, UseCases useCases) {
    return new Bookkeeping(ports, journal, ChartOfAccounts.belgianMinimum(),
        validation, useCases.personNotifications());
  }

  @Singleton
  PostEarlierPayments postEarlierPayments(OutPorts ports, Bookkeeping bookkeeping, CommandValidation validation) {
    return new EarlierPaymentsPosting(ports, bookkeeping, validation);
  }

  @Singleton
  ImportBankStatements importBankStatements(OutPorts ports, BankLines bankLines, StatementFiles files,
      Bookkeeping bookkeeping, CommandValidation validation) {
    return new BankStatementImport(ports, bankLines, files, bookkeeping,
        validation);
  }

  @Singleton
  GiveSaleInformation giveSaleInformation(OutPorts ports, Bookkeeping bookkeeping, Commitments commitments,
      CommandValidation validation) {
    return new SaleInformationReading(ports, bookkeeping, commitments,
        validation);
  }
}
