package no.avtalebenk.app.tests;

import static no.avtalebenk.app.tests.Workbench.CASE_TIMEOUT;
import static no.avtalebenk.app.tests.Workbench.demoFolder;
import static no.avtalebenk.app.tests.Workbench.paymentsOf;
import static no.avtalebenk.app.tests.Workbench.press;
import static no.avtalebenk.app.tests.Workbench.processEvents;
import static no.avtalebenk.app.tests.Workbench.waitUntil;
import static no.avtalebenk.app.tests.Workbench.window;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.IViewDescriptor;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import no.avtalebenk.app.AnalysisPerspective;
import no.avtalebenk.app.MediationPerspective;
import no.avtalebenk.app.NegotiationPerspective;
import no.avtalebenk.app.help.HelpView;
import no.avtalebenk.cases.Case;
import no.avtalebenk.charts.ui.ComparisonView;
import no.avtalebenk.charts.ui.ExplanationView;
import no.avtalebenk.charts.ui.GoalSeekDialog;
import no.avtalebenk.charts.ui.MonteCarloView;
import no.avtalebenk.charts.ui.ProjectionsView;
import no.avtalebenk.charts.ui.SensitivityDialog;
import no.avtalebenk.report.ui.BriefingView;

/**
 * The workbench speaks one language at a time. This test runs in both runs of the workbench, the bokmål
 * one (-nl nb_NO, with every other UI test) and the English one (-nl en, alone): it opens the main
 * views of the three perspectives on the demo case (payments, Monte Carlo, comparison, explanation,
 * projection models, briefing, help), the goal-seek and sensitivity dialogs and every main menu, reads
 * every text they show (labels, buttons, groups, table and tree columns and cells, tabs, menu items,
 * view and perspective names; not the document of the briefing, which is the headless report's) and
 * fails on any that is a message of the other language: a value of a
 * {@code messages*.properties} or {@code OSGI-INF/l10n/*.properties} pair of an Avtalebenk bundle that
 * differs between bokmål and English (names that are the same in both, such as Monte Carlo, are no
 * evidence either way, nor are the case's own names of scenarios and categories, which are
 * data). With {@code AVTALEBENK_SCREENSHOTS} set it also pictures the Forhandling and
 * Mekling perspectives in the language of the run.
 */
class LanguageTest {

	/** Building the briefing runs the goal seeks, the sensitivity and the Monte Carlo draws. */
	private static final Duration BRIEFING_TIMEOUT = Duration.ofMinutes(2);
	/** A message shorter than this (without its arguments) matches too much to tell a language. */
	private static final int LEAST_LETTERS = 3;
	/** A message at least this long is also found inside a longer text (a message in a paragraph). */
	private static final int CONTAINED_LENGTH = 25;

	/** One message in both languages, from a properties file of a bundle. */
	private record Message(String place, String bokmal, String english) {
	}

	/** A message of the other language, and what it matches. */
	private record Foreign(Message message, Pattern pattern, String plain) {

		boolean matches(String text) {
			if (pattern != null) {
				return pattern.matcher(text).matches();
			}
			return text.equals(plain) || plain.length() >= CONTAINED_LENGTH && text.contains(plain);
		}
	}

