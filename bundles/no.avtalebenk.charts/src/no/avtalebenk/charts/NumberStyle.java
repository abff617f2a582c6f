package no.avtalebenk.charts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How amounts are written on charts: Norwegian ("1 234 567 kr": space as thousands separator,
 * decimal comma) or English ("NOK 1,234,567").
 */
public enum NumberStyle {
	/** Space as thousands separator, decimal comma, "kr" after the amount. */
	NORWEGIAN(' ', ',', "", " kr"),
	/** Comma as thousands separator, decimal point, "NOK " before the amount. */
	ENGLISH(',', '.', "NOK ", "");

	private final char grouping;
	private final char decimal;
	private final String prefix;
	private final String suffix;

	NumberStyle(char grouping, char decimal, String prefix, String suffix) {
		this.grouping = grouping;
		this.decimal = decimal;
		this.prefix = prefix;
		this.suffix = suffix;
	}

	/** @return a format for whole kroner, e.g. for axes */
	public DecimalFormat kroner() {
		DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
		symbols.setGroupingSeparator(grouping);
		symbols.setDecimalSeparator(decimal);
		symbols.setMinusSign('-');
		DecimalFormat format = new DecimalFormat("#,##0", symbols);
		format.setPositivePrefix(prefix);
		format.setNegativePrefix("-" + prefix);
		format.setPositiveSuffix(suffix);
		format.setNegativeSuffix(suffix);
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format;
	}

	/**
	 * @param value a number, written with exactly its own decimals
	 * @return e.g. "589 453" and "222,78" (Norwegian) or "589,453" and "222.78" (English), without
	 *         currency
	 */
	public String number(BigDecimal value) {
		String plain = value.toPlainString();
		boolean negative = plain.startsWith("-");
		String digits = negative ? plain.substring(1) : plain;
		int point = digits.indexOf('.');
		String whole = point < 0 ? digits : digits.substring(0, point);
		StringBuilder text = new StringBuilder(negative ? "-" : "");
		for (int i = 0; i < whole.length(); i++) {
			if (i > 0 && (whole.length() - i) % 3 == 0) {
				text.append(grouping);
			}
			text.append(whole.charAt(i));
		}
		return point < 0 ? text.toString() : text.append(decimal).append(digits, point + 1, digits.length()).toString();
	}

	/**
	 * @param amount an exact amount
	 * @return the amount with øre, e.g. "131 318 339,34 kr"
	 */
	public String money(BigDecimal amount) {
		DecimalFormat format = kroner();
		format.setMinimumFractionDigits(2);
		format.setMaximumFractionDigits(2);
		return format.format(amount.setScale(2, RoundingMode.HALF_UP));
	}
}
