package no.avtalebenk.data.ui.editor;

import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

import no.avtalebenk.data.dataset.ManualEntry;
import no.avtalebenk.model.avtale.AgreementModel;
import no.avtalebenk.model.avtale.Count;
import no.avtalebenk.model.avtale.Provenance;
import no.avtalebenk.model.labels.Labels;

/**
 * A count and its provenance in the Properties view, read only: the value is changed in the table,
 * through the command stack.
 */
final class CountPropertySource implements IPropertySource {

	private static final String UNIT = "unit";
	private static final String CATEGORY = "category";
	private static final String YEAR = "year";
	private static final String VALUE = "value";
	private static final String KIND = "kind";
	private static final String SOURCE = "source";
	private static final String TABLE = "tableOrField";
	private static final String RETRIEVED = "retrieved";
	private static final String METHOD = "method";

	private final Count count;
	private final AgreementModel model;

	CountPropertySource(Count count, AgreementModel model) {
		this.count = count;
		this.model = model;
	}

	@Override
	public Object getEditableValue() {
		return count;
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		return new IPropertyDescriptor[] { descriptor(UNIT, Messages.Column_unit, Messages.Property_count),
				descriptor(CATEGORY, Messages.Column_category, Messages.Property_count),
				descriptor(YEAR, Messages.Column_year, Messages.Property_count),
				descriptor(VALUE, Messages.Column_value, Messages.Property_count),
				descriptor(KIND, Messages.Property_kind, Messages.Editor_provenance),
				descriptor(SOURCE, Messages.Property_source, Messages.Editor_provenance),
				descriptor(TABLE, Messages.Property_tableOrField, Messages.Editor_provenance),
				descriptor(RETRIEVED, Messages.Property_retrieved, Messages.Editor_provenance),
				descriptor(METHOD, Messages.Property_method, Messages.Editor_provenance) };
	}

	private static IPropertyDescriptor descriptor(String id, String name, String group) {
		PropertyDescriptor descriptor = new PropertyDescriptor(id, name);
		descriptor.setCategory(group);
		return descriptor;
	}

	@Override
	public Object getPropertyValue(Object id) {
		Provenance p = count.getProvenance();
		return switch ((String) id) {
		case UNIT -> count.getUnit() == null ? "" : count.getUnit().getId() + " " + CountText.nonNull(count.getUnit().getName());
		case CATEGORY -> count.getCategory() == null ? "" : Labels.category(model, count.getCategory().getId());
		case YEAR -> Integer.toString(count.getYear());
		case VALUE -> CountText.value(count);
		case KIND -> p == null ? Messages.Provenance_none
				: ManualEntry.isManual(p) ? CountText.MANUAL + " " + Messages.Property_manual
						: p.isEstimated() ? CountText.ESTIMATE + " " + Messages.Detail_estimate : Messages.Detail_measured;
		case SOURCE -> p == null ? "" : CountText.nonNull(p.getSource());
		case TABLE -> p == null ? "" : CountText.nonNull(p.getTableOrField());
		case RETRIEVED -> p == null ? "" : CountText.nonNull(p.getRetrieved());
		case METHOD -> p == null ? "" : CountText.nonNull(p.getMethod());
		default -> null;
		};
	}

	@Override
	public boolean isPropertySet(Object id) {
		return false;
	}

	@Override
	public void resetPropertyValue(Object id) {
		// read only
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		// read only: values change in the table, through the command stack
	}
}
