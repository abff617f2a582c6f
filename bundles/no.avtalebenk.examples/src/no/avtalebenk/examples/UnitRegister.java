package no.avtalebenk.examples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.avtalebenk.model.avtale.AvtaleFactory;
import no.avtalebenk.model.avtale.Provenance;
import no.avtalebenk.model.avtale.ReportingUnit;
import no.avtalebenk.model.avtale.UnitKind;

/**
 * The register of reporting units shipped with the product: Norway's 357 municipalities and 15
 * counties as of 1 January 2024 (the 2024 county reform), from the norway-geodata data set by
 * Alexander Prestmo, MIT licence (data/LICENSE-norway-geodata.txt).
 */
public final class UnitRegister {

	/** The municipalities file inside this bundle. */
	public static final String MUNICIPALITIES = "/data/municipalities-2025.csv";
	/** The counties file inside this bundle. */
	public static final String COUNTIES = "/data/counties-2025.csv";
	/** The structure these files describe took effect on this date. */
	public static final String VALID_FROM = "2024-01-01";

	private static final String SOURCE = "norway-geodata (Alexander Prestmo, MIT licence), municipalities-2025";

	private UnitRegister() {
	}

	/**
	 * @return the counties, then the municipalities, each municipality pointing to its county
	 * @throws IOException when a file is missing or malformed (the message names file and line)
	 */
	public static List<ReportingUnit> load() throws IOException {
		Map<String, ReportingUnit> counties = new LinkedHashMap<>();
		for (String[] row : read(COUNTIES, "fylkesnummer;fylkesnavn;innbyggere;antall_kommuner", 4)) {
			counties.put(row[0], unit(row[0], row[1], UnitKind.COUNTY, row[2], COUNTIES));
		}
		List<ReportingUnit> units = new ArrayList<>(counties.values());
		for (String[] row : read(MUNICIPALITIES,
				"kommunenummer;kommunenavn;fylkesnummer;fylkesnavn;administrasjonssenter;innbyggere;areal_km2;maalform", 8)) {
			ReportingUnit municipality = unit(row[0], row[1], UnitKind.MUNICIPALITY, row[5], MUNICIPALITIES);
			ReportingUnit county = counties.get(row[2]);
			if (county == null) {
				throw new IOException(MUNICIPALITIES + ": municipality " + row[0] + " names the unknown county " + row[2]);
			}
			municipality.setCounty(county);
			units.add(municipality);
		}
		return units;
	}

	private static ReportingUnit unit(String id, String name, UnitKind kind, String inhabitants, String file)
			throws IOException {
		ReportingUnit unit = AvtaleFactory.eINSTANCE.createReportingUnit();
		unit.setId(id);
		unit.setName(name);
		unit.setKind(kind);
		unit.setValidFrom(VALID_FROM);
		try {
			unit.setInhabitants(Integer.parseInt(inhabitants));
		} catch (NumberFormatException e) {
			throw new IOException(file + ": unit " + id + " has inhabitants '" + inhabitants + "', not a number", e);
		}
		Provenance provenance = AvtaleFactory.eINSTANCE.createProvenance();
		provenance.setSource(SOURCE);
		provenance.setTableOrField("innbyggere (1.1.2024)");
		provenance.setRetrieved("2025");
		unit.setProvenance(provenance);
		return unit;
	}

	private static List<String[]> read(String file, String header, int fields) throws IOException {
		List<String[]> rows = new ArrayList<>();
		try (InputStream in = Examples.open(file);
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String first = reader.readLine();
			if (!header.equals(first)) {
				throw new IOException(file + ":1: expected the header " + header);
			}
			String line;
			int number = 1;
			while ((line = reader.readLine()) != null) {
				number++;
				String[] row = line.split(";", -1);
				if (row.length != fields) {
					throw new IOException(file + ":" + number + ": expected " + fields + " fields, found " + row.length);
				}
				rows.add(row);
			}
		}
		return rows;
	}
}
