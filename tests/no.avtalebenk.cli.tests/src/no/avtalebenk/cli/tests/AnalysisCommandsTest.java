package no.avtalebenk.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import no.avtalebenk.cli.Amounts;
import no.avtalebenk.cli.Commands;
import no.avtalebenk.data.reference.ReferenceDataSet;
import no.avtalebenk.model.avtale.AgreementModel;

/** The analysis commands on the bundled example: output formats and exit codes of docs/cli.md. */
class AnalysisCommandsTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		out.reset();
		err.reset();
		return Commands.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private String output() {
		return out.toString(StandardCharsets.UTF_8);
	}

	@Test
	void theReferenceDataSetGivesPaymentsPerMunicipalityAndCounty() throws Exception {
		AgreementModel reference = ReferenceDataSet.build();
		BigDecimal osloPupils = reference.getCounts().stream()
				.filter(c -> c.getUnit().getId().equals("0301") && c.getCategory().getId().equals("grunnskole")
						&& c.getYear() == 2026)
				.findFirst().orElseThrow().getValue();
		// each unit's grunnskole payment is 237.71 (222.78 with the published KPI steps for 2024 and 2025) ×
		// its whole pupils, exact to the øre, and the data set is calibrated to the published 589 453 pupils,
		// so the national sum is the example's
		assertEquals(Commands.OK, run("simulate", "--data", "reference", "--format", "csv"), () -> err.toString());
		assertTrue(output().contains("\ngrunnskole;2026;140118872.63\n"), output());
		assertEquals(Commands.OK, run("compare", "--data", "reference", "--by", "county", "--scenarios",
				"grunnlag,meklers-forslag", "--format", "csv"), () -> err.toString());
		BigDecimal oslo = new BigDecimal("237.71").multiply(osloPupils).setScale(2, RoundingMode.HALF_UP);
		assertTrue(output().contains("\n03 Oslo;2026;grunnlag;baseline;"), output());
		long counties = output().lines().filter(l -> l.contains(";2026;grunnlag;")).count();
		// 15 counties, Longyearbyen, KS, the total row, the agreed amount and the gap
		assertEquals(20, counties, output());
		assertEquals(Commands.OK, run("explain", "--data", "reference", "--unit", "0301", "--year", "2026",
				"--formula", "grunnskoleBelop"), () -> err.toString());
		assertTrue(output().contains("formula grunnskoleBelop = " + Amounts.norwegian(oslo) + " NOK"), output());
		assertTrue(output().contains("ESTIMATE"), output());
		assertEquals(Commands.INPUT_ERROR, run("simulate", "--data", "/nonexistent/data.avtale"));
		assertTrue(err.toString().contains("/nonexistent/data.avtale: no such file"), err.toString());
	}

	@Test
	void projectionsListsThePluginsAndAnAnalystsContribution() {
		assertEquals(Commands.OK, run("projections", "--format", "csv"));
		String[] lines = output().split("\n");
		assertEquals("name;label;contributor;description", lines[0]);
		assertTrue(output().contains("\ncli-sample;Sample: NOK 2 per counted person;no.avtalebenk.cli.tests;"),
				output() + err.toString(StandardCharsets.UTF_8));
		assertTrue(output().contains("\nkopinor;") && output().contains("\nusage;") && output().contains("\nai;"));
	}

	@Test
	void simulateRunsAContributedModelAndAScenario() {
		assertEquals(Commands.OK, run("simulate", "--projection", "cli-sample", "--format", "csv"),
				() -> err.toString(StandardCharsets.UTF_8));
		// 589 453 pupils × NOK 2
		assertTrue(output().contains("grunnskole;2026;1178906.00"), output());
		assertEquals(Commands.OK, run("simulate", "--scenario", "meklers-forslag", "--format", "csv"));
		// every 2025 rate × 1.06, rounded to øre, times the counts (hand sum in the simulation tests)
		assertTrue(output().contains("\ntotal;2027;225882909.64\n"), output());
		// the agreed NOK 226 000 000 a year: 225 882 909,64 − 226 000 000 = −117 090,36
		assertTrue(output().endsWith("agreed;2026;226000000.00\nagreed;2027;226000000.00\ngap;2026;-117090.36\n"
				+ "gap;2027;-117090.36\n"), output());
		assertEquals(Commands.USAGE, run("simulate", "--projection", "nosuch"));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("no projection model 'nosuch'"));
	}

	@Test
	void compareShowsThePositionsSideBySide() {
		assertEquals(Commands.OK, run("compare", "--format", "csv"));
		String[] lines = output().split("\n");
		assertEquals("category;year;variant;holder;amount_nok;difference_nok", lines[0]);
		// Kopinor's position: half of the årsverk billed, 29 369 175.00 − 19 579 450.00
		assertTrue(output().contains("administrasjon;2026;halv-administrasjonsandel;kopinorPosition;29369175.00;9789725.00"));
		// the mediator's illustrative 6 %: 225 882 909.64 − 213 099 052.06
		assertTrue(output().contains("total;2026;meklers-forslag;mediatorProposal;225882909.64;12783857.58"));
		assertEquals(Commands.OK, run("compare", "--projections", "kopinor,usage", "--by", "unit", "--format", "json"));
		assertTrue(output().startsWith("{\"title\":"));
		// usage: (589 453 + 186 681) × 540 = 419 112 360.00 for unit NO
		assertTrue(output().contains("{\"variant\":\"usage\",\"amount\":\"419112360.00\""), output());
		assertEquals(Commands.USAGE, run("compare", "--by", "kommune"));
	}

	@Test
	void goalSeekAnswersWithinOneKroneOrSaysWhyNot() {
		assertEquals(Commands.OK, run("goal-seek", "--target", "226000000", "--solve", "param:administrasjonAndel",
				"--format", "json"));
		assertTrue(output().contains("\"reached\":true"), output());
		// (226 000 000 − 193 519 602.06) / (194.00 × 302 775) = 0.552967…
		assertTrue(output().contains("\"value\":\"0.552967"), output());
		// a common factor on all rates: 226 000 000 / 213 099 052.06 = 1.06053968…; rounded to whole øre
		// the rates give 225 998 498.20 (hand computation in the simulation tests' AnalysisTest)
		assertEquals(Commands.OK, run("goal-seek", "--target", "226000000", "--format", "csv"));
		assertTrue(output().startsWith("kind;number;value;total_nok;difference_nok\niteration;1;0.500000000000;"));
		assertTrue(output().contains("\nanswer;"));
		assertTrue(output().contains(";1.0605396"), output());
		assertTrue(output().contains(";225998498.20;-1501.80\n"), output());
		assertEquals(Commands.OK, run("goal-seek", "--target", "226000000", "--format", "json"));
		assertTrue(output().contains("\"reached\":true,\"note\":\"\",\"roundedRatesTotal\":\"225998498.20\""), output());
		assertEquals(Commands.NO_SOLUTION, run("goal-seek", "--target", "226000000", "--solve", "rate:grunnskoleSats"));
		assertTrue(output().contains("steps"), output());
		assertEquals(Commands.NO_SOLUTION, run("goal-seek", "--target", "1000000000"));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("widen the bounds"));
		// Without --target: the agreed amount of the year, NOK 226 000 000 for 2026 in the example.
		assertEquals(Commands.OK, run("goal-seek", "--format", "csv"));
		assertTrue(output().contains(";225998498.20;-1501.80\n"), output());
		assertEquals(Commands.USAGE, run("goal-seek", "--target", "226000000", "--solve", "param:nosuch"));
	}

	@Test
	void sensitivityGivesTornadoData() {
		assertEquals(Commands.OK, run("sensitivity", "--format", "csv"));
		String[] lines = output().split("\n");
		assertEquals("input;kind;low_factor;high_factor;total_low_nok;total_high_nok;swing_nok", lines[0]);
		// largest bar: grunnskoleSats ±10 %: 199 087 754.25 to 227 116 244.40 (AnalysisTest)
		assertEquals("grunnskoleSats;rate;0.90;1.10;199087754.25;227116244.40;28028490.15", lines[1]);
		// the header, 6 rates, 7 categories' counts, the index and the billed share (AnalysisTest)
		assertEquals(16, lines.length);
		assertTrue(output().contains("\nadministrasjonAndel;parameter;0.90;1.10;211141107.06;215056997.06;3915890.00\n"),
				output());
	}

	@Test
	void monteCarloIsReproducibleBySeedAndShowsProgressOnStderr() {
		assertEquals(Commands.OK, run("montecarlo", "--seed", "7", "--draws", "3000", "--format", "json"));
		String first = output();
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("100 % of 3000 draws"));
		assertEquals(Commands.OK, run("montecarlo", "--seed", "7", "--draws", "3000", "--format", "json"));
		assertEquals(first, output());
		assertTrue(first.contains("\"category\":\"total\""));
		assertEquals(Commands.OK, run("montecarlo", "--seed", "8", "--draws", "3000", "--format", "csv", "--no-progress"));
		assertFalse(err.toString(StandardCharsets.UTF_8).contains("draws"), err.toString(StandardCharsets.UTF_8));
		assertTrue(output().startsWith("year;category;mean_nok;p10_nok;p50_nok;p90_nok;min_nok;max_nok;resolution_nok\n"));
		assertEquals(Commands.USAGE, run("montecarlo", "--pupil-growth", "fast"));
	}
}
