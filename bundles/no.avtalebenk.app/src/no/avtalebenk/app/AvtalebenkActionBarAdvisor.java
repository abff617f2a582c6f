package no.avtalebenk.app;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.actions.LabelRetargetAction;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

import no.avtalebenk.app.about.AboutAction;

/**
 * The main menu an Eclipse user's hands expect: Fil, Rediger, (Avtalebenk and other bundles'
 * menus,) Vindu and Hjelp, made of the workbench's standard actions so that their key bindings
 * (Ctrl+S, Ctrl+Z, Ctrl+C, …) and the parts' handlers (an editor's Undo, a view's Copy) apply.
 * Other bundles contribute to the groups {@value IWorkbenchActionConstants#NEW_EXT} and
 * {@value IWorkbenchActionConstants#MB_ADDITIONS} of the Fil menu, and to the main menu's
 * {@value IWorkbenchActionConstants#MB_ADDITIONS} between Rediger and Vindu.
 */
public class AvtalebenkActionBarAdvisor extends ActionBarAdvisor {

	private IWorkbenchAction newWizard;
	private IWorkbenchAction importWizard;
	private IWorkbenchAction exportWizard;
	private IWorkbenchAction save;
	private IWorkbenchAction saveAs;
	private IWorkbenchAction saveAll;
	private IWorkbenchAction revert;
	private IWorkbenchAction close;
	private IWorkbenchAction closeAll;
	private IWorkbenchAction quit;
	private IWorkbenchAction undo;
	private IWorkbenchAction redo;
	private IWorkbenchAction cut;
	private IWorkbenchAction copy;
	private IWorkbenchAction paste;
	private IWorkbenchAction delete;
	private IWorkbenchAction selectAll;
	private IWorkbenchAction find;
	private IWorkbenchAction preferences;
	private IWorkbenchAction resetPerspective;
	private IWorkbenchAction helpContents;
	private IAction about;
	private IContributionItem newWizards;
	private IContributionItem recentFiles;
	private IContributionItem perspectives;
	private IContributionItem views;

	/** @param configurer the window's action bars */
	public AvtalebenkActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void makeActions(IWorkbenchWindow window) {
		newWizard = standard(ActionFactory.NEW, window, Messages.Action_newOther);
		importWizard = standard(ActionFactory.IMPORT, window, Messages.Action_import);
		exportWizard = standard(ActionFactory.EXPORT, window, Messages.Action_export);
		save = standard(ActionFactory.SAVE, window, Messages.Action_save);
		saveAs = standard(ActionFactory.SAVE_AS, window, Messages.Action_saveAs);
		saveAll = standard(ActionFactory.SAVE_ALL, window, Messages.Action_saveAll);
		revert = standard(ActionFactory.REVERT, window, Messages.Action_revert);
		close = standard(ActionFactory.CLOSE, window, Messages.Action_close);
		closeAll = standard(ActionFactory.CLOSE_ALL, window, Messages.Action_closeAll);
		quit = standard(ActionFactory.QUIT, window, Messages.Action_quit);
		undo = labelRetarget(ActionFactory.UNDO, window, Messages.Action_undo, IWorkbenchCommandConstants.EDIT_UNDO,
				ISharedImages.IMG_TOOL_UNDO, ISharedImages.IMG_TOOL_UNDO_DISABLED);
		redo = labelRetarget(ActionFactory.REDO, window, Messages.Action_redo, IWorkbenchCommandConstants.EDIT_REDO,
				ISharedImages.IMG_TOOL_REDO, ISharedImages.IMG_TOOL_REDO_DISABLED);
		cut = standard(ActionFactory.CUT, window, Messages.Action_cut);
		copy = standard(ActionFactory.COPY, window, Messages.Action_copy);
		paste = standard(ActionFactory.PASTE, window, Messages.Action_paste);
		delete = standard(ActionFactory.DELETE, window, Messages.Action_delete);
		selectAll = standard(ActionFactory.SELECT_ALL, window, Messages.Action_selectAll);
		find = standard(ActionFactory.FIND, window, Messages.Action_find);
		preferences = standard(ActionFactory.PREFERENCES, window, Messages.Action_preferences);
		resetPerspective = standard(ActionFactory.RESET_PERSPECTIVE, window, Messages.Action_resetPerspective);
		helpContents = standard(ActionFactory.HELP_CONTENTS, window, Messages.Action_helpContents);
		about = new AboutAction(window);
		newWizards = ContributionItemFactory.NEW_WIZARD_SHORTLIST.create(window);
		recentFiles = ContributionItemFactory.REOPEN_EDITORS.create(window);
		perspectives = ContributionItemFactory.PERSPECTIVES_SHORTLIST.create(window);
		views = ContributionItemFactory.VIEWS_SHORTLIST.create(window);
	}

