package no.avtalebenk.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.util.List;

import org.junit.jupiter.api.Test;

import no.avtalebenk.data.importer.ImportException;
import no.avtalebenk.data.text.DelimitedText;
import no.avtalebenk.data.text.Numbers;

/** Reading CSV as exports write it: title lines, quotes, empty separator lines, encodings, numbers. */
class DelimitedTextTest {

	@Test
	void skipsTitleAndEmptyLinesAndKeepsLineNumbers() throws Exception {
		String text = "12187: Elever i videregående\n\nregion;år;antall\n;;\n\"03 Oslo; by\";2024;\"1 2\n3\"\n31;2024;5\n";
		DelimitedText csv = DelimitedText.parse("t.csv", text, (char) 0);
		assertEquals(List.of("region", "år", "antall"), csv.header());
		assertEquals(2, csv.rows().size());
		// Line 5 holds a quoted separator and a quoted line break, so the next row starts on line 7.
		assertEquals(5, csv.rows().get(0).line());
		assertEquals(List.of("03 Oslo; by", "2024", "1 2\n3"), csv.rows().get(0).fields());
		assertEquals(7, csv.rows().get(1).line());
		assertTrue(csv.decimalComma());
	}

	@Test
	void windows1252IsDetectedWhenTheBytesAreNotUtf8() throws Exception {
		byte[] bytes = "kommune;år\nTromsø;2025\n".getBytes(Charset.forName("windows-1252"));
		DelimitedText csv = DelimitedText.read("t.csv", bytes, null, (char) 0);
		assertEquals(List.of("kommune", "år"), csv.header());
		assertEquals("Tromsø", csv.rows().get(0).field(0));
	}

	@Test
	void unclosedQuoteNamesTheLine() {
		ImportException e = assertThrows(ImportException.class, () -> DelimitedText.parse("t.csv", "a;b\n1;\"2\n3;4\n", (char) 0));
		assertEquals("t.csv:2:1: a quoted field opened on this line is never closed", e.getMessage());
	}

	@Test
	void numbersInNorwegianAndInternationalStyle() {
		assertEquals(new BigDecimal("1234.5"), Numbers.parse("1 234,5", true));
		assertEquals(new BigDecimal("1234.5"), Numbers.parse("1\u00a0234,5", true));
		assertEquals(new BigDecimal("1234.5"), Numbers.parse("1234.5", false));
		assertThrows(NumberFormatException.class, () -> Numbers.parse("1.234,5", true));
		assertThrows(NumberFormatException.class, () -> Numbers.parse("12,5", false));
		assertThrows(NumberFormatException.class, () -> Numbers.parse("..", true));
	}
}
