package no.avtalebenk.formula.interpreter;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The tree of values behind a figure: a formula, its sub-expressions, and at the leaves the rates
 * (with the dated entry that applies and its source), the counts (with their provenance) and the
 * numbers written in the file. Produced by {@link FormulaEvaluator#explain}; the value at each
 * node is exactly the value the evaluator used.
 * <p>
 * The kind, the value and the children are fixed when the node is made. The texts (name,
 * expression, unit, detail, source, clause, location) may be given {@linkplain #lazy lazily}: they
 * are then worked out from the formula file when one of them is first read, and kept. Working them
 * out reads the Xtext node model (the text as written, file:line:column), which costs far more
 * than the arithmetic; callers that only want the value, such as the compiled formulas evaluating
 * constant parts, never pay for it. The texts read are the same either way.
 */
public final class Explanation {

	/** What an explanation node stands for. */
	public enum Kind {
		/** A named formula. */
		FORMULA,
		/** A named parameter. */
		PARAMETER,
		/** A rate: the dated value that applies in the year. */
		RATE,
		/** One year's step of an indexation. */
		INDEX_STEP,
		/** A count of a category for the reporting unit and year. */
		COUNT,
		/** A number written in the formula. */
		NUMBER,
		/** The year evaluated. */
		YEAR,
		/** An arithmetic operation, rounding, min, max, cap, share, sum or conditional. */
		OPERATION,
		/** A condition of an if, with whether it held. */
		CONDITION,
		/** One reporting unit's part of a sum over units. */
		UNIT
	}

	/**
	 * The texts of a node; a null text is taken as empty.
	 *
	 * @param name       a formula, rate, parameter or category name, or the operation ("×", "round
	 *                   to 2 decimals (half_up)", "indexed by …")
	 * @param expression the text in the formula file that the node evaluates
	 * @param unit       the unit, as the language writes it ("NOK", "NOK/elev", "1" for a plain
	 *                   number)
	 * @param detail     further facts: which dated entry of a rate applies, whether a condition
	 *                   held, the index step of a year; empty when none
	 * @param source     the data source: a rate entry's source or assumption, a count's provenance,
	 *                   a parameter's note; empty when none
	 * @param clause     the agreement clause the rate, index or formula names; empty when none
	 * @param location   file:line:column of the text
	 */
	public record Text(String name, String expression, String unit, String detail, String source, String clause,
			String location) {

		/** Takes null texts as empty, as the explanation always has. */
		public Text {
			detail = detail == null ? "" : detail;
			source = source == null ? "" : source;
			clause = clause == null ? "" : clause;
			location = location == null ? "" : location;
		}
	}

	private final Kind kind;
	private final Exact exact;
	private final List<Explanation> children;
	/** The texts once known; written once, under the lock, from {@link #texts}. */
	private volatile Text text;
	/** Works out the texts; dropped after use so that the formula model is not kept for it. */
	private Supplier<Text> texts;

	/**
	 * A node with its texts given.
	 *
	 * @param kind       what the node is
	 * @param name       see {@link Text#name()}
	 * @param expression see {@link Text#expression()}
	 * @param exact      the exact value (a decimal, or a fraction such as 1/3); null for a condition
	 * @param unit       see {@link Text#unit()}
	 * @param detail     see {@link Text#detail()}
	 * @param source     see {@link Text#source()}
	 * @param clause     see {@link Text#clause()}
	 * @param location   see {@link Text#location()}
	 * @param children   the values this one is computed from
	 */
	public Explanation(Kind kind, String name, String expression, Exact exact, String unit, String detail,
			String source, String clause, String location, List<Explanation> children) {
		this(kind, exact, children, new Text(name, expression, unit, detail, source, clause, location), null);
	}

	private Explanation(Kind kind, Exact exact, List<Explanation> children, Text text, Supplier<Text> texts) {
		this.kind = Objects.requireNonNull(kind);
		this.exact = exact;
		// Copies the children so that an explanation never changes after it is made.
		this.children = List.copyOf(children);
		this.text = text;
		this.texts = texts;
	}

	/**
	 * A node whose texts are worked out when one of them is first read.
	 *
	 * @param kind     what the node is
	 * @param exact    the exact value; null for a condition
	 * @param children the values this one is computed from
	 * @param texts    gives the texts; called at most once, and must give what an eager node would
	 *                 have been given
	 * @return the node
	 */
	public static Explanation lazy(Kind kind, Exact exact, List<Explanation> children, Supplier<Text> texts) {
		return new Explanation(kind, exact, children, null, Objects.requireNonNull(texts));
	}

	private Text text() {
		Text known = text;
		if (known == null) {
			synchronized (this) {
				known = text;
				if (known == null) {
					known = Objects.requireNonNull(texts.get());
					text = known;
					texts = null;
				}
			}
		}
		return known;
	}

	/** @return what the node is */
	public Kind kind() {
		return kind;
	}

	/** @return the exact value (a decimal, or a fraction such as 1/3); null for a condition */
	public Exact exact() {
		return exact;
	}

	/** @return the values this one is computed from */
	public List<Explanation> children() {
		return children;
	}

	/** @return see {@link Text#name()} */
	public String name() {
		return text().name();
	}

	/** @return see {@link Text#expression()} */
	public String expression() {
		return text().expression();
	}

	/** @return see {@link Text#unit()} */
	public String unit() {
		return text().unit();
	}

	/** @return see {@link Text#detail()} */
	public String detail() {
		return text().detail();
	}

	/** @return see {@link Text#source()} */
	public String source() {
		return text().source();
	}

	/** @return see {@link Text#clause()} */
	public String clause() {
		return text().clause();
	}

	/** @return see {@link Text#location()} */
	public String location() {
		return text().location();
	}

	/**
	 * @return the value as a decimal: exact, or for a fraction such as 1/3 to 34 significant digits;
	 *         null for a condition
	 */
	public BigDecimal value() {
		return exact == null ? null : exact.toBigDecimal();
	}

	/** @return the kind, name, value and location, for debugging */
	@Override
	public String toString() {
		return kind + " " + name() + " = " + exact + " (" + location() + ")";
	}
}