	/** A standard action with a Norwegian label, registered so that its key binding works. */
	private IWorkbenchAction standard(ActionFactory factory, IWorkbenchWindow window, String label) {
		IWorkbenchAction action = factory.create(window);
		action.setText(label);
		register(action);
		return action;
	}

	/**
	 * Undo and Redo as the factory makes them, but with a Norwegian label: the factory's label-retargeting
	 * action falls back to the label it was made with whenever the active part has no handler.
	 */
	private IWorkbenchAction labelRetarget(ActionFactory factory, IWorkbenchWindow window, String label,
			String commandId, String image, String disabledImage) {
		LabelRetargetAction action = new LabelRetargetAction(factory.getId(), label);
		action.setActionDefinitionId(commandId);
		ISharedImages images = window.getWorkbench().getSharedImages();
		action.setImageDescriptor(images.getImageDescriptor(image));
		action.setDisabledImageDescriptor(images.getImageDescriptor(disabledImage));
		window.getPartService().addPartListener(action);
		register(action);
		return action;
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		menuBar.add(fileMenu());
		menuBar.add(editMenu());
		menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		menuBar.add(windowMenu());
		menuBar.add(helpMenu());
	}

	private MenuManager fileMenu() {
		MenuManager menu = new MenuManager(Messages.Menu_file, IWorkbenchActionConstants.M_FILE);
		menu.add(new GroupMarker(IWorkbenchActionConstants.FILE_START));
		MenuManager newMenu = new MenuManager(Messages.Menu_file_new, ActionFactory.NEW.getId());
		newMenu.add(newWizards);
		menu.add(newMenu);
		menu.add(new GroupMarker(IWorkbenchActionConstants.NEW_EXT));
		menu.add(new Separator());
		menu.add(close);
		menu.add(closeAll);
		menu.add(new GroupMarker(IWorkbenchActionConstants.CLOSE_EXT));
		menu.add(new Separator());
		menu.add(save);
		menu.add(saveAs);
		menu.add(saveAll);
		menu.add(revert);
		menu.add(new GroupMarker(IWorkbenchActionConstants.SAVE_EXT));
		menu.add(new Separator());
		menu.add(importWizard);
		menu.add(exportWizard);
		menu.add(new GroupMarker(IWorkbenchActionConstants.IMPORT_EXT));
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		MenuManager recent = new MenuManager(Messages.Menu_file_recent, "recent");
		recent.add(recentFiles);
		menu.add(recent);
		menu.add(new Separator());
		menu.add(quit);
		menu.add(new GroupMarker(IWorkbenchActionConstants.FILE_END));
		return menu;
	}

	private MenuManager editMenu() {
		MenuManager menu = new MenuManager(Messages.Menu_edit, IWorkbenchActionConstants.M_EDIT);
		menu.add(new GroupMarker(IWorkbenchActionConstants.EDIT_START));
		menu.add(undo);
		menu.add(redo);
		menu.add(new GroupMarker(IWorkbenchActionConstants.UNDO_EXT));
		menu.add(new Separator());
		menu.add(cut);
		menu.add(copy);
		menu.add(paste);
		menu.add(new GroupMarker(IWorkbenchActionConstants.CUT_EXT));
		menu.add(new Separator());
		menu.add(delete);
		menu.add(selectAll);
		menu.add(new Separator());
		menu.add(find);
		menu.add(new GroupMarker(IWorkbenchActionConstants.FIND_EXT));
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		menu.add(new GroupMarker(IWorkbenchActionConstants.EDIT_END));
		return menu;
	}

	private MenuManager windowMenu() {
		MenuManager menu = new MenuManager(Messages.Menu_window, IWorkbenchActionConstants.M_WINDOW);
		MenuManager perspectiveMenu = new MenuManager(Messages.Menu_window_perspective, "openPerspective");
		perspectiveMenu.add(perspectives);
		menu.add(perspectiveMenu);
		MenuManager viewMenu = new MenuManager(Messages.Menu_window_view, "showView");
		viewMenu.add(views);
		menu.add(viewMenu);
		menu.add(resetPerspective);
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		menu.add(new Separator());
		menu.add(preferences);
		return menu;
	}

	private MenuManager helpMenu() {
		MenuManager menu = new MenuManager(Messages.Menu_help, IWorkbenchActionConstants.M_HELP);
		menu.add(new GroupMarker(IWorkbenchActionConstants.HELP_START));
		menu.add(helpContents);
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		menu.add(new Separator());
		menu.add(about);
		menu.add(new GroupMarker(IWorkbenchActionConstants.HELP_END));
		return menu;
	}
}
