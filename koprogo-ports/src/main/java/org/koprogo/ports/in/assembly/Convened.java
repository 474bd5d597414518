/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in.assembly;

import java.util.List;
import java.util.Objects;
import org.koprogo.domain.assembly.meeting.ConvocationMeans;
import org.koprogo.domain.notification.ChannelChoice;
import org.koprogo.domain.notification.ContactChannel;

/**
 * A convened assembly and how each owner's convocation goes: the notices queued, and the owners
 * the syndic must send the convocation to on paper (by registered letter, Civil Code art. 3.87 §3).
 *
 * @param meeting the assembly, CONVENED
 * @param owners each owner of the voting body, in its order, with the means of their convocation
 */
public record Convened(Meeting meeting, List<OwnerConvocation> owners) {
  /**
   * Checks the parts and copies the list.
   *
   * @param meeting the assembly, never null
   * @param owners each owner with the means of their convocation, never null
   */
  public Convened {
    Objects.requireNonNull(meeting, "meeting");
    owners = List.copyOf(owners);
  }

  /**
   * The owners to convene on paper, in the voting body's order.
   *
   * @return the owners whose convocation is a {@link ConvocationMeans#REGISTERED_LETTER}
   */
  public List<OwnerConvocation> byPost() {
    return owners.stream().filter(o -> o.means().byPost()).toList();
  }

  /**
   * One owner's convocation.
   *
   * @param owner the owner's (or member's) id
   * @param means the convocation itself: the agreed email carrying the document, or a registered
   *     letter the syndic sends
   * @param channel the channel of the owner's notice ({@code POST}: nothing electronic)
   * @param reason why that channel (chosen, consented, no consent, no address, nothing chosen)
   * @param queued whether a notice was queued on {@code channel} (now or by an earlier call); a
   *     WhatsApp notice announces the meeting while the letter is the convocation
   */
  public record OwnerConvocation(
      String owner, ConvocationMeans means, ContactChannel channel, ChannelChoice.Reason reason, boolean queued) {
    /**
     * Checks the parts.
     *
     * @param owner never null
     * @param means never null
     * @param channel never null
     * @param reason never null
     * @param queued whether a notice was queued
     */
    public OwnerConvocation {
      Objects.requireNonNull(owner, "owner");
      Objects.requireNonNull(means, "means");
      Objects.requireNonNull(channel, "channel");
      Objects.requireNonNull(reason, "reason");
    }
  }
}
