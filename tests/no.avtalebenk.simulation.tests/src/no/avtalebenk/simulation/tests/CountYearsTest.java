package no.avtalebenk.simulation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import no.avtalebenk.model.avtale.YearRuleKind;
import no.avtalebenk.simulation.counts.CountTable;
import no.avtalebenk.simulation.counts.CountYears;
import no.avtalebenk.simulation.counts.YearRule;

/**
 * The year rules choose the data year of each count for the agreement years 2026 and 2027, on a table
 * where Oslo has grunnskole counts for 2024 (100) and 2025 (110), Akershus for 2024 (50) only, and
 * Bergen for 2026 (70) only.
 */
class CountYearsTest {

	private static final String HEADER = "unit;name;category;year;value;estimate;source;method\n";
	private static final List<Integer> YEARS = List.of(2026, 2027);

	private static CountTable table() throws Exception {
		String text = HEADER + "0301;Oslo;grunnskole;2024;100;nei;GSI 2024;\n0301;Oslo;grunnskole;2025;110;nei;GSI 2025;\n"
				+ "3201;Akershus;grunnskole;2024;50;nei;GSI 2024;\n4601;Bergen;grunnskole;2026;70;nei;GSI 2026;\n";
		return CountTable.read("tall.csv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
	}

	private static CountTable resolve(YearRule rule) throws Exception {
		return CountYears.NONE.with("grunnskole", rule).resolve(table(), YEARS);
	}

	private static String value(CountTable table, String unit, int year) {
		return table.get(unit, "grunnskole", year).map(c -> c.value().toPlainString()).orElse("missing");
	}

	@Test
	void latestAvailableTakesEachUnitsLatestYearNotAfterTheAgreementYear() throws Exception {
		CountTable resolved = resolve(new YearRule(YearRuleKind.LATEST_AVAILABLE, 0, "sist tilgjengelige tall i GSI",
				"protokollvedlegg", ""));
		// Oslo: 2025 (110) for both years; Akershus: 2024 (50); Bergen: 2026 itself, and 2026 again for 2027
		assertEquals("110", value(resolved, "0301", 2026));
		assertEquals("110", value(resolved, "0301", 2027));
		assertEquals("50", value(resolved, "3201", 2027));
		assertEquals("70", value(resolved, "4601", 2026));
		assertEquals("70", value(resolved, "4601", 2027));
		assertEquals("2025-tall brukt for 2026: sist tilgjengelige tall i GSI (protokollvedlegg); GSI 2025",
				resolved.get("0301", "grunnskole", 2026).orElseThrow().provenance().source());
		assertEquals(2025, resolved.choice("0301", "grunnskole", 2027).orElseThrow().dataYear());
		assertEquals("data year 2025 for 2027, rule latest available: sist tilgjengelige tall i GSI (protokollvedlegg)",
				resolved.choice("0301", "grunnskole", 2027).orElseThrow().describe());
		// a count of the agreement year itself is kept as it is, its choice recorded
		assertEquals("GSI 2026", resolved.get("4601", "grunnskole", 2026).orElseThrow().provenance().source());
		assertEquals(2026, resolved.choice("4601", "grunnskole", 2026).orElseThrow().dataYear());
		// the data years are kept too
		assertEquals("100", value(resolved, "0301", 2024));
	}

	@Test
	void latestOfTheTableTakesOneYearForEveryUnit() throws Exception {
		CountTable resolved = resolve(new YearRule(YearRuleKind.LATEST_OF_TABLE, 0, "År: Siste år", "",
				"det siste året tabellen har"));
		// the table's latest year not after 2026 is 2026 (Bergen); Oslo and Akershus have none for it
		assertEquals("missing", value(resolved, "0301", 2026));
		assertEquals("70", value(resolved, "4601", 2026));
		assertEquals(0, resolved.choice("0301", "grunnskole", 2026).orElseThrow().dataYear());
		assertTrue(resolved.choice("0301", "grunnskole", 2026).orElseThrow().describe()
				.endsWith("; ASSUMPTION: det siste året tabellen har"));
	}

	@Test
	void theZerosOfUnitsThatDoNotHoldTheCategoryAreNoYearOfTheTable() throws Exception {
		// Oslo runs no videregående school: zeros for 2026 and 2027, which must not make 2026 the table's
		// latest year; Akershus's 2025 count is used for both years
		String text = HEADER + "0301;Oslo;grunnskole;2025;110;nei;GSI 2025;\n32;Akershus;videregaende;2025;30000;nei;KOSTRA 12187;\n";
		CountTable table = CountTable.read("tall.csv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))
				.withCategoriesNotHeldAsZero("tall.csv", List.of("grunnskole", "videregaende"), YEARS);
		CountTable resolved = CountYears.NONE.with("videregaende", YearRule.parse("latest-of-table", "")).resolve(table, YEARS);
		assertEquals("30000", resolved.get("32", "videregaende", 2026).orElseThrow().value().toPlainString());
		assertEquals("30000", resolved.get("32", "videregaende", 2027).orElseThrow().value().toPlainString());
		assertEquals("0", resolved.get("0301", "videregaende", 2026).orElseThrow().value().toPlainString());
		assertTrue(resolved.choice("0301", "videregaende", 2026).isEmpty());
	}

	@Test
	void currentYearAndFixedYear() throws Exception {
		CountTable current = resolve(YearRule.parse("current", "command line"));
		assertEquals("missing", value(current, "0301", 2026));
		assertEquals("70", value(current, "4601", 2026));
		assertEquals("missing", value(current, "4601", 2027));
		CountTable fixed = resolve(YearRule.parse("2024", "command line --count-year grunnskole=2024"));
		assertEquals("100", value(fixed, "0301", 2026));
		assertEquals("50", value(fixed, "3201", 2027));
		// Bergen has no 2024 count: its own 2026 count is not used under a fixed 2024
		assertEquals("missing", value(fixed, "4601", 2026));
		assertEquals("2024-tall brukt for 2027: data year 2024 (command line --count-year grunnskole=2024); GSI 2024",
				fixed.get("3201", "grunnskole", 2027).orElseThrow().provenance().source());
	}

	@Test
	void noRulesLeaveTheTableAsItIs() throws Exception {
		CountTable table = table();
		assertSame(table, CountYears.NONE.resolve(table, YEARS));
		assertEquals("missing", value(table, "0301", 2026));
	}

	@Test
	void unknownRuleIsNamed() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> YearRule.parse("sist", ""));
		assertEquals("unknown year rule 'sist'; use latest, latest-of-table, current or a data year such as 2025",
				e.getMessage());
	}
}
