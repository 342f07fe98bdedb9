<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Application</name>
    <message>
        <location filename="../sseassess/ui/application.py" line="50"/>
        <source>sseassess cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../sseassess/ui/main_window.py" line="20"/>
        <source>sseassess — SSE charter self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sseassess/ui/main_window.py" line="25"/>
        <location filename="../sseassess/ui/main_window.py" line="34"/>
        <source>Organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sseassess/ui/main_window.py" line="41"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sseassess/ui/main_window.py" line="41"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../sseassess/ui/main_window.py" line="57"/>
        <source>%n organization(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sseassess/ui/main_window.py" line="60"/>
        <source>No organization yet. Run &quot;sseassess demo&quot; to see an example.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
