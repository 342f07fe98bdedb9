<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AssessmentPage</name>
    <message numerus="yes">
        <source>Not saved: %n answer(s) kept here; trying again…</source>
        <translation>
            <numerusform>Not saved: %n answer kept here; trying again…</numerusform>
            <numerusform>Not saved: %n answers kept here; trying again…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CollectDialog</name>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>%n imported</numerusform>
            <numerusform>%n imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed as you accepted</source>
        <translation>
            <numerusform>%n changed as you accepted</numerusform>
            <numerusform>%n changed as you accepted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for your approval</source>
        <translation>
            <numerusform>%n waiting for your approval</numerusform>
            <numerusform>%n waiting for your approval</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n file(s) not read; the files above stay imported.</source>
        <translation>
            <numerusform>Cancelled: %n file not read; the files above stay imported.</numerusform>
            <numerusform>Cancelled: %n files not read; the files above stay imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) belonged to another assessment and went there.</source>
        <translation>
            <numerusform>%n file belonged to another assessment and went there.</numerusform>
            <numerusform>%n files belonged to another assessment and went there.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message numerus="yes">
        <source>%n indicator(s) improved</source>
        <translation>
            <numerusform>%n indicator improved</numerusform>
            <numerusform>%n indicators improved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s) declined</source>
        <translation>
            <numerusform>%n indicator declined</numerusform>
            <numerusform>%n indicators declined</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsensusPanel</name>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) marked it for discussion.</source>
        <translation>
            <numerusform>%n participant marked it for discussion.</numerusform>
            <numerusform>%n participants marked it for discussion.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DivergencePage</name>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryTreeModel</name>
    <message numerus="yes">
        <source>%n assessment(s)</source>
        <translation>
            <numerusform>%n assessment</numerusform>
            <numerusform>%n assessments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n answer(s) could not be saved: the database is in use by another program or cannot be written. They are still on screen.

Try again, or quit and lose them?</source>
        <translation>
            <numerusform>%n answer could not be saved: the database is in use by another program or cannot be written. It is still on screen.

Try again, or quit and lose it?</numerusform>
            <numerusform>%n answers could not be saved: the database is in use by another program or cannot be written. They are still on screen.

Try again, or quit and lose them?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperAnswersDialog</name>
    <message numerus="yes">
        <source>%n answer(s) imported for {name}.</source>
        <translation>
            <numerusform>%n answer imported for {name}.</numerusform>
            <numerusform>%n answers imported for {name}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendAnswersDialog</name>
    <message numerus="yes">
        <source>Your answers (%n) are saved in {file}. Give this file to the facilitator.</source>
        <translation>
            <numerusform>Your answer (%n) is saved in {file}. Give this file to the facilitator.</numerusform>
            <numerusform>Your answers (%n) are saved in {file}. Give this file to the facilitator.</numerusform>
        </translation>
    </message>
</context>
</TS>
