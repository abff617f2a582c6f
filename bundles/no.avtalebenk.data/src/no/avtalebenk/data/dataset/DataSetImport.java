package no.avtalebenk.data.dataset;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import no.avtalebenk.data.importer.ImportException;
import no.avtalebenk.data.importer.ImportProblem;
import no.avtalebenk.data.importer.ImportedCount;
import no.avtalebenk.data.reference.ReferenceDataSet;
import no.avtalebenk.data.text.InputLimits;
import no.avtalebenk.data.units.OwnUnits;
import no.avtalebenk.model.avtale.AgreementModel;
import no.avtalebenk.model.avtale.AvtaleFactory;
import no.avtalebenk.model.avtale.Count;
import no.avtalebenk.model.avtale.CountCategory;
import no.avtalebenk.model.avtale.Provenance;
import no.avtalebenk.model.avtale.ReportingUnit;
import no.avtalebenk.model.io.AgreementFileException;
import no.avtalebenk.model.io.AgreementFiles;
import no.avtalebenk.model.io.AtomicFiles;
import no.avtalebenk.model.validation.ModelProblem;
import no.avtalebenk.model.validation.ModelValidation;

/**
 * Puts imported counts into a data set (an agreement model file), all or nothing: every count's unit
 * and category must exist and no unit may appear twice for a category and year, or nothing is
 * written. A count's unit is a unit of the data set or one of the case's own units
 * ({@link OwnUnits}, declared in enheter.csv), which is then added to the data set. An unknown unit is
 * reported once, at its first place, with the column it was read from, the number of rows, a
 * suggestion ({@link UnitSuggestions}) and how to declare it. Counts replace those of the same unit,
 * category and year; the file is written through {@link AtomicFiles} (keeping the previous version as
 * {@code <name>.bak}) only when the whole import is valid, under the data set's lock and only when no
 * other program changed it meanwhile ({@link DataSetFile}). Counts of a category counted in whole
 * things (pupils, places: {@link #countsWholeThings(CountCategory)}) must be whole numbers.
 */
public final class DataSetImport {

	/**
	 * What an import did.
	 *
	 * @param created  whether the data set file was created
	 * @param added    counts that were new
	 * @param replaced counts that replaced existing ones
	 * @param totals   per category and year, the sum of the imported values
	 * @param ownUnits the ids of the case's own units the counts name, now units of the data set
	 */
	public record Summary(boolean created, int added, int replaced, Map<String, Map<Integer, BigDecimal>> totals,
			List<String> ownUnits) {
	}

	private DataSetImport() {
	}

	/**
	 * @param counts  counts read by an importer
	 * @param file    the file they were read from, for messages
	 * @param dataSet the data set; created with the reference units and categories when missing
	 * @return what changed
	 * @throws ImportException        naming every bad count's place; the data set is unchanged
	 * @throws AgreementFileException when the data set exists but cannot be read
	 * @throws IOException            when the data set cannot be written
	 */
	public static Summary apply(List<ImportedCount> counts, String file, Path dataSet)
			throws ImportException, AgreementFileException, IOException {
		return apply(counts, file, dataSet, List.of());
	}

	/**
	 * @param counts   counts read by an importer
	 * @param file     the file they were read from, for messages
	 * @param dataSet  the data set; created with the reference units and categories when missing
	 * @param ownUnits the case's own units ({@link OwnUnits#read(Path, AgreementModel)}); those the
	 *                 counts name are added to the data set
	 * @return what changed
	 * @throws ImportException        naming every bad count's place; the data set is unchanged
	 * @throws AgreementFileException when the data set exists but cannot be read
	 * @throws IOException            when the data set cannot be written
	 */
	public static Summary apply(List<ImportedCount> counts, String file, Path dataSet, List<ReportingUnit> ownUnits)
			throws ImportException, AgreementFileException, IOException {
		return apply(counts, file, dataSet, ownUnits, List.of());
	}

