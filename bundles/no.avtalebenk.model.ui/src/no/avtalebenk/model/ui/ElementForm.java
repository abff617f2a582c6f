package no.avtalebenk.model.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.FocusAdapter;
import org.eclipse.swt.events.FocusEvent;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

import no.avtalebenk.model.ui.edit.FeatureEditing;
import no.avtalebenk.model.ui.edit.ModelTexts;

/**
 * A form for one element of the model: a field per feature (contained elements are the tree's), text
 * for text and numbers, a drop-down for enums, yes/no and references, read-only text for lists. A field
 * changes the model only through {@link FeatureEditing#set}, a command on the editor's stack, when the
 * user leaves it or presses Enter; text that is not a value is refused with a message in the form's
 * heading and changes nothing.
 */
public final class ElementForm {

	/** Fields whose text is long: several lines. */
	private static final List<String> LONG_TEXT = List.of("text", "description", "note", "condition", "title", "source");

	/** One field of the form. */
	private interface Field {
		void refresh();

		Control control();
	}

	private final AgreementEditor editor;
	private final FormToolkit toolkit;
	private final ScrolledForm form;
	private final Map<EStructuralFeature, Field> fields = new LinkedHashMap<>();
	private EObject element;

	ElementForm(Composite parent, AgreementEditor editor) {
		this.editor = editor;
		toolkit = new FormToolkit(parent.getDisplay());
		form = toolkit.createScrolledForm(parent);
		form.getBody().setLayout(new GridLayout(2, false));
		form.addDisposeListener(event -> toolkit.dispose());
		show(null);
	}

	/** @param shown the element to show, or null for none */
	void show(EObject shown) {
		element = shown;
		fields.clear();
		for (Control child : form.getBody().getChildren()) {
			child.dispose();
		}
		form.setMessage(null, IMessageProvider.NONE);
		if (shown == null) {
			form.setText("");
			toolkit.createLabel(form.getBody(), Messages.Form_empty, SWT.WRAP)
					.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		} else {
			heading();
			for (EStructuralFeature feature : shown.eClass().getEAllStructuralFeatures()) {
				if (!(feature instanceof EReference reference && reference.isContainment())) {
					fields.put(feature, field(feature));
				}
			}
		}
		form.reflow(true);
	}

	/** Shows the element's values as they are now; an element no longer in the file is let go. */
	void refresh() {
		if (element != null && element.eResource() == null) {
			show(null);
			return;
		}
		if (element != null) {
			heading();
			fields.values().forEach(Field::refresh);
		}
	}

	/** @return the element shown, or null */
	public EObject getElement() {
		return element;
	}

	/**
	 * @param feature a feature of the element shown
	 * @return its field (a {@link Text} or a {@link Combo}), or null
	 */
	public Control getField(EStructuralFeature feature) {
		Field field = fields.get(feature);
		return field == null ? null : field.control();
	}

	/** @return the form, whose heading names the element and shows a refused value's message */
	public ScrolledForm getForm() {
		return form;
	}

	/** @return why the last value typed was refused, or null */
	public String getMessage() {
		return form.getMessage();
	}

	private void heading() {
		String label = editor.getAdapterFactory().adapt(element, IItemLabelProvider.class) instanceof IItemLabelProvider labels
				? labels.getText(element)
				: "";
		form.setText(NLS.bind(Messages.Form_heading, ModelTexts.type(element.eClass()), shorten(label)));
	}

	private Field field(EStructuralFeature feature) {
		Composite body = form.getBody();
		boolean editable = FeatureEditing.editable(element, feature);
		String name = ModelTexts.feature(feature);
		toolkit.createLabel(body, editable || !feature.isMany() ? name : NLS.bind(Messages.Form_readOnly, name))
				.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		List<Object> choices = editable ? FeatureEditing.choices(element, feature, editor.getAdapterFactory()) : null;
		if (choices != null) {
			return choice(feature, choices);
		}
		if (editable && feature instanceof EAttribute attribute) {
			return text(attribute);
		}
		Text text = toolkit.createText(body, "", SWT.READ_ONLY | SWT.WRAP);
		text.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		Field field = new Field() {
			@Override
			public void refresh() {
				String value = ModelTexts.value(element.eGet(feature), editor.getAdapterFactory());
				if (!text.getText().equals(value)) {
					text.setText(value);
				}
			}

			@Override
			public Control control() {
				return text;
			}
		};
		field.refresh();
		return field;
	}

	private Field choice(EStructuralFeature feature, List<Object> choices) {
		Combo combo = new Combo(form.getBody(), SWT.READ_ONLY | SWT.DROP_DOWN);
		toolkit.adapt(combo);
		for (Object choice : choices) {
			combo.add(choice == null ? no.avtalebenk.model.ui.edit.EditMessages.Value_none
					: ModelTexts.value(choice, editor.getAdapterFactory()));
		}
		combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		EObject owner = element;
		combo.addListener(SWT.Selection, event -> {
			int index = combo.getSelectionIndex();
			if (index >= 0) {
				FeatureEditing.set(editor.getEditingDomain(), owner, feature, choices.get(index));
			}
		});
		Field field = new Field() {
			@Override
			public void refresh() {
				int index = choices.indexOf(owner.eGet(feature));
				if (combo.getSelectionIndex() != index) {
					combo.select(index);
				}
			}

			@Override
			public Control control() {
				return combo;
			}
		};
		field.refresh();
		return field;
	}

	private Field text(EAttribute attribute) {
		String current = FeatureEditing.format(attribute, element.eGet(attribute));
		boolean multi = LONG_TEXT.contains(attribute.getName()) || current.length() > 60;
		Text text = toolkit.createText(form.getBody(), current, SWT.BORDER | (multi ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE));
		GridData layout = new GridData(SWT.FILL, SWT.TOP, true, false);
		layout.widthHint = 200;
		if (multi) {
			layout.heightHint = 4 * text.getLineHeight();
		}
		text.setLayoutData(layout);
		EObject owner = element;
		Runnable commit = () -> {
			String problem = FeatureEditing.problem(attribute, text.getText());
			if (problem != null) {
				form.setMessage(problem, IMessageProvider.ERROR);
				return;
			}
			form.setMessage(null, IMessageProvider.NONE);
			FeatureEditing.set(editor.getEditingDomain(), owner, attribute, FeatureEditing.parse(attribute, text.getText()));
		};
		text.addFocusListener(new FocusAdapter() {
			@Override
			public void focusLost(FocusEvent event) {
				if (!text.isDisposed()) {
					commit.run();
				}
			}
		});
		if (!multi) {
			text.addListener(SWT.DefaultSelection, event -> commit.run());
		}
		return new Field() {
			@Override
			public void refresh() {
				String value = FeatureEditing.format(attribute, owner.eGet(attribute));
				if (!text.getText().equals(value)) {
					text.setText(value);
				}
			}

			@Override
			public Control control() {
				return text;
			}
		};
	}

	private static String shorten(String label) {
		return label.length() > 80 ? label.substring(0, 79) + "…" : label;
	}
}
