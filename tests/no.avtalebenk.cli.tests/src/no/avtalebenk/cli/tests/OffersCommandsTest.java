package no.avtalebenk.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.avtalebenk.cli.Commands;

/**
 * Offers and the agreement's dates on the command line, on cases a user makes with {@code new}: two
 * cases compared with {@code diff} after one changes a clause and a rate, two scenarios compared, the
 * offers by round, the register of agreements and the duties as deadlines.
 */
class OffersCommandsTest {

	private static final String CLAUSE_9 = "Reforhandling av mønsteravtalen for ny periode opptas i tilstrekkelig tid før utløp av avtalen.";

	@TempDir
	Path temp;

	private Path a;
	private Path b;
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeEach
	void twoCases() throws IOException {
		a = temp.resolve("a");
		b = temp.resolve("b");
		assertEquals(Commands.OK, run("new", a.toString()), this::errors);
		assertEquals(Commands.OK, run("new", b.toString()), this::errors);
		// the second offer: renegotiation six months before expiry in the text, and a higher fagskole rate
		replace(b.resolve("avtale.avtale"), "text=\"" + CLAUSE_9 + "\"",
				"text=\"Reforhandling opptas senest seks måneder før utløp av avtalen.\"");
		replace(b.resolve("kopinor.vederlag"), "from 2023-01-01 = 191.04", "from 2023-01-01 = 200.00");
	}

	@Test
	void diffListsTheChangedClauseAndRateAndThePaymentEffect() {
		assertEquals(Commands.OK, run("diff", "a/avtale.avtale", "b/avtale.avtale"), this::errors);
		String table = output();
		assertTrue(table.startsWith("Differences from A (avtale.avtale, scenario grunnlag) to B (avtale.avtale, scenario grunnlag): 2\n"),
				table);
		assertTrue(table.contains("changed  clause           /agreements[ks-kopinor-2026-2027]/clauses[9]  text: Reforhandling av "),
				table);
		assertTrue(table.contains("changed  rate             kopinor.vederlag:44:2  fagskoleSats from 2023-01-01: 191.04 → 200.00"),
				table);
		assertTrue(table.contains("Payment effect (NOK), B − A\n"), table);
		assertEquals(Commands.OK, run("diff", "a/avtale.avtale", "b/avtale.avtale", "--format", "csv"), this::errors);
		String[] lines = output().split("\n");
		assertEquals("record;change;element;path;feature;before;after;category;year;a_nok;b_nok;difference_nok", lines[0]);
		assertEquals("difference;changed;clause;/agreements[ks-kopinor-2026-2027]/clauses[9];text;" + CLAUSE_9
				+ ";Reforhandling opptas senest seks måneder før utløp av avtalen.;;;;;", lines[1]);
		// only fagskole pays differently: 31 400 students; the grunnskole line is unchanged
		assertTrue(Arrays.stream(lines).anyMatch(l -> l.matches("payment;;;;;;;grunnskole;2026;(\\d+\\.\\d\\d);\\1;0\\.00")),
				output());
		String fagskole = Arrays.stream(lines).filter(l -> l.startsWith("payment;;;;;;;fagskole;2026;")).findFirst()
				.orElseThrow();
		// 31 400 students; 191.04 indexed +4.0 % and +2.6 % (each step to øre): 198.68, 203.85; 200.00: 208.00,
		// 213.41. A 203.85 × 31 400 = 6 400 890.00, B 213.41 × 31 400 = 6 701 074.00, B − A 9.56 × 31 400
		assertEquals("payment;;;;;;;fagskole;2026;6400890.00;6701074.00;300184.00", fagskole);
		assertTrue(output().contains("\npayment;;;;;;;total;2027;"), output());
		assertEquals(Commands.OK, run("diff", "a/avtale.avtale", "b/avtale.avtale", "--format", "json"), this::errors);
		assertTrue(output().contains("{\"change\":\"changed\",\"element\":\"rate\",\"path\":\"kopinor.vederlag:44:2\","
				+ "\"feature\":\"fagskoleSats from 2023-01-01\",\"before\":\"191.04\",\"after\":\"200.00\"}"), output());
	}