	/**
	 * @param counts     counts read by an importer
	 * @param file       the file they were read from, for messages
	 * @param dataSet    the data set; created with the register's units and {@code categories} when
	 *                   missing
	 * @param ownUnits   the case's own units; those the counts name are added to the data set
	 * @param categories the categories of a data set created here, e.g. the case's agreement's; empty
	 *                   for the template's ({@link ReferenceDataSet#emptyDataSet()})
	 * @return what changed
	 * @throws ImportException        naming every bad count's place; the data set is unchanged
	 * @throws AgreementFileException when the data set exists but cannot be read
	 * @throws IOException            when the data set cannot be written
	 */
	public static Summary apply(List<ImportedCount> counts, String file, Path dataSet, List<ReportingUnit> ownUnits,
			List<CountCategory> categories) throws ImportException, AgreementFileException, IOException {
		return apply(counts, file, dataSet, ownUnits, categories, DataSetFile.DEFAULT_WAIT);
	}

	/**
	 * As {@link #apply(List, String, Path, List, List)}, waiting at most {@code wait} for another
	 * import of the same data set ({@link DataSetFile}): imports one after the other, never one
	 * overwriting the other.
	 *
	 * @param counts     counts read by an importer
	 * @param file       the file they were read from, for messages
	 * @param dataSet    the data set; created with the register's units and {@code categories} when
	 *                   missing
	 * @param ownUnits   the case's own units; those the counts name are added to the data set
	 * @param categories the categories of a data set created here; empty for the template's
	 * @param wait       how long to wait for another import of the data set
	 * @return what changed
	 * @throws ImportException        naming every bad count's place, or saying that another import
	 *                                held the data set too long or another program changed it; the
	 *                                data set is unchanged (by this import)
	 * @throws AgreementFileException when the data set exists but cannot be read
	 * @throws IOException            when the data set cannot be written
	 */
	public static Summary apply(List<ImportedCount> counts, String file, Path dataSet, List<ReportingUnit> ownUnits,
			List<CountCategory> categories, Duration wait) throws ImportException, AgreementFileException, IOException {
		try (DataSetFile locked = DataSetFile.lock(dataSet, dataSet.toString(), wait)) {
			Prepared prepared = prepare(counts, file, dataSet, locked.load(), ownUnits, categories);
			locked.replace(prepared.model(), dataSet.toString());
			return prepared.summary();
		}
	}

	/**
	 * Does everything {@link #apply(List, String, Path, List, List)} does except writing: a wizard shows
	 * the outcome (or every problem) before the user commits to it.
	 *
	 * @param counts     counts read by an importer
	 * @param file       the file they were read from, for messages
	 * @param dataSet    the data set; read when it exists, never written
	 * @param ownUnits   the case's own units
	 * @param categories the categories of a data set that would be created
	 * @return what the import would change
	 * @throws ImportException        naming every bad count's place
	 * @throws AgreementFileException when the data set exists but cannot be read
	 * @throws IOException            when the register a new data set is made from cannot be read
	 */
	public static Summary check(List<ImportedCount> counts, String file, Path dataSet, List<ReportingUnit> ownUnits,
			List<CountCategory> categories) throws ImportException, AgreementFileException, IOException {
		return prepare(counts, file, dataSet, Files.exists(dataSet) ? AgreementFiles.load(dataSet) : null, ownUnits, categories).summary();
	}

	/** A data set with the counts merged in memory and valid, and what changed. */
	private record Prepared(AgreementModel model, Summary summary) {
	}

	private static Prepared prepare(List<ImportedCount> counts, String file, Path dataSet, AgreementModel existing,
			List<ReportingUnit> ownUnits, List<CountCategory> categories) throws ImportException, IOException {
		boolean created = existing == null;
		AgreementModel model = !created ? existing
				: categories.isEmpty() ? ReferenceDataSet.emptyDataSet() : ReferenceDataSet.emptyDataSet(categories);
		// Errors the data set already had are not the import's fault; only new ones refuse it.
		List<String> before = ModelValidation.validate(model, dataSet.toString(), null).stream()
				.filter(ModelProblem::isError).map(ModelProblem::toString).toList();
		Summary summary = merge(model, counts, file, created, ownUnits);
		List<ImportProblem> invalid = new ArrayList<>();
		for (ModelProblem problem : ModelValidation.validate(model, dataSet.toString(), null)) {
			if (problem.isError() && !before.contains(problem.toString())) {
				invalid.add(ImportProblem.of(file, "the data set would be invalid after the import: " + problem));
			}
		}
		if (!invalid.isEmpty()) {
			throw new ImportException(invalid);
		}
		return new Prepared(model, summary);
	}