	@Test
	void theMainViewsDialogsAndMenusShowNoTextOfTheOtherLanguage() throws Exception {
		boolean english = "en".equals(Locale.getDefault().getLanguage());
		assertEquals(english ? "en" : "nb", Locale.getDefault().getLanguage(),
				"the run's language (-nl), as NLS and the extension registry read it: " + Platform.getNL());
		List<Message> messages = messages();
		assertTrue(messages.size() > 200, "the Avtalebenk bundles' messages were found: " + messages.size());

		Set<String> shown = new LinkedHashSet<>();
		IWorkbenchPage page = window().getActivePage();
		try {
			showTheNegotiation(page, shown);
			showTheMediation(page, shown);
			showTheAnalysis(page, shown);
			showTheDialogs(shown);
			menus(window().getShell().getMenuBar(), "menu", shown);
			for (String id : List.of(NegotiationPerspective.ID, MediationPerspective.ID, AnalysisPerspective.ID)) {
				shown.add("perspective: " + perspective(id).getLabel());
			}
			for (IViewDescriptor view : PlatformUI.getWorkbench().getViewRegistry().getViews()) {
				if (view.getId().startsWith("no.avtalebenk.")) {
					shown.add("view descriptor: " + view.getLabel());
				}
			}
		} finally {
			page.setPerspective(perspective(NegotiationPerspective.ID));
			page.closePerspective(perspective(MediationPerspective.ID), false, false);
			page.closePerspective(perspective(AnalysisPerspective.ID), false, false);
			paymentsOf(demoFolder());
		}

		List<Foreign> foreign = foreign(messages, english);
		List<String> found = new ArrayList<>();
		Set<String> ownSeen = new TreeSet<>();
		Set<String> own = new HashSet<>();
		for (Message message : messages) {
			if (!message.bokmal().equals(message.english())) {
				own.add(plain(english ? message.english() : message.bokmal()));
			}
		}
		// The case's own names are data, the same in both runs, even where one reads like a label.
		Set<String> data = new HashSet<>();
		Case demo = paymentsOf(demoFolder()).getCase();
		data.add(demo.baselineName());
		demo.model().getScenarios().forEach(scenario -> data.add(scenario.getName()));
		demo.model().getCategories().forEach(category -> data.add(category.getName()));
		for (String entry : shown) {
			String text = entry.substring(entry.indexOf(": ") + 2);
			if (data.contains(text)) {
				continue;
			}
			for (Foreign other : foreign) {
				if (other.matches(text)) {
					found.add(entry + "   ← " + other.message().place() + " = "
							+ (english ? other.message().bokmal() : other.message().english()));
				}
			}
			if (own.contains(text)) {
				ownSeen.add(text);
			}
		}
		// The walk reads what a user sees: many of this language's own messages are among it.
		assertTrue(ownSeen.size() >= 60, "only " + ownSeen.size() + " messages of this language were seen among "
				+ shown.size() + " texts: " + ownSeen);
		if (!found.isEmpty()) {
			fail((english ? "bokmål" : "English") + " texts in the " + (english ? "English" : "bokmål") + " workbench:\n  "
					+ String.join("\n  ", found));
		}
	}

	private static void showTheNegotiation(IWorkbenchPage page, Set<String> shown) throws Exception {
		page.setPerspective(perspective(NegotiationPerspective.ID));
		paymentsOf(demoFolder());
		MonteCarloView monteCarlo = (MonteCarloView) page.showView(MonteCarloView.ID);
		monteCarlo.setInputs(1, 200);
		press(monteCarlo.getRunButton());
		waitUntil(() -> monteCarlo.getJob() == null && monteCarlo.getResult() != null,
				() -> "the Monte Carlo run is shown (" + monteCarlo.getStatusText() + ")", CASE_TIMEOUT);
		walkViews(page, "Monte Carlo", shown);
		ComparisonView comparison = (ComparisonView) page.showView(ComparisonView.ID);
		waitUntil(() -> comparison.getCase() != null, () -> "the comparison is shown", CASE_TIMEOUT);
		walkViews(page, "comparison", shown);
		ExplanationViewTest.explanationOf(demoFolder());
		walkViews(page, "explanation", shown);
		paymentsOf(demoFolder());
		walkViews(page, "payments", shown);
		Screenshot.take(window().getShell(), "workbench-" + language() + ".png");
		views(page, shown);
	}

	private static void showTheMediation(IWorkbenchPage page, Set<String> shown) throws Exception {
		page.setPerspective(perspective(MediationPerspective.ID));
		BriefingView briefing = (BriefingView) page.showView(BriefingView.ID);
		waitUntil(() -> briefing.getBriefing() != null, () -> "the briefing is shown (" + briefing.getShownText() + ")",
				BRIEFING_TIMEOUT);
		processEvents();
		walkViews(page, "briefing", shown);
		Screenshot.take(window().getShell(), "mekling-" + language() + ".png");
		views(page, shown);
	}

	private static void showTheAnalysis(IWorkbenchPage page, Set<String> shown) throws Exception {
		page.setPerspective(perspective(AnalysisPerspective.ID));
		ExplanationViewTest.explanationOf(demoFolder());
		page.showView(ProjectionsView.ID);
		PlatformUI.getWorkbench().getHelpSystem().displayHelp();
		processEvents();
		waitUntil(() -> page.findView(HelpView.ID) != null, "the help view is open", CASE_TIMEOUT);
		// the guides are in the run's language too (the English ones under nl/en of the doc bundle)
		String guide = ((HelpView) page.findView(HelpView.ID)).getShownText();
		assertTrue(guide.startsWith("en".equals(language()) ? "Guide for negotiators" : "Veiledning for forhandlere"),
				guide.substring(0, Math.min(200, guide.length())));
		walkViews(page, "analysis and help", shown);
		views(page, shown);
		page.hideView(page.findView(HelpView.ID));
	}

