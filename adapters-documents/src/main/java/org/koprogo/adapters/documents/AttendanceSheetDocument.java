/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.koprogo.domain.assembly.Attendance;
import org.koprogo.domain.assembly.AttendanceMode;
import org.koprogo.domain.assembly.Owner;
import org.koprogo.domain.assembly.meeting.GeneralAssembly;
import org.koprogo.domain.building.OwnerId;

/**
 * The attendance sheet of a general assembly: every owner with their lots and shares, present or
 * represented and by whom, and a column to sign. Before the meeting opens the presence column is
 * blank, to be filled in at the door; once it opened, it is the attendance list recorded.
 *
 * @param language the language
 * @param parties the building and the names
 * @param assembly the assembly's id
 * @param meetingOn the day of the meeting
 * @param rows one per owner, in the assembly's order
 * @param sharesTotal the shares of all the owners
 * @param recorded true when the attendance was recorded (the meeting opened)
 */
public record AttendanceSheetDocument(
    DocumentLanguage language, Parties parties, String assembly, LocalDate meetingOn, List<Row> rows,
    BigDecimal sharesTotal, boolean recorded) implements DocumentModel {
  public AttendanceSheetDocument {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(parties, "parties");
    rows = List.copyOf(rows);
  }

  /**
   * One owner.
   *
   * @param owner the owner's id
   * @param name the owner's name
   * @param lots how many lots they hold
   * @param shares their shares in the common parts
   * @param presence present, represented or absent, in words (blank before the meeting)
   * @param holder the name of who represents them, or null
   */
  public record Row(String owner, String name, int lots, BigDecimal shares, String presence, String holder) {}

  /** The attendance sheet of {@code assembly} (convened, or opened with its attendance). */
  public static AttendanceSheetDocument of(GeneralAssembly assembly, Parties parties, DocumentLanguage language) {
    Texts t = Texts.of(language);
    Map<OwnerId, Attendance> attendance = new LinkedHashMap<>();
    boolean recorded = assembly.tally() != null;
    if (recorded) {
      for (Attendance a : assembly.tally().attendance()) {
        attendance.put(a.owner(), a);
      }
    }
    List<Row> rows = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    for (Owner o : assembly.owners()) {
      total = total.add(o.shares());
      Attendance a = attendance.get(o.id());
      String presence;
      String holder = null;
      if (!recorded) {
        presence = "";
      } else if (a == null) {
        presence = t.text("attendance.absent");
      } else if (a.mode() == AttendanceMode.PRESENT) {
        presence = t.text("attendance.present");
      } else {
        holder = parties.name(a.holder().value());
        presence = t.text("attendance.represented");
      }
      rows.add(new Row(o.id().value(), parties.name(o.id().value()), o.lots(), o.shares(), presence, holder));
    }
    return new AttendanceSheetDocument(language, parties, assembly.id().value(), assembly.meetingOn(),
        rows, total, recorded);
  }

  @Override
  public String template() {
    return "attendance";
  }
}
