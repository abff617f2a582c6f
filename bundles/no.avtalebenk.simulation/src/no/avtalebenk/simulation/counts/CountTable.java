package no.avtalebenk.simulation.counts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Counts by reporting unit, category and year, each with its provenance.
 * <p>
 * The file format (.csv, UTF-8, semicolon-separated, lines starting with # are comments) has the
 * header {@code unit;name;category;year;value;estimate;source;method}; estimate is "ja" or "nei".
 * A file is read whole or not at all: the first bad line stops the read with its place named.
 */
public final class CountTable {

	private static final String HEADER = "unit;name;category;year;value;estimate;source;method";

	private final Map<String, Count> counts = new LinkedHashMap<>();
	/** The data year a year rule chose for a count, by key; empty when no rule was applied. */
	private final Map<String, YearChoice> choices = new HashMap<>();
	/** The keys of the zeros {@link #withCategoriesNotHeldAsZero} added: no data, so no year rule reads them. */
	private final Set<String> notHeld = new HashSet<>();

	// Worked out on first use and kept: a table is not changed once built, and a data set of 10 000 units
	// asks for its units, years and names once per unit and category.
	private volatile List<String> units;
	private volatile List<Integer> years;
	private volatile Map<String, String> unitNames;

	private CountTable() {
	}

	/**
	 * @param fileName the file's name, used in messages
	 * @param in       its content
	 * @return the counts
	 * @throws IOException        when it cannot be read
	 * @throws CountFileException when a line is malformed, with file, line and column
	 */
	public static CountTable read(String fileName, InputStream in) throws IOException, CountFileException {
		CountTable table = new CountTable();
		BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
		String line;
		int number = 0;
		boolean headerSeen = false;
		while ((line = reader.readLine()) != null) {
			number++;
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			if (!headerSeen) {
				if (!line.strip().equals(HEADER)) {
					throw new CountFileException(fileName + ":" + number + ":1: expected the header '" + HEADER + "'");
				}
				headerSeen = true;
				continue;
			}
			table.add(parse(fileName, number, line), fileName, number);
		}
		if (!headerSeen) {
			throw new CountFileException(fileName + ": no header line '" + HEADER + "'");
		}
		return table;
	}

	/**
	 * @param origin where the counts come from, for messages
	 * @param counts counts, at most one per unit, category and year
	 * @return a table of them
	 * @throws CountFileException when a unit is counted twice for a category in a year
	 */
	public static CountTable of(String origin, Iterable<Count> counts) throws CountFileException {
		CountTable table = new CountTable();
		int index = 0;
		for (Count count : counts) {
			table.add(count, origin, ++index);
		}
		return table;
	}

	private static Count parse(String file, int line, String text) throws CountFileException {
		String[] f = text.split(";", -1);
		if (f.length != 8) {
			throw new CountFileException(file + ":" + line + ":1: expected 8 fields separated by ';', found " + f.length);
		}
		int year;
		try {
			year = Integer.parseInt(f[3].strip());
		} catch (NumberFormatException e) {
			throw new CountFileException(file + ":" + line + ":" + column(f, 3) + ": year '" + f[3] + "' is not a year");
		}
		BigDecimal value;
		try {
			value = new BigDecimal(f[4].strip());
		} catch (NumberFormatException e) {
			throw new CountFileException(file + ":" + line + ":" + column(f, 4) + ": count '" + f[4]
					+ "' is not a number (write 589453 or 12.5)");
		}
		if (value.signum() < 0) {
			throw new CountFileException(file + ":" + line + ":" + column(f, 4) + ": count " + value + " is negative");
		}
		String estimate = f[5].strip();
		if (!estimate.equals("ja") && !estimate.equals("nei")) {
			throw new CountFileException(file + ":" + line + ":" + column(f, 5) + ": estimate must be 'ja' or 'nei', not '"
					+ estimate + "'");
		}
		if (f[0].isBlank() || f[2].isBlank()) {
			throw new CountFileException(file + ":" + line + ":1: unit and category must not be empty");
		}
		return new Count(f[0].strip(), f[1].strip(), f[2].strip(), year, value,
				new Provenance(f[6].strip(), estimate.equals("ja"), f[7].strip()));
	}

	private static int column(String[] fields, int index) {
		int column = 1;
		for (int i = 0; i < index; i++) {
			column += fields[i].length() + 1;
		}
		return column;
	}

	private void add(Count count, String file, int line) throws CountFileException {
		Count previous = counts.putIfAbsent(key(count.unit(), count.category(), count.year()), count);
		units = null;
		years = null;
		unitNames = null;
		if (previous != null) {
			throw new CountFileException(file + ":" + line + ":1: unit " + count.unit() + " is counted twice for "
					+ count.category() + " in " + count.year());
		}
	}

	static String key(String unit, String category, int year) {
		return unit + '\u0000' + category + '\u0000' + year;
	}

	/**
	 * @return the count of a unit, category and year, if any
	 * @param unit     reporting unit
	 * @param category category name
	 * @param year     year
	 */
	public Optional<Count> get(String unit, String category, int year) {
		return Optional.ofNullable(counts.get(key(unit, category, year)));
	}

	/** @return the reporting units, in file order */
	public List<String> units() {
		List<String> known = units;
		if (known == null) {
			Set<String> found = new LinkedHashSet<>();
			counts.values().forEach(c -> found.add(c.unit()));
			known = List.copyOf(found);
			units = known;
		}
		return known;
	}

	/** @return the unit's name as given in the file */
	public String unitName(String unit) {
		Map<String, String> names = unitNames;
		if (names == null) {
			Map<String, String> found = new HashMap<>();
			counts.values().forEach(c -> found.putIfAbsent(c.unit(), c.unitName()));
			names = found;
			unitNames = names;
		}
		return names.getOrDefault(unit, unit);
	}

	/** @return the years with counts, ascending */
	public List<Integer> years() {
		List<Integer> known = years;
		if (known == null) {
			known = counts.values().stream().map(Count::year).distinct().sorted().toList();
			years = known;
		}
		return known;
	}

	/**
	 * A unit without any count of a category, in any year, does not carry out that function (a
	 * municipality runs no videregående school, a county no grunnskole), so the formulas should bill
	 * it nothing for the category rather than stop at a missing count. The result holds a count of 0
	 * for each such unit, category and year, whose provenance says why; a unit that has the category
	 * in some years but not in others keeps its gap, which the formulas report as a missing count.
	 *
	 * @param origin     the data set, named in the provenance
	 * @param categories the categories the formulas read
	 * @param years      the years projected
	 * @return this table and those zeros
	 */
	public CountTable withCategoriesNotHeldAsZero(String origin, List<String> categories, List<Integer> years) {
		CountTable table = new CountTable();
		table.counts.putAll(counts);
		table.choices.putAll(choices);
		table.notHeld.addAll(notHeld);
		Set<String> held = new LinkedHashSet<>();
		counts.values().forEach(c -> held.add(c.unit() + '\u0000' + c.category()));
		for (String unit : units()) {
			String name = unitName(unit);
			for (String category : categories) {
				if (held.contains(unit + '\u0000' + category)) {
					continue;
				}
				for (int year : years) {
					table.notHeld.add(key(unit, category, year));
					table.counts.put(key(unit, category, year), new Count(unit, name, category, year, BigDecimal.ZERO,
							new Provenance("none in " + origin + ": the unit has no " + category
									+ " in any year, so it is billed for none", false, "")));
				}
			}
		}
		return table;
	}

	/**
	 * @param counts  the counts by {@link #key}
	 * @param choices the data years chosen by year rules, by the same keys
	 * @param notHeld the keys of zeros for categories a unit does not hold
	 * @return a table of them, as {@link CountYears#resolve} makes it
	 */
	static CountTable resolved(Map<String, Count> counts, Map<String, YearChoice> choices, Set<String> notHeld) {
		CountTable table = new CountTable();
		table.counts.putAll(counts);
		table.choices.putAll(choices);
		table.notHeld.addAll(notHeld);
		return table;
	}

	/**
	 * @return true when the table holds a count of the unit, category and year from its data: not one
	 *         of the zeros of {@link #withCategoriesNotHeldAsZero}
	 */
	boolean holds(String unit, String category, int year) {
		String key = key(unit, category, year);
		return counts.containsKey(key) && !notHeld.contains(key);
	}

	/** @return the keys of the zeros {@link #withCategoriesNotHeldAsZero} added */
	Set<String> notHeld() {
		return notHeld;
	}

	/**
	 * @param unit     reporting unit
	 * @param category category name
	 * @param year     agreement year
	 * @return the data year a year rule chose for the count, if a rule chose it
	 */
	public Optional<YearChoice> choice(String unit, String category, int year) {
		return Optional.ofNullable(choices.get(key(unit, category, year)));
	}

	/**
	 * @param resolved the table whose counts this one was made from (by changing some of them)
	 * @return this table with the year rules' choices of the resolved table, for each count that is
	 *         still the one the rule chose (a count a scenario set or grew has its own provenance)
	 */
	public CountTable withYearChoicesOf(CountTable resolved) {
		if (resolved.choices.isEmpty()) {
			return this;
		}
		CountTable table = new CountTable();
		table.counts.putAll(counts);
		resolved.choices.forEach((key, choice) -> {
			Count count = counts.get(key);
			if (count == resolved.counts.get(key)) {
				table.choices.put(key, choice);
			}
		});
		return table;
	}

	/** @return every count, in file order */
	public List<Count> all() {
		return Collections.unmodifiableList(new ArrayList<>(counts.values()));
	}
}
