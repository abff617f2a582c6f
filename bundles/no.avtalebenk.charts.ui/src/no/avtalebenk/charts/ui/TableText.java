package no.avtalebenk.charts.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * A table of a view as the text a spreadsheet takes: what Ctrl+C copies from the comparison and the
 * payments pivot, the cells exactly as shown (amounts with their Norwegian grouping and «kr»).
 */
public final class TableText {

	private TableText() {
	}

	/**
	 * @param table a table
	 * @return the table as tab-separated text: the headers, then a line per row, the cells as shown
	 */
	public static String tabSeparated(Table table) {
		StringBuilder text = new StringBuilder();
		List<String> headers = new ArrayList<>();
		for (TableColumn column : table.getColumns()) {
			headers.add(column.getText());
		}
		text.append(String.join("\t", headers)).append('\n');
		for (TableItem item : table.getItems()) {
			List<String> cells = new ArrayList<>();
			for (int i = 0; i < headers.size(); i++) {
				cells.add(item.getText(i));
			}
			text.append(String.join("\t", cells)).append('\n');
		}
		return text.toString();
	}

	/**
	 * Puts the table, with its headers, on the clipboard as tab-separated text.
	 *
	 * @param table a table
	 */
	public static void copy(Table table) {
		Clipboard clipboard = new Clipboard(table.getDisplay());
		try {
			clipboard.setContents(new Object[] { tabSeparated(table) }, new Transfer[] { TextTransfer.getInstance() });
		} finally {
			clipboard.dispose();
		}
	}
}
