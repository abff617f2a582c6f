package no.avtalebenk.simulation.montecarlo;

import java.util.ArrayList;
import java.util.List;

import no.avtalebenk.formula.vederlag.Category;
import no.avtalebenk.formula.vederlag.Element;
import no.avtalebenk.formula.vederlag.Model;

/**
 * The growth drivers a Monte Carlo run of a formula file starts from, shared by the command line and
 * the workbench so that both draw the same: one driver for pupils and one for årsverk. A category
 * whose unit names årsverk grows with årsverk, every other category with pupils.
 * <p>
 * The pupil mean is DERIVED from SSB's counts of pupils in public grunnskoler, 606 065 (2023) and
 * 589 453 (2025): (589 453 / 606 065)^(1/2) − 1 = −1.38 % a year. The årsverk mean (no change) and
 * both standard deviations (1 %) are ASSUMPTIONS.
 */
public final class DefaultGrowth {

	/** Mean yearly pupil growth, derived from SSB's counts (see the class comment). */
	public static final double PUPIL_MEAN = -0.0138;
	/** Standard deviation of the yearly pupil growth, an assumption. */
	public static final double PUPIL_SD = 0.01;
	/** Mean yearly årsverk growth, an assumption (no change expected). */
	public static final double ARSVERK_MEAN = 0;
	/** Standard deviation of the yearly årsverk growth, an assumption. */
	public static final double ARSVERK_SD = 0.01;

	private DefaultGrowth() {
	}

	/**
	 * @param formulas a formula file
	 * @return its pupil and årsverk drivers with the default means and standard deviations
	 */
	public static List<GrowthDriver> drivers(Model formulas) {
		return drivers(formulas, PUPIL_MEAN, PUPIL_SD, ARSVERK_MEAN, ARSVERK_SD);
	}

	/**
	 * @param formulas    a formula file
	 * @param pupilMean   mean yearly pupil growth
	 * @param pupilSd     its standard deviation
	 * @param arsverkMean mean yearly årsverk growth
	 * @param arsverkSd   its standard deviation
	 * @return the drivers "pupils" and "årsverk", each with the file's categories it drives
	 */
	public static List<GrowthDriver> drivers(Model formulas, double pupilMean, double pupilSd, double arsverkMean,
			double arsverkSd) {
		List<String> pupilCategories = new ArrayList<>();
		List<String> arsverkCategories = new ArrayList<>();
		for (Element element : formulas.getElements()) {
			if (element instanceof Category category) {
				(category.getUnit().contains("årsverk") ? arsverkCategories : pupilCategories).add(category.getName());
			}
		}
		return List.of(new GrowthDriver("pupils", pupilMean, pupilSd, pupilCategories),
				new GrowthDriver("årsverk", arsverkMean, arsverkSd, arsverkCategories));
	}
}
