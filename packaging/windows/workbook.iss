; Inno Setup script: turns the PyInstaller folder into Workbook-Setup-<version>.exe.
;
;   pyinstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller packaging\workbook.spec
;   iscc packaging\windows\workbook.iss
;
; The installer asks no questions a frightened, tired person has to think about: it installs
; for the current user only (no administrator password, nothing for other accounts to see in
; Program Files), adds one Start menu entry named plainly "Workbook", and offers a desktop
; shortcut unticked. Uninstalling removes the program and never the person's workbook: the
; data folder is theirs, and the app itself offers the way to erase it.
;
; Needs Inno Setup 6.3 or later. SetupIconFile below expects the default --workpath
; (build\pyinstaller), where the spec renders the icons.
;
; The version is read from Workbook.exe, which got it from pyproject.toml, so it is written
; in exactly one place.

#define AppName "Workbook"
#define AppExe "Workbook.exe"
#define BuildDir "..\..\dist\Workbook"
#define AppVersion GetVersionNumbersString(AddBackslash(SourcePath) + BuildDir + "\" + AppExe)

[Setup]
; AppId identifies the app to Windows across upgrades: never change it.
AppId={{6B0F8A52-3C1E-4D7A-9E51-2F4C8B7D0A13}
AppName=Workbook
AppVersion={#AppVersion}
AppVerName=Workbook {#AppVersion}
AppPublisher=The Workbook authors
DefaultDirName={autopf}\Workbook
DefaultGroupName=Workbook
DisableProgramGroupPage=yes
DisableWelcomePage=no
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist\installer
OutputBaseFilename=Workbook-Setup-{#AppVersion}
SetupIconFile=..\..\build\pyinstaller\workbook\icons\workbook.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName=Workbook
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; No setup log file left behind in %TEMP%.
SetupLogging=no
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "polish"; MessagesFile: "compiler:Languages\Polish.isl"
Name: "portuguese"; MessagesFile: "compiler:Languages\Portuguese.isl"
Name: "turkish"; MessagesFile: "compiler:Languages\Turkish.isl"
Name: "ukrainian"; MessagesFile: "compiler:Languages\Ukrainian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder build: Workbook.exe (the window), workbook-cli.exe (for a terminal)
; and _internal\ with Python, Qt and the app's resources.
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Workbook"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\Workbook"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,Workbook}"; Flags: nowait postinstall skipifsilent
