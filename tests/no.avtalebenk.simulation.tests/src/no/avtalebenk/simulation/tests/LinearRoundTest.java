package no.avtalebenk.simulation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import no.avtalebenk.formula.interpreter.Exact;
import no.avtalebenk.simulation.compiled.LinearRound;
import no.avtalebenk.simulation.compiled.LinearShape;

/**
 * The long kernel (its division by multiplication included) gives round(a × count, s) as the exact
 * operations give it, for random decimal and fractional coefficients, counts up to and beyond where
 * the long path ends, every rounding mode, and summed by {@link LinearRound#sum}.
 */
class LinearRoundTest {

	@Test
	void kernelsAndSumsEqualTheExactOperations() {
		SplittableRandom random = new SplittableRandom(17);
		List<RoundingMode> modes = List.of(RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.UP, RoundingMode.DOWN);
		long[] denominators = { 1, 2, 3, 7, 97, 12345, 999_999_937L };
		int checked = 0;
		for (int trial = 0; trial < 4000; trial++) {
			// a rate with up to 9 decimals, e.g. 222.78 × a common factor 1.131622, sometimes a fraction of it
			BigDecimal decimal = BigDecimal.valueOf(random.nextLong(0, 1_000_000_000_000L), random.nextInt(0, 10));
			Exact a = Exact.of(decimal).divide(Exact.of(BigDecimal.valueOf(denominators[random.nextInt(denominators.length)])));
			int scale = random.nextInt(0, 4);
			int countScale = random.nextInt(0, 3);
			RoundingMode mode = modes.get(random.nextInt(modes.size()));
			LinearRound kernel = new LinearShape(List.of(), List.of(), 0, scale, mode).kernel(a, countScale);
			long[] counts = new long[64];
			BigDecimal sum = BigDecimal.ZERO.setScale(scale);
			for (int i = 0; i < counts.length; i++) {
				long bound = i % 8 == 0 ? Long.MAX_VALUE / 1024 : 1_000_000;
				counts[i] = random.nextLong(0, bound);
				BigDecimal expected = a.multiply(Exact.of(BigDecimal.valueOf(counts[i], countScale))).round(scale, mode)
						.toBigDecimal();
				try {
					long payment = kernel.payment(counts[i]);
					assertEquals(expected, BigDecimal.valueOf(payment, scale), a + " × " + counts[i] + " " + mode);
					sum = sum.add(expected);
					checked++;
				} catch (ArithmeticException beyondLong) {
					// a payment beyond a long: the exact path says so; the sum is not tried then
					counts[i] = 0;
				}
			}
			try {
				assertEquals(sum, BigDecimal.valueOf(kernel.sum(counts, counts.length), scale));
			} catch (ArithmeticException beyondLong) {
				// the sum of large payments may exceed a long: refused, never wrong
				assertEquals(1, sum.unscaledValue().compareTo(BigDecimal.valueOf(Long.MAX_VALUE).toBigInteger()) >= 0 ? 1 : 0,
						"a sum within a long was refused: " + sum);
			}
		}
		assertEquals(true, checked > 200_000, "payments checked: " + checked);
	}
}
