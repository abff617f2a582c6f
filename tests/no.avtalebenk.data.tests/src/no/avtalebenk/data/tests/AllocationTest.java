package no.avtalebenk.data.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

import no.avtalebenk.data.reference.Allocation;

/** Largest-remainder rounding, checked against hand computation. */
class AllocationTest {

	@Test
	void leftoverGoesToTheLargestRemainder() {
		// 7 × 5/10 = 3.5, 7 × 3/10 = 2.1, 7 × 2/10 = 1.4: floors 3 + 2 + 1 = 6, the one left goes to 0.5.
		assertArrayEquals(new long[] { 4, 2, 1 }, Allocation.largestRemainder(7, new long[] { 5, 3, 2 }));
	}

	@Test
	void equalRemaindersGoToTheEarlierPart() {
		// 10 / 3 = 3.33 each: floors 9, the one left goes to the first.
		assertArrayEquals(new long[] { 4, 3, 3 }, Allocation.largestRemainder(10, new long[] { 1, 1, 1 }));
	}

	@Test
	void zeroWeightGetsNothing() {
		// 5 × 0/4 = 0; 5 × 1/4 = 1.25; 5 × 3/4 = 3.75: floors 0 + 1 + 3 = 4, the one left goes to 0.75.
		assertArrayEquals(new long[] { 0, 1, 4 }, Allocation.largestRemainder(5, new long[] { 0, 1, 3 }));
	}
}
