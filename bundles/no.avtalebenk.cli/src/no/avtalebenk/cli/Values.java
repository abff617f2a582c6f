package no.avtalebenk.cli;

import java.math.BigDecimal;

import no.avtalebenk.data.text.InputLimits;

/**
 * Option values the commands read as numbers. picocli hands them over as text, so that a wrong
 * value gets the command's own message (exit code 2) naming the option and the value.
 */
final class Values {

	private Values() {
	}

	/** @return the whole number, or the fallback when the option is not given */
	static int integer(String option, String text, int fallback) throws UsageException {
		try {
			return text == null ? fallback : Integer.parseInt(text);
		} catch (NumberFormatException e) {
			throw new UsageException(option + " must be a whole number, not '" + text + "'");
		}
	}

	/**
	 * @return the number of Monte Carlo draws, or the fallback when the option is not given
	 * @throws UsageException when it is not a whole number from 1 to {@link InputLimits#MAX_DRAWS}
	 */
	static int draws(String option, String text, int fallback) throws UsageException {
		long draws;
		try {
			draws = text == null ? fallback : Long.parseLong(text.strip());
		} catch (NumberFormatException e) {
			throw new UsageException(option + " must be a whole number, not '" + text + "'");
		}
		if (draws < 1 || draws > InputLimits.MAX_DRAWS) {
			throw new UsageException(option + " must be from 1 to " + InputLimits.MAX_DRAWS + " (the limit of a Monte Carlo run),"
					+ " not " + draws);
		}
		return (int) draws;
	}

	/** @return the whole number, or the fallback when the option is not given */
	static long whole(String option, String text, long fallback) throws UsageException {
		try {
			return text == null ? fallback : Long.parseLong(text);
		} catch (NumberFormatException e) {
			throw new UsageException(option + " must be a whole number, not '" + text + "'");
		}
	}

	/**
	 * @param fallback the value when the option is not given; null when it is required
	 * @return the decimal; spaces and underscores between digits are allowed
	 */
	static BigDecimal decimal(String option, String text, String fallback) throws UsageException {
		String value = text == null ? fallback : text;
		if (value == null) {
			throw new UsageException(option + " is required");
		}
		try {
			return new BigDecimal(value.replace(" ", "").replace("_", ""));
		} catch (NumberFormatException e) {
			throw new UsageException(option + " must be a number with a point as decimal separator (e.g. 226000000 or 1.05), not '"
					+ value + "'");
		}
	}
}
