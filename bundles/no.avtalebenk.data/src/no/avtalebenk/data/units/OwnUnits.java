package no.avtalebenk.data.units;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.util.EcoreUtil;

import no.avtalebenk.data.importer.ImportException;
import no.avtalebenk.data.importer.ImportProblem;
import no.avtalebenk.data.text.DelimitedText;
import no.avtalebenk.data.text.TextDecoding;
import no.avtalebenk.model.avtale.AgreementModel;
import no.avtalebenk.model.avtale.AvtaleFactory;
import no.avtalebenk.model.avtale.Provenance;
import no.avtalebenk.model.avtale.ReportingUnit;
import no.avtalebenk.model.avtale.UnitKind;

/**
 * A case's own reporting units: units that are not in the municipality register, such as an
 * inter-municipal company (IKS), a merged municipality before the register knows it, or a test unit.
 * A case declares them in {@value #FILE_NAME}, UTF-8 text with semicolon-separated fields and the
 * header {@value #HEADER} (docs/cases.md):
 * <ul>
 * <li>{@code id}: the unit's id as the statistics files name it; letters, digits, '-', '_' and '.';
 * not a unit of the register and not declared twice;</li>
 * <li>{@code name}: the unit's name;</li>
 * <li>{@code kind}: a {@link UnitKind} literal, e.g. {@code interMunicipal}, {@code municipality} or
 * {@code other};</li>
 * <li>{@code county}: the fylkesnummer of a county of the register, or empty;</li>
 * <li>{@code validFrom}, {@code validTo}: dates yyyy-mm-dd, or empty;</li>
 * <li>{@code note}: free text, kept in the unit's provenance, or empty.</li>
 * </ul>
 * Lines beginning with {@code #} are comments; blank lines are ignored; a field holding a semicolon is
 * quoted with double quotes. Every problem is reported with its place {@code file:line:column}.
 */
public final class OwnUnits {

	/** The file of a case's own units. */
	public static final String FILE_NAME = "enheter.csv";
	/** The header line the file begins with. */
	public static final String HEADER = "id;name;kind;county;validFrom;validTo;note";
	/** How a declared unit's provenance source begins; it tells declared units from register units. */
	public static final String DECLARED = "declared by the case in ";
	/** Where the format is described, for messages. */
	public static final String DOCUMENTATION = "docs/cases.md";

	private static final List<String> COLUMNS = List.of(HEADER.split(";"));

	private OwnUnits() {
	}

	/**
	 * @param file     a case's {@value #FILE_NAME}
	 * @param register the register the units are checked against, e.g. the data set: its units' ids
	 *                 may not be declared again (except units a case declared before, see
	 *                 {@link #isDeclared(ReportingUnit)}), and its counties are the counties a unit
	 *                 may name
	 * @return the declared units in file order, not contained in any model; a unit's county is the
	 *         register's county
	 * @throws IOException     when the file cannot be read
	 * @throws ImportException listing every problem in the file, each with its place
	 */
	public static List<ReportingUnit> read(Path file, AgreementModel register) throws IOException, ImportException {
		return read(file.toString(), Files.readAllBytes(file), register);
	}

