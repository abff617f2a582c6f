package no.avtalebenk.formula.units;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A unit of measure as the formula language writes it: names with exponents, such as
 * {@code NOK/elev} (NOK × elev⁻¹) or {@code NOK}. Multiplying {@code NOK/elev} by {@code elev}
 * gives {@code NOK}; adding {@code NOK} to {@code NOK/elev} is an error found by
 * {@link UnitChecker}.
 * <p>
 * The names {@code 1}, {@code faktor}, {@code andel} and {@code indeks} mean "no unit" (a plain
 * number). A number written in a formula without a name, such as {@code 5000}, is <em>free</em>:
 * it takes the unit of what it is added to or compared with, so that {@code max(belop, 5000)}
 * reads as "at least NOK 5 000".
 */
public final class Unit {

	/** A plain number: a factor, a share, a percentage. */
	public static final Unit NONE = new Unit(new TreeMap<>(), false);
	/** A number literal, which adopts the unit of its partner in +, −, min, max and comparisons. */
	public static final Unit FREE = new Unit(new TreeMap<>(), true);

	private static final Set<String> PLAIN_NAMES = Set.of("1", "faktor", "andel", "indeks");
	private static final Pattern NAME = Pattern.compile("[\\p{L}][\\p{L}\\p{N}_-]*");

	private final SortedMap<String, Integer> exponents;
	private final boolean free;

	private Unit(SortedMap<String, Integer> exponents, boolean free) {
		this.exponents = exponents;
		this.free = free;
	}

	/**
	 * @param text a unit as written, e.g. "NOK/elev", "NOK", "faktor", "NOK*år/elev"
	 * @return the unit
	 * @throws IllegalArgumentException with a message for the negotiator when the text is not a unit
	 */
	public static Unit parse(String text) {
		if (text == null || text.isBlank()) {
			return NONE;
		}
		String[] parts = text.split("/", -1);
		SortedMap<String, Integer> exponents = new TreeMap<>();
		for (int i = 0; i < parts.length; i++) {
			String part = parts[i].strip();
			if (part.isEmpty()) {
				throw new IllegalArgumentException("'" + text + "' is not a unit: a name is missing around '/'.");
			}
			for (String factor : part.split("[*·]", -1)) {
				String name = factor.strip();
				if (PLAIN_NAMES.contains(name)) {
					continue;
				}
				if (!NAME.matcher(name).matches()) {
					throw new IllegalArgumentException("'" + text + "' is not a unit: write names joined by / and *, "
							+ "e.g. \"NOK/elev\" or \"NOK\".");
				}
				exponents.merge(name, i == 0 ? 1 : -1, Integer::sum);
			}
		}
		exponents.values().removeIf(e -> e == 0);
		return new Unit(exponents, false);
	}

	/** @return true for a number literal that has not been given a unit by its context */
	public boolean isFree() {
		return free;
	}

	/** @return true for a plain number (free or not) */
	public boolean isPlain() {
		return exponents.isEmpty();
	}

	/**
	 * @param other the right-hand factor
	 * @return the unit of a product
	 */
	public Unit times(Unit other) {
		return combine(other, 1);
	}

	/**
	 * @param other the divisor
	 * @return the unit of a quotient
	 */
	public Unit dividedBy(Unit other) {
		return combine(other, -1);
	}

	private Unit combine(Unit other, int sign) {
		if (free && other.free) {
			return FREE;
		}
		SortedMap<String, Integer> result = new TreeMap<>(exponents);
		for (Map.Entry<String, Integer> entry : other.exponents.entrySet()) {
			result.merge(entry.getKey(), sign * entry.getValue(), Integer::sum);
		}
		result.values().removeIf(e -> e == 0);
		return new Unit(result, false);
	}

	/**
	 * @param other another unit
	 * @return true when both measure the same thing; a free number matches every unit
	 */
	public boolean compatibleWith(Unit other) {
		return free || other.free || exponents.equals(other.exponents);
	}

	@Override
	public boolean equals(Object obj) {
		return obj instanceof Unit other && other.free == free && other.exponents.equals(exponents);
	}

	@Override
	public int hashCode() {
		return Objects.hash(exponents, free);
	}

	/** @return the unit as the language writes it, e.g. "NOK/elev"; "1" for a plain number */
	@Override
	public String toString() {
		StringBuilder up = new StringBuilder();
		StringBuilder down = new StringBuilder();
		for (Map.Entry<String, Integer> entry : exponents.entrySet()) {
			int power = entry.getValue();
			StringBuilder target = power > 0 ? up : down;
			for (int i = 0; i < Math.abs(power); i++) {
				if (target == up) {
					target.append(target.isEmpty() ? "" : "*").append(entry.getKey());
				} else {
					target.append('/').append(entry.getKey());
				}
			}
		}
		if (up.isEmpty()) {
			up.append('1');
		}
		return up.append(down).toString();
	}

	/** @return the unit for messages: "NOK/elev", or "a plain number" */
	public String describe() {
		return isPlain() ? "a plain number" : toString();
	}
}
