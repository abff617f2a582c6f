package no.avtalebenk.data.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import no.avtalebenk.data.dataset.UnitSuggestions;
import no.avtalebenk.data.reference.ReferenceDataSet;
import no.avtalebenk.model.avtale.ReportingUnit;

/** Former numbers from before the 2020 reform and the 2024 county split lead to the current ones. */
class UnitSuggestionsTest {

	private static List<ReportingUnit> units;

	@BeforeAll
	static void load() throws Exception {
		units = ReferenceDataSet.emptyDataSet().getUnits();
	}

	@Test
	void vikenNumberFindsTheMunicipalityByName() {
		// Drammen was 3005 in Viken (2020–2023) and is 3301 in Buskerud since 2024.
		String text = UnitSuggestions.suggest("3005", "Drammen", units);
		assertTrue(text.contains("it is now 3301 Drammen"), text);
	}

	@Test
	void numberFromBefore2020FindsTheMunicipalityByName() {
		// Tromsø was 1902 in Troms until 2019, 5401 in Troms og Finnmark, and is 5501 since 2024.
		assertTrue(UnitSuggestions.suggest("1902", "Tromsø kommune", units).contains("it is now 5501 Tromsø"));
		assertTrue(UnitSuggestions.suggest("5401", "Tromsø", units).contains("it is now 5501 Tromsø"));
	}

	@Test
	void formerCountyNamesItsSuccessors() {
		String text = UnitSuggestions.suggest("30", "", units);
		assertTrue(text.contains("Viken (2020–2023)") && text.contains("31 Østfold") && text.contains("32 Akershus")
				&& text.contains("33 Buskerud"), text);
	}

	@Test
	void misspelledNameGetsTheClosestNames() {
		String text = UnitSuggestions.suggest("0302", "Olso", units);
		assertTrue(text.contains("0301 Oslo"), text);
	}

	@Test
	void numberWithoutNameGetsTheClosestNumbers() {
		String text = UnitSuggestions.suggest("0302", "", units);
		assertTrue(text.contains("0301 Oslo"), text);
	}
}
