package no.avtalebenk.data.reference;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.ecore.util.EcoreUtil;

import no.avtalebenk.examples.Examples;
import no.avtalebenk.examples.UnitRegister;
import no.avtalebenk.model.avtale.AgreementModel;
import no.avtalebenk.model.avtale.AvtaleFactory;
import no.avtalebenk.model.avtale.Count;
import no.avtalebenk.model.avtale.CountCategory;
import no.avtalebenk.model.avtale.Provenance;
import no.avtalebenk.model.avtale.ReportingUnit;
import no.avtalebenk.model.avtale.UnitKind;
import no.avtalebenk.model.io.AgreementFileException;

/**
 * The reference data set shipped with the product: the 357 municipalities and 15 counties of the
 * register, Longyearbyen and the KS organisation, with a count for every category of the KS–Kopinor
 * protocol appendix for 2025, 2026 and 2027.
 * <p>
 * No per-unit figures are published with the product, so every count is an <em>estimate</em>: a
 * national total ({@link #calibrations()}, from docs/data-sources.md) is split over the units that
 * hold the category in proportion to their inhabitants at 1 January 2024, with largest-remainder
 * rounding ({@link Allocation}), so that the units' counts add up to the national total exactly.
 * Municipalities hold grunnskole, kulturskole and the PAI årsverk; counties hold videregående and
 * fagskole. Longyearbyen is not in the inhabitants register and gets 0 for the municipal categories;
 * the KS organisation gets 0 årsverk; both are stated as assumptions in the data. The set is computed
 * when asked for (it is deterministic) rather than stored, so it follows the register.
 */
public final class ReferenceDataSet {

	/** The years the reference data set has counts for. */
	public static final List<Integer> YEARS = List.of(2025, 2026, 2027);
	/** Unit id of Longyearbyen lokalstyre, which has no kommunenummer. */
	public static final String LONGYEARBYEN = "LONGYEARBYEN";
	/** Unit id of the KS organisation (protocol point 6). */
	public static final String KS = "KS";

	private static final String WEIGHT = "allocation key: innbyggere 1.1.2024 (norway-geodata register, MIT licence)";
	private static final String FOR_YEARS = "; the same estimate is used for 2025, 2026 and 2027";

	private static final List<Calibration> CALIBRATIONS = List.of(
			new Calibration("grunnskole", Calibration.MUNICIPALITIES, 589_453,
					"589 453 pupils in public grunnskoler, 2025", "SSB, Elevar i grunnskolen",
					"the published total"),
			new Calibration("kulturskoleMusikk", Calibration.MUNICIPALITIES, 60_229,
					"120 458 kulturskole places, 2017/18 (newest published)", "kulturskole statistics 2017/18",
					"ASSUMPTION: half of the places are music lines, since no music/other split is published"),
			new Calibration("kulturskoleAndre", Calibration.MUNICIPALITIES, 60_229,
					"120 458 kulturskole places, 2017/18 (newest published)", "kulturskole statistics 2017/18",
					"ASSUMPTION: half of the places are other lines, since no music/other split is published"),
			new Calibration("videregaende", Calibration.COUNTIES, 186_681,
					"202 914 pupils in videregående, all owners, 2024", "SSB",
					"× 0.92, the county-owned share published for 2016, rounded (186 680.88 → 186 681)"),
			new Calibration("fagskole", Calibration.COUNTIES, 31_400,
					"about 31 400 fagskole students (head count, autumn 2023)", "Meld. St. 11 (2024–2025)",
					"ASSUMPTION: the head count is used as full-time equivalents, all in county-owned fagskoler"),
			new Calibration("paiTotal", Calibration.MUNICIPALITIES, 403_700,
					"about 403 700 årsverk in the municipal sector, 2021", "KS sysselsettingsstatistikk",
					"ASSUMPTION: all årsverk of the sector are allocated to the municipalities (no municipal/county split is published here)"),
			new Calibration("paiUndervisning", Calibration.MUNICIPALITIES, 80_740,
					"about 403 700 årsverk in the municipal sector, 2021", "KS sysselsettingsstatistikk",
					"ASSUMPTION: 20 % of all årsverk (teaching, SFO and kulturskole together 25 %, split 20/4/1)"),
			new Calibration("paiSfo", Calibration.MUNICIPALITIES, 16_148,
					"about 403 700 årsverk in the municipal sector, 2021", "KS sysselsettingsstatistikk",
					"ASSUMPTION: 4 % of all årsverk (teaching, SFO and kulturskole together 25 %, split 20/4/1)"),
			new Calibration("paiKulturskole", Calibration.MUNICIPALITIES, 4_037,
					"about 403 700 årsverk in the municipal sector, 2021", "KS sysselsettingsstatistikk",
					"ASSUMPTION: 1 % of all årsverk (teaching, SFO and kulturskole together 25 %, split 20/4/1)"),
			new Calibration("paiBibliotek", Calibration.MUNICIPALITIES, 1_834,
					"about 1 834 public-library årsverk, 2019", "medienorge", "the published total"),
			new Calibration("paiKirke", Calibration.MUNICIPALITIES, 0,
					"no published figure", "none",
					"ASSUMPTION: 0 until KS's PAI report is imported (no public source gives church årsverk)"),
			new Calibration("administrasjon", Calibration.MUNICIPALITIES, 302_775,
					"about 403 700 årsverk in the municipal sector, 2021", "KS sysselsettingsstatistikk",
					"derived per unit: paiTotal − paiUndervisning − paiSfo − paiKulturskole (403 700 − 80 740 − 16 148 − 4 037)"),
			new Calibration("paiKsAdministrasjon", Calibration.KS, 0, "no published figure", "none",
					"ASSUMPTION: 0 årsverk in KS's administration until KS reports them (protocol point 6)"));

