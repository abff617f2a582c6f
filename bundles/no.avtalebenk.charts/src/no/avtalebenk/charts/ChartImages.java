package no.avtalebenk.charts;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import javax.imageio.ImageIO;

import org.jfree.chart.JFreeChart;

/**
 * Renders charts to image files without a display. A file is written to a temporary name first
 * and moved into place, so a failed export never leaves half an image.
 */
public final class ChartImages {

	private ChartImages() {
	}

	/**
	 * @param chart  the chart
	 * @param width  pixels
	 * @param height pixels
	 * @return the rendered image
	 */
	public static BufferedImage render(JFreeChart chart, int width, int height) {
		return chart.createBufferedImage(width, height);
	}

	/**
	 * @param chart  the chart
	 * @param file   the PNG to write
	 * @param width  pixels
	 * @param height pixels
	 * @throws IOException when it cannot be written
	 */
	public static void writePng(JFreeChart chart, Path file, int width, int height) throws IOException {
		Path absolute = file.toAbsolutePath();
		Path temp = Files.createTempFile(absolute.getParent(), ".chart-", ".png");
		try {
			if (!ImageIO.write(render(chart, width, height), "png", temp.toFile())) {
				throw new IOException("No PNG writer is available.");
			}
			Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(temp);
		}
	}
}
