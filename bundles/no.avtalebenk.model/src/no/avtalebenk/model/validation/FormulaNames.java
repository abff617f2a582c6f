package no.avtalebenk.model.validation;

import java.util.Set;

/**
 * Tells the validator which formulas exist, so that a remuneration clause can be checked against
 * its formula file. The formula language lives in another bundle; the caller supplies this.
 */
@FunctionalInterface
public interface FormulaNames {

	/**
	 * @param formulaFile the clause's formula file, as written in the model (relative to it)
	 * @return the qualified names of the formulas the file defines (package.name)
	 * @throws Exception when the file cannot be read or has errors; the message is shown to the user
	 */
	Set<String> definedIn(String formulaFile) throws Exception;
}