	private static void showTheDialogs(Set<String> shown) throws Exception {
		GoalSeekDialog goalSeek = new GoalSeekDialog(window().getShell(), paymentsOf(demoFolder()).getCase());
		goalSeek.setBlockOnOpen(false);
		goalSeek.open();
		try {
			processEvents();
			walk(goalSeek.getShell(), "goal seek", shown);
		} finally {
			goalSeek.close();
		}
		SensitivityDialog sensitivity = new SensitivityDialog(window().getShell(), paymentsOf(demoFolder()).getCase());
		sensitivity.setBlockOnOpen(false);
		sensitivity.open();
		try {
			press(sensitivity.getRunButton());
			waitUntil(() -> !sensitivity.isRunning() && sensitivity.getResult() != null,
					() -> "the sensitivity is shown (" + sensitivity.getStatusText() + ")", CASE_TIMEOUT);
			walk(sensitivity.getShell(), "sensitivity", shown);
		} finally {
			sensitivity.close();
		}
	}

	/**
	 * Reads what the Avtalebenk views of the page show. The platform's own views (Project Explorer,
	 * Problems) are the platform's texts, in English in both runs; the briefing's document is the
	 * headless report's, as {@code ./avtalebenk report} writes it, so only the view around it is read.
	 */
	private static void walkViews(IWorkbenchPage page, String where, Set<String> shown) {
		for (IViewReference view : page.getViewReferences()) {
			if (view.getId().startsWith("no.avtalebenk.") && view.getPart(false) != null) {
				MPart part = view.getPart(false).getSite().getService(MPart.class);
				if (part != null && part.getWidget() instanceof Control control) {
					walk(control, where + " " + view.getId().substring(view.getId().lastIndexOf('.') + 1), shown);
				}
			}
		}
	}

	/** Reads the names and tool tips of the page's views, as their tabs show them. */
	private static void views(IWorkbenchPage page, Set<String> shown) {
		for (IViewReference view : page.getViewReferences()) {
			shown.add("view title: " + view.getPartName());
		}
	}

	private static IPerspectiveDescriptor perspective(String id) {
		return PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(id);
	}

	private static String language() {
		return "en".equals(Locale.getDefault().getLanguage()) ? "en" : "nb";
	}