	private ReferenceDataSet() {
	}

	/** @return the national totals the estimates are calibrated to, in category order */
	public static List<Calibration> calibrations() {
		return CALIBRATIONS;
	}

	/**
	 * @return a data set with the protocol's categories, the register's units, Longyearbyen and KS,
	 *         and no counts. The categories are the KS–Kopinor template's: the reference data set is
	 *         calibrated to them, and an import outside a case has no agreement of its own to take
	 *         them from.
	 * @throws IOException when the bundled register or template is missing or damaged
	 */
	public static AgreementModel emptyDataSet() throws IOException {
		AgreementModel template;
		try {
			template = Examples.model();
		} catch (AgreementFileException e) {
			throw new IOException(e.getMessage(), e);
		}
		return emptyDataSet(template.getCategories());
	}

	/**
	 * @param categories the categories the data set counts, e.g. a case's agreement's; copied
	 * @return a data set with those categories, the register's units, Longyearbyen and KS, and no counts
	 * @throws IOException when the bundled register is missing or damaged
	 */
	public static AgreementModel emptyDataSet(Collection<CountCategory> categories) throws IOException {
		AgreementModel model = AvtaleFactory.eINSTANCE.createAgreementModel();
		model.getCategories().addAll(EcoreUtil.copyAll(categories));
		model.getUnits().addAll(UnitRegister.load());
		model.getUnits().add(unit(LONGYEARBYEN, "Longyearbyen lokalstyre", UnitKind.LONGYEARBYEN));
		model.getUnits().add(unit(KS, "KS (organisasjonen)", UnitKind.KS_ORGANISATION));
		return model;
	}