	@Test
	void diffComparesTwoScenariosOfACase() {
		assertEquals(Commands.OK, run("diff", "--scenarios", "grunnlag,meklers-forslag", "--case", "a", "--format", "json"),
				this::errors);
		assertTrue(output().contains("{\"change\":\"added\",\"element\":\"scenario change\",\"path\":"
				+ "\"/scenarios[meklers-forslag]/changes[0]\",\"feature\":\"\",\"before\":\"\","
				+ "\"after\":\"rate prisjustering 2026-01-01 = 1.06\"}"), output());
		assertEquals(Commands.OK, run("compare", "--case", "a", "--scenarios", "grunnlag,meklers-forslag", "--format", "csv"));
		String total = Arrays.stream(output().split("\n")).filter(l -> l.startsWith("total;2026;meklers-forslag;"))
				.findFirst().orElseThrow();
		String difference = total.substring(total.lastIndexOf(';') + 1);
		assertEquals(Commands.OK, run("diff", "--scenarios", "grunnlag,meklers-forslag", "--case", "a", "--format", "csv"));
		// the payment effect is the comparison's difference for the mediator's proposal
		assertTrue(Arrays.stream(output().split("\n")).anyMatch(l -> l.startsWith("payment;;;;;;;total;2026;")
				&& l.endsWith(";" + difference)), output());
		assertEquals(Commands.USAGE, run("diff", "a/avtale.avtale"));
		assertTrue(errors().contains("give two agreement files"), errors());
		assertEquals(Commands.USAGE, run("diff", "--scenarios", "grunnlag,ingen", "--case", "a"));
		assertTrue(errors().contains("unknown scenario 'ingen'"), errors());
		assertEquals(Commands.USAGE, run("diff", "a/avtale.avtale", "b/avtale.avtale", "--case", "a"));
	}

	@Test
	void compareShowsEachPartysOffersByRound() {
		assertEquals(Commands.OK, run("compare", "--case", "a", "--rounds", "--format", "csv"), this::errors);
		String[] lines = output().split("\n");
		assertEquals("holder;round;scenario;year;total_nok;change_nok;change_from;gap_nok", lines[0]);
		assertTrue(lines[1].startsWith("ksPosition;1;elevtall-faller-2-prosent;2026;"), lines[1]);
		assertTrue(lines[1].contains(";0.00;grunnlag;"), lines[1]);
		assertTrue(lines[3].startsWith("kopinorPosition;1;halv-administrasjonsandel;2026;"), lines[3]);
		assertTrue(lines[5].startsWith("mediatorProposal;2;meklers-forslag;2026;"), lines[5]);
		assertEquals(Commands.OK, run("compare", "--case", "a"), this::errors);
		assertTrue(output().contains("compared:  meklers-forslag (mediatorProposal, round 2)\n"), output());
		assertTrue(output().contains("\n\nOffers by round (NOK)\nholder             round  scenario"), output());
		assertEquals(Commands.OK, run("compare", "--case", "a", "--projections", "kopinor,usage"), this::errors);
		assertTrue(output().contains("note: these models price different goods"), output());
		assertTrue(output().contains("usage prices access to digital learning resources"), output());
	}

