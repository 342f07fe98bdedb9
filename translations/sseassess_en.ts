<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ComparePage</name>
    <message numerus="yes">
        <location filename="../sseassess/ui/compare_page.py" line="238"/>
        <source>%n indicator(s) improved</source>
        <translation>
            <numerusform>%n indicator improved</numerusform>
            <numerusform>%n indicators improved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sseassess/ui/compare_page.py" line="239"/>
        <source>%n indicator(s) declined</source>
        <translation>
            <numerusform>%n indicator declined</numerusform>
            <numerusform>%n indicators declined</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryTreeModel</name>
    <message numerus="yes">
        <location filename="../sseassess/ui/history_tree_model.py" line="190"/>
        <source>%n assessment(s)</source>
        <translation>
            <numerusform>%n assessment</numerusform>
            <numerusform>%n assessments</numerusform>
        </translation>
    </message>
</context>
</TS>
