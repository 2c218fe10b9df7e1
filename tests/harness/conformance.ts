// Compile-time check (run by `tsc --noEmit`) that the harness offers what obsidian.d.ts declares:
// free functions with assignable signatures, and the listed members of each class by name.
// Class member *types* are not compared: the harness's own TFile/Vault/… are not the d.ts classes.
import type * as O from "obsidian";
import * as H from "./obsidian";

type Missing<Official, Keys extends keyof Official, Harness> = Exclude<Keys, keyof Harness>;
type Expect<T extends never> = T;

export type Checks = [
	Expect<Missing<O.Vault, "adapter" | "configDir" | "getName" | "getFileByPath" | "getFolderByPath" | "getAbstractFileByPath" | "getRoot" | "create" | "createBinary" | "createFolder" | "read" | "cachedRead" | "readBinary" | "getResourcePath" | "delete" | "trash" | "rename" | "modify" | "modifyBinary" | "append" | "process" | "copy" | "getAllLoadedFiles" | "getAllFolders" | "getMarkdownFiles" | "getFiles" | "on" | "off" | "offref" | "trigger", H.Vault>>,
	Expect<Missing<O.DataAdapter, keyof O.DataAdapter, H.CapacitorAdapter>>,
	Expect<Missing<O.FileSystemAdapter, "getBasePath" | "getFullPath" | keyof O.DataAdapter, H.FileSystemAdapter>>,
	Expect<Missing<O.TFile, "vault" | "path" | "name" | "parent" | "stat" | "basename" | "extension", H.TFile>>,
	Expect<Missing<O.TFolder, "vault" | "path" | "name" | "parent" | "children" | "isRoot", H.TFolder>>,
	Expect<Missing<O.MetadataCache, "getFirstLinkpathDest" | "getFileCache" | "getCache" | "fileToLinktext" | "resolvedLinks" | "unresolvedLinks" | "on", H.MetadataCache>>,
	Expect<Missing<O.FileManager, "getNewFileParent" | "renameFile" | "promptForDeletion" | "trashFile" | "generateMarkdownLink" | "processFrontMatter" | "getAvailablePathForAttachment", H.FileManager>>,
	Expect<Missing<O.Workspace, "leftSplit" | "rightSplit" | "leftRibbon" | "rightRibbon" | "rootSplit" | "activeLeaf" | "containerEl" | "layoutReady" | "activeEditor" | "onLayoutReady" | "getLeaf" | "getUnpinnedLeaf" | "createLeafBySplit" | "splitActiveLeaf" | "getLeftLeaf" | "getRightLeaf" | "ensureSideLeaf" | "setActiveLeaf" | "getLeafById" | "getMostRecentLeaf" | "getActiveViewOfType" | "getActiveFile" | "iterateRootLeaves" | "iterateAllLeaves" | "getLeavesOfType" | "detachLeavesOfType" | "revealLeaf" | "getLastOpenFiles" | "openLinkText" | "requestSaveLayout" | "updateOptions", H.Workspace>>,
	Expect<Missing<O.WorkspaceLeaf, "parent" | "view" | "openFile" | "open" | "getViewState" | "setViewState" | "isDeferred" | "loadIfDeferred" | "getEphemeralState" | "setEphemeralState" | "togglePinned" | "setPinned" | "detach" | "getIcon" | "getDisplayText" | "onResize" | "getRoot" | "getContainer", H.WorkspaceLeaf>>,
	Expect<Missing<O.WorkspaceSidedock, "collapsed" | "toggle" | "collapse" | "expand", H.WorkspaceSidedock>>,
	Expect<Missing<O.Component, keyof O.Component, H.Component>>,
	Expect<Missing<O.Plugin, "app" | "manifest" | "addRibbonIcon" | "addStatusBarItem" | "addCommand" | "removeCommand" | "addSettingTab" | "registerView" | "registerExtensions" | "registerMarkdownPostProcessor" | "registerMarkdownCodeBlockProcessor" | "registerEditorExtension" | "registerEditorSuggest" | "registerObsidianProtocolHandler" | "loadData" | "saveData" | "onUserEnable" | keyof O.Component, H.Plugin>>,
	Expect<Missing<O.MarkdownRenderChild, "containerEl" | keyof O.Component, H.MarkdownRenderChild>>,
	Expect<Missing<O.MarkdownPostProcessorContext, keyof O.MarkdownPostProcessorContext, H.MarkdownPostProcessorContext>>,
	Expect<Missing<O.MarkdownSectionInformation, keyof O.MarkdownSectionInformation, H.MarkdownSectionInformation>>,
	Expect<Missing<O.ItemView, "app" | "icon" | "navigation" | "leaf" | "containerEl" | "scope" | "contentEl" | "addAction" | "getViewType" | "getDisplayText" | "getState" | "setState" | "getEphemeralState" | "setEphemeralState" | "getIcon" | "onResize" | "onPaneMenu", H.ItemView>>,
	Expect<Missing<O.MarkdownView, "editor" | "file" | "data" | "requestSave" | "save" | "getViewType" | "getMode" | "getViewData" | "setViewData" | "clear" | "showSearch", H.MarkdownView>>,
	Expect<Missing<O.Editor, "getDoc" | "refresh" | "getValue" | "setValue" | "getLine" | "setLine" | "lineCount" | "lastLine" | "getSelection" | "somethingSelected" | "getRange" | "replaceSelection" | "replaceRange" | "getCursor" | "listSelections" | "setCursor" | "setSelection" | "setSelections" | "focus" | "blur" | "hasFocus" | "getScrollInfo" | "scrollTo" | "scrollIntoView" | "undo" | "redo" | "exec" | "transaction" | "wordAt" | "posToOffset" | "offsetToPos" | "processLines", H.Editor>>,
	Expect<Missing<O.Notice, keyof O.Notice, H.Notice>>,
	Expect<Missing<O.Menu, "setNoIcon" | "setUseNativeMenu" | "addItem" | "addSeparator" | "setParentElement" | "showAtMouseEvent" | "showAtPosition" | "hide" | "close" | "onHide", H.Menu>>,
	Expect<Missing<O.MenuItem, keyof O.MenuItem, H.MenuItem>>,
	Expect<Missing<O.Modal, "app" | "scope" | "containerEl" | "modalEl" | "titleEl" | "contentEl" | "shouldRestoreSelection" | "open" | "close" | "onOpen" | "onClose" | "setTitle" | "setContent" | "setCloseCallback", H.Modal>>,
	Expect<Missing<O.SuggestModal<unknown>, "limit" | "emptyStateText" | "inputEl" | "resultContainerEl" | "setPlaceholder" | "setInstructions" | "onNoSuggestion" | "selectSuggestion" | "selectActiveSuggestion" | "getSuggestions" | "renderSuggestion" | "onChooseSuggestion", H.SuggestModal<unknown>>>,
	Expect<Missing<O.FuzzySuggestModal<unknown>, "getSuggestions" | "renderSuggestion" | "onChooseSuggestion" | "getItems" | "getItemText" | "onChooseItem", H.FuzzySuggestModal<unknown>>>,
	Expect<Missing<O.Setting, "settingEl" | "infoEl" | "nameEl" | "descEl" | "controlEl" | "components" | "setErrorMessage" | "setName" | "setDesc" | "setClass" | "setTooltip" | "setHeading" | "setDisabled" | "addButton" | "addExtraButton" | "addToggle" | "addText" | "addComponent" | "addSearch" | "addTextArea" | "addDropdown" | "addSlider" | "then" | "clear", H.Setting>>,
	Expect<Missing<O.TextComponent, "inputEl" | "setDisabled" | "getValue" | "setValue" | "setPlaceholder" | "onChanged" | "onChange", H.TextComponent>>,
	Expect<Missing<O.ToggleComponent, "toggleEl" | "setDisabled" | "getValue" | "setValue" | "setTooltip" | "onClick" | "onChange", H.ToggleComponent>>,
	Expect<Missing<O.DropdownComponent, keyof O.DropdownComponent, H.DropdownComponent>>,
	Expect<Missing<O.ButtonComponent, "buttonEl" | "setCta" | "removeCta" | "setWarning" | "setTooltip" | "setButtonText" | "setIcon" | "setClass" | "onClick", H.ButtonComponent>>,
	Expect<Missing<O.PluginSettingTab, "app" | "containerEl" | "icon" | "settingItems" | "getSettingDefinitions" | "update" | "getControlValue" | "setControlValue" | "refreshDomState" | "display" | "hide", H.PluginSettingTab>>,
	Expect<Missing<O.SettingGroup, keyof O.SettingGroup, H.SettingGroup>>,
	// The 1.13 definitions: every field of obsidian.d.ts's shapes is one the harness draws or searches by.
	Expect<Missing<O.SettingDefinitionBase, keyof O.SettingDefinitionBase, H.SettingDefinitionBase>>,
	Expect<Missing<O.SettingControlBase<unknown>, keyof O.SettingControlBase<unknown>, H.SettingControlBase<unknown>>>,
	Expect<Missing<O.SettingDefinitionGroup, Exclude<keyof O.SettingDefinitionGroup, "search">, H.SettingDefinitionGroup>>,
	Expect<Exclude<O.SettingControl["type"], H.SettingControl["type"]>>,
	Expect<Missing<O.App, "keymap" | "scope" | "workspace" | "vault" | "metadataCache" | "fileManager" | "lastEvent" | "secretStorage" | "isDarkMode" | "loadLocalStorage" | "saveLocalStorage", H.App>>,
	Expect<Missing<O.SecretStorage, "setSecret" | "getSecret" | "listSecrets", H.SecretStorage>>,
	Expect<Missing<typeof O.Platform, keyof typeof O.Platform, typeof H.Platform>>,
];