	@Test
	void registerListsTheCompleteRegisterWithTheLeadTime() {
		assertEquals(Commands.OK, run("register", "--case", "a", "--on", "2026-04-16", "--format", "csv"), this::errors);
		String[] lines = output().split("\n");
		assertEquals("kind;id;name;parties;area;signed;start;expires;first_signed;status;successor;predecessor;"
				+ "lead_time;renegotiation_start;note;source;path", lines[0]);
		assertTrue(lines[1].startsWith("this;ks-kopinor-2026-2027;"), lines[1]);
		assertTrue(lines[1].contains(";2026-02-06;2026-01-01;2027-12-31;;in_force;;;P6M;2027-06-30;\"ANTAKELSE"), lines[1]);
		// vedlegg c's eight, the refugee agreement of 2026 (5a), Digihjelpen (5c), the HOD–KS supplement (5b)
		assertEquals(13, lines.length);
		assertTrue(output().contains("\nregistered;digihjelpen-2022;Avtale om utvikling av Digihjelpen;KDD og KS;"
				+ "Avtaler om samhandling mellom ulike deler av forvaltningen;2022-03-18;2022-03-18;2025-12-31;2018-01-30;"
				+ "expired;;;"), output());
		assertTrue(output().contains("\nregistered;flyktninger-2022;Samarbeidsavtale om mottak og bosetting av flyktninger;"),
				output());
		assertTrue(output().contains(";expired;Avtale om mottak og bosetting av flyktninger 2026–2029;;"), output());
		assertEquals(Commands.OK, run("register", "--case", "a", "--on", "2026-04-16"), this::errors);
		assertTrue(output().contains("11 agreements, 5 expired"), output());
		assertTrue(output().contains("renegotiation starts by 2027-06-30 (lead time P6M; ANTAKELSE"), output());
		assertEquals(Commands.USAGE, run("register", "--case", "a", "--on", "16.4.2026"));
	}

	@Test
	void dutiesBecomeDeadlinesAndABadDueDateIsAnError() throws IOException {
		assertEquals(Commands.OK, run("deadlines", "--case", "a", "--format", "csv"), this::errors);
		assertTrue(output().startsWith("date;kind;party;clause;what;basis;path\n"), output());
		// protocol point 7: KS delivers the PAI årsverk by 1 April each year of the period
		assertTrue(output().contains("\n2026-04-01;reporting;KS;7;PAI: antall årsverk i kommuner og fylkeskommuner;"), output());
		assertTrue(output().contains("\n2027-04-01;reporting;KS;7;"), output());
		assertTrue(output().contains("\n2027-06-30;renegotiation;;9;"), output());
		replace(a.resolve("avtale.avtale"), "dueMonthDay=\"04-01\"", "dueMonthDay=\"13-45\"");
		assertEquals(Commands.INPUT_ERROR, run("validate", "--case", "a"));
		assertTrue(output().contains("avtale.avtale: /agreements[ks-kopinor-2026-2027]/clauses[7]/duties[0]: error: "
				+ "The due date '13-45' is not a month and day; write MM-DD, e.g. 04-01 for 1 April."), output());
	}

	@Test
	void theBriefingShowsTheRoundsAndTheDeadlines() throws IOException {
		Path html = temp.resolve("notat.html");
		assertEquals(Commands.OK, run("report", "--case", "a", "--out", html.toString(), "--draws", "200"), this::errors);
		String text = Files.readString(html, StandardCharsets.UTF_8);
		assertTrue(text.contains("<h2>Tilbud runde for runde</h2>"), "rounds");
		assertTrue(text.contains("<td>1</td><td>elevtall-faller-2-prosent</td><td>2027</td>"), "KS's first round");
		assertTrue(text.contains("<td>2</td><td>meklers-forslag</td><td>2026</td>"), "the mediator's second round");
		assertTrue(text.contains("<h2>Avtalens frister</h2>"), "deadlines");
		assertTrue(text.contains("<tr><td>2026-04-01</td><td>rapportering</td><td>KS</td><td>7</td>"), "PAI by 1 April 2026");
		assertTrue(text.contains("Reforhandling for ny periode tas opp senest 2027-06-30"), "renegotiation start");
		assertTrue(text.contains("<td>Avtale om mottak og bosetting av flyktninger 2026–2029</td><td>utløpt før perioden</td>"),
				"the 2022 refugee agreement's successor");
	}

	private int run(String... args) {
		out.reset();
		err.reset();
		return Commands.run(args, temp, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private String output() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String errors() {
		return err.toString(StandardCharsets.UTF_8);
	}

	private static void replace(Path file, String from, String to) throws IOException {
		String text = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(text.contains(from), file + " holds " + from);
		Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
	}
}
