/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.shared.selection;

import java.util.Objects;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * The selection of the largest remainders behind {@link org.koprogo.domain.shared.Apportionment}:
 * which parties get the units left over once every party has its floor. Not part of the public
 * API (the module does not export this package); callers inside the domain that compute their own
 * quotas (composite charge keys) complete their splits here so that the rule keeps one
 * implementation.
 */
public final class RemainderSelection {
  private RemainderSelection() {}

  /**
   * Completes a largest-remainder split whose exact quotas the caller has already reduced to a
   * common denominator {@code d}: party {@code i}'s quota is {@code floors[i] + remainders[i] /
   * d} with {@code 0 <= remainders[i] < d}. Gives the {@code units} missing units one each to the
   * parties with the largest remainders, equal remainders first to the lowest index, exactly as
   * {@link org.koprogo.domain.shared.Apportionment#split(long, long[])} does; {@code floors} is completed in place, {@code remainders}
   * is not modified.
   *
   * <p>This is the entry point of callers that compute quotas as sums of several exact parts
   * (composite charge keys) without ever forming a product that could overflow.
   *
   * @param floors every party's floor, completed in place
   * @param remainders every party's remainder over the common denominator, non-negative
   * @param units {@code |T| - sum(floors)}, between 0 and the number of parties
   * @throws KoproGoException {@code INVALID_FIELD} when the arrays differ in length or {@code
   *     units} is out of range
   */
  public static void giveRemainder(long[] floors, long[] remainders, int units) {
    Objects.requireNonNull(floors, "floors");
    Objects.requireNonNull(remainders, "remainders");
    if (floors.length != remainders.length || units < 0 || units > floors.length) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD,
          units + " units for " + floors.length + " floors and " + remainders.length + " remainders",
          "field", "units");
    }
    if (units > 0) {
      distributeRemainder(floors, remainders, units);
    }
  }

  /**
   * Completes a largest-remainder split begun by rounding at a pivot, for callers that do not keep
   * every party's remainder (a charge key over 100,000 lots): every party has already been given
   * its floor, plus one unit when its remainder over the common denominator is at least {@code
   * pivot}, so that {@code units = |T| - sum(parts)} is small and of either sign. Only parties
   * whose remainder is near the pivot can then change, and the caller passes them as candidates:
   * their indices in increasing order with their remainders, and they must include <em>every</em>
   * party whose remainder lies in a range {@code [low, high)} with {@code low <= pivot <= high}
   * (the caller's band). The result is that of {@link #giveRemainder} on all the floors and
   * remainders:
   *
   * <ul>
   *   <li>{@code units > 0}: the candidates below the pivot with the largest remainders get one
   *       more unit each, equal remainders first to the lowest index (any party outside the band
   *       below the pivot has a smaller remainder than all of them);
   *   <li>{@code units < 0}: the candidates at or above the pivot with the smallest remainders give
   *       their unit back, equal remainders first from the highest index (the last in the order
   *       of the rule).
   * </ul>
   *
   * @param parts every party's floor plus its unit at or above the pivot, completed in place
   * @param candidates the indices of the candidates, increasing
   * @param remainders the candidates' remainders, in the same order
   * @param count the number of candidates (the arrays may be longer)
   * @param pivot the remainder from which a party was given its unit, at least 1
   * @param units {@code |T| - sum(parts)}
   * @return false, with {@code parts} untouched, when fewer than {@code |units|} candidates lie on
   *     the side of the pivot that must change: the band was too narrow, and the caller must
   *     apportion from all the remainders
   * @throws KoproGoException {@code INVALID_FIELD} for a count beyond the arrays or a pivot below 1
   */
  public static boolean settleAroundPivot(
      long[] parts, int[] candidates, long[] remainders, int count, long pivot, long units) {
    Objects.requireNonNull(parts, "parts");
    if (count < 0 || count > candidates.length || count > remainders.length || pivot < 1) {
      throw KoproGoException.of(
          ErrorCode.INVALID_FIELD, count + " candidates, pivot " + pivot, "field", "units");
    }
    if (units == 0) {
      return true;
    }
    boolean give = units > 0;
    long need = Math.abs(units);
    int side = 0;
    for (int j = 0; j < count; j++) {
      if (remainders[j] < pivot == give) {
        side++;
      }
    }
    if (side < need) {
      return false;
    }
    long[] values = new long[side];
    int c = 0;
    for (int j = 0; j < count; j++) {
      long r = remainders[j];
      if (r < pivot == give) {
        // Negated on the upper side, so that the k-th largest is the k-th smallest remainder.
        values[c++] = give ? r : -r;
      }
    }
    long threshold = kthLargest(values, (int) need);
    if (give) {
      int above = 0;
      for (int j = 0; j < count; j++) {
        long r = remainders[j];
        if (r < pivot && r > threshold) {
          parts[candidates[j]]++;
          above++;
        }
      }
      long atThreshold = need - above;
      for (int j = 0; j < count && atThreshold > 0; j++) {
        if (remainders[j] == threshold) {
          parts[candidates[j]]++;
          atThreshold--;
        }
      }
    } else {
      threshold = -threshold;
      int below = 0;
      for (int j = 0; j < count; j++) {
        long r = remainders[j];
        if (r >= pivot && r < threshold) {
          parts[candidates[j]]--;
          below++;
        }
      }
      long atThreshold = need - below;
      for (int j = count - 1; j >= 0 && atThreshold > 0; j--) {
        if (remainders[j] == threshold) {
          parts[candidates[j]]--;
          atThreshold--;
        }
      }
    }
    return true;
  }

  /**
   * The remainder of the party that gets the {@code units}-th missing unit when the parties come
   * in groups of equal remainder (a key of small integer weights: one group per weight value):
   * group {@code g} holds {@code sizes[g]} parties of remainder {@code remainders[g]}. The
   * result {@code rho} is the one remainder such that fewer than {@code units} parties have a
   * remainder above it and at least {@code units} have one at or above it. A histogram of the
   * remainders' leading bits, weighted by the group sizes, finds the bucket of {@code rho}
   * without a branch on the data; a weighted quickselect among that bucket's groups finishes.
   * Linear in the number of groups; neither array is modified.
   *
   * @param remainders every group's remainder, non-negative
   * @param sizes every group's number of parties, non-negative
   * @param units between 1 and the number of parties
   * @return the remainder {@code rho}
   * @throws KoproGoException {@code INVALID_FIELD} when the arrays differ in length, a group is
   *     negative, or {@code units} is not between 1 and the number of parties
   */
  public static long rthLargestOfGroups(long[] remainders, int[] sizes, long units) {
    Objects.requireNonNull(remainders, "remainders");
    if (remainders.length != sizes.length) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD,
          remainders.length + " remainders, " + sizes.length + " sizes", "field", "units");
    }
    long parties = 0;
    long all = 0;
    for (int g = 0; g < sizes.length; g++) {
      if (sizes[g] < 0 || remainders[g] < 0) {
        throw KoproGoException.of(ErrorCode.INVALID_FIELD,
            "group " + g + ": " + sizes[g] + " of " + remainders[g], "field", "units");
      }
      parties += sizes[g];
      all |= remainders[g];
    }
    if (units < 1 || units > parties) {
      throw KoproGoException.of(
          ErrorCode.INVALID_FIELD, units + " units for " + parties + " parties", "field", "units");
    }
    int bits = 10;
    int shift = Math.max(0, 64 - Long.numberOfLeadingZeros(all) - bits);
    long[] weights = new long[1 << bits];
    for (int g = 0; g < sizes.length; g++) {
      weights[(int) (remainders[g] >>> shift)] += sizes[g];
    }
    int bucket = weights.length - 1;
    long above = 0;
    while (above + weights[bucket] < units) {
      above += weights[bucket];
      bucket--;
    }
    if (shift == 0) {
      return bucket;
    }
    int len = 0;
    for (int g = 0; g < sizes.length; g++) {
      if (sizes[g] > 0 && (int) (remainders[g] >>> shift) == bucket) {
        len++;
      }
    }
    long[] keys = new long[len];
    long[] counts = new long[len];
    int c = 0;
    for (int g = 0; g < sizes.length; g++) {
      if (sizes[g] > 0 && (int) (remainders[g] >>> shift) == bucket) {
        keys[c] = remainders[g];
        counts[c++] = sizes[g];
      }
    }
    return weightedKthLargest(keys, counts, units - above);
  }

  /**
   * The key of the {@code need}-th largest party when key {@code keys[j]} is held by {@code
   * weights[j] > 0} parties (a weighted quickselect with a three-way partition; both arrays are
   * reordered).
   */
  private static long weightedKthLargest(long[] keys, long[] weights, long need) {
    int lo = 0;
    int hi = keys.length;
    while (true) {
      long pivot = median(keys[lo], keys[lo + (hi - lo) / 2], keys[hi - 1]);
      // Three-way partition of [lo, hi): above the pivot, equal to it, below it.
      int gt = lo;
      int i = lo;
      int lt = hi;
      long above = 0;
      long equal = 0;
      while (i < lt) {
        long k = keys[i];
        if (k > pivot) {
          above += weights[i];
          swap(keys, weights, i++, gt++);
        } else if (k < pivot) {
          swap(keys, weights, i, --lt);
        } else {
          equal += weights[i];
          i++;
        }
      }
      if (need <= above) {
        hi = gt;
      } else if (need <= above + equal) {
        return pivot;
      } else {
        need -= above + equal;
        lo = lt;
      }
    }
  }

  private static void swap(long[] keys, long[] weights, int a, int b) {
    long k = keys[a];
    keys[a] = keys[b];
    keys[b] = k;
    long w = weights[a];
    weights[a] = weights[b];
    weights[b] = w;
  }

  /**
   * Gives one unit to each of the {@code r} parties with the largest remainders, ties to the
   * lowest index: a selection of the r-th largest remainder, then one pass in index order.
   */
  private static void distributeRemainder(long[] parts, long[] remainders, int r) {
    int n = remainders.length;
    long threshold = n < RADIX_MIN ? kthLargest(remainders.clone(), r) : rthLargest(remainders, r);
    int above = 0;
    for (int i = 0; i < n; i++) {
      if (remainders[i] > threshold) {
        parts[i]++;
        above++;
      }
    }
    int atThreshold = r - above;
    for (int i = 0; i < n && atThreshold > 0; i++) {
      if (remainders[i] == threshold) {
        parts[i]++;
        atThreshold--;
      }
    }
  }

  /** From this many parties on, the remainder is selected by a histogram of its leading bits. */
  private static final int RADIX_MIN = 256;

  /**
   * The r-th largest of non-negative {@code values} (r from 1), which are not modified: a histogram
   * of their leading significant bits (about 16 values per bucket on average, at most 2048
   * buckets) finds the bucket holding the r-th largest, and a quickselect among that bucket's
   * values alone finishes. Linear, with two or three sequential passes and no branch on the data in
   * the first two.
   */
  static long rthLargest(long[] values, int r) {
    long all = 0;
    for (long v : values) {
      all |= v;
    }
    int bits = Math.max(4, Math.min(11, 31 - Integer.numberOfLeadingZeros(values.length) - 4));
    int shift = Math.max(0, 64 - Long.numberOfLeadingZeros(all) - bits);
    int[] counts = new int[1 << bits];
    for (long v : values) {
      counts[(int) (v >>> shift)]++;
    }
    int bucket = counts.length - 1;
    int above = 0;
    while (above + counts[bucket] < r) {
      above += counts[bucket];
      bucket--;
    }
    int size = counts[bucket];
    if (shift == 0) {
      return bucket;
    }
    long[] candidates = new long[size];
    int c = 0;
    for (long v : values) {
      if ((int) (v >>> shift) == bucket) {
        candidates[c++] = v;
      }
    }
    return kthLargest(candidates, r - above);
  }

  /** The k-th largest value (k from 1) of {@code a}, which is reordered (quickselect). */
  static long kthLargest(long[] a, int k) {
    int target = k - 1;
    int lo = 0;
    int hi = a.length - 1;
    while (lo < hi) {
      long pivot = median(a[lo], a[lo + (hi - lo) / 2], a[hi]);
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (a[i] > pivot) {
          i++;
        }
        while (a[j] < pivot) {
          j--;
        }
        if (i <= j) {
          long tmp = a[i];
          a[i] = a[j];
          a[j] = tmp;
          i++;
          j--;
        }
      }
      if (target <= j) {
        hi = j;
      } else if (target >= i) {
        lo = i;
      } else {
        return a[target];
      }
    }
    return a[target];
  }

  private static long median(long a, long b, long c) {
    return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
  }

}
