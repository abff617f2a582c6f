package no.avtalebenk.examples.plugin;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.avtalebenk.data.importer.ImportException;
import no.avtalebenk.data.importer.ImportInput;
import no.avtalebenk.data.importer.ImportProblem;
import no.avtalebenk.data.importer.ImportedCount;
import no.avtalebenk.data.importer.Importer;
import no.avtalebenk.data.text.DelimitedText;
import no.avtalebenk.data.text.Numbers;

/**
 * A municipality's own list of schools: one line per school, {@code kommunenummer;skole;elever}, with a
 * header line. The pupils are summed per municipality into one count of the category given by
 * {@code --category} (default {@code grunnskole}) for the year of {@code --year} (required); each count
 * names the line of the municipality's first school. Every bad line is reported with its place and
 * nothing is imported.
 */
public class SchoolListImporter implements Importer {

	/** The option naming the category the pupils are counted in. */
	public static final String CATEGORY = "category";

	private static final String SOURCE = "Skoleliste (egen oversikt)";

	@Override
	public Set<String> options() {
		return Set.of(CATEGORY);
	}

	@Override
	public List<ImportedCount> read(ImportInput input) throws ImportException {
		String file = input.fileName();
		int year = input.year().orElseThrow(() -> new ImportException(ImportProblem.of(file,
				"a school list has no year: give --year, e.g. --year 2025")));
		String category = input.option(CATEGORY).orElse("grunnskole");
		DelimitedText text = DelimitedText.read(file, input.content(), null, ';');
		if (text.header().size() < 3) {
			throw new ImportException(new ImportProblem(file, 1, 1,
					"expected the header kommunenummer;skole;elever, found " + String.join(";", text.header())));
		}
		record Sum(int line, BigDecimal pupils) {
		}
		Map<String, Sum> sums = new LinkedHashMap<>();
		List<ImportProblem> problems = new ArrayList<>();
		for (DelimitedText.Row row : text.rows()) {
			String unit = row.field(0);
			if (!unit.matches("\\d{4}")) {
				problems.add(new ImportProblem(file, row.line(), 1, "'" + unit + "' is not a kommunenummer of 4 digits"));
				continue;
			}
			BigDecimal pupils;
			try {
				pupils = Numbers.parse(row.field(2), text.decimalComma());
			} catch (NumberFormatException e) {
				problems.add(new ImportProblem(file, row.line(), 3, "the pupils of '" + row.field(1) + "' " + e.getMessage()));
				continue;
			}
			if (pupils.signum() < 0 || pupils.stripTrailingZeros().scale() > 0) {
				problems.add(new ImportProblem(file, row.line(), 3, "the pupils of '" + row.field(1)
						+ "' must be a whole number, not negative: " + row.field(2)));
				continue;
			}
			sums.merge(unit, new Sum(row.line(), pupils), (a, b) -> new Sum(a.line(), a.pupils().add(b.pupils())));
		}
		if (!problems.isEmpty()) {
			throw new ImportException(problems);
		}
		List<ImportedCount> counts = new ArrayList<>();
		sums.forEach((unit, sum) -> counts.add(new ImportedCount(unit, "", category, year, sum.pupils(), SOURCE,
				"sum of the schools' pupils", input.retrieved(), sum.line(), 3, text.header().get(0), 1)));
		return counts;
	}
}
