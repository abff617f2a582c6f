package no.avtalebenk.formula.ide.contentassist;

import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.resource.IEObjectDescription;

import com.google.common.base.Predicate;

import no.avtalebenk.formula.vederlag.VederlagPackage;

/**
 * Content assist proposals of the language: where a value is expected, only rates, parameters and
 * formulas are proposed, since a category needs {@code count(…)}, an index {@code indexed(…)} and a
 * test has no value.
 */
public class VederlagProposalProvider extends IdeContentProposalProvider {

	@Override
	protected Predicate<IEObjectDescription> getCrossrefFilter(CrossReference reference,
			ContentAssistContext context) {
		if (VederlagPackage.Literals.ELEMENT == reference.getType().getClassifier()) {
			return description -> {
				var type = description.getEClass();
				return type != VederlagPackage.Literals.CATEGORY && type != VederlagPackage.Literals.INDEX
						&& type != VederlagPackage.Literals.TEST_CASE;
			};
		}
		return super.getCrossrefFilter(reference, context);
	}
}
