package no.avtalebenk.app.tests;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import no.avtalebenk.simulation.counts.Count;
import no.avtalebenk.simulation.projection.ProjectionInput;
import no.avtalebenk.simulation.projection.ProjectionModel;
import no.avtalebenk.simulation.result.PaymentCell;
import no.avtalebenk.simulation.result.PaymentResult;

/**
 * A projection model contributed by this test bundle's plugin.xml, as an analyst's plug-in would
 * contribute one: NOK 2 per counted person. The workbench must list it.
 */
public class SampleProjection implements ProjectionModel {

	@Override
	public PaymentResult project(ProjectionInput input) {
		List<PaymentCell> cells = new ArrayList<>();
		List<String> categories = new ArrayList<>();
		for (Count count : input.counts().all()) {
			if (input.years().contains(count.year())) {
				cells.add(new PaymentCell(input.scenario(), count.unit(), count.category(), count.year(),
						count.value().multiply(BigDecimal.valueOf(2)), "sample", BigDecimal.valueOf(2), "flat", count));
				if (!categories.contains(count.category())) {
					categories.add(count.category());
				}
			}
		}
		return new PaymentResult(input.title(), cells, categories, input.years());
	}
}
