/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.koprogo.domain.shared.KoproGoException;

/**
 * Re-roots the field path of a library refusal to the request's own: the domain names the fields
 * of its aggregate ({@code policy.graceDays}), a request body may carry them at its root ({@code
 * graceDays}). The code and the other details are kept; nothing is validated again.
 */
public final class FieldPaths {
  private FieldPaths() {}

  /**
   * {@code e} with its {@code field} (and the same prefix in its reason) re-rooted from {@code
   * from} to {@code to}; {@code e} itself when its field does not start with {@code from}.
   *
   * @param e the library's refusal
   * @param from the prefix the library uses, for example {@code policy.}
   * @param to the prefix of the request, for example the empty string
   * @return the refusal to report
   */
  public static KoproGoException reroot(KoproGoException e, String from, String to) {
    Object field = e.details().get("field");
    if (!(field instanceof String path) || !path.startsWith(from)) {
      return e;
    }
    List<Object> details = new ArrayList<>();
    for (Map.Entry<String, Object> d : e.details().entrySet()) {
      details.add(d.getKey());
      details.add(d.getKey().equals("field") ? to + path.substring(from.length()) : d.getValue());
    }
    String reason = e.reason().replace(path, to + path.substring(from.length()));
    return KoproGoException.of(e.code(), reason, details.toArray());
  }
}