	/**
	 * @return the reference data set: {@link #emptyDataSet()} with an estimated count for every
	 *         category, unit that holds it and year
	 * @throws IOException when the bundled register or example is missing or damaged
	 */
	public static AgreementModel build() throws IOException {
		AgreementModel model = emptyDataSet();
		Map<String, CountCategory> categories = new LinkedHashMap<>();
		model.getCategories().forEach(c -> categories.put(c.getId(), c));
		List<ReportingUnit> municipalities = model.getUnits().stream().filter(u -> u.getKind() == UnitKind.MUNICIPALITY).toList();
		List<ReportingUnit> counties = model.getUnits().stream().filter(u -> u.getKind() == UnitKind.COUNTY).toList();
		ReportingUnit longyearbyen = find(model, LONGYEARBYEN);
		ReportingUnit ks = find(model, KS);
		Map<String, long[]> allocated = new LinkedHashMap<>();
		for (Calibration calibration : CALIBRATIONS) {
			if (calibration.category().equals("administrasjon") || calibration.owners().equals(Calibration.KS)) {
				continue;
			}
			List<ReportingUnit> owners = calibration.owners().equals(Calibration.COUNTIES) ? counties : municipalities;
			allocated.put(calibration.category(), Allocation.largestRemainder(calibration.total(),
					owners.stream().mapToLong(ReportingUnit::getInhabitants).toArray()));
		}
		long[] total = allocated.get("paiTotal");
		long[] administration = new long[total.length];
		for (int i = 0; i < total.length; i++) {
			administration[i] = total[i] - allocated.get("paiUndervisning")[i] - allocated.get("paiSfo")[i]
					- allocated.get("paiKulturskole")[i];
		}
		allocated.put("administrasjon", administration);
		for (int year : YEARS) {
			for (Calibration calibration : CALIBRATIONS) {
				CountCategory category = categories.get(calibration.category());
				if (category == null) {
					throw new IOException("The bundled example lacks the category " + calibration.category());
				}
				if (calibration.owners().equals(Calibration.KS)) {
					model.getCounts().add(count(ks, category, year, calibration.total(), calibration.source(), "none",
							calibration.method() + FOR_YEARS));
					continue;
				}
				boolean county = calibration.owners().equals(Calibration.COUNTIES);
				List<ReportingUnit> owners = county ? counties : municipalities;
				long[] parts = allocated.get(calibration.category());
				String method = calibration.published() + " (" + calibration.source() + "); " + calibration.method()
						+ (calibration.category().equals("administrasjon") ? ""
								: "; split over the " + owners.size() + " " + calibration.owners()
										+ " in proportion to inhabitants, largest-remainder rounding")
						+ FOR_YEARS;
				for (int i = 0; i < owners.size(); i++) {
					model.getCounts().add(count(owners.get(i), category, year, parts[i], calibration.source(), WEIGHT, method));
				}
				if (!county) {
					model.getCounts().add(count(longyearbyen, category, year, 0, calibration.source(), "none",
							"ASSUMPTION: Longyearbyen lokalstyre is not in the inhabitants register, so it gets no share of the national total (0) until its own GSI and PAI figures are imported" + FOR_YEARS));
				}
			}
		}
		return model;
	}

	/**
	 * @param model a data set
	 * @return per category id and year, the sum of the counts of all units except national totals
	 */
	public static Map<String, Map<Integer, BigDecimal>> nationalSums(AgreementModel model) {
		Map<String, Map<Integer, BigDecimal>> sums = new LinkedHashMap<>();
		model.getCategories().forEach(c -> sums.put(c.getId(), new TreeMap<>()));
		for (Count count : model.getCounts()) {
			if (count.getUnit().getKind() == UnitKind.NATIONAL) {
				continue;
			}
			sums.computeIfAbsent(count.getCategory().getId(), k -> new TreeMap<>()).merge(count.getYear(), count.getValue(), BigDecimal::add);
		}
		return sums;
	}

	private static ReportingUnit find(AgreementModel model, String id) {
		return model.getUnits().stream().filter(u -> id.equals(u.getId())).findFirst().orElseThrow();
	}

	private static ReportingUnit unit(String id, String name, UnitKind kind) {
		ReportingUnit unit = AvtaleFactory.eINSTANCE.createReportingUnit();
		unit.setId(id);
		unit.setName(name);
		unit.setKind(kind);
		return unit;
	}

	private static Count count(ReportingUnit unit, CountCategory category, int year, long value, String source, String table,
			String method) {
		Count count = AvtaleFactory.eINSTANCE.createCount();
		count.setUnit(unit);
		count.setCategory(category);
		count.setYear(year);
		count.setValue(BigDecimal.valueOf(value));
		Provenance provenance = AvtaleFactory.eINSTANCE.createProvenance();
		provenance.setSource(source.equals("none") ? "Avtalebenk reference data set, no published figure"
				: "Avtalebenk reference data set, calibrated to " + source);
		provenance.setTableOrField(table);
		provenance.setRetrieved("2025");
		provenance.setEstimated(true);
		provenance.setMethod(method);
		count.setProvenance(provenance);
		return count;
	}
}
