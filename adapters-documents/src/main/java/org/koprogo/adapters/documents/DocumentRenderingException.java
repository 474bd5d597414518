/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.documents;

/** A document the layout engine could not render (a template error: never the caller's input). */
public final class DocumentRenderingException extends RuntimeException {
  private final String template;

  DocumentRenderingException(String template, String detail) {
    super("document '" + template + "' could not be rendered: " + detail);
    this.template = template;
  }

  /** The template that failed. */
  public String template() {
    return template;
  }
}
