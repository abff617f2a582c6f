package no.avtalebenk.simulation.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import no.avtalebenk.formula.vederlag.Element;
import no.avtalebenk.formula.vederlag.Formula;
import no.avtalebenk.formula.vederlag.Index;
import no.avtalebenk.formula.vederlag.Model;
import no.avtalebenk.formula.vederlag.Parameter;
import no.avtalebenk.formula.vederlag.Rate;
import no.avtalebenk.simulation.evaluation.Overrides;

/**
 * One parameter of a {@link Sweep} and the values it takes, written
 * {@code KIND:NAME=FROM..TO:step=STEP} (or {@code KIND:NAME=V1,V2,…}):
 * <ul>
 * <li>{@code rate:NAME} — the rate's value for every year (at the prices of its base year where the
 * formulas index it), as a scenario's rate change without a date;</li>
 * <li>{@code factor:NAME} — a factor on a rate, or on an index's step of each year evaluated;
 * {@code factor:*} — a common factor on every category rate, after indexation (as goal seek's);</li>
 * <li>{@code share:NAME} — a parameter's value, e.g. the billed share of administrative årsverk;</li>
 * <li>{@code count:CATEGORY} — the category's counts of every unit and year times the value, rounded
 * half up to each count's decimals (as sensitivity scales them).</li>
 * </ul>
 *
 * @param kind   what is varied
 * @param name   the rate, index, parameter or category; {@code *} for every category rate
 * @param values the values, in order
 */
public record SweepParameter(Kind kind, String name, List<BigDecimal> values) {

	/** What a sweep parameter varies. */
	public enum Kind {
		/** a rate's value */
		RATE,
		/** a factor on a rate or an index step, or on every category rate */
		FACTOR,
		/** a parameter's value */
		SHARE,
		/** a factor on a category's counts */
		COUNT;

		/** @return the word written before the name */
		public String word() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	/** The most values one parameter may take. */
	public static final int MAX_VALUES = 100_000;

	/** Copies the list. */
	public SweepParameter {
		values = List.copyOf(values);
	}

	/**
	 * @param text e.g. {@code rate:grunnskoleSats=200..260:step=5}, {@code factor:*=0.9..1.1:step=0.01},
	 *             {@code share:administrasjonAndel=0.25,0.3,0.5}
	 * @return the parameter
	 * @throws IllegalArgumentException with a message naming what is wrong
	 */
	public static SweepParameter parse(String text) {
		int colon = text.indexOf(':');
		int equals = text.indexOf('=');
		if (colon < 0 || equals < colon) {
			throw new IllegalArgumentException("'" + text + "' is not KIND:NAME=FROM..TO:step=STEP "
					+ "(KIND is rate, factor, share or count), e.g. rate:grunnskoleSats=200..260:step=5");
		}
		String word = text.substring(0, colon);
		Kind kind;
		try {
			kind = Kind.valueOf(word.toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("'" + word + "' in '" + text + "' is not rate, factor, share or count");
		}
		String name = text.substring(colon + 1, equals).strip();
		if (name.isEmpty() || name.equals("*") && kind != Kind.FACTOR) {
			throw new IllegalArgumentException("'" + text + "' names no " + (kind == Kind.COUNT ? "category" : kind.word())
					+ (kind == Kind.FACTOR ? "" : " (only factor:* means every category rate)"));
		}
		List<BigDecimal> values = values(text, text.substring(equals + 1));
		if ((kind == Kind.COUNT || kind == Kind.FACTOR) && values.stream().anyMatch(v -> v.signum() < 0)) {
			throw new IllegalArgumentException("a " + kind.word() + " factor cannot be negative, in '" + text + "'");
		}
		return new SweepParameter(kind, name, values);
	}

	private static List<BigDecimal> values(String text, String range) {
		List<BigDecimal> values = new ArrayList<>();
		int dots = range.indexOf("..");
		if (dots < 0) {
			for (String value : range.split(",")) {
				values.add(number(text, value));
			}
		} else {
			int step = range.indexOf(":step=", dots);
			if (step < 0) {
				throw new IllegalArgumentException("a range needs its step, e.g. 200..260:step=5, in '" + text + "'");
			}
			BigDecimal from = number(text, range.substring(0, dots));
			BigDecimal to = number(text, range.substring(dots + 2, step));
			BigDecimal by = number(text, range.substring(step + ":step=".length()));
			if (by.signum() <= 0) {
				throw new IllegalArgumentException("the step must be above 0, in '" + text + "'");
			}
			if (to.compareTo(from) < 0) {
				throw new IllegalArgumentException("the range ends below where it starts, in '" + text + "'");
			}
			BigDecimal count = to.subtract(from).divideToIntegralValue(by);
			if (count.compareTo(BigDecimal.valueOf(MAX_VALUES)) >= 0) {
				throw new IllegalArgumentException("'" + text + "' gives more than " + MAX_VALUES + " values");
			}
			// exact decimal steps: from + i × step, never a sum that drifts
			for (int i = 0; i <= count.intValueExact(); i++) {
				values.add(from.add(by.multiply(BigDecimal.valueOf(i))));
			}
		}
		if (values.size() > MAX_VALUES) {
			throw new IllegalArgumentException("'" + text + "' gives more than " + MAX_VALUES + " values");
		}
		return values;
	}

	private static BigDecimal number(String text, String value) {
		try {
			return new BigDecimal(value.strip());
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("'" + value.strip() + "' in '" + text
					+ "' is not a number (write decimals with a point, e.g. 0.95)");
		}
	}

	/**
	 * @param formulas the formula file the sweep computes
	 * @throws IllegalArgumentException when it has nothing of that kind and name, naming what it has
	 */
	public void check(Model formulas) {
		List<String> names = new ArrayList<>();
		for (Element element : formulas.getElements()) {
			boolean fits = switch (kind) {
			case RATE -> element instanceof Rate;
			case FACTOR -> element instanceof Rate || element instanceof Index;
			case SHARE -> element instanceof Parameter;
			case COUNT -> element instanceof Formula formula && formula.getCategory() != null;
			};
			if (fits) {
				names.add(kind == Kind.COUNT ? ((Formula) element).getCategory().getName() : element.getName());
			}
		}
		if (kind == Kind.FACTOR && name.equals("*") || names.contains(name)) {
			return;
		}
		String what = switch (kind) {
		case RATE -> "rate";
		case FACTOR -> "rate or index";
		case SHARE -> "parameter";
		case COUNT -> "category with a formula";
		};
		throw new IllegalArgumentException(label() + ": the formula file has no " + what + " '" + name + "'"
				+ (names.isEmpty() ? "" : " (it has " + String.join(", ", names) + ")"));
	}

	/** @return how the parameter is written, without its values, e.g. {@code rate:grunnskoleSats} */
	public String label() {
		return kind.word() + ":" + name;
	}

	/**
	 * @param base  the scenario's overrides
	 * @param value one of the values
	 * @return the overrides with the parameter at that value; a count parameter changes none
	 */
	public Overrides apply(Overrides base, BigDecimal value) {
		return switch (kind) {
		case RATE -> base.withRate(name, null, value);
		case FACTOR -> name.equals("*") ? base.withCategoryRatesFactor(value) : base.withRateFactor(name, value);
		case SHARE -> base.withParameter(name, value);
		case COUNT -> base;
		};
	}
}
