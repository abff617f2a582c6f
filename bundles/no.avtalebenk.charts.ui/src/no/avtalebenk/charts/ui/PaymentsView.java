package no.avtalebenk.charts.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.swt.ChartComposite;

import no.avtalebenk.charts.ChartRenderer;
import no.avtalebenk.charts.NumberStyle;
import no.avtalebenk.charts.data.PaymentChartData;
import no.avtalebenk.examples.Examples;
import no.avtalebenk.simulation.result.PaymentResult;

/**
 * Shows the payments of the bundled example per category and year as a bar chart. The figures
 * come from the simulation's result; the view computes nothing itself.
 */
public class PaymentsView extends ViewPart {

	/** The view's id. */
	public static final String ID = "no.avtalebenk.charts.ui.paymentsView";

	private PaymentResult result;
	private JFreeChart chart;
	private ChartComposite chartComposite;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new FillLayout());
		try {
			result = Examples.simulate();
		} catch (Exception e) {
			Label label = new Label(parent, SWT.WRAP);
			label.setText("The example could not be computed:\n" + e.getMessage());
			return;
		}
		chart = ChartRenderer.render(PaymentChartData.byCategoryAndYear(result), NumberStyle.NORWEGIAN);
		chartComposite = new ChartComposite(parent, SWT.NONE, chart, true);
	}

	@Override
	public void setFocus() {
		if (chartComposite != null) {
			chartComposite.setFocus();
		}
	}

	/** @return the payments shown, or null when they could not be computed */
	public PaymentResult getResult() {
		return result;
	}

	/** @return the chart shown, or null when the payments could not be computed */
	public JFreeChart getChart() {
		return chart;
	}
}