	/**
	 * @param fileName the file as the user named it, used in every message
	 * @param content  the file's bytes, UTF-8
	 * @param register see {@link #read(Path, AgreementModel)}
	 * @return the declared units in file order
	 * @throws ImportException listing every problem in the file, each with its place
	 */
	public static List<ReportingUnit> read(String fileName, byte[] content, AgreementModel register) throws ImportException {
		String text = withoutComments(TextDecoding.decode(fileName, content, TextDecoding.UTF_8));
		if (text.isBlank()) {
			throw new ImportException(ImportProblem.of(fileName, "the file has no header; its first line must be " + HEADER));
		}
		int headerLine = firstLine(text);
		String first = text.split("\n", -1)[headerLine - 1];
		List<String> firstFields = Arrays.stream(first.split(";", -1)).map(f -> f.trim().replace("\"", "")).toList();
		DelimitedText csv = DelimitedText.parse(fileName, text, ';');
		// DelimitedText skips a title line above the header; here the first line must be the header.
		if (!csv.header().equals(firstFields)) {
			throw new ImportException(new ImportProblem(fileName, headerLine, 0, "the first line must be the header " + HEADER
					+ ", not '" + first.trim() + "'"));
		}
		List<ImportProblem> problems = new ArrayList<>();
		Map<String, Integer> columns = new HashMap<>();
		for (int i = 0; i < csv.header().size(); i++) {
			String name = csv.header().get(i);
			String known = COLUMNS.stream().filter(c -> c.equalsIgnoreCase(name)).findFirst().orElse(null);
			if (known == null) {
				problems.add(new ImportProblem(fileName, headerLine, i + 1, "unknown column '" + name + "'; the header is " + HEADER));
			} else if (columns.putIfAbsent(known, i) != null) {
				problems.add(new ImportProblem(fileName, headerLine, i + 1, "the column '" + known + "' is named twice"));
			}
		}
		for (String column : COLUMNS) {
			if (!columns.containsKey(column)) {
				problems.add(new ImportProblem(fileName, headerLine, 0, "the header has no column '" + column
						+ "'; it must be " + HEADER + " (county, validFrom, validTo and note may be left empty on a line)"));
			}
		}
		if (!problems.isEmpty()) {
			throw new ImportException(problems);
		}
		Map<String, ReportingUnit> existing = new HashMap<>();
		Map<String, ReportingUnit> counties = new LinkedHashMap<>();
		for (ReportingUnit unit : register.getUnits()) {
			// A data set holds the units a case declared for earlier imports; those may be declared again.
			if (!isDeclared(unit)) {
				existing.put(unit.getId(), unit);
			}
			if (unit.getKind() == UnitKind.COUNTY && !isDeclared(unit)) {
				counties.put(unit.getId(), unit);
			}
		}
		Map<String, Integer> declared = new HashMap<>();
		List<ReportingUnit> units = new ArrayList<>();
		for (DelimitedText.Row row : csv.rows()) {
			Field id = field(row, columns, "id");
			Field name = field(row, columns, "name");
			Field kind = field(row, columns, "kind");
			Field county = field(row, columns, "county");
			Field validFrom = field(row, columns, "validFrom");
			Field validTo = field(row, columns, "validTo");
			String note = field(row, columns, "note").text();
			int before = problems.size();
			for (int i = csv.header().size(); i < row.fields().size(); i++) {
				if (!row.fields().get(i).isEmpty()) {
					problems.add(new ImportProblem(fileName, row.line(), i + 1, "the line has more fields than the header's "
							+ csv.header().size() + "; quote a field that holds a semicolon (\"like; this\")"));
					break;
				}
			}
			if (id.text().isEmpty()) {
				problems.add(id.problem(fileName, row, "the id is empty; every unit needs the id the statistics files use for it"));
			} else if (!id.text().matches("[\\p{L}\\p{N}][\\p{L}\\p{N}_.-]*")) {
				problems.add(id.problem(fileName, row, "the id '" + id.text() + "' may hold only letters, digits, '-', '_' and '.'"));
			} else if (existing.containsKey(id.text())) {
				ReportingUnit known = existing.get(id.text());
				problems.add(id.problem(fileName, row, id.text() + " is already a unit of the register (" + known.getName()
						+ "); it need not be declared"));
			} else if (declared.containsKey(id.text())) {
				problems.add(id.problem(fileName, row, "the id " + id.text() + " is declared twice (also on line " + declared.get(id.text()) + ")"));
			} else {
				declared.put(id.text(), row.line());
			}
			if (name.text().isEmpty()) {
				problems.add(name.problem(fileName, row, "the name is empty; every unit needs a name"));
			}
			UnitKind unitKind = kind(kind.text());
			if (unitKind == null) {
				problems.add(kind.problem(fileName, row, (kind.text().isEmpty() ? "the kind is empty" : "unknown kind '" + kind.text() + "'")
						+ "; the kinds are " + kinds()));
			}
			ReportingUnit unitCounty = null;
			if (!county.text().isEmpty()) {
				unitCounty = counties.get(county.text());
				if (unitCounty == null) {
					problems.add(county.problem(fileName, row, "'" + county.text() + "' is not a county of the register; the counties are "
							+ String.join(", ", counties.keySet())));
				}
			}
			LocalDate from = date(fileName, row, validFrom, "validFrom", problems);
			LocalDate to = date(fileName, row, validTo, "validTo", problems);
			if (from != null && to != null && to.isBefore(from)) {
				problems.add(validTo.problem(fileName, row, "validTo " + to + " is before validFrom " + from));
			}
			if (problems.size() > before) {
				continue;
			}
			ReportingUnit unit = AvtaleFactory.eINSTANCE.createReportingUnit();
			unit.setId(id.text());
			unit.setName(name.text());
			unit.setKind(unitKind);
			unit.setCounty(unitCounty);
			unit.setValidFrom(from == null ? null : from.toString());
			unit.setValidTo(to == null ? null : to.toString());
			Provenance provenance = AvtaleFactory.eINSTANCE.createProvenance();
			provenance.setSource(DECLARED + fileName(fileName) + (note.isEmpty() ? "" : ": " + note));
			provenance.setTableOrField(fileName(fileName) + ":" + row.line());
			provenance.setEstimated(false);
			unit.setProvenance(provenance);
			units.add(unit);
		}
		if (!problems.isEmpty()) {
			throw new ImportException(problems);
		}
		return units;
	}

