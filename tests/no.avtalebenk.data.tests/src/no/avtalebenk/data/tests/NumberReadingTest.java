package no.avtalebenk.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.avtalebenk.cli.Commands;
import no.avtalebenk.model.avtale.Count;
import no.avtalebenk.model.io.AgreementFiles;

/**
 * Numbers that were read silently wrong by {@code import}: each is now read right or refused with
 * its place, and the data set is left as it was.
 */
class NumberReadingTest {

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int importCsv(String name, String content, String... options) throws Exception {
		Path file = Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
		String[] args = new String[5 + options.length];
		args[0] = "import";
		args[1] = "--kind";
		args[2] = "csv";
		args[3] = file.toString();
		args[4] = "--into=" + dir.resolve("data.avtale");
		System.arraycopy(options, 0, args, 5, options.length);
		out.reset();
		err.reset();
		return Commands.run(args, dir, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private String errors() {
		return err.toString(StandardCharsets.UTF_8);
	}

	private BigDecimal stored(String unit, String category, int year) throws Exception {
		for (Count count : AgreementFiles.load(dir.resolve("data.avtale")).getCounts()) {
			if (count.getUnit().getId().equals(unit) && count.getCategory().getId().equals(category) && count.getYear() == year) {
				return count.getValue();
			}
		}
		throw new AssertionError("no count " + unit + " " + category + " " + year);
	}

	@Test
	void decimalCommaInACommaSeparatedFileIsNeverCutAtTheComma() throws Exception {
		// Unquoted, 812,5 splits into the fields 812 and 5; the 5 used to be ignored and 812 stored.
		assertEquals(Commands.INPUT_ERROR, importCsv("arsverk.csv", "unit,year,value\n0301,2025,812,5\n", "--category", "paiTotal"));
		assertTrue(errors().startsWith(dir.resolve("arsverk.csv") + ":2:4: the line has 4 fields but the header names 3 columns (field 4 is '5');"
				+ " in a comma-separated file a number with a decimal comma must be quoted (\"812,5\") or the file saved with semicolons"),
				errors());
		assertFalse(Files.exists(dir.resolve("data.avtale")));
		// Quoted, the comma is inside one field, where a comma-separated file has no decimal comma: refused with its place.
		assertEquals(Commands.INPUT_ERROR, importCsv("arsverk.csv", "unit,year,value\n0301,2025,\"812,5\"\n", "--category", "paiTotal"));
		assertTrue(errors().startsWith(dir.resolve("arsverk.csv") + ":2:3: \"value\" '812,5' has a comma, which in a file with a decimal point"
				+ " cannot be a decimal sign; write 812.5 if it is a decimal"), errors());
		// Said explicitly, it is read as the decimal it is.
		assertEquals(Commands.OK, importCsv("arsverk.csv", "unit,year,value\n0301,2025,\"812,5\"\n", "--category", "paiTotal", "--decimal", "comma"));
		assertEquals(new BigDecimal("812.5"), stored("0301", "paiTotal", 2025));
	}

	@Test
	void aPointBetweenThousandsInASemicolonFileIsRefusedAsAmbiguous() throws Exception {
		// "12.345" used to become 12.345 pupils where the writer meant 12 345.
		assertEquals(Commands.INPUT_ERROR, importCsv("elever.csv", "unit;year;value\n0301;2025;12.345\n", "--category", "grunnskole"));
		assertTrue(errors().startsWith(dir.resolve("elever.csv") + ":2:3: \"value\" '12.345' is ambiguous where the decimal sign is a comma:"
				+ " 12345 if the point separates thousands, 12.345 if it is a decimal point; write 12345 or 12,345"), errors());
		// Spaces between thousands are the Norwegian way and unambiguous; a decimal comma too.
		assertEquals(Commands.OK, importCsv("elever.csv", "unit;year;value;category\n0301;2025;12 345;grunnskole\n0301;2025;12,5;paiTotal\n"));
		assertEquals(new BigDecimal("12345"), stored("0301", "grunnskole", 2025));
		assertEquals(new BigDecimal("12.5"), stored("0301", "paiTotal", 2025));
		// A space that does not separate thousands is no number.
		assertEquals(Commands.INPUT_ERROR, importCsv("elever.csv", "unit;year;value\n0301;2025;1 2\n", "--category", "grunnskole"));
		assertTrue(errors().startsWith(dir.resolve("elever.csv") + ":2:3: \"value\" '1 2' is not a number"), errors());
	}

	@Test
	void yearOptionWinsOverTheYearColumn() throws Exception {
		// --year used to be ignored when the file had a year column; now it is the year of every row, as for the other kinds.
		assertEquals(Commands.OK, importCsv("elever.csv", "unit;year;value\n0301;2024;100\n", "--category", "grunnskole", "--year", "2025"));
		assertEquals(new BigDecimal("100"), stored("0301", "grunnskole", 2025));
		assertEquals(1, AgreementFiles.load(dir.resolve("data.avtale")).getCounts().size());
	}

	@Test
	void pupilsAreWholeNumbersButArsverkNeedNotBe() throws Exception {
		assertEquals(Commands.INPUT_ERROR, importCsv("elever.csv", "unit;year;value\n0301;2025;12,5\n", "--category", "grunnskole"));
		assertTrue(errors().startsWith(dir.resolve("elever.csv") + ":2:3: the count 12.5 of grunnskole is not a whole number;"
				+ " elevplasser are counted whole"), errors());
		assertEquals(Commands.INPUT_ERROR, importCsv("elever.csv", "unit;year;value\n0301;2025;12,5\n", "--category", "videregaende"));
		assertTrue(errors().contains("elever are counted whole"), errors());
		// Whole numbers written with decimals are whole.
		assertEquals(Commands.OK, importCsv("elever.csv", "unit;year;value\n0301;2025;12,0\n", "--category", "grunnskole"));
		assertEquals(0, new BigDecimal("12").compareTo(stored("0301", "grunnskole", 2025)));
		// Full-time equivalents and årsverk have decimals.
		assertEquals(Commands.OK, importCsv("fte.csv", "unit;year;value\n46;2025;12,5\n", "--category", "fagskole"));
		assertEquals(new BigDecimal("12.5"), stored("46", "fagskole", 2025));
	}

	@Test
	void absurdMagnitudesAndPrecisionAreRefusedWithTheLimit() throws Exception {
		String huge = "1" + "0".repeat(400);
		assertEquals(Commands.INPUT_ERROR, importCsv("elever.csv", "unit;year;value\n0301;2025;" + huge + "\n", "--category", "grunnskole"));
		assertTrue(errors().startsWith(dir.resolve("elever.csv") + ":2:3: \"value\" is 401 characters long; a number has at most 40"), errors());
		assertEquals(Commands.INPUT_ERROR, importCsv("elever.csv", "unit;year;value\n0301;2025;1000000000000\n", "--category", "grunnskole"));
		assertTrue(errors().startsWith(dir.resolve("elever.csv") + ":2:3: \"value\" '1000000000000' is larger than the largest count accepted,"
				+ " 999 999 999 999 (at most 12 digits before the decimal sign)"), errors());
		assertEquals(Commands.INPUT_ERROR, importCsv("arsverk.csv", "unit;year;value\n0301;2025;1,1234567\n", "--category", "paiTotal"));
		assertTrue(errors().startsWith(dir.resolve("arsverk.csv") + ":2:3: \"value\" '1,1234567' has 7 decimal places; a count has at most 6"),
				errors());
		// The largest count is accepted.
		assertEquals(Commands.OK, importCsv("elever.csv", "unit;year;value\n0301;2025;999999999999\n", "--category", "grunnskole"));
		assertEquals(new BigDecimal("999999999999"), stored("0301", "grunnskole", 2025));
	}
}
