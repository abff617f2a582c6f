package no.avtalebenk.simulation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;

import no.avtalebenk.formula.load.FormulaLoader;
import no.avtalebenk.formula.vederlag.Model;
import no.avtalebenk.simulation.Simulator;
import no.avtalebenk.simulation.analysis.Sweep;
import no.avtalebenk.simulation.analysis.SweepParameter;
import no.avtalebenk.simulation.counts.Count;
import no.avtalebenk.simulation.counts.CountTable;
import no.avtalebenk.simulation.counts.Provenance;
import no.avtalebenk.simulation.evaluation.Overrides;
import no.avtalebenk.simulation.montecarlo.GrowthDriver;
import no.avtalebenk.simulation.montecarlo.MonteCarlo;
import no.avtalebenk.simulation.montecarlo.MonteCarloSpec;
import no.avtalebenk.simulation.result.PaymentCell;
import no.avtalebenk.simulation.result.PaymentResult;

/**
 * The invoice rounding in the projection: per unit total gives exact lines and one rounding line per
 * unit and year, identical through the compiled formulas and the evaluator, in the sweep and the
 * Monte Carlo; per line at another scale than the formulas' own rounds each line again.
 */
class InvoiceRoundingSimulationTest {

	private static final List<Integer> YEARS = List.of(2023, 2025, 2026, 2027);

	/** The template's categories with the published 2023 rates and its billed share, lines not rounded. */
	private static final String TEMPLATE_2023 = """
			category grunnskole unit "elev"
			category administrasjon unit "årsverk"
			category paiKsAdministrasjon unit "årsverk"
			rate grunnskoleSats per grunnskole unit "NOK/elev" { from 2023-01-01 = 222.78 source "Kopinor, priser 2023" }
			rate administrasjonSats per administrasjon unit "NOK/årsverk" { from 2023-01-01 = 181.81 source "Kopinor, priser 2023" }
			param administrasjonAndel unit "andel" = 1 / 3
			formula grunnskoleBelop for grunnskole unit "NOK" = grunnskoleSats * count(grunnskole)
			formula administrasjonBelop for administrasjon unit "NOK" =
				administrasjonSats * share(administrasjonAndel of count(administrasjon))
			formula ksAdministrasjonBelop for paiKsAdministrasjon unit "NOK" =
				administrasjonSats * share(administrasjonAndel of count(paiKsAdministrasjon))
			formula vederlag unit "NOK" = sum(categories)
			""";

