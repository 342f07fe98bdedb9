<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Application</name>
    <message>
        <location filename="../sseassess/ui/application.py" line="61"/>
        <source>sseassess cannot start</source>
        <translation>sseassess no puede iniciarse</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../sseassess/ui/main_window.py" line="29"/>
        <source>sseassess — SSE charter self-assessment</source>
        <translation>sseassess — autoevaluación según la carta de la ESS</translation>
    </message>
    <message>
        <location filename="../sseassess/ui/main_window.py" line="34"/>
        <location filename="../sseassess/ui/main_window.py" line="42"/>
        <source>Organizations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <location filename="../sseassess/ui/main_window.py" line="49"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../sseassess/ui/main_window.py" line="49"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../sseassess/ui/main_window.py" line="58"/>
        <source>Opening the database…</source>
        <translation>Abriendo la base de datos…</translation>
    </message>
    <message numerus="yes">
        <location filename="../sseassess/ui/main_window.py" line="74"/>
        <source>%n organization(s)</source>
        <translation>
            <numerusform>%n organización</numerusform>
            <numerusform>%n organizaciones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sseassess/ui/main_window.py" line="77"/>
        <source>No organization yet.</source>
        <translation>Todavía no hay ninguna organización.</translation>
    </message>
</context>
</TS>
