package no.avtalebenk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import no.avtalebenk.formula.load.FormulaLoader;
import no.avtalebenk.formula.vederlag.Element;
import no.avtalebenk.formula.vederlag.Formula;
import no.avtalebenk.formula.vederlag.Model;
import no.avtalebenk.model.validation.FormulaNames;

/** Connects model files to the formula files their remuneration clauses name. */
final class ModelFiles {

	private ModelFiles() {
	}

	/**
	 * @param modelFile a model file
	 * @return the formulas defined by formula files named relative to it
	 */
	static FormulaNames formulasBeside(Path modelFile) {
		Path dir = modelFile.toAbsolutePath().getParent();
		return formulaFile -> {
			Path file = dir.resolve(formulaFile);
			if (!Files.isRegularFile(file)) {
				throw new IllegalArgumentException("no such file " + file);
			}
			Model model = new FormulaLoader().load(file);
			Set<String> names = new HashSet<>();
			String prefix = model.getName() == null ? "" : model.getName() + ".";
			for (Element element : model.getElements()) {
				if (element instanceof Formula formula) {
					names.add(prefix + formula.getName());
				}
			}
			return names;
		};
	}
}
