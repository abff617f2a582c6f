package no.avtalebenk.data.reference;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Splits a whole-number total over shares in proportion to weights so that the parts are whole
 * numbers that add up to the total exactly: the largest-remainder method (Hamilton). Each part first
 * gets the whole part of total × weight / sum of weights; the units left over go, one each, to the
 * parts with the largest remainders, ties to the larger weight and then to the earlier part. The
 * arithmetic is exact (integers), so the result does not depend on floating point.
 */
public final class Allocation {

	private Allocation() {
	}

	/**
	 * @param total   the whole-number total, not negative
	 * @param weights the weights, not negative, at least one positive
	 * @return one part per weight, in the same order, summing to the total
	 */
	public static long[] largestRemainder(long total, long[] weights) {
		if (total < 0) {
			throw new IllegalArgumentException("the total must not be negative: " + total);
		}
		BigInteger sum = BigInteger.ZERO;
		for (long weight : weights) {
			if (weight < 0) {
				throw new IllegalArgumentException("a weight must not be negative: " + weight);
			}
			sum = sum.add(BigInteger.valueOf(weight));
		}
		if (sum.signum() == 0) {
			throw new IllegalArgumentException("at least one weight must be positive");
		}
		long[] parts = new long[weights.length];
		BigInteger[] remainders = new BigInteger[weights.length];
		long given = 0;
		for (int i = 0; i < weights.length; i++) {
			BigInteger[] division = BigInteger.valueOf(total).multiply(BigInteger.valueOf(weights[i])).divideAndRemainder(sum);
			parts[i] = division[0].longValueExact();
			remainders[i] = division[1];
			given += parts[i];
		}
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < weights.length; i++) {
			order.add(i);
		}
		order.sort(Comparator.comparing((Integer i) -> remainders[i]).reversed()
				.thenComparing(Comparator.comparingLong((Integer i) -> weights[i]).reversed())
				.thenComparing(i -> i));
		for (int k = 0; k < total - given; k++) {
			parts[order.get(k)]++;
		}
		return parts;
	}
}