// Free functions: the harness's must be usable wherever the official one is.
export const functions: {
	normalizePath: typeof O.normalizePath;
	debounce: typeof O.debounce;
	prepareFuzzySearch: typeof O.prepareFuzzySearch;
	prepareSimpleSearch: typeof O.prepareSimpleSearch;
	parseYaml: typeof O.parseYaml;
	stringifyYaml: typeof O.stringifyYaml;
	setIcon: typeof O.setIcon;
	getLinkpath: typeof O.getLinkpath;
	parseLinktext: typeof O.parseLinktext;
	requestUrl: typeof O.requestUrl;
	arrayBufferToBase64: typeof O.arrayBufferToBase64;
	base64ToArrayBuffer: typeof O.base64ToArrayBuffer;
	requireApiVersion: typeof O.requireApiVersion;
} = {
	normalizePath: H.normalizePath,
	debounce: H.debounce,
	prepareFuzzySearch: H.prepareFuzzySearch,
	prepareSimpleSearch: H.prepareSimpleSearch,
	parseYaml: H.parseYaml,
	stringifyYaml: H.stringifyYaml,
	setIcon: H.setIcon,
	getLinkpath: H.getLinkpath,
	parseLinktext: H.parseLinktext,
	requestUrl: H.requestUrl,
	arrayBufferToBase64: H.arrayBufferToBase64,
	base64ToArrayBuffer: H.base64ToArrayBuffer,
	requireApiVersion: H.requireApiVersion,
};
