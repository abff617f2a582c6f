package no.avtalebenk.app.tests;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Pictures of the workbench for the documentation: taken only when the environment variable
 * {@value #FOLDER} names a folder, e.g. {@code AVTALEBENK_SCREENSHOTS=$PWD/docs/images ./verify -o}.
 */
final class Screenshot {

	/** The environment variable with the folder the pictures are written to. */
	static final String FOLDER = "AVTALEBENK_SCREENSHOTS";

	private Screenshot() {
	}

	/**
	 * Writes what the screen shows within the window as a PNG, after the window has painted itself.
	 *
	 * @param window the main window
	 * @param name   the file name, e.g. {@code about.png}
	 */
	static void take(Shell window, String name) throws Exception {
		String folder = System.getenv(FOLDER);
		if (folder == null || folder.isBlank()) {
			return;
		}
		Display display = window.getDisplay();
		long until = System.nanoTime() + 1_000_000_000L;
		while (System.nanoTime() < until) {
			if (!display.readAndDispatch()) {
				Thread.sleep(20);
			}
		}
		Rectangle area = window.getBounds();
		Image image = new Image(display, area.width, area.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, area.x, area.y);
			ImageData data = image.getImageData();
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { data };
			Files.createDirectories(Path.of(folder));
			loader.save(Path.of(folder, name).toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}
