/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.pages;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;

/**
 * The pages' data source: the demo data, unless the host provides its own {@link
 * TransparencySource} (over its repositories), which then wins.
 */
@Factory
final class PagesBeans {

  @Singleton
  @Secondary
  TransparencySource demoTransparencySource() {
    return new DemoTransparencySource();
  }
}
