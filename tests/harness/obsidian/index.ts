// The module the built plugin gets when it does `require("obsidian")` in tests.
// Nothing here imports a Node built-in at load time (requestUrl loads its Node transport lazily).
export { Events, type EventRef } from "./events";
export * from "./util";
export { TAbstractFile, TFile, TFolder, Vault, FileSystemAdapter, CapacitorAdapter, type DataAdapter, type DataWriteOptions, type FileStats, type Stat, type ListedFiles } from "./vault";
export { MetadataCache, FileManager, getAllTags, computeMetadata, type CachedMetadata, type HeadingCache, type SectionCache, type BlockCache, type TagCache, type LinkCache, type Pos, type Loc } from "./metadata";
export { Component, Plugin, View, ItemView, FileView, EditableFileView, TextFileView, MarkdownView, Editor, HoverPopover, type EditorPosition, type EditorRange, type EditorSelection, type ViewStateResult } from "./component";
export { Workspace, WorkspaceLeaf, WorkspaceItem, WorkspaceParent, WorkspaceSplit, WorkspaceRoot, WorkspaceTabs, WorkspaceSidedock, WorkspaceRibbon, type ViewState, type OpenViewState } from "./workspace";
export { Notice, Menu, MenuItem, Modal, SuggestModal, FuzzySuggestModal, Setting, SettingTab, PluginSettingTab, BaseComponent, ValueComponent, ButtonComponent, ExtraButtonComponent, AbstractTextComponent, TextComponent, SearchComponent, TextAreaComponent, ToggleComponent, DropdownComponent, SliderComponent, recorded, type FuzzyMatch, type Instruction } from "./ui";
export { AppSetting, SettingGroup, searchSettings, type SettingDefinitionItem, type SettingDefinition, type SettingDefinitionGroup, type SettingDefinitionBase, type SettingControl, type SettingControlBase, type SettingSearchResult } from "./settings";
export { MarkdownRenderer, MarkdownRenderChild, RenderedNote } from "./markdown";
export { LivePreview } from "./live-preview";
export { codeBlockProcessors, type MarkdownPostProcessorContext, type MarkdownSectionInformation } from "./codeblocks";
export { requestUrl, request, requestLog, setRequestTransport, type RequestUrlParam, type RequestUrlResponse, type RequestUrlResponsePromise } from "./request";
export { App, Commands, SecretStorage, type Command, type Hotkey, type PluginManifest, type ViewCreator } from "./app";
export { installDom } from "./dom";