	/**
	 * Merges counts into a model in memory; the model is changed only when every count is valid.
	 *
	 * @param model   the data set
	 * @param counts  counts read by an importer
	 * @param file    the file they were read from, for messages
	 * @param created reported in the summary
	 * @return what changed
	 * @throws ImportException naming every bad count's place; the model is unchanged then
	 */
	public static Summary merge(AgreementModel model, List<ImportedCount> counts, String file, boolean created)
			throws ImportException {
		return merge(model, counts, file, created, List.of());
	}

	/**
	 * Merges counts into a model in memory; the model is changed only when every count is valid.
	 *
	 * @param model    the data set
	 * @param counts   counts read by an importer
	 * @param file     the file they were read from, for messages
	 * @param created  reported in the summary
	 * @param ownUnits the case's own units; those the counts name are added to the model
	 *                 ({@link OwnUnits#addTo(AgreementModel, List)})
	 * @return what changed
	 * @throws ImportException naming every bad count's place; the model is unchanged then
	 */
	public static Summary merge(AgreementModel model, List<ImportedCount> counts, String file, boolean created,
			List<ReportingUnit> ownUnits) throws ImportException {
		if (counts.isEmpty()) {
			throw new ImportException(ImportProblem.of(file, "the file holds no counts to import"));
		}
		Map<String, ReportingUnit> units = new HashMap<>();
		model.getUnits().forEach(u -> units.put(u.getId(), u));
		Map<String, CountCategory> categories = new HashMap<>();
		model.getCategories().forEach(c -> categories.put(c.getId(), c));
		Map<String, ReportingUnit> declared = new LinkedHashMap<>();
		ownUnits.forEach(u -> declared.put(u.getId(), u));
		Map<String, ReportingUnit> used = new LinkedHashMap<>();
		Set<String> conflicting = new HashSet<>();
		List<ImportProblem> problems = new ArrayList<>();
		Map<String, ImportedCount> seen = new HashMap<>();
		// An unknown unit is reported once, where it first appears; its slot in the list keeps file order.
		Map<String, Unknown> unknown = new LinkedHashMap<>();
		for (ImportedCount count : counts) {
			String key = count.unit() + "|" + count.category() + "|" + count.year();
			ReportingUnit own = declared.get(count.unit());
			ReportingUnit present = units.get(count.unit());
			if (own != null && present != null && !OwnUnits.isDeclared(present)) {
				// Only units the case declared earlier may be updated from enheter.csv, never a register unit.
				if (conflicting.add(count.unit())) {
					problems.add(new ImportProblem(file, count.line(), count.unitColumn() > 0 ? count.unitColumn() : count.column(),
							"unit " + count.unit() + " is declared in " + OwnUnits.FILE_NAME + " but is already a unit of the data set ("
									+ present.getName() + "); remove its declaration"));
				}
			} else if (own != null) {
				used.putIfAbsent(count.unit(), own);
			} else if (present == null) {
				Unknown first = unknown.get(count.unit());
				if (first == null) {
					first = new Unknown(count, problems.size(), new HashSet<>());
					unknown.put(count.unit(), first);
					problems.add(null);
				}
				// One row can carry several categories (PAI, GSI): rows are counted, not counts.
				first.places().add(count.unitColumn() > 0 ? count.line() + "" : count.line() + ":" + count.column());
			}
			if (!categories.containsKey(count.category())) {
				problems.add(new ImportProblem(file, count.line(), count.column(), "the data set has no category '" + count.category()
						+ "'; it has " + String.join(", ", categories.keySet().stream().sorted().toList())));
			}
			String limit = InputLimits.countProblem(count.value());
			if (count.value().signum() < 0) {
				problems.add(new ImportProblem(file, count.line(), count.column(), "a count cannot be negative: " + count.value().toPlainString()));
			} else if (limit != null) {
				problems.add(new ImportProblem(file, count.line(), count.column(), "the count " + limit));
			} else if (categories.containsKey(count.category()) && countsWholeThings(categories.get(count.category()))
					&& count.value().stripTrailingZeros().scale() > 0) {
				CountCategory category = categories.get(count.category());
				problems.add(new ImportProblem(file, count.line(), count.column(), "the count " + count.value().toPlainString() + " of "
						+ count.category() + " is not a whole number; " + category.getUnit() + " are counted whole"));
			}
			ImportedCount earlier = seen.put(key, count);
			if (earlier != null) {
				problems.add(new ImportProblem(file, count.line(), count.column(), "unit " + count.unit() + " is counted twice for "
						+ count.category() + " " + count.year() + " (also on line " + earlier.line() + ")"));
			}
		}
		for (Unknown first : unknown.values()) {
			problems.set(first.slot(), unknownUnit(file, first, model));
		}
		for (ReportingUnit unit : used.values()) {
			if (unit.getCounty() != null && !units.containsKey(unit.getCounty().getId())) {
				problems.add(ImportProblem.of(file, "the case's own unit " + unit.getId() + " (" + unit.getName() + ") lies in county "
						+ unit.getCounty().getId() + ", which the data set does not have"));
			}
		}
		if (!problems.isEmpty()) {
			throw new ImportException(problems);
		}
		OwnUnits.addTo(model, List.copyOf(used.values())).forEach(u -> units.put(u.getId(), u));
		Map<String, Count> existing = new HashMap<>();
		for (Count count : model.getCounts()) {
			existing.put(count.getUnit().getId() + "|" + count.getCategory().getId() + "|" + count.getYear(), count);
		}
		int added = 0;
		int replaced = 0;
		Map<String, Map<Integer, BigDecimal>> totals = new LinkedHashMap<>();
		for (ImportedCount imported : counts) {
			Count old = existing.get(imported.unit() + "|" + imported.category() + "|" + imported.year());
			Count count = old != null ? old : AvtaleFactory.eINSTANCE.createCount();
			count.setUnit(units.get(imported.unit()));
			count.setCategory(categories.get(imported.category()));
			count.setYear(imported.year());
			count.setValue(imported.value());
			Provenance provenance = AvtaleFactory.eINSTANCE.createProvenance();
			provenance.setSource(imported.source());
			provenance.setTableOrField(imported.tableOrField());
			provenance.setRetrieved(imported.retrieved().isBlank() ? null : imported.retrieved());
			provenance.setEstimated(false);
			count.setProvenance(provenance);
			if (old == null) {
				model.getCounts().add(count);
				added++;
			} else {
				replaced++;
			}
			totals.computeIfAbsent(imported.category(), k -> new TreeMap<>()).merge(imported.year(), imported.value(), BigDecimal::add);
		}
		return new Summary(created, added, replaced, totals, List.copyOf(used.keySet()));
	}

