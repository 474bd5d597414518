/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a component of a command that may be null (absent), for the tools that read commands
 * from a wire format by reflection (a host's JSON reader): they recognise an annotation by its
 * simple name {@code Nullable}. Micronaut and its OpenAPI generator do not: the read models a host
 * answers as they are ({@link org.koprogo.ports.in.assembly.MeetingSummary}) use {@code
 * jakarta.annotation.Nullable}, which they do recognise.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER})
public @interface Nullable {}