	/** Adds every text a control and its children show, each as "where: text". */
	private static void walk(Control control, String where, Set<String> shown) {
		if (control.isDisposed() || !control.isVisible()
				|| control instanceof ScrolledComposite && where.endsWith("briefingView")) {
			return;
		}
		String place = where + " " + control.getClass().getSimpleName();
		if (control instanceof Shell shell) {
			add(shown, place, shell.getText());
		} else if (control instanceof Label label) {
			add(shown, place, label.getText());
		} else if (control instanceof Button button) {
			add(shown, place, button.getText());
		} else if (control instanceof Group group) {
			add(shown, place, group.getText());
		} else if (control instanceof Combo combo) {
			for (String item : combo.getItems()) {
				add(shown, place + " item", item);
			}
		} else if (control instanceof Table table) {
			for (TableColumn column : table.getColumns()) {
				add(shown, place + " column", column.getText());
			}
			for (TableItem item : table.getItems()) {
				for (int i = 0; i < Math.max(1, table.getColumnCount()); i++) {
					add(shown, place + " cell", item.getText(i));
				}
			}
		} else if (control instanceof Tree tree) {
			for (TreeColumn column : tree.getColumns()) {
				add(shown, place + " column", column.getText());
			}
			treeItems(tree.getItems(), Math.max(1, tree.getColumnCount()), place + " item", shown);
		} else if (control instanceof CTabFolder tabs) {
			for (CTabItem item : tabs.getItems()) {
				add(shown, place + " tab", item.getText());
				add(shown, place + " tab tip", item.getToolTipText());
			}
		} else if (control instanceof ToolBar bar) {
			for (ToolItem item : bar.getItems()) {
				add(shown, place + " tool", item.getText());
				add(shown, place + " tool tip", item.getToolTipText());
			}
		}
		add(shown, place + " tip", control.getToolTipText());
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				walk(child, where, shown);
			}
		}
	}

	private static void treeItems(TreeItem[] items, int columns, String place, Set<String> shown) {
		for (TreeItem item : items) {
			for (int i = 0; i < columns; i++) {
				add(shown, place, item.getText(i));
			}
			treeItems(item.getItems(), columns, place, shown);
		}
	}

	/** Adds every item of a menu and of its submenus, shown as the user opens them. */
	private static void menus(Menu menu, String where, Set<String> shown) {
		menu.notifyListeners(SWT.Show, new Event());
		try {
			for (MenuItem item : menu.getItems()) {
				if ((item.getStyle() & SWT.SEPARATOR) != 0) {
					continue;
				}
				String text = item.getText();
				int tab = text.indexOf('\t');
				String label = tab >= 0 ? text.substring(0, tab) : text;
				add(shown, where, label);
				if (item.getMenu() != null) {
					menus(item.getMenu(), where + " › " + plain(label), shown);
				}
			}
		} finally {
			menu.notifyListeners(SWT.Hide, new Event());
		}
	}

	private static void add(Set<String> shown, String place, String text) {
		if (text != null && !plain(text).isBlank()) {
			shown.add(place + ": " + plain(text));
		}
	}

	/** @return a text as it reads: without mnemonics (&amp;) and with its lines' ends as written */
	private static String plain(String text) {
		return text.replaceAll("&(?!&)", "").strip();
	}

	/** @return the messages of the other language that tell it apart: they differ from their translation */
	private static List<Foreign> foreign(List<Message> messages, boolean english) {
		Set<String> ownValues = new HashSet<>();
		for (Message message : messages) {
			ownValues.add(plain(english ? message.english() : message.bokmal()));
		}
		List<Foreign> foreign = new ArrayList<>();
		for (Message message : messages) {
			String other = plain(english ? message.bokmal() : message.english());
			if (message.bokmal().equals(message.english()) || ownValues.contains(other)) {
				continue;
			}
			Matcher arguments = Pattern.compile("\\{\\d+\\}").matcher(other);
			String letters = arguments.replaceAll("").replaceAll("[^\\p{L}]", "");
			if (letters.length() < LEAST_LETTERS) {
				continue;
			}
			if (other.matches("(?s).*\\{\\d+\\}.*")) {
				StringBuilder regex = new StringBuilder("(?s)");
				int at = 0;
				arguments.reset();
				while (arguments.find()) {
					regex.append(Pattern.quote(other.substring(at, arguments.start()))).append(".*");
					at = arguments.end();
				}
				regex.append(Pattern.quote(other.substring(at)));
				// a message with arguments may be all of a text or, when long, a part of it
				String whole = regex.toString();
				foreign.add(new Foreign(message, Pattern.compile(
						other.length() >= CONTAINED_LENGTH ? "(?s).*" + whole.substring(4) + ".*" : whole), null));
			} else {
				foreign.add(new Foreign(message, null, other));
			}
		}
		return foreign;
	}

	/**
	 * @return every message of the Avtalebenk bundles: each key of a {@code messages.properties} (code) or
	 *         {@code OSGI-INF/l10n/*.properties} (plugin.xml, labels) file with the value of its
	 *         {@code _en} twin
	 */
	private static List<Message> messages() throws IOException {
		List<Message> messages = new ArrayList<>();
		for (Bundle bundle : FrameworkUtil.getBundle(LanguageTest.class).getBundleContext().getBundles()) {
			if (!bundle.getSymbolicName().startsWith("no.avtalebenk.") || bundle.getSymbolicName().endsWith(".tests")) {
				continue;
			}
			List<URL> files = new ArrayList<>();
			Enumeration<URL> code = bundle.findEntries("/", "messages.properties", true);
			Enumeration<URL> plugin = bundle.findEntries("/OSGI-INF/l10n", "*.properties", false);
			files.addAll(code == null ? List.of() : Collections.list(code));
			files.addAll(plugin == null ? List.of() : Collections.list(plugin));
			for (URL file : files) {
				String path = file.getPath();
				if (path.contains("/target/") || path.matches(".*_[a-z]{2}(_[A-Z]{2})?\\.properties")) {
					continue;
				}
				URL twin = bundle.getEntry(path.replaceFirst("\\.properties$", "_en.properties"));
				if (twin == null) {
					fail(bundle.getSymbolicName() + path + " has no English translation beside it");
				}
				Properties bokmal = load(file);
				Properties english = load(twin);
				for (String key : bokmal.stringPropertyNames()) {
					String translated = english.getProperty(key);
					if (translated == null) {
						fail(bundle.getSymbolicName() + path + ": " + key + " has no English translation");
					}
					messages.add(new Message(bundle.getSymbolicName() + path + " " + key, bokmal.getProperty(key),
							translated));
				}
			}
		}
		return messages;
	}

	private static Properties load(URL file) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = file.openStream(); Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}
}
