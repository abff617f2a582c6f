package no.avtalebenk.formula.conversion;

import java.math.BigDecimal;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;

/**
 * Converts the language's number literals to exact {@link BigDecimal}s. Money never passes
 * through {@code double}: "222.78" becomes exactly 222.78.
 */
public class VederlagValueConverters extends DefaultTerminalConverters {

	private final IValueConverter<BigDecimal> decimal = new DecimalConverter();

	/** @return the converter for unsigned decimals such as {@code 222.78} */
	@ValueConverter(rule = "Decimal")
	public IValueConverter<BigDecimal> Decimal() {
		return decimal;
	}

	/** @return the converter for signed decimals such as {@code -12.5} */
	@ValueConverter(rule = "SignedDecimal")
	public IValueConverter<BigDecimal> SignedDecimal() {
		return decimal;
	}

	private static final class DecimalConverter implements IValueConverter<BigDecimal> {
		@Override
		public BigDecimal toValue(String string, INode node) {
			if (string == null || string.isBlank()) {
				throw new ValueConverterException("A number is missing here.", node, null);
			}
			String compact = string.replace(" ", "");
			if (compact.length() != string.strip().length()) {
				throw new ValueConverterException("Write the number '" + string.strip()
						+ "' without spaces, with a point as decimal separator (for example 222.78).", node, null);
			}
			try {
				return new BigDecimal(compact);
			} catch (NumberFormatException e) {
				throw new ValueConverterException("'" + string + "' is not a number.", node, e);
			}
		}

		@Override
		public String toString(BigDecimal value) {
			return value.toPlainString();
		}
	}
}