	private static Model parse(String name, String text) throws Exception {
		return new FormulaLoader().load(URI.createURI(name),
				new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
	}

	/** Three units: pupils, administrative årsverk and KS årsverk in 2023. */
	private static CountTable threeUnits() throws Exception {
		Provenance test = new Provenance("test counts", false, "");
		List<Count> counts = new ArrayList<>();
		String[][] rows = { { "0301", "412", "100", "1" }, { "1103", "15000", "250", "2" },
				{ "4601", "30000", "400", "1" } };
		List<String> categories = List.of("grunnskole", "administrasjon", "paiKsAdministrasjon");
		for (String[] row : rows) {
			for (int c = 0; c < categories.size(); c++) {
				counts.add(new Count(row[0], row[0], categories.get(c), 2023, new BigDecimal(row[c + 1]), test));
			}
		}
		return CountTable.of("test", counts);
	}

	private static BigDecimal unitTotal(PaymentResult result, String unit, int year) {
		return result.sum(c -> c.unit().equals(unit) && c.year() == year);
	}

	@Test
	void theTemplatesRatesGiveTheHandComputedInvoicesUnderBothRules() throws Exception {
		CountTable counts = threeUnits();
		List<Integer> year = List.of(2023);
		PaymentResult perLine = Simulator.simulate("s", "t", parse("linje.vederlag", TEMPLATE_2023), counts, year);
		PaymentResult perUnit = Simulator.simulate("s", "t",
				parse("total.vederlag", TEMPLATE_2023 + "invoice rounding per unit total to 2 half_up\n"), counts, year);
		// 0301: 412 × 222.78 = 91 785.36; 181.81 × 100 / 3 = 6 060.333…; 181.81 × 1 / 3 = 60.60333…
		// per line: 91 785.36 + 6 060.33 + 60.60 = 97 906.29
		// per unit total: 91 785.36 + 6 060.333… + 60.60333… = 97 906.29666… → 97 906.30
		assertEquals(new BigDecimal("97906.29"), unitTotal(perLine, "0301", 2023));
		assertEquals(0, new BigDecimal("97906.30").compareTo(unitTotal(perUnit, "0301", 2023)));
		// 1103: 15 000 × 222.78 = 3 341 700.00; 181.81 × 250 / 3 = 15 150.8333…; 181.81 × 2 / 3 = 121.20666…
		// per line: 3 341 700.00 + 15 150.83 + 121.21 = 3 356 972.04
		// per unit total: the two thirds add to 45 816.12 / 3 = 15 272.04 exactly: 3 356 972.04 too
		assertEquals(new BigDecimal("3356972.04"), unitTotal(perLine, "1103", 2023));
		assertEquals(0, new BigDecimal("3356972.04").compareTo(unitTotal(perUnit, "1103", 2023)));
		// 4601: 30 000 × 222.78 = 6 683 400.00; 181.81 × 400 / 3 = 24 241.333…; 60.60333… as for 0301
		// per line: 6 683 400.00 + 24 241.33 + 60.60 = 6 707 701.93
		// per unit total: 72 905.81 / 3 = 24 301.93666…; 6 707 701.93666… → 6 707 701.94
		assertEquals(new BigDecimal("6707701.93"), unitTotal(perLine, "4601", 2023));
		assertEquals(0, new BigDecimal("6707701.94").compareTo(unitTotal(perUnit, "4601", 2023)));
		// the year: 97 906.29 + 3 356 972.04 + 6 707 701.93 = 10 162 580.26 per line;
		// 97 906.30 + 3 356 972.04 + 6 707 701.94 = 10 162 580.28 per unit total
		assertEquals(new BigDecimal("10162580.26"), perLine.total(2023));
		assertEquals(0, new BigDecimal("10162580.28").compareTo(perUnit.total(2023)));
		// per category the lines are exact sums: administrasjon (18 181 + 45 452.5 + 72 724) / 3 = 45 452.50,
		// shown at 2 decimals; per line 6 060.33 + 15 150.83 + 24 241.33 = 45 452.49
		assertEquals(new BigDecimal("45452.50"), perUnit.amount("administrasjon", 2023).setScale(2, RoundingMode.HALF_UP));
		assertEquals(new BigDecimal("45452.49"), perLine.amount("administrasjon", 2023));
		// the rounding lines make up the rest: lines + rounding = the invoices
		assertEquals(List.of("grunnskole", "administrasjon", "paiKsAdministrasjon", PaymentResult.ROUNDING),
				perUnit.categories());
		assertEquals(List.of("grunnskole", "administrasjon", "paiKsAdministrasjon"), perLine.categories());
		assertEquals(0, perUnit.total(2023).compareTo(perUnit.amount("grunnskole", 2023)
				.add(perUnit.amount("administrasjon", 2023)).add(perUnit.amount("paiKsAdministrasjon", 2023))
				.add(perUnit.amount(PaymentResult.ROUNDING, 2023))));
		// 0301's rounding line: 97 906.30 − 97 906.29666… = 0.00333…
		BigDecimal rounding = perUnit.sum(c -> c.unit().equals("0301") && c.category().equals(PaymentResult.ROUNDING));
		assertEquals(new BigDecimal("0.0033"), rounding.setScale(4, RoundingMode.HALF_UP));
		// both paths alike
		CompiledSimulationTest.assertSameCells(
				Simulator.interpret("s", "t", parse("total.vederlag", TEMPLATE_2023
						+ "invoice rounding per unit total to 2 half_up\n"), counts, year, Overrides.NONE),
				perUnit, "per unit total");
	}

	/** The every-construct file with its two linear lines left exact, rounded per unit total. */
	static Model everyConstructPerUnitTotal() throws Exception {
		String text;
		try (InputStream in = CompiledSimulationTest.class.getResourceAsStream("every-construct.vederlag")) {
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		String elev = "round(indexed(elevSats by prisjustering since 2023, round each year to 2) * count(elev), 2)";
		String arsverk = "round(indexed(arsverkSats by prisjustering since 2023, round each year to 2) "
				+ "* share(andel of count(arsverk)), 2)";
		assertFalse(!text.contains(elev) || !text.contains(arsverk), "the file has changed");
		text = text.replace(elev, elev.substring(6, elev.length() - 4))
				.replace(arsverk, arsverk.substring(6, arsverk.length() - 4))
				+ "invoice rounding per unit total to 2 half_up\n";
		return parse("every-construct-per-unit-total.vederlag", text);
	}

	@Test
	void perUnitTotalGivesTheEvaluatorsCellsUnderEveryScenario() throws Exception {
		Model model = everyConstructPerUnitTotal();
		CountTable counts = CompiledSimulationTest.units(true);
		int cells = 0;
		for (Overrides overrides : CompiledSimulationTest.scenarios()) {
			PaymentResult compiled = Simulator.simulate("s", "t", model, counts, YEARS, overrides);
			cells += CompiledSimulationTest.assertSameCells(
					Simulator.interpret("s", "t", model, counts, YEARS, overrides), compiled, overrides.toString());
			for (String unit : counts.units()) {
				for (int year : YEARS) {
					// each unit's invoice, lines and rounding line together, is a whole amount in øre
					BigDecimal invoice = unitTotal(compiled, unit, year);
					assertEquals(0, invoice.compareTo(invoice.setScale(2, RoundingMode.UNNECESSARY)),
							unit + " " + year + " " + invoice);
				}
			}
		}
		// 13 scenarios × 5 units × 4 years × (6 category formulas + the rounding line)
		assertEquals(13 * 5 * 4 * 7, cells);
	}

	@Test
	void perLineToWholeKronerRoundsEveryLineAgainInBothPaths() throws Exception {
		String text;
		try (InputStream in = CompiledSimulationTest.class.getResourceAsStream("every-construct.vederlag")) {
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		Model model = parse("kroner.vederlag", text + "invoice rounding per line to 0 half_up\n");
		CountTable counts = CompiledSimulationTest.units(true);
		PaymentResult compiled = Simulator.simulate("s", "t", model, counts, YEARS, Overrides.NONE);
		CompiledSimulationTest.assertSameCells(Simulator.interpret("s", "t", model, counts, YEARS, Overrides.NONE),
				compiled, "per line to 0");
		// unit A 2023: 412 × 222.78 = 91 785.36 → 91 785; 300 × 181.81 / 3 = 18 181.00 is whole kroner already,
		// so it keeps its value and its two decimals
		assertEquals(new BigDecimal("91785"), cell(compiled, "A", "elev", 2023).amount());
		assertEquals(new BigDecimal("18181.00"), cell(compiled, "A", "arsverk", 2023).amount());
	}

	private static PaymentCell cell(PaymentResult result, String unit, String category, int year) {
		return result.cells().stream()
				.filter(c -> c.unit().equals(unit) && c.category().equals(category) && c.year() == year).findFirst()
				.orElseThrow();
	}

	@Test
	void theSweepProjectsEveryPointUnderPerUnitTotal() throws Exception {
		Model model = everyConstructPerUnitTotal();
		CountTable counts = CompiledSimulationTest.units(true);
		List<SweepParameter> parameters = List.of(SweepParameter.parse("rate:elevSats=200..240:step=20"));
		Sweep.Result result = Sweep.run(model, Overrides.NONE, counts, YEARS, parameters, null);
		// 3 points × 4 years × 6 categories, none by the kernels
		assertEquals(3 * 4 * 6, result.projected());
		for (Sweep.Point point : result.points()) {
			PaymentResult projected = Simulator.interpret("p", "t", model, counts, YEARS,
					parameters.get(0).apply(Overrides.NONE, point.values().get(0)));
			for (int y = 0; y < YEARS.size(); y++) {
				assertEquals(projected.total(YEARS.get(y)), point.totals().get(y), point.values() + " " + YEARS.get(y));
			}
		}
	}

	@Test
	void monteCarloWithoutGrowthGivesTheRoundedInvoices() throws Exception {
		Model model = parse("total.vederlag", TEMPLATE_2023 + "invoice rounding per unit total to 2 half_up\n");
		var result = MonteCarlo.run(
				new MonteCarloSpec(1, 100, List.of(new GrowthDriver("pupils", 0, 0, List.of("grunnskole")))), model,
				Overrides.NONE, threeUnits(), List.of(2023), null);
		var total = result.summaries().stream().filter(s -> s.category().equals("total")).findFirst().orElseThrow();
		// the three invoices rounded each: 10 162 580.28 (above), not 10 162 580.26
		assertEquals(new BigDecimal("10162580.28"), total.p50());
	}
}
