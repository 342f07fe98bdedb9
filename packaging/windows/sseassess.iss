; Inno Setup 6 script: sseassess for one Windows user, installed with no administrator
; rights (PrivilegesRequired=lowest) in the user's own %LOCALAPPDATA%\Programs\sseassess,
; with a Start-menu entry, an uninstaller and the .sseassess file type, all per user.
;
; Built by packaging\windows\package.py, which passes the values below from the package
; (sseassess.APP_ID, sseassess.__version__) and the folder PyInstaller made:
;   iscc /DAppId=... /DAppVersion=... /DSourceDir=dist\sseassess /DOutputDir=dist
;        /DIconFile=build\pyinstaller\icons\sseassess.ico packaging\windows\sseassess.iss
;
; The user's data (database, settings, crash log) lives in %LOCALAPPDATA%\sseassess and
; the registry, never in the program's folder: an upgrade or an uninstall leaves it alone.

#ifndef AppId
  #error Build with packaging\windows\package.py: it passes AppId, AppVersion, SourceDir, OutputDir and IconFile
#endif

#define AppName "sseassess"
#define FileClass AppId + ".bundle"

[Setup]
AppId={#AppId}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=sseassess developers
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
ChangesAssociations=yes
CloseApplications=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#AppName}.exe
UninstallDisplayName={#AppName} {#AppVersion}
OutputDir={#OutputDir}
OutputBaseFilename={#AppName}-{#AppVersion}-windows-x64-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"

[CustomMessages]
; The name of the file type, as translations/*.po say "sseassess file".
en.FileType=sseassess file
fr.FileType=Fichier sseassess
es.FileType=Archivo de sseassess

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; The files of the version installed before, so that none of its libraries lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppName}.exe"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppName}.exe"; Tasks: desktopicon

[Registry]
; .sseassess files open in sseassess: HKCU\Software\Classes, this user only.
Root: HKCU; Subkey: "Software\Classes\.sseassess"; ValueType: string; ValueName: ""; ValueData: "{#FileClass}"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\.sseassess"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-sseassess"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\{#FileClass}"; ValueType: string; ValueName: ""; ValueData: "{cm:FileType}"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\{#FileClass}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppName}.exe,0"
Root: HKCU; Subkey: "Software\Classes\{#FileClass}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppName}.exe"" ""%1"""

[Run]
Filename: "{app}\{#AppName}.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
