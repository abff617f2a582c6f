package no.avtalebenk.formula.scoping;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.scoping.ICaseInsensitivityHelper;
import org.eclipse.xtext.scoping.IGlobalScopeProvider;
import org.eclipse.xtext.scoping.impl.ImportNormalizer;
import org.eclipse.xtext.scoping.impl.ImportedNamespaceAwareLocalScopeProvider;

import com.google.inject.Inject;

/**
 * Xtext's scoping by package and {@code import kopinor.*}, made safe for damaged files: a package
 * line the parser could only half read (e.g. {@code package in …}) leaves an empty name, for which
 * Xtext's own provider throws instead of scoping; here an empty name scopes as no package and no
 * import, and the syntax error at that line is what the user sees.
 */
public class VederlagNamespaceScopeProvider extends ImportedNamespaceAwareLocalScopeProvider {

	/**
	 * @param globalScopeProvider    the names of imported files
	 * @param qualifiedNameProvider  the names of elements
	 * @param qualifiedNameConverter names from and to text
	 * @param caseInsensitivityHelper whether a reference ignores case
	 */
	@Inject
	public VederlagNamespaceScopeProvider(IGlobalScopeProvider globalScopeProvider,
			IQualifiedNameProvider qualifiedNameProvider, IQualifiedNameConverter qualifiedNameConverter,
			ICaseInsensitivityHelper caseInsensitivityHelper) {
		super(globalScopeProvider, qualifiedNameProvider, qualifiedNameConverter, caseInsensitivityHelper);
	}

	@Override
	protected QualifiedName getQualifiedNameOfLocalElement(EObject context) {
		QualifiedName name = super.getQualifiedNameOfLocalElement(context);
		return name == null || name.isEmpty() ? null : name;
	}

	@Override
	protected ImportNormalizer doCreateImportNormalizer(QualifiedName importedNamespace, boolean wildcard,
			boolean ignoreCase) {
		if (importedNamespace == null || importedNamespace.isEmpty()) {
			return null;
		}
		return super.doCreateImportNormalizer(importedNamespace, wildcard, ignoreCase);
	}
}
