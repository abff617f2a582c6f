package no.avtalebenk.formula.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.LazyStringInputStream;
import org.eclipse.xtext.util.TextRegion;

import com.google.inject.Injector;

import no.avtalebenk.formula.ide.VederlagIdeSetup;
import no.avtalebenk.formula.vederlag.Category;
import no.avtalebenk.formula.vederlag.Formula;
import no.avtalebenk.formula.vederlag.Index;
import no.avtalebenk.formula.vederlag.Parameter;
import no.avtalebenk.formula.vederlag.Rate;
import no.avtalebenk.formula.vederlag.VederlagPackage;

/**
 * Content assist through Xtext's {@code ide} services, called in-process: the content assist parser
 * finds what the grammar allows at the cursor, and the language's proposal provider offers the
 * names in scope (imported files included) and the words of the language. Each name is shown with
 * what it is and its unit.
 */
final class FormulaProposals {

	private static Injector injector;
	private static final ExecutorService POOL = Executors.newCachedThreadPool(runnable -> {
		Thread thread = new Thread(runnable, "formula content assist");
		thread.setDaemon(true);
		return thread;
	});

	private FormulaProposals() {
	}

	private static synchronized Injector injector() {
		if (injector == null) {
			injector = new VederlagIdeSetup().createInjector();
		}
		return injector;
	}

	static List<ICompletionProposal> compute(String text, int offset, URI uri) {
		Injector ide = injector();
		XtextResourceSet resourceSet = ide.getInstance(XtextResourceSet.class);
		XtextResource resource = ide.getInstance(XtextResource.class);
		resource.setURI(uri);
		resourceSet.getResources().add(resource);
		try {
			resource.load(new LazyStringInputStream(text, StandardCharsets.UTF_8.name()),
					Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
		} catch (IOException e) {
			// A string stream cannot fail to be read.
			throw new IllegalStateException(e);
		}
		ContentAssistContextFactory factory = ide.getInstance(ContentAssistContextFactory.class);
		factory.setPool(POOL);
		ContentAssistContext[] contexts = factory.create(text, new TextRegion(offset, 0), offset, resource);
		IdeContentProposalAcceptor acceptor = ide.getInstance(IdeContentProposalAcceptor.class);
		ide.getInstance(IdeContentProposalProvider.class).createProposals(Arrays.asList(contexts), acceptor);

		ParsedFormula parsed = ParsedFormula.parse(text, uri);
		Map<String, EObject> visible = parsed.model() == null ? Map.of()
				: parsed.visible(parsed.model(), VederlagPackage.Literals.REFERENCE__TARGET,
						VederlagPackage.Literals.ELEMENT);
		List<ICompletionProposal> proposals = new ArrayList<>();
		for (ContentAssistEntry entry : acceptor.getEntries()) {
			String proposal = entry.getProposal();
			String prefix = entry.getPrefix() == null ? "" : entry.getPrefix();
			if (proposal == null || proposal.equals(prefix) || !Character.isLetter(proposal.charAt(0))) {
				continue;
			}
			String kind = ContentAssistEntry.KIND_REFERENCE.equals(entry.getKind()) ? describe(visible.get(proposal))
					: null;
			String shown = kind == null ? proposal : proposal + " — " + kind;
			proposals.add(new CompletionProposal(proposal, offset - prefix.length(), prefix.length(),
					proposal.length(), null, shown, null, entry.getDescription()));
		}
		return proposals;
	}

	private static String describe(EObject element) {
		if (element instanceof Rate rate) {
			return "rate, " + rate.getUnit();
		} else if (element instanceof Parameter parameter) {
			return "parameter" + (parameter.getUnit() == null ? "" : ", " + parameter.getUnit());
		} else if (element instanceof Formula formula) {
			return "formula, " + formula.getUnit();
		} else if (element instanceof Category category) {
			return "category, " + category.getUnit();
		} else if (element instanceof Index) {
			return "index";
		}
		return null;
	}
}
