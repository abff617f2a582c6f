package no.avtalebenk.app.about;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;

/**
 * Where the bundled data come from, as {@code docs/data-sources.md} and the examples' {@code data/README.md}
 * say, with the norway-geodata licence text that must travel with the register derived from it.
 */
public final class Attributions {

	/** The bundle with the example case and the register. */
	public static final String EXAMPLES_BUNDLE = "no.avtalebenk.examples";
	/** The licence of norway-geodata in that bundle. */
	public static final String GEODATA_LICENCE = "data/LICENSE-norway-geodata.txt";

	private static final String TEXT = """
			Data i eksempelsaken og referansedatasettet

			Kommuner og fylker: registeret over Norges 357 kommuner og 15 fylker (med innbyggertall 1. januar 2024) \
			er avledet fra datasettet norway-geodata, © 2025 Alexander Prestmo, under MIT-lisensen (lisensteksten står \
			nedenfor og ligger i %s/%s).

			Elev- og innbyggertall: Statistisk sentralbyrå (SSB) – elever i offentlige grunnskoler 2025 (589 453), \
			elever i videregående skole 2024 (202 914) og innbyggere 1. januar 2024 (5 550 203).

			Satser: Kopinors publiserte priser for kommunenes kopieringsavtaler (2018 og «priser 2023»), og Kopinors \
			regel om at en tredel av de administrative årsverkene betales for.

			Årsverk: KS – om lag 403 700 årsverk i kommunesektoren (2021). Avtalt beløp: 226 mill. kroner per år for \
			2026 og 2027, slik beløpet er rapportert etter meklingen i januar 2026; protokollen mellom KS og Kopinor av \
			6.2.2026 slår fast enigheten, men oppgir ikke beløpet.

			Øvrige kilder: Meld. St. 11 (2024–2025) (om lag 31 400 fagskolestudenter høsten 2023), medienorge \
			(om lag 1 834 årsverk i folkebibliotekene, 2019) og KDDs oversikt over bilaterale samarbeidsavtaler i \
			konsultasjonsordningen (april 2026).

			Der ingen publisert tall finnes, er verdien et anslag, og dataene sier det (estimated="true" med metode).
			""";

	private Attributions() {
	}

	/** @return the attributions, followed by the norway-geodata licence text when the examples bundle is installed */
	public static String text() {
		String attributions = TEXT.formatted(EXAMPLES_BUNDLE, GEODATA_LICENCE);
		String licence = geodataLicence();
		return licence == null ? attributions : attributions + "\nnorway-geodata – lisens\n\n" + licence;
	}

	/** @return the licence text, or null when the examples bundle or its file is missing */
	private static String geodataLicence() {
		Bundle examples = Platform.getBundle(EXAMPLES_BUNDLE);
		URL entry = examples == null ? null : examples.getEntry(GEODATA_LICENCE);
		if (entry == null) {
			return null;
		}
		try (InputStream in = entry.openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			return null;
		}
	}
}
