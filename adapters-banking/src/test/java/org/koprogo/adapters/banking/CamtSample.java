/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.banking;

/**
 * camt.053 statements written for the tests from the ISO 20022 message definition (versions
 * .001.02 and .001.08): the same movements as {@link CodaSample#demo}, plus a pending entry that
 * must be left out.
 */
final class CamtSample {
  private CamtSample() {}

  static String v02(String reference) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">
          <BkToCstmrStmt>
            <GrpHdr><MsgId>MSG-2026-03-31</MsgId><CreDtTm>2026-03-31T20:00:00</CreDtTm></GrpHdr>
            <Stmt>
              <Id>2026-042</Id>
              <ElctrncSeqNb>42</ElctrncSeqNb>
              <CreDtTm>2026-03-31T20:00:00</CreDtTm>
              <Acct><Id><IBAN>BE68539007547034</IBAN></Id><Ccy>EUR</Ccy></Acct>
              <Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">1000.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-02-28</Dt></Dt></Bal>
              <Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">2110.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-03-31</Dt></Dt></Bal>
              <Ntry>
                <Amt Ccy="EUR">750.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>
                <BookgDt><Dt>2026-03-15</Dt></BookgDt><ValDt><Dt>2026-03-15</Dt></ValDt>
                <AcctSvcrRef>A01</AcctSvcrRef>
                <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>
                <NtryDtls><TxDtls>
                  <RltdPties><Dbtr><Nm>Anne Peeters</Nm></Dbtr><DbtrAcct><Id><IBAN>BE71096123456769</IBAN></Id></DbtrAcct></RltdPties>
                  <RmtInf><Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry><Issr>BBA</Issr></Tp><Ref>%s</Ref></CdtrRefInf></Strd></RmtInf>
                </TxDtls></NtryDtls>
              </Ntry>
              <Ntry>
                <Amt Ccy="EUR">500.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>
                <BookgDt><Dt>2026-03-20</Dt></BookgDt><ValDt><Dt>2026-03-20</Dt></ValDt>
                <AcctSvcrRef>A02</AcctSvcrRef>
                <NtryDtls><TxDtls>
                  <RltdPties><Dbtr><Nm>Bruno Dubois</Nm></Dbtr></RltdPties>
                  <RmtInf><Ustrd>charges Q1 appartement A2 &amp; cave</Ustrd></RmtInf>
                </TxDtls></NtryDtls>
              </Ntry>
              <Ntry>
                <Amt Ccy="EUR">240.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts>BOOK</Sts>
                <BookgDt><Dt>2026-03-25</Dt></BookgDt><ValDt><Dt>2026-03-25</Dt></ValDt>
                <AcctSvcrRef>A03</AcctSvcrRef>
                <NtryDtls><TxDtls><RltdPties><Cdtr><Nm>Net &amp; Propre SRL</Nm></Cdtr></RltdPties><RmtInf><Ustrd>facture 2026/17</Ustrd></RmtInf></TxDtls></NtryDtls>
              </Ntry>
              <Ntry>
                <Amt Ccy="EUR">100.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>
                <BookgDt><Dt>2026-03-30</Dt></BookgDt>
                <AcctSvcrRef>A04</AcctSvcrRef>
                <NtryDtls>
                  <TxDtls><AmtDtls><TxAmt><Amt Ccy="EUR">60.00</Amt></TxAmt></AmtDtls><RmtInf><Ustrd>part one</Ustrd></RmtInf></TxDtls>
                  <TxDtls><AmtDtls><TxAmt><Amt Ccy="EUR">40.00</Amt></TxAmt></AmtDtls><RmtInf><Ustrd>part two</Ustrd></RmtInf></TxDtls>
                </NtryDtls>
              </Ntry>
              <Ntry>
                <Amt Ccy="EUR">999.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>PDNG</Sts>
                <BookgDt><Dt>2026-03-31</Dt></BookgDt>
              </Ntry>
            </Stmt>
          </BkToCstmrStmt>
        </Document>
        """.formatted(reference);
  }

  /** Version .08: the status is a code, the parties' names sit under {@code Pty}, amounts per detail under {@code Amt}. */
  static String v08(String reference) {
    return v02(reference)
        .replace("camt.053.001.02", "camt.053.001.08")
        .replace("<Sts>BOOK</Sts>", "<Sts><Cd>BOOK</Cd></Sts>")
        .replace("<Sts>PDNG</Sts>", "<Sts><Cd>PDNG</Cd></Sts>")
        .replace("<Dbtr><Nm>Anne Peeters</Nm></Dbtr>", "<Dbtr><Pty><Nm>Anne Peeters</Nm></Pty></Dbtr>")
        .replace("<Dbtr><Nm>Bruno Dubois</Nm></Dbtr>", "<Dbtr><Pty><Nm>Bruno Dubois</Nm></Pty></Dbtr>")
        .replace("<Cdtr><Nm>Net &amp; Propre SRL</Nm></Cdtr>", "<Cdtr><Pty><Nm>Net &amp; Propre SRL</Nm></Pty></Cdtr>")
        .replace("<AmtDtls><TxAmt><Amt Ccy=\"EUR\">60.00</Amt></TxAmt></AmtDtls>", "<Amt Ccy=\"EUR\">60.00</Amt><CdtDbtInd>CRDT</CdtDbtInd>")
        .replace("<AmtDtls><TxAmt><Amt Ccy=\"EUR\">40.00</Amt></TxAmt></AmtDtls>", "<Amt Ccy=\"EUR\">40.00</Amt><CdtDbtInd>CRDT</CdtDbtInd>");
  }
}
