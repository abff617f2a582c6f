package no.avtalebenk.data.ui.wizards;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.IStructuredSelection;

import no.avtalebenk.cases.Cases;
import no.avtalebenk.cases.ui.CurrentCase;
import no.avtalebenk.data.ui.DataSetDescriber;

/**
 * The case a wizard works in: the case project of the selected resource in the Project Explorer,
 * else the workbench's current case; and the data sets of a case folder.
 */
final class CaseOfSelection {

	private CaseOfSelection() {
	}

	/**
	 * @param selection the workbench's selection when the wizard was opened, or null
	 * @return the folder of the selected case, or of the current case
	 */
	static Path folder(IStructuredSelection selection) {
		IResource resource = selected(selection);
		if (resource != null) {
			IProject project = resource.getProject();
			if (project != null && project.getLocation() != null) {
				Path folder = project.getLocation().toFile().toPath();
				if (Cases.isCase(folder)) {
					return folder.toAbsolutePath().normalize();
				}
			}
		}
		return CurrentCase.get().state().folder();
	}

	/**
	 * @param selection the workbench's selection, or null
	 * @return the selected file when it is a data set file, else null
	 */
	static Path selectedDataSet(IStructuredSelection selection) {
		IResource resource = selected(selection);
		if (resource != null && resource.getType() == IResource.FILE && resource.getLocation() != null
				&& "avtale".equals(resource.getFileExtension())) {
			Path file = resource.getLocation().toFile().toPath();
			try (var in = Files.newInputStream(file)) {
				return DataSetDescriber.describe(in) == DataSetDescriber.VALID ? file : null;
			} catch (java.io.IOException e) {
				return null;
			}
		}
		return null;
	}

	private static IResource selected(IStructuredSelection selection) {
		if (selection == null || selection.isEmpty()) {
			return null;
		}
		return Adapters.adapt(selection.getFirstElement(), IResource.class);
	}

	/**
	 * @param folder a case folder
	 * @return its data sets ({@code *.avtale} files without an agreement, at the top level and in
	 *         {@value Cases#DATA}/), relative to the folder, with {@code /} between names
	 */
	static List<String> dataSets(Path folder) {
		List<String> names = new ArrayList<>();
		for (Path dir : new Path[] { folder, folder.resolve(Cases.DATA) }) {
			if (!Files.isDirectory(dir)) {
				continue;
			}
			try (Stream<Path> files = Files.list(dir)) {
				for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".avtale")).sorted().toList()) {
					try (var in = Files.newInputStream(file)) {
						if (DataSetDescriber.describe(in) == DataSetDescriber.VALID) {
							names.add(folder.relativize(file).toString().replace('\\', '/'));
						}
					}
				}
			} catch (java.io.IOException e) {
				// a folder that cannot be listed offers no data sets
			}
		}
		return names;
	}
}
