package no.avtalebenk.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import no.avtalebenk.cli.Commands;

/** {@code chart}: every kind is written as an image of the requested size, without a display. */
class ChartCommandTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		return Commands.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	@ParameterizedTest
	@ValueSource(strings = { "bars", "series", "waterfall", "tornado", "fan", "histogram", "counties", "register" })
	void everyKindIsWrittenAsPng(String kind, @TempDir Path dir) throws Exception {
		Path file = dir.resolve(kind + ".png");
		assertEquals(Commands.OK, run("chart", "--kind", kind, "--out", file.toString(), "--width", "640", "--height",
				"400", "--draws", "500"), err.toString(StandardCharsets.UTF_8));
		BufferedImage image = ImageIO.read(file.toFile());
		assertEquals(640, image.getWidth());
		assertEquals(400, image.getHeight());
	}

	@Test
	void waterfallGoesFromTheBaselineToTheMediatorsProposal(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("waterfall.svg");
		assertEquals(Commands.OK, run("chart", "--kind", "waterfall", "--out", file.toString(), "--lang", "en"));
		assertTrue(out.toString(StandardCharsets.UTF_8).endsWith("Fra grunnlag til meklers-forslag (2026)\n"), out.toString());
		// English amounts on the axis, e.g. "NOK 200,000,000".
		assertTrue(Files.readString(file).contains("NOK 200,000,000"));
	}

	@Test
	void barsNameTheCategoriesAsTheAgreementFileDoes(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("bars.svg");
		assertEquals(Commands.OK, run("chart", "--kind", "bars", "--out", file.toString()), err.toString(StandardCharsets.UTF_8));
		String svg = Files.readString(file);
		// avtale.avtale: kulturskoleMusikk is "Musikk- og kulturskoler, musikklinjer", which the axis may
		// wrap at its spaces; the id is shown nowhere.
		assertTrue(svg.contains("musikklinjer"), "a group's label");
		assertFalse(svg.contains("kulturskoleMusikk"), "no category id");
	}

	@Test
	void registerDrawsEveryRegisteredAgreementInTheWordsOfLang(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("register.svg");
		assertEquals(Commands.OK, run("chart", "--kind", "register", "--out", file.toString()),
				err.toString(StandardCharsets.UTF_8));
		assertTrue(out.toString(StandardCharsets.UTF_8).endsWith("(register, 1000×600): Avtaleregisteret: hva utløper når\n"),
				out.toString());
		String svg = Files.readString(file);
		// the first and the refugee agreement of the template's eleven <register> lines, and the period end (avtale.avtale)
		assertTrue(svg.contains("Avtale om kvalitetsutvikling i barnehagen"), "the first agreement");
		assertTrue(svg.contains("Avtale om mottak og bosetting av flyktninger"), "the last agreement");
		assertTrue(svg.contains("Avtaleperioden slutter 2027-12-31"), "the period end marker");
		Path english = dir.resolve("register-en.svg");
		assertEquals(Commands.OK, run("chart", "--kind", "register", "--out", english.toString(), "--lang", "en"));
		assertTrue(Files.readString(english).contains("Agreement period ends 2027-12-31"));
	}

	@Test
	void unknownKindIsAUsageError(@TempDir Path dir) {
		assertEquals(Commands.USAGE, run("chart", "--kind", "pie", "--out", dir.resolve("x.png").toString()));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown kind 'pie'"));
	}
}
