package no.avtalebenk.report;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

import no.avtalebenk.charts.ChartExport;
import no.avtalebenk.charts.ChartRenderer;
import no.avtalebenk.charts.NumberStyle;

/**
 * Writes a briefing as an A4 PDF with OpenPDF: each level-1 section starts a new page, charts are
 * drawn at print resolution.
 */
public final class PdfWriter {

	private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18, new Color(0x1F5F99));
	private static final Font H1 = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 15, new Color(0x1F5F99));
	private static final Font H2 = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
	private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 9.5f);
	private static final Font CELL = FontFactory.getFont(FontFactory.HELVETICA, 8);
	private static final Font CELL_BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8);

	/** Points of page left below which a subheading moves to the next page: room for a paragraph and a chart. */
	private static final float KEEP_WITH_NEXT = 340;

	private PdfWriter() {
	}

	/**
	 * @param briefing the briefing
	 * @param style    how amounts on charts are written
	 * @param out      where the PDF goes; not closed
	 * @throws IOException when the PDF cannot be produced
	 */
	public static void write(Briefing briefing, NumberStyle style, OutputStream out) throws IOException {
		Document document = new Document(PageSize.A4, 50, 50, 50, 50);
		try {
			com.lowagie.text.pdf.PdfWriter writer = com.lowagie.text.pdf.PdfWriter.getInstance(document, out);
			writer.setCloseStream(false);
			// A chart that does not fit moves to the next page before the text after it, not behind it.
			writer.setStrictImageSequence(true);
			document.addTitle(briefing.title());
			document.addCreator("Avtalebenk");
			document.open();
			document.add(new Paragraph(briefing.title(), TITLE));
			boolean first = true;
			for (Block block : briefing.blocks()) {
				switch (block) {
				case Block.Heading h -> {
					// A section starts a page; a subsection near the foot of a page starts the next, so a
					// heading is not left alone at the bottom, apart from its text and chart.
					if (h.level() == 1 && !first
							|| h.level() > 1 && writer.getVerticalPosition(true) - document.bottom() < KEEP_WITH_NEXT) {
						document.newPage();
					}
					Paragraph heading = new Paragraph(h.text(), h.level() == 1 ? H1 : H2);
					heading.setSpacingBefore(h.level() == 1 ? 6 : 10);
					heading.setSpacingAfter(4);
					document.add(heading);
					first = false;
				}
				case Block.Paragraph p -> {
					Paragraph paragraph = new Paragraph(p.text(), BODY);
					paragraph.setSpacingAfter(4);
					document.add(paragraph);
				}
				case Block.Table t -> document.add(table(t));
				case Block.Chart c -> {
					// Twice the drawn size, so the chart stays sharp in print.
					Image image = Image.getInstance(
							ChartExport.image(ChartRenderer.render(c.data(), style), 1000, 560), null);
					image.scaleToFit(document.getPageSize().getWidth() - 100, 290);
					image.setAlignment(Element.ALIGN_CENTER);
					// The chart and its caption go on one page.
					if (writer.getVerticalPosition(true) - document.bottom() < image.getScaledHeight() + 60) {
						document.newPage();
					}
					document.add(image);
					document.add(new Paragraph(new Chunk(c.data().title(), CELL)));
				}
				}
			}
		} catch (DocumentException e) {
			throw new IOException("The PDF could not be produced: " + e.getMessage(), e);
		} finally {
			if (document.isOpen()) {
				document.close();
			}
		}
	}

	/** Column widths by their longest text, within bounds, so short numbers do not get half the page. */
	private static float[] widths(Block.Table table) {
		float[] widths = new float[table.header().size()];
		for (int i = 0; i < widths.length; i++) {
			// A heading wraps at its spaces, an amount must not: headings count only up to 14 characters.
			int longest = Math.min(14, table.header().get(i).length());
			for (var row : table.rows()) {
				longest = Math.max(longest, row.get(i).length());
			}
			widths[i] = Math.max(6, Math.min(40, longest));
		}
		return widths;
	}

	private static PdfPTable table(Block.Table table) {
		PdfPTable pdf = new PdfPTable(table.header().size());
		pdf.setWidthPercentage(100);
		try {
			pdf.setWidths(widths(table));
		} catch (DocumentException e) {
			throw new IllegalStateException(e);
		}
		pdf.setSpacingBefore(4);
		pdf.setSpacingAfter(8);
		pdf.setHeaderRows(1);
		for (String heading : table.header()) {
			PdfPCell cell = new PdfPCell(new Phrase(heading, CELL_BOLD));
			cell.setBackgroundColor(new Color(0xEEF2F7));
			pdf.addCell(cell);
		}
		for (var row : table.rows()) {
			for (int i = 0; i < row.size(); i++) {
				PdfPCell cell = new PdfPCell(new Phrase(row.get(i), CELL));
				if (table.numeric().get(i)) {
					cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
				}
				pdf.addCell(cell);
			}
		}
		return pdf;
	}
}
