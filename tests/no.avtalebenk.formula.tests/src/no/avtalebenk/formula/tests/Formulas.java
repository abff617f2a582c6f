package no.avtalebenk.formula.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.eclipse.emf.common.util.URI;

import no.avtalebenk.formula.load.FormulaLoader;
import no.avtalebenk.formula.vederlag.Element;
import no.avtalebenk.formula.vederlag.Formula;
import no.avtalebenk.formula.vederlag.Model;

/** Small helpers for tests that write formula files inline. */
final class Formulas {

	private Formulas() {
	}

	static Model parse(String name, String text) throws IOException {
		return new FormulaLoader().load(URI.createURI(name),
				new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
	}

	static Formula formula(Model model, String name) {
		for (Element element : model.getElements()) {
			if (element instanceof Formula formula && formula.getName().equals(name)) {
				return formula;
			}
		}
		throw new AssertionError("no formula " + name);
	}
}
