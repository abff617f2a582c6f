package no.avtalebenk.app.tests;

import static no.avtalebenk.app.tests.Workbench.processEvents;
import static no.avtalebenk.app.tests.Workbench.window;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import no.avtalebenk.app.about.AboutDialog;
import no.avtalebenk.app.help.HelpView;

/** Om Avtalebenk lists the libraries with their running versions and licences, and the data's sources. */
class AboutTest {

	@Test
	void aboutListsPicocliWithItsRunningVersionAndTheDataAttributions() throws Exception {
		PlatformUI.getWorkbench().getHelpSystem().displayHelp();
		AboutDialog dialog = new AboutDialog(window().getShell());
		dialog.setBlockOnOpen(false);
		dialog.open();
		processEvents();
		try {
			Screenshot.take(window().getShell(), "about.png");
			List<String> picocli = Arrays.stream(dialog.getLibraries().getItems())
					.filter(item -> item.getText(0).equals("picocli")).findFirst()
					.map(item -> List.of(item.getText(1), item.getText(2))).orElseThrow();
			// the target platform pins info.picocli:picocli:4.7.7, an Apache-2.0 library
			assertEquals(List.of("4.7.7", "Apache-2.0"), picocli);
			List<String> names = Arrays.stream(dialog.getLibraries().getItems()).map(item -> item.getText(0)).toList();
			assertTrue(names.containsAll(List.of("Eclipse Platform", "Eclipse Modeling Framework (EMF)", "Xtext",
					"JFreeChart", "OpenPDF", "picocli", "Guava", "Guice")), names.toString());
			String data = dialog.getDataText();
			assertTrue(data.contains("norway-geodata, © 2025 Alexander Prestmo, under MIT-lisensen"), data);
			assertTrue(data.contains("Permission is hereby granted, free of charge"), "the MIT licence text travels along");
			assertTrue(data.contains("Statistisk sentralbyrå (SSB)") && data.contains("Kopinors publiserte priser")
					&& data.contains("KS"), data);
		} finally {
			dialog.close();
			IWorkbenchPage page = window().getActivePage();
			var help = page.findView(HelpView.ID);
			if (help != null) {
				page.hideView(help);
			}
		}
	}
}