	/**
	 * Puts declared units into a model's unit list, all or nothing: a unit whose id the model already
	 * has takes the declaration's name, kind, county, dates and provenance (the declaration is where
	 * the case keeps them); the others are added as copies. A county is the model's unit of that id.
	 *
	 * @param model a data set or agreement model
	 * @param units declared units, e.g. from {@link #read(Path, AgreementModel)}
	 * @return the units as they now are in the model, in the order given
	 * @throws IllegalArgumentException when a unit names a county the model does not have; the model
	 *                                  is unchanged then
	 */
	public static List<ReportingUnit> addTo(AgreementModel model, List<ReportingUnit> units) {
		Map<String, ReportingUnit> byId = new HashMap<>();
		model.getUnits().forEach(u -> byId.put(u.getId(), u));
		List<String> missing = units.stream().filter(u -> u.getCounty() != null && !byId.containsKey(u.getCounty().getId()))
				.map(u -> u.getId() + " (county " + u.getCounty().getId() + ")").toList();
		if (!missing.isEmpty()) {
			throw new IllegalArgumentException("the model has no county for the own units " + String.join(", ", missing));
		}
		List<ReportingUnit> result = new ArrayList<>();
		for (ReportingUnit declared : units) {
			ReportingUnit unit = byId.get(declared.getId());
			if (unit == null) {
				unit = AvtaleFactory.eINSTANCE.createReportingUnit();
				unit.setId(declared.getId());
				model.getUnits().add(unit);
				byId.put(unit.getId(), unit);
			}
			unit.setName(declared.getName());
			unit.setKind(declared.getKind());
			unit.setCounty(declared.getCounty() == null ? null : byId.get(declared.getCounty().getId()));
			unit.setValidFrom(declared.getValidFrom());
			unit.setValidTo(declared.getValidTo());
			if (declared.getInhabitants() != 0) {
				unit.setInhabitants(declared.getInhabitants());
			}
			unit.setProvenance(declared.getProvenance() == null ? null : EcoreUtil.copy(declared.getProvenance()));
			result.add(unit);
		}
		return result;
	}

	/**
	 * @param unit a unit of a model
	 * @return whether it was declared by a case ({@link #read(Path, AgreementModel)} marks its
	 *         provenance), not taken from the register
	 */
	public static boolean isDeclared(ReportingUnit unit) {
		return unit.getProvenance() != null && unit.getProvenance().getSource() != null
				&& unit.getProvenance().getSource().startsWith(DECLARED);
	}

	/** @return the kinds a unit may have, as the file spells them */
	public static String kinds() {
		return UnitKind.VALUES.stream().map(UnitKind::getLiteral).collect(Collectors.joining(", "));
	}

	private static UnitKind kind(String text) {
		return UnitKind.VALUES.stream().filter(k -> k.getLiteral().equalsIgnoreCase(text)).findFirst().orElse(null);
	}

	private static LocalDate date(String file, DelimitedText.Row row, Field field, String what, List<ImportProblem> problems) {
		if (field.text().isEmpty()) {
			return null;
		}
		if (field.text().matches("\\d{4}-\\d{2}-\\d{2}")) {
			try {
				return LocalDate.parse(field.text());
			} catch (DateTimeParseException e) {
				// Falls through to the message below: the digits are there but the day does not exist.
			}
		}
		problems.add(field.problem(file, row, what + " '" + field.text() + "' is not a date; write yyyy-mm-dd, e.g. 2026-01-01"));
		return null;
	}

	private record Field(String text, int column) {

		ImportProblem problem(String file, DelimitedText.Row row, String message) {
			return new ImportProblem(file, row.line(), column, message);
		}
	}

	private static Field field(DelimitedText.Row row, Map<String, Integer> columns, String name) {
		int index = columns.get(name);
		return new Field(row.field(index), index + 1);
	}

	/**
	 * Blanks comment lines (those beginning with {@code #} outside a quoted field) rather than removing
	 * them, so that line numbers stay those of the file.
	 */
	private static String withoutComments(String text) {
		String[] lines = text.split("\r\n|\r|\n", -1);
		boolean quoted = false;
		for (int i = 0; i < lines.length; i++) {
			if (!quoted && lines[i].stripLeading().startsWith("#")) {
				lines[i] = "";
				continue;
			}
			long quotes = lines[i].chars().filter(c -> c == '"').count();
			if (quotes % 2 == 1) {
				quoted = !quoted;
			}
		}
		return String.join("\n", Arrays.asList(lines));
	}

	/** The line of the first non-blank line: the header's, since comments and blank lines come before it. */
	private static int firstLine(String text) {
		String[] lines = text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (!lines[i].isBlank()) {
				return i + 1;
			}
		}
		return 1;
	}

	private static String fileName(String file) {
		int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
		return file.substring(slash + 1);
	}
}
