<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Application</name>
    <message>
        <location filename="../sseassess/ui/application.py" line="61"/>
        <source>sseassess cannot start</source>
        <translation>sseassess ne peut pas démarrer</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../sseassess/ui/main_window.py" line="29"/>
        <source>sseassess — SSE charter self-assessment</source>
        <translation>sseassess — auto-évaluation selon la charte de l&apos;ESS</translation>
    </message>
    <message>
        <location filename="../sseassess/ui/main_window.py" line="34"/>
        <location filename="../sseassess/ui/main_window.py" line="42"/>
        <source>Organizations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../sseassess/ui/main_window.py" line="49"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../sseassess/ui/main_window.py" line="49"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../sseassess/ui/main_window.py" line="58"/>
        <source>Opening the database…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message numerus="yes">
        <location filename="../sseassess/ui/main_window.py" line="74"/>
        <source>%n organization(s)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sseassess/ui/main_window.py" line="77"/>
        <source>No organization yet.</source>
        <translation>Aucune organisation pour l’instant.</translation>
    </message>
</context>
</TS>
