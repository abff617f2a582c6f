package no.avtalebenk.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import no.avtalebenk.examples.Examples;
import no.avtalebenk.examples.UnitRegister;
import no.avtalebenk.model.avtale.ReportingUnit;
import no.avtalebenk.model.avtale.UnitKind;

/** The shipped register of municipalities and counties, and the example model's copy of it. */
class UnitRegisterTest {

	@Test
	void registerHas357MunicipalitiesIn15Counties() throws Exception {
		List<ReportingUnit> units = UnitRegister.load();
		assertEquals(15, units.stream().filter(u -> u.getKind() == UnitKind.COUNTY).count());
		assertEquals(357, units.stream().filter(u -> u.getKind() == UnitKind.MUNICIPALITY).count());
		// Counties file: Nordland has 41 municipalities and 243 081 inhabitants.
		assertEquals(41, units.stream().filter(u -> u.getCounty() != null && u.getCounty().getId().equals("18")).count());
		assertEquals(243_081, units.stream().filter(u -> u.getId().equals("18")).findFirst().orElseThrow().getInhabitants());
	}

	@Test
	void exampleModelHoldsTheRegistersUnits() throws Exception {
		Map<String, ReportingUnit> example = Examples.model().getUnits().stream()
				.collect(Collectors.toMap(ReportingUnit::getId, Function.identity()));
		for (ReportingUnit unit : UnitRegister.load()) {
			ReportingUnit copy = example.get(unit.getId());
			assertEquals(unit.getName(), copy.getName());
			assertEquals(unit.getInhabitants(), copy.getInhabitants());
			assertEquals(unit.getCounty() == null ? null : unit.getCounty().getId(),
					copy.getCounty() == null ? null : copy.getCounty().getId());
		}
	}
}