	/**
	 * @param category a category
	 * @return whether it counts whole things: pupils, pupil places, students as persons (its unit
	 *         names elever, elevplasser, pupils or studenter), as opposed to årsverk and full-time
	 *         equivalents, which have decimals
	 */
	public static boolean countsWholeThings(CountCategory category) {
		String unit = category.getUnit() == null ? "" : category.getUnit().toLowerCase(java.util.Locale.ROOT);
		if (unit.contains("heltidsekvivalent") || unit.contains("årsverk") || unit.contains("fte")) {
			return false;
		}
		return unit.contains("elev") || unit.contains("pupil") || unit.contains("plass") || unit.contains("student");
	}

	/** An unknown unit's first count, its slot among the problems, and the rows (or cells) it appears on. */
	private record Unknown(ImportedCount first, int slot, Set<String> places) {
	}

	private static ImportProblem unknownUnit(String file, Unknown unknown, AgreementModel model) {
		ImportedCount count = unknown.first();
		int n = unknown.places().size();
		String where = count.unitField().isEmpty() ? "" : ", read from column \"" + count.unitField() + "\"";
		String times = count.unitColumn() > 0 ? " on " + n + (n == 1 ? " row" : " rows") : " in " + n + (n == 1 ? " value" : " values");
		return new ImportProblem(file, count.line(), count.unitColumn() > 0 ? count.unitColumn() : count.column(),
				"unknown unit " + count.unit() + (count.unitName().isBlank() ? "" : " (" + count.unitName() + ")") + where
						+ times + " (the first here): " + UnitSuggestions.suggest(count.unit(), count.unitName(), model.getUnits())
						+ "; if it is a unit of its own, declare it in the case's " + OwnUnits.FILE_NAME + " (" + OwnUnits.HEADER
						+ "), see " + OwnUnits.DOCUMENTATION);
	}
}
