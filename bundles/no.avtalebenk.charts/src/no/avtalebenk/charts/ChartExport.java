package no.avtalebenk.charts;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import javax.imageio.ImageIO;

import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/**
 * Writes charts to PNG or SVG files without a display. A file is written under a temporary name and
 * moved into place when complete, so a failed export never leaves half an image.
 */
public final class ChartExport {

	private ChartExport() {
	}

	/**
	 * @param chart  the chart
	 * @param width  pixels
	 * @param height pixels
	 * @return the chart as an image
	 */
	public static BufferedImage image(JFreeChart chart, int width, int height) {
		return chart.createBufferedImage(width, height);
	}

	/**
	 * @param chart  the chart
	 * @param width  pixels
	 * @param height pixels
	 * @return the chart as an SVG document
	 */
	public static String svg(JFreeChart chart, int width, int height) {
		SVGGraphics2D graphics = new SVGGraphics2D(width, height);
		chart.draw(graphics, new Rectangle(0, 0, width, height));
		return graphics.getSVGDocument();
	}

	/**
	 * @param chart  the chart
	 * @param file   a .png or .svg file
	 * @param width  pixels
	 * @param height pixels
	 * @throws IOException              when it cannot be written
	 * @throws IllegalArgumentException when the file name ends neither in .png nor .svg
	 */
	public static void write(JFreeChart chart, Path file, int width, int height) throws IOException {
		String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
		boolean png = name.endsWith(".png");
		if (!png && !name.endsWith(".svg")) {
			throw new IllegalArgumentException(file + ": write charts to a .png or .svg file");
		}
		Path absolute = file.toAbsolutePath();
		Path temp = absolute.resolveSibling("." + absolute.getFileName() + ".tmp");
		try {
			if (png) {
				if (!ImageIO.write(image(chart, width, height), "png", temp.toFile())) {
					throw new IOException("No PNG writer is available.");
				}
			} else {
				Files.writeString(temp, svg(chart, width, height), StandardCharsets.UTF_8);
			}
			Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(temp);
		}
	}
}
