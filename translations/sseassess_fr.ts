<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ActionPlanPage</name>
    <message>
        <source>No action yet. Start from the suggestions for your weakest points, or add your own.</source>
        <translation>Aucune action pour l’instant. Partez des suggestions pour vos points les plus faibles, ou ajoutez vos propres actions.</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan d’action</translation>
    </message>
    <message>
        <source>&amp;Suggested actions…</source>
        <translation>Actions &amp;suggérées…</translation>
    </message>
    <message>
        <source>&amp;Add action</source>
        <translation>A&amp;jouter une action</translation>
    </message>
    <message>
        <source>Re&amp;move action</source>
        <translation>Re&amp;tirer l’action</translation>
    </message>
    <message>
        <source>Back to &amp;results</source>
        <translation>&amp;Retour aux résultats</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>A&amp;ccueil</translation>
    </message>
    <message>
        <source>Action plan — %1</source>
        <translation>Plan d’action — %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Retirer l’action</translation>
    </message>
    <message>
        <source>Remove “%1” from the plan?</source>
        <translation>Retirer «&#xa0;%1&#xa0;» du plan&#xa0;?</translation>
    </message>
    <message>
        <source>Suggested actions</source>
        <translation>Actions suggérées</translation>
    </message>
    <message>
        <source>Every suggested action is already in the plan.</source>
        <translation>Toutes les actions suggérées figurent déjà dans le plan.</translation>
    </message>
</context>
<context>
    <name>ActionStatuses</name>
    <message>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Faite</translation>
    </message>
</context>
<context>
    <name>ActionTableModel</name>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>For indicator</source>
        <translation>Indicateur concerné</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>sseassess</source>
        <translation>sseassess</translation>
    </message>
    <message>
        <source>Something went wrong that sseassess did not expect. Everything saved so far is kept. Please send the details in this file to the developers:
%1</source>
        <translation>Un problème inattendu est survenu dans sseassess. Tout ce qui a été enregistré est conservé. Merci d’envoyer aux développeurs les détails contenus dans ce fichier :
%1</translation>
    </message>
    <message>
        <source>sseassess cannot start</source>
        <translation>sseassess ne peut pas démarrer</translation>
    </message>
    <message>
        <source>The database file is damaged</source>
        <translation>Le fichier de la base de données est endommagé</translation>
    </message>
    <message>
        <source>Restore the latest good backup (%1)? A copy of the damaged file is kept.</source>
        <translation>Restaurer la dernière sauvegarde saine (%1) ? Une copie du fichier endommagé est gardée.</translation>
    </message>
</context>
<context>
    <name>AssessmentKinds</name>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Auto-évaluation</translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <source>This assessment is finished; its answers are read-only.</source>
        <extracomment>How long the position must stay put before it is written.</extracomment>
        <translation>Cette évaluation est terminée&#xa0;; ses réponses ne peuvent plus être modifiées.</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>R&amp;ouvrir</translation>
    </message>
    <message>
        <source>Characteristics</source>
        <translation>Caractéristiques</translation>
    </message>
    <message>
        <source>Previous characteristic (Ctrl+Page Up)</source>
        <translation>Caractéristique précédente (Ctrl+Page préc.)</translation>
    </message>
    <message>
        <source>Next characteristic (Ctrl+Page Down)</source>
        <translation>Caractéristique suivante (Ctrl+Page suiv.)</translation>
    </message>
    <message>
        <source>See &amp;results</source>
        <translation>Voir les &amp;résultats</translation>
    </message>
    <message>
        <source>Scores, chart and certificate rules (Ctrl+R)</source>
        <translation>Scores, graphique et règles du certificat (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>A&amp;ccueil</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>État de l’enregistrement</translation>
    </message>
    <message>
        <source>%1 of %2 — %3</source>
        <translation>%1 sur %2 — %3</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>Réponses&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>change an answer</source>
        <translation>modifier une réponse</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>✓ Saved at %1</source>
        <translation>✓ Enregistré à %1</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Ajouter une pièce justificative</translation>
    </message>
    <message>
        <source>Adding evidence…</source>
        <translation>Ajout de la pièce justificative…</translation>
    </message>
    <message>
        <source>Evidence not added</source>
        <translation>Pièce justificative non ajoutée</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Précédente</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivante</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n answer(s) kept here; trying again…</source>
        <translation>
            <numerusform>Non enregistré : %n réponse gardée ici ; nouvel essai…</numerusform>
            <numerusform>Non enregistré : %n réponses gardées ici ; nouvel essai…</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Modifié ailleurs</translation>
    </message>
    <message>
        <source>This answer was changed elsewhere (in another window, program or computer) while you were changing it here.

Keep your version and replace the other one?</source>
        <translation>Cette réponse a été modifiée ailleurs (dans une autre fenêtre, un autre programme ou un autre ordinateur) pendant que vous la modifiiez ici.

Garder votre version et remplacer l’autre ?</translation>
    </message>
    <message>
        <source>Updated with changes made elsewhere</source>
        <translation>Mis à jour avec les modifications faites ailleurs</translation>
    </message>
    <message>
        <source>Evidence not opened</source>
        <translation>Pièce justificative non ouverte</translation>
    </message>
    <message>
        <source>%1 is not a document or a picture (%2), so sseassess does not open it. You can save a copy and look at it with the right program.</source>
        <translation>%1 n’est ni un document ni une image (%2) : sseassess ne l’ouvre donc pas. Vous pouvez en enregistrer une copie et l’examiner avec le programme qui convient.</translation>
    </message>
    <message>
        <source>Save a copy of the evidence</source>
        <translation>Enregistrer une copie de la pièce justificative</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Retirer la pièce justificative</translation>
    </message>
    <message>
        <source>Remove %1 from this answer?</source>
        <translation>Retirer %1 de cette réponse&#xa0;?</translation>
    </message>
    <message>
        <source>Evidence not removed</source>
        <translation>Pièce justificative non retirée</translation>
    </message>
</context>
<context>
    <name>AssessmentStatuses</name>
    <message>
        <source>Finished</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
</context>
<context>
    <name>ChangeTableModel</name>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Whose answer</source>
        <translation>Réponse de</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>After the import</source>
        <translation>Après l’importation</translation>
    </message>
</context>
<context>
    <name>ChangesDialog</name>
    <message>
        <source>Accept these changes?</source>
        <translation>Accepter ces changements ?</translation>
    </message>
    <message>
        <source>%1 would change answers already recorded here. Nothing has been changed yet: look at each change, then accept them all or cancel. An accepted import can be undone from the list of received files.</source>
        <translation>%1 changerait des réponses déjà enregistrées ici. Rien n’a encore été changé : regardez chaque changement, puis acceptez-les tous ou annulez. Une importation acceptée peut être annulée depuis la liste des fichiers reçus.</translation>
    </message>
    <message>
        <source>Changes to accept</source>
        <translation>Changements à accepter</translation>
    </message>
    <message>
        <source>&amp;Accept the changes</source>
        <translation>&amp;Accepter les changements</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
</context>
<context>
    <name>CharacteristicDeltaModel</name>
    <message>
        <source>Characteristic</source>
        <translation>Caractéristique</translation>
    </message>
    <message>
        <source>Newly scored</source>
        <translation>Nouveau score</translation>
    </message>
    <message>
        <source>No longer scored</source>
        <translation>Plus de score</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Aucun changement</translation>
    </message>
</context>
<context>
    <name>CharacteristicResultsModel</name>
    <message>
        <source>Characteristic</source>
        <translation>Caractéristique</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Sans score</translation>
    </message>
    <message>
        <source>Below minimum</source>
        <translation>Sous le minimum</translation>
    </message>
    <message>
        <source>Meets minimum</source>
        <translation>Minimum atteint</translation>
    </message>
    <message>
        <source>Answered: {answered} of {total}</source>
        <translation>Indicateurs renseignés&#xa0;: {answered} sur {total}</translation>
    </message>
    <message>
        <source>Not applicable: {count}</source>
        <translation>Non applicables&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Not answered yet: {count}</source>
        <translation>Encore sans réponse&#xa0;: {count}</translation>
    </message>
</context>
<context>
    <name>CollectDialog</name>
    <message>
        <source>Collect answers</source>
        <translation>Recueillir les réponses</translation>
    </message>
    <message>
        <source>Choose the files the participants gave you (.sseassess). Each file is imported whole or not at all; a file imported twice changes nothing, and for each participant the latest answers are kept, whatever the order.</source>
        <translation>Choisissez les fichiers que les participants vous ont remis (.sseassess). Chaque fichier est importé en entier ou pas du tout&#xa0;; un fichier importé deux fois ne change rien, et pour chaque participant ce sont les réponses les plus récentes qui sont gardées, quel que soit l’ordre.</translation>
    </message>
    <message>
        <source>Workshop: {organization}, {date}</source>
        <translation>Atelier&#xa0;: {organization}, {date}</translation>
    </message>
    <message>
        <source>Files to collect</source>
        <translation>Fichiers à recueillir</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>Add files to collect</source>
        <translation>Ajouter des fichiers à recueillir</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove the selected files from the list</source>
        <translation>Retirer de la liste les fichiers sélectionnés</translation>
    </message>
    <message>
        <source>Collect progress</source>
        <translation>Progression du recueil</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <source>What each file gave</source>
        <translation>Ce que chaque fichier a apporté</translation>
    </message>
    <message>
        <source>&amp;Collect</source>
        <translation>Re&amp;cueillir</translation>
    </message>
    <message>
        <source>Import the files in the list</source>
        <translation>Importer les fichiers de la liste</translation>
    </message>
    <message>
        <source>&amp;Cancel collecting</source>
        <translation>&amp;Annuler le recueil</translation>
    </message>
    <message>
        <source>Stop after the file being imported</source>
        <translation>S’arrêter après le fichier en cours d’import</translation>
    </message>
    <message>
        <source>Choose the participants&apos; files</source>
        <translation>Choisir les fichiers des participants</translation>
    </message>
    <message>
        <source>sseassess files (*.sseassess);;All files (*)</source>
        <translation>Fichiers sseassess (*.sseassess);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>%n importé</numerusform>
            <numerusform>%n importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n mis à jour</numerusform>
            <numerusform>%n mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed as you accepted</source>
        <translation>
            <numerusform>%n changé comme vous l’avez accepté</numerusform>
            <numerusform>%n changés comme vous l’avez accepté</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inchangé</numerusform>
            <numerusform>%n inchangés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for your approval</source>
        <translation>
            <numerusform>%n en attente de votre accord</numerusform>
            <numerusform>%n en attente de votre accord</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refusé</numerusform>
            <numerusform>%n refusés</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Files: {counts}.</source>
        <translation>Fichiers&#xa0;: {counts}.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n file(s) not read; the files above stay imported.</source>
        <translation>
            <numerusform>Annulé&#xa0;: %n fichier non lu&#xa0;; les fichiers ci-dessus restent importés.</numerusform>
            <numerusform>Annulé&#xa0;: %n fichiers non lus&#xa0;; les fichiers ci-dessus restent importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) belonged to another assessment and went there.</source>
        <translation>
            <numerusform>%n fichier appartenait à une autre évaluation et y a été importé.</numerusform>
            <numerusform>%n fichiers appartenaient à une autre évaluation et y ont été importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Collecting stopped because of an error in sseassess: {detail}</source>
        <translation>Le recueil s’est arrêté à cause d’une erreur dans sseassess&#xa0;: {detail}</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Assessments compared</source>
        <translation>Évaluations comparées</translation>
    </message>
    <message>
        <source>Characteristics</source>
        <translation>Caractéristiques</translation>
    </message>
    <message>
        <source>Scores by characteristic, before and after</source>
        <translation>Scores par caractéristique, avant et après</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Indicator levels, before and after</source>
        <translation>Niveaux des indicateurs, avant et après</translation>
    </message>
    <message>
        <source>Changed indicators only</source>
        <translation>Seulement les indicateurs qui ont changé</translation>
    </message>
    <message>
        <source>All indicators</source>
        <translation>Tous les indicateurs</translation>
    </message>
    <message>
        <source>Which indicators to show</source>
        <translation>Indicateurs à afficher</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>Affic&amp;her&#xa0;:</translation>
    </message>
    <message>
        <source>Indicators shown</source>
        <translation>Indicateurs affichés</translation>
    </message>
    <message>
        <source>No indicator changed between the two assessments.</source>
        <translation>Aucun indicateur n’a changé entre les deux évaluations.</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>A&amp;ccueil</translation>
    </message>
    <message>
        <source>Back to the home page</source>
        <translation>Retour à l’accueil</translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation>Score global</translation>
    </message>
    <message>
        <source>Overall score, before and after</source>
        <translation>Score global, avant et après</translation>
    </message>
    <message>
        <source>Change of the overall score</source>
        <translation>Évolution du score global</translation>
    </message>
    <message>
        <source>Band, before and after</source>
        <translation>Palier, avant et après</translation>
    </message>
    <message>
        <source>Indicators that moved</source>
        <translation>Indicateurs qui ont évolué</translation>
    </message>
    <message>
        <source>The assessment of {after} compared with the one of {before}.</source>
        <translation>L’évaluation du {after} comparée à celle du {before}.</translation>
    </message>
    <message>
        <source>Band: {before} → {after}</source>
        <translation>Palier&#xa0;: {before} → {after}</translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s) improved</source>
        <translation>
            <numerusform>%n indicateur en progrès</numerusform>
            <numerusform>%n indicateurs en progrès</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s) declined</source>
        <translation>
            <numerusform>%n indicateur en recul</numerusform>
            <numerusform>%n indicateurs en recul</numerusform>
        </translation>
    </message>
    <message>
        <source>Before: {date}</source>
        <translation>Avant&#xa0;: {date}</translation>
    </message>
    <message>
        <source>After: {date}</source>
        <translation>Après&#xa0;: {date}</translation>
    </message>
    <message>
        <source>Before ({date})</source>
        <translation>Avant ({date})</translation>
    </message>
    <message>
        <source>After ({date})</source>
        <translation>Après ({date})</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Aucun changement</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} indicators</source>
        <translation>Indicateurs affichés&#xa0;: {shown} sur {total}</translation>
    </message>
</context>
<context>
    <name>ComparisonTableModel</name>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
</context>
<context>
    <name>ConsensusPanel</name>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Median and spread</source>
        <translation>Médiane et écart</translation>
    </message>
    <message>
        <source>No participant has answered yet. Add participants, or import their answers.</source>
        <translation>Aucun participant n’a encore répondu. Ajoutez des participants ou importez leurs réponses.</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Consensus</translation>
    </message>
    <message>
        <source>Use the &amp;median (M)</source>
        <translation>Prendre la &amp;médiane (M)</translation>
    </message>
    <message>
        <source>Use the median as the consensus</source>
        <translation>Prendre la médiane comme consensus</translation>
    </message>
    <message>
        <source>C&amp;lear (Del)</source>
        <translation>&amp;Effacer (Suppr)</translation>
    </message>
    <message>
        <source>Clear the consensus</source>
        <translation>Effacer le consensus</translation>
    </message>
    <message>
        <source>&amp;Not applicable…</source>
        <translation>&amp;Non applicable…</translation>
    </message>
    <message>
        <source>Agree that this indicator does not apply</source>
        <translation>Convenir que cet indicateur ne s’applique pas</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Participants&apos; notes</source>
        <translation>Notes des participants</translation>
    </message>
    <message>
        <source>Who chose what</source>
        <translation>Qui a choisi quoi</translation>
    </message>
    <message>
        <source>No indicator to show.</source>
        <translation>Aucun indicateur à afficher.</translation>
    </message>
    <message>
        <source>Agree on level %1: %2</source>
        <translation>S’accorder sur le niveau %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Agree on level %1 (key %1)</source>
        <translation>S’accorder sur le niveau %1 (touche %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message>
        <source>No participant gave a level.</source>
        <translation>Aucun participant n’a donné de niveau.</translation>
    </message>
    <message>
        <source>Record level %1, the median rounded down (key M)</source>
        <translation>Enregistrer le niveau %1, la médiane arrondie à l’inférieur (touche M)</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) marked it for discussion.</source>
        <translation>
            <numerusform>%n participant l’a marqué « à discuter ».</numerusform>
            <numerusform>%n participants l’ont marqué « à discuter ».</numerusform>
        </translation>
    </message>
    <message>
        <source>No participant wrote a note here.</source>
        <translation>Aucun participant n’a écrit de note ici.</translation>
    </message>
    <message>
        <source>Record that this indicator does not apply, with the reason.</source>
        <translation>Enregistrer que cet indicateur ne s’applique pas, avec la raison.</translation>
    </message>
    <message>
        <source>This framework does not allow this indicator to be not applicable.</source>
        <translation>Ce référentiel ne permet pas de déclarer cet indicateur non applicable.</translation>
    </message>
</context>
<context>
    <name>DivergencePage</name>
    <message>
        <source>Median %1 · Spread %2
Not applicable %3 · Not answered %4</source>
        <translation>Médiane %1 · Écart %2
Non applicable %3 · Sans réponse %4</translation>
    </message>
    <message>
        <source>Consensus: not applicable</source>
        <translation>Consensus&#xa0;: non applicable</translation>
    </message>
    <message>
        <source>Consensus: level %1</source>
        <translation>Consensus&#xa0;: niveau %1</translation>
    </message>
    <message>
        <source>No consensus recorded</source>
        <translation>Aucun consensus enregistré</translation>
    </message>
    <message>
        <source>No consensus yet</source>
        <translation>Pas encore de consensus</translation>
    </message>
    <message>
        <source>To discuss: %1 of the answers lie outside the two neighbouring levels most participants chose.</source>
        <translation>À discuter : %1 des réponses sont hors des deux niveaux voisins choisis par la plupart des participants.</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Indicators with a consensus</source>
        <translation>Indicateurs avec un consensus</translation>
    </message>
    <message>
        <source>Indicators to discuss</source>
        <translation>Indicateurs à discuter</translation>
    </message>
    <message>
        <source>Share of indicators with a consensus</source>
        <translation>Part des indicateurs avec un consensus</translation>
    </message>
    <message>
        <source>This workshop is finished: its consensus is read-only. Reopen it to change it.</source>
        <translation>Cet atelier est terminé&#xa0;: son consensus est en lecture seule. Rouvrez-le pour le modifier.</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>R&amp;ouvrir</translation>
    </message>
    <message>
        <source>Reopen the workshop</source>
        <translation>Rouvrir l’atelier</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>A&amp;ccueil</translation>
    </message>
    <message>
        <source>Back to the home page</source>
        <translation>Retour à l’accueil</translation>
    </message>
    <message>
        <source>&amp;Present (F11)</source>
        <translation>&amp;Présenter (F11)</translation>
    </message>
    <message>
        <source>Presentation mode</source>
        <translation>Mode présentation</translation>
    </message>
    <message>
        <source>Full screen, one indicator at a time, in large type. Esc leaves.</source>
        <translation>Plein écran, un indicateur à la fois, en gros caractères. Échap pour quitter.</translation>
    </message>
    <message>
        <source>See &amp;results</source>
        <translation>Voir les &amp;résultats</translation>
    </message>
    <message>
        <source>See the results of the consensus</source>
        <translation>Voir les résultats du consensus</translation>
    </message>
    <message>
        <source>Workshop on {date} — {participants}</source>
        <translation>Atelier du {date} — {participants}</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to discuss, %2 of them without consensus</source>
        <translation>%1 à discuter, dont %2 sans consensus</translation>
    </message>
    <message>
        <source>%1 of %2 agreed</source>
        <translation>%1 sur %2 avec accord</translation>
    </message>
    <message>
        <source>No participants yet.</source>
        <translation>Pas encore de participants.</translation>
    </message>
    <message>
        <source>Hidden: the counts above say how many chose each level. Tick “Show individual answers” to see who chose what.</source>
        <translation>Masqué : les nombres ci-dessus disent combien ont choisi chaque niveau. Cochez « Montrer les réponses individuelles » pour voir qui a choisi quoi.</translation>
    </message>
    <message>
        <source>Level %1: %2</source>
        <translation>Niveau %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Not applicable: %1</source>
        <translation>Non applicable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not answered: %1</source>
        <translation>Sans réponse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Indicator %1 · %2 of %3 · %4</source>
        <translation>Indicateur %1 · %2 sur %3 · %4</translation>
    </message>
    <message>
        <source>No participant gave a level: there is no median.</source>
        <translation>Aucun participant n’a donné de niveau&#xa0;: il n’y a pas de médiane.</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Non applicable</translation>
    </message>
    <message>
        <source>Why does this indicator not apply to the organization?</source>
        <translation>Pourquoi cet indicateur ne s’applique-t-il pas à l’organisation ?</translation>
    </message>
    <message>
        <source>Say why it does not apply; nothing was recorded.</source>
        <translation>Dites pourquoi il ne s’applique pas ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>No indicator to discuss in this list.</source>
        <translation>Aucun indicateur à discuter dans cette liste.</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>Retirer le participant</translation>
    </message>
    <message>
        <source>Remove %1 and their answers from this workshop?</source>
        <translation>Retirer %1 et ses réponses de cet atelier ?</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>Create PDF files of the assessment of {organization} on {date}.</source>
        <translation>Créez les fichiers PDF de l’évaluation de {organization} du {date}.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>&amp;Certificate (one page)</source>
        <translation>&amp;Certificat (une page)</translation>
    </message>
    <message>
        <source>Export the certificate</source>
        <translation>Exporter le certificat</translation>
    </message>
    <message>
        <source>File name of the certificate</source>
        <translation>Nom du fichier du certificat</translation>
    </message>
    <message>
        <source>Full &amp;report</source>
        <translation>&amp;Rapport complet</translation>
    </message>
    <message>
        <source>Export the full report</source>
        <translation>Exporter le rapport complet</translation>
    </message>
    <message>
        <source>File name of the full report</source>
        <translation>Nom du fichier du rapport complet</translation>
    </message>
    <message>
        <source>Include internal &amp;notes in the report</source>
        <translation>Inclure les &amp;notes internes dans le rapport</translation>
    </message>
    <message>
        <source>The report then prints, and carries inside the PDF, every internal note and evidence file name. Leave it off for a report that leaves the organization.</source>
        <translation>Le rapport imprime alors, et emporte dans le PDF, chaque note interne et chaque nom de fichier de preuve. Laissez décoché pour un rapport qui sort de l’organisation.</translation>
    </message>
    <message>
        <source>Include the internal notes in the report</source>
        <translation>Inclure les notes internes dans le rapport</translation>
    </message>
    <message>
        <source>Folder to save the files in</source>
        <translation>Dossier où enregistrer les fichiers</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Choisir le dossier</translation>
    </message>
    <message>
        <source>Save &amp;in:</source>
        <translation>Enregistrer &amp;dans&#xa0;:</translation>
    </message>
    <message>
        <source>Language of the PDF</source>
        <translation>Langue du PDF</translation>
    </message>
    <message>
        <source>&amp;Language of the PDF:</source>
        <translation>&amp;Langue du PDF&#xa0;:</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l’exportation</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Résultat de l’exportation</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>{organization} {date} certificate</source>
        <translation>Certificat {organization} {date}</translation>
    </message>
    <message>
        <source>{organization} {date} report</source>
        <translation>Rapport {organization} {date}</translation>
    </message>
    <message>
        <source>Open the folder of the exported files</source>
        <translation>Ouvrir le dossier des fichiers exportés</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Export the chosen documents</source>
        <translation>Exporter les documents choisis</translation>
    </message>
    <message>
        <source>&amp;Cancel export</source>
        <translation>&amp;Annuler l’exportation</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Annuler l’exportation</translation>
    </message>
    <message>
        <source>Choose where to save the PDF files</source>
        <translation>Choisissez où enregistrer les fichiers PDF</translation>
    </message>
    <message>
        <source>The certificate and the report need different file names.</source>
        <translation>Le certificat et le rapport doivent avoir des noms de fichier différents.</translation>
    </message>
    <message>
        <source>Replace the files?</source>
        <translation>Remplacer les fichiers&#xa0;?</translation>
    </message>
    <message>
        <source>These files already exist in the folder and will be replaced:
{names}</source>
        <translation>Ces fichiers existent déjà dans le dossier et seront remplacés&#xa0;:
{names}</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>L’exportation a été annulée.</translation>
    </message>
    <message>
        <source>Exported to {folder}:
{names}</source>
        <translation>Fichiers exportés dans {folder}&#xa0;:
{names}</translation>
    </message>
    <message>
        <source>The files could not be written: {detail}</source>
        <translation>Impossible d’écrire les fichiers&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>The export failed because of an error in sseassess: {detail}</source>
        <translation>L’exportation a échoué à cause d’une erreur dans sseassess&#xa0;: {detail}</translation>
    </message>
</context>
<context>
    <name>FileJob</name>
    <message>
        <source>Writing the files…</source>
        <translation>Écriture des fichiers…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Written:
%1</source>
        <translation>Fichiers écrits :
%1</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
</context>
<context>
    <name>HistoryTreeModel</name>
    <message>
        <source>Organization / date</source>
        <translation>Organisation / date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Palier</translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s)</source>
        <translation>
            <numerusform>%n évaluation</numerusform>
            <numerusform>%n évaluations</numerusform>
        </translation>
    </message>
    <message>
        <source>Latest assessment, %1</source>
        <translation>Dernière évaluation (%1)</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Welcome to sseassess</source>
        <translation>Bienvenue dans sseassess</translation>
    </message>
    <message>
        <source>Assess your organization against the charter of the International Coalition of Social and Solidarity Economy, keep your assessments over the years and see your progress. Everything stays on this computer.</source>
        <translation>Évaluez votre organisation au regard de la charte de la Coalition internationale de l’économie sociale et solidaire, conservez vos évaluations au fil des années et suivez vos progrès. Toutes vos données restent sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Create my organization</source>
        <translation>Créer mon organisation</translation>
    </message>
    <message>
        <source>Explore the demo organization</source>
        <translation>Découvrir l’organisation de démonstration</translation>
    </message>
    <message>
        <source>Organizations and their assessments</source>
        <translation>Organisations et leurs évaluations</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>Affirmé</translation>
    </message>
    <message>
        <source>New &amp;organization</source>
        <translation>Nouvelle &amp;organisation</translation>
    </message>
    <message>
        <source>&amp;Edit profile</source>
        <translation>&amp;Modifier le profil</translation>
    </message>
    <message>
        <source>&amp;New assessment</source>
        <translation>&amp;Nouvelle évaluation</translation>
    </message>
    <message>
        <source>New from &amp;last answers</source>
        <translation>Nouvelle d’après la &amp;dernière</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>&amp;Résultats</translation>
    </message>
    <message>
        <source>&amp;Workshop view</source>
        <translation>Vue de l’&amp;atelier</translation>
    </message>
    <message>
        <source>Where participants agree and diverge, and the group&apos;s consensus</source>
        <translation>Où les participants s’accordent et divergent, et le consensus du groupe</translation>
    </message>
    <message>
        <source>New wor&amp;kshop</source>
        <translation>Nouvel ate&amp;lier</translation>
    </message>
    <message>
        <source>Start a workshop: several participants score, the group agrees</source>
        <translation>Lancer un atelier&#xa0;: plusieurs participants notent, le groupe s’accorde</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>Com&amp;parer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Start a new, empty assessment of this organization</source>
        <translation>Commencer une nouvelle évaluation vierge de cette organisation</translation>
    </message>
    <message>
        <source>Start a new assessment with the answers of the last one, to review them</source>
        <translation>Commencer une nouvelle évaluation reprenant les réponses de la précédente, pour les revoir</translation>
    </message>
    <message>
        <source>Compare two assessments of one organization (select two, or the organization to compare its last two)</source>
        <translation>Comparer deux évaluations d’une même organisation (sélectionnez-en deux, ou sélectionnez l’organisation pour comparer ses deux dernières)</translation>
    </message>
    <message>
        <source>&amp;View answers</source>
        <translation>&amp;Voir les réponses</translation>
    </message>
    <message>
        <source>Delete the assessment of %1 dated %2, with all its answers, notes, evidence and action plan? This cannot be undone.</source>
        <translation>Supprimer l’évaluation de %1 du %2, avec toutes ses réponses, notes, pièces justificatives et son plan d’action&#xa0;? Cette opération est irréversible.</translation>
    </message>
    <message>
        <source>Delete %1 and all its assessments? This cannot be undone.</source>
        <translation>Supprimer %1 et toutes ses évaluations&#xa0;? Cette opération est irréversible.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>ImportLog</name>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Paper form</source>
        <translation>Questionnaire papier</translation>
    </message>
    <message>
        <source>Participants merged</source>
        <translation>Participants fusionnés</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Changed, as accepted</source>
        <translation>Changé, comme accepté</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
</context>
<context>
    <name>ImportLogModel</name>
    <message>
        <source>%1, then undone</source>
        <translation>%1, puis annulé</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>From whom</source>
        <translation>De qui</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>IndicatorDeltaModel</name>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>not answered or not applicable</source>
        <translation>sans réponse ou non applicable</translation>
    </message>
    <message>
        <source>level {level}: {text}</source>
        <translation>niveau {level} — {text}</translation>
    </message>
    <message>
        <source>Newly answered</source>
        <translation>Nouvelle réponse</translation>
    </message>
    <message>
        <source>No longer answered</source>
        <translation>Plus de réponse</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Aucun changement</translation>
    </message>
    <message>
        <source>Before: {level}</source>
        <translation>Avant&#xa0;: {level}</translation>
    </message>
    <message>
        <source>After: {level}</source>
        <translation>Après&#xa0;: {level}</translation>
    </message>
</context>
<context>
    <name>IndicatorList</name>
    <message>
        <source>All indicators</source>
        <translation>Tous les indicateurs</translation>
    </message>
    <message>
        <source>To discuss</source>
        <translation>À discuter</translation>
    </message>
    <message>
        <source>Without consensus</source>
        <translation>Sans consensus</translation>
    </message>
    <message>
        <source>Which indicators to show</source>
        <translation>Indicateurs à afficher</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>Affic&amp;her&#xa0;:</translation>
    </message>
    <message>
        <source>Characteristic to show</source>
        <translation>Caractéristique à afficher</translation>
    </message>
    <message>
        <source>C&amp;haracteristic:</source>
        <translation>C&amp;aractéristique&#xa0;:</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Indicators shown</source>
        <translation>Indicateurs affichés</translation>
    </message>
    <message>
        <source>All characteristics</source>
        <translation>Toutes les caractéristiques</translation>
    </message>
    <message>
        <source>Showing %1 of %2 indicators</source>
        <translation>%1 indicateurs affichés sur %2</translation>
    </message>
</context>
<context>
    <name>IndicatorSpreadModel</name>
    <message>
        <source>Indicator</source>
        <extracomment>Which indicators the list shows.</extracomment>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Answers 0–4</source>
        <translation>Réponses 0–4</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Consensus</translation>
    </message>
    <message>
        <source>How many participants chose each level, 0 to 4</source>
        <translation>Combien de participants ont choisi chaque niveau, de 0 à 4</translation>
    </message>
    <message>
        <source>Highest level given minus lowest level given</source>
        <translation>Niveau le plus haut donné moins niveau le plus bas donné</translation>
    </message>
    <message>
        <source>The level the group agreed on</source>
        <translation>Le niveau sur lequel le groupe s’est accordé</translation>
    </message>
    <message>
        <source>Level %1: %2</source>
        <translation>Niveau %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Not applicable: %1. Not answered: %2.</source>
        <translation>Non applicable&#xa0;: %1. Sans réponse&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Non applicable</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Niveau %1</translation>
    </message>
    <message>
        <source>To discuss</source>
        <translation>À discuter</translation>
    </message>
    <message>
        <source>To discuss: participants are %1 levels apart.</source>
        <translation>À discuter&#xa0;: les participants sont à %1 niveaux d’écart.</translation>
    </message>
</context>
<context>
    <name>IndicatorWidget</name>
    <message>
        <source>Indicator %1</source>
        <translation>Indicateur %1</translation>
    </message>
    <message>
        <source>Essential criterion: level %1 or more is needed for a certificate</source>
        <translation>Critère essentiel&#xa0;: le niveau %1 ou plus est requis pour obtenir un certificat</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Show help</source>
        <translation>Afficher l’aide</translation>
    </message>
    <message>
        <source>Level %1: %2</source>
        <translation>Niveau %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Not applicable to us</source>
        <translation>Non applicable à notre organisation</translation>
    </message>
    <message>
        <source>Why does it not apply? (required)</source>
        <translation>Pourquoi cela ne s’applique-t-il pas&#xa0;? (obligatoire)</translation>
    </message>
    <message>
        <source>Reason it does not apply</source>
        <translation>Motif de non-application</translation>
    </message>
    <message>
        <source>Say why this does not apply to save it.</source>
        <translation>Indiquez pourquoi cela ne s’applique pas pour que la réponse soit enregistrée.</translation>
    </message>
    <message>
        <source>Note (optional): facts, sources, remarks…</source>
        <translation>Note (facultative)&#xa0;: faits, sources, remarques…</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Not saved yet: sseassess keeps what you typed here and will try again.</source>
        <translation>Pas encore enregistré : sseassess garde ce que vous avez tapé ici et réessaiera.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Mark for discussion</source>
        <translation>À discuter</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Pièces justificatives</translation>
    </message>
    <message>
        <source>Add evidence…</source>
        <translation>Ajouter une pièce justificative…</translation>
    </message>
    <message>
        <source>Add files, or drop them on this indicator</source>
        <translation>Ajoutez des fichiers, ou déposez-les sur cet indicateur</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>This note is too long to be saved: %1 characters, at most %2. Shorten it; until then the note saved before is kept.</source>
        <translation>Cette note est trop longue pour être enregistrée : %1 caractères, au plus %2. Raccourcissez-la ; d’ici là, la note enregistrée avant est gardée.</translation>
    </message>
</context>
<context>
    <name>IssuerDialog</name>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>For a secretariat: check members&apos; self-assessments and issue numbered charter certificates signed with the issuer&apos;s key. Reviewers trust the issuer&apos;s public certificate, issuer.pem, in its folder.</source>
        <translation>Pour un secrétariat&#xa0;: vérifier les auto-évaluations des membres et délivrer des certificats de la charte numérotés, signés avec la clé de l’émetteur. Les évaluateurs font confiance au certificat public de l’émetteur, issuer.pem, dans son dossier.</translation>
    </message>
    <message>
        <source>The issuer&apos;s folder</source>
        <translation>Le dossier de l’émetteur</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Choose the issuer&apos;s folder</source>
        <translation>Choisir le dossier de l’émetteur</translation>
    </message>
    <message>
        <source>Issuer &amp;folder:</source>
        <translation>Dossier de l’é&amp;metteur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>I&amp;ssue</source>
        <translation>Dé&amp;livrer</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Registre</translation>
    </message>
    <message>
        <source>Create &amp;issuer</source>
        <translation>Créer l’&amp;émetteur</translation>
    </message>
    <message>
        <source>Do this tab&apos;s step</source>
        <translation>Faire l’étape de cet onglet</translation>
    </message>
    <message>
        <source>Work under way</source>
        <translation>Travail en cours</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>The issuer&apos;s name</source>
        <translation>Le nom de l’émetteur</translation>
    </message>
    <message>
        <source>optional: https://… printed in the QR codes</source>
        <translation>facultatif&#xa0;: https://… imprimé dans les codes QR</translation>
    </message>
    <message>
        <source>The issuer&apos;s web address</source>
        <translation>L’adresse web de l’émetteur</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>La phrase secrète à nouveau</translation>
    </message>
    <message>
        <source>The key is kept in the folder, encrypted with the passphrase (8 characters or more). Without the passphrase nothing can be issued: keep it safe.</source>
        <translation>La clé est gardée dans le dossier, chiffrée avec la phrase secrète (8 caractères ou plus). Sans la phrase secrète, rien ne peut être délivré&#xa0;: gardez-la en lieu sûr.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation>Adresse &amp;web&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>À &amp;nouveau&#xa0;:</translation>
    </message>
    <message>
        <source>The member&apos;s submission</source>
        <translation>Le dossier soumis par le membre</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>Ch&amp;oisir…</translation>
    </message>
    <message>
        <source>Choose the member&apos;s submission</source>
        <translation>Choisir le dossier soumis par le membre</translation>
    </message>
    <message>
        <source>Last day of validity</source>
        <translation>Dernier jour de validité</translation>
    </message>
    <message>
        <source>The issuer&apos;s passphrase</source>
        <translation>La phrase secrète de l’émetteur</translation>
    </message>
    <message>
        <source>The submission is a member&apos;s self-assessment certificate (PDF) or their .sseassess file. It must be intact and made with the official framework; its answers are scored again here, and a submission that does not meet the rules is refused.</source>
        <translation>Le dossier soumis est le certificat d’auto-évaluation d’un membre (PDF) ou son fichier .sseassess. Il doit être intact et fait avec le référentiel officiel&#xa0;; ses réponses sont notées à nouveau ici, et un dossier qui ne respecte pas les règles est refusé.</translation>
    </message>
    <message>
        <source>Su&amp;bmission:</source>
        <translation>Dossier &amp;soumis&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation>&amp;Valable jusqu’au&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;assphrase:</source>
        <translation>P&amp;hrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Charter certificates issued</source>
        <translation>Certificats de la charte délivrés</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Délivré le</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu’au</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Ré&amp;voquer…</translation>
    </message>
    <message>
        <source>Revoke the chosen certificate</source>
        <translation>Révoquer le certificat choisi</translation>
    </message>
    <message>
        <source>Passp&amp;hrase:</source>
        <translation>P&amp;hrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Publish the registry where reviewers can fetch it: it lists every number and whether it was revoked, signed so that an edited copy is detected.</source>
        <translation>Publiez le registre là où les évaluateurs peuvent le récupérer&#xa0;: il liste chaque numéro et s’il a été révoqué, signé pour qu’une copie modifiée soit détectée.</translation>
    </message>
    <message>
        <source>&amp;Issue certificate…</source>
        <translation>&amp;Délivrer le certificat…</translation>
    </message>
    <message>
        <source>&amp;Write registry…</source>
        <translation>É&amp;crire le registre…</translation>
    </message>
    <message>
        <source>Choose a folder for a new issuer, or an issuer&apos;s.</source>
        <translation>Choisissez un dossier pour un nouvel émetteur, ou celui d’un émetteur.</translation>
    </message>
    <message>
        <source>No issuer in this folder yet: create one in the Create tab.</source>
        <translation>Pas encore d’émetteur dans ce dossier&#xa0;: créez-en un dans l’onglet Créer.</translation>
    </message>
    <message>
        <source>Issuer: %1 (key %2). Give reviewers %3.</source>
        <translation>Émetteur&#xa0;: %1 (clé %2). Donnez aux évaluateurs %3.</translation>
    </message>
    <message>
        <source>revoked on %1</source>
        <translation>révoqué le %1</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valable</translation>
    </message>
    <message>
        <source>Save the charter certificate as</source>
        <translation>Enregistrer le certificat de la charte sous</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the registry as</source>
        <translation>Enregistrer le registre sous</translation>
    </message>
    <message>
        <source>Registries (*.json)</source>
        <translation>Registres (*.json)</translation>
    </message>
    <message>
        <source>That failed because of an error in sseassess: %1</source>
        <translation>Cela a échoué à cause d’une erreur de sseassess&#xa0;: %1</translation>
    </message>
    <message>
        <source>Issuer “%1” created. Give reviewers its certificate: %2</source>
        <translation>Émetteur «&#xa0;%1&#xa0;» créé. Donnez aux évaluateurs son certificat&#xa0;: %2</translation>
    </message>
    <message>
        <source>Submissions (*.pdf *.sseassess);;All files (*)</source>
        <translation>Dossiers soumis (*.pdf *.sseassess);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 charter certificate</source>
        <translation>%1 certificat de la charte</translation>
    </message>
    <message>
        <source>Charter certificate No. %1 issued to %2, valid until %3:
%4</source>
        <translation>Certificat de la charte n° %1 délivré à %2, valable jusqu’au %3&#xa0;:
%4</translation>
    </message>
    <message>
        <source>Revoke the certificate?</source>
        <translation>Révoquer le certificat&#xa0;?</translation>
    </message>
    <message>
        <source>Revoke charter certificate No. %1? It cannot be undone. Reviewers see it once you publish the registry again.</source>
        <translation>Révoquer le certificat de la charte n° %1&#xa0;? C’est irréversible. Les évaluateurs le voient une fois le registre publié à nouveau.</translation>
    </message>
    <message>
        <source>No. %1 is revoked. Write the registry again and publish it.</source>
        <translation>Le n° %1 est révoqué. Écrivez à nouveau le registre et publiez-le.</translation>
    </message>
    <message>
        <source>Registry of %1 certificates written to %2</source>
        <translation>Registre de %1 certificats écrit dans %2</translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Fermer cette fenêtre</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; choose another one.</source>
        <translation>Le dossier {folder} n’existe pas&#xa0;; choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation en cours…</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Join a workshop</source>
        <translation>Rejoindre un atelier</translation>
    </message>
    <message>
        <source>Choose the workshop file the facilitator gave you (.sseassess). Your answers stay on this computer until you send them with “Send my answers”.</source>
        <translation>Choisissez le fichier d’atelier que l’animateur vous a donné (.sseassess). Vos réponses restent sur cet ordinateur jusqu’à ce que vous les envoyiez avec « Envoyer mes réponses ».</translation>
    </message>
    <message>
        <source>Workshop file</source>
        <translation>Fichier d’atelier</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Votre rôle</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>Workshop:</source>
        <translation>Atelier :</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom :</translation>
    </message>
    <message>
        <source>Your &amp;role:</source>
        <translation>Votre &amp;rôle :</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Rejoindre</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Choose the workshop file</source>
        <translation>Choisir le fichier d’atelier</translation>
    </message>
    <message>
        <source>sseassess files (*.sseassess);;All files (*)</source>
        <translation>Fichiers sseassess (*.sseassess);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>{organization}, {date}</source>
        <translation>{organization}, {date}</translation>
    </message>
    <message>
        <source>This file is for {name}: their answers keep one identity.</source>
        <translation>Ce fichier est pour {name} : ses réponses gardent une seule identité.</translation>
    </message>
</context>
<context>
    <name>LevelHistogram</name>
    <message>
        <source>Answers by level</source>
        <translation>Réponses par niveau</translation>
    </message>
    <message>
        <source>Level %1: %2</source>
        <translation>Niveau %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>sseassess — SSE charter self-assessment</source>
        <translation>sseassess — auto-évaluation selon la charte de l’ESS</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>New &amp;organization…</source>
        <translation>&amp;Nouvelle organisation…</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>A&amp;ccueil</translation>
    </message>
    <message>
        <source>&amp;Verify a PDF…</source>
        <translation>&amp;Vérifier un PDF…</translation>
    </message>
    <message>
        <source>&amp;Issuer (secretariat)…</source>
        <translation>É&amp;metteur (secrétariat)…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Sauvegarder…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>A&amp;telier</translation>
    </message>
    <message>
        <source>Send the workshop to &amp;laptops…</source>
        <translation>Envoyer l’atelier aux &amp;ordinateurs…</translation>
    </message>
    <message>
        <source>&amp;Collect answers…</source>
        <translation>&amp;Recueillir les réponses…</translation>
    </message>
    <message>
        <source>Import pa&amp;per answers…</source>
        <translation>Importer des réponses &amp;papier…</translation>
    </message>
    <message>
        <source>&amp;Received files…</source>
        <translation>Fichiers &amp;reçus…</translation>
    </message>
    <message>
        <source>Participant&apos;s &amp;answers…</source>
        <translation>&amp;Réponses d’un participant…</translation>
    </message>
    <message>
        <source>&amp;Join a workshop…</source>
        <translation>Re&amp;joindre un atelier…</translation>
    </message>
    <message>
        <source>&amp;Send my answers…</source>
        <translation>&amp;Envoyer mes réponses…</translation>
    </message>
    <message>
        <source>&amp;Paper questionnaire…</source>
        <translation>Questionnaire &amp;papier…</translation>
    </message>
    <message>
        <source>&amp;Export answers (Excel, CSV)…</source>
        <translation>E&amp;xporter les réponses (Excel, CSV)…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About sseassess</source>
        <translation>À &amp;propos de sseassess</translation>
    </message>
    <message>
        <source>First choose a workshop on the home page.</source>
        <translation>Choisissez d’abord un atelier sur la page d’accueil.</translation>
    </message>
    <message>
        <source>Send the workshop to laptops</source>
        <translation>Envoyer l’atelier aux ordinateurs</translation>
    </message>
    <message>
        <source>Anyone who joins (each laptop says who answers)</source>
        <translation>Toute personne qui le rejoint (chaque ordinateur dit qui répond)</translation>
    </message>
    <message>
        <source>For whom is this file?</source>
        <translation>Pour qui est ce fichier ?</translation>
    </message>
    <message>
        <source>workshop</source>
        <comment>suggested file name</comment>
        <translation>atelier</translation>
    </message>
    <message>
        <source>sseassess files (*.sseassess)</source>
        <translation>Fichiers sseassess (*.sseassess)</translation>
    </message>
    <message>
        <source>Import paper answers</source>
        <translation>Importer des réponses papier</translation>
    </message>
    <message>
        <source>Received files</source>
        <translation>Fichiers reçus</translation>
    </message>
    <message>
        <source>Participant&apos;s answers</source>
        <translation>Réponses d’un participant</translation>
    </message>
    <message>
        <source>First choose an assessment on the home page.</source>
        <translation>Choisissez d’abord une évaluation sur la page d’accueil.</translation>
    </message>
    <message>
        <source>Paper questionnaire</source>
        <translation>Questionnaire papier</translation>
    </message>
    <message>
        <source>questionnaire</source>
        <comment>suggested file name</comment>
        <translation>questionnaire</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>{name}-template</source>
        <comment>file name</comment>
        <translation>{name}-modèle</translation>
    </message>
    <message>
        <source>Export answers</source>
        <translation>Exporter les réponses</translation>
    </message>
    <message>
        <source>answers</source>
        <comment>suggested file name</comment>
        <translation>réponses</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sauvegarder</translation>
    </message>
    <message>
        <source>sseassess database (*.db)</source>
        <translation>Base de données sseassess (*.db)</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>sseassess database (*.db);;All files (*)</source>
        <translation>Base de données sseassess (*.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Replace the database by the backup %1?

What was changed since that backup will be gone from the application; a copy of the database as it is now is kept beside the backups.</source>
        <translation>Remplacer la base de données par la sauvegarde %1 ?

Ce qui a été modifié depuis cette sauvegarde disparaîtra de l’application ; une copie de la base telle qu’elle est maintenant est gardée à côté des sauvegardes.</translation>
    </message>
    <message>
        <source>The database file is damaged</source>
        <translation>Le fichier de la base de données est endommagé</translation>
    </message>
    <message>
        <source>The database file is damaged: %1

Restore the latest good backup? A copy of the damaged file is kept.</source>
        <translation>Le fichier de la base de données est endommagé : %1

Restaurer la dernière sauvegarde saine ? Une copie du fichier endommagé est gardée.</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Non restauré</translation>
    </message>
    <message>
        <source>The backup %1 was restored.</source>
        <translation>La sauvegarde %1 a été restaurée.</translation>
    </message>
    <message>
        <source>The database it replaced was kept as %1.</source>
        <translation>La base de données remplacée a été gardée sous %1.</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restauré</translation>
    </message>
    <message>
        <source>About sseassess</source>
        <translation>À propos de sseassess</translation>
    </message>
    <message>
        <source>sseassess %1

Self-assessment of Social and Solidarity Economy organizations against the charter of the International Coalition of Social and Solidarity Economy (ICSSE). Your data stays on this computer.</source>
        <translation>sseassess %1

Auto-évaluation des organisations de l’économie sociale et solidaire au regard de la charte de la Coalition internationale de l’économie sociale et solidaire (ICSSE). Vos données restent sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Data folder: %1
Database: %2</source>
        <translation>Dossier des données : %1
Base de données : %2</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Answers not saved</source>
        <translation>Réponses non enregistrées</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) could not be saved: the database is in use by another program or cannot be written. They are still on screen.

Try again, or quit and lose them?</source>
        <translation>
            <numerusform>%n réponse n’a pas pu être enregistrée : la base de données est utilisée par un autre programme ou ne peut pas être écrite. Elle est toujours à l’écran.

Réessayer, ou quitter et la perdre ?</numerusform>
            <numerusform>%n réponses n’ont pas pu être enregistrées : la base de données est utilisée par un autre programme ou ne peut pas être écrite. Elles sont toujours à l’écran.

Réessayer, ou quitter et les perdre ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
</context>
<context>
    <name>OutcomeTableModel</name>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Changed, as you accepted</source>
        <translation>Changé, comme vous l’avez accepté</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source>Waiting for your approval</source>
        <translation>En attente de votre accord</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>PaperAnswersDialog</name>
    <message>
        <source>Import paper answers</source>
        <translation>Importer des réponses papier</translation>
    </message>
    <message>
        <source>Type one participant&apos;s paper answers into the template (Workshop ▸ Paper questionnaire), then import it here for that participant. Answers already recorded are only changed once you accept each change.</source>
        <translation>Saisissez les réponses papier d’un participant dans le modèle (Atelier ▸ Questionnaire papier), puis importez-le ici pour ce participant. Les réponses déjà enregistrées ne changent qu’une fois chaque changement accepté.</translation>
    </message>
    <message>
        <source>Answers file</source>
        <translation>Fichier de réponses</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Whose answers</source>
        <translation>Réponses de qui</translation>
    </message>
    <message>
        <source>A new participant</source>
        <translation>Un nouveau participant</translation>
    </message>
    <message>
        <source>Name of the new participant</source>
        <translation>Nom du nouveau participant</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>&amp;Whose answers:</source>
        <translation>Réponses de &amp;qui :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Choose the filled-in template</source>
        <translation>Choisir le modèle rempli</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>Tableurs (*.xlsx *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été changé.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) imported for {name}.</source>
        <translation>
            <numerusform>%n réponse importée pour {name}.</numerusform>
            <numerusform>%n réponses importées pour {name}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantAnswersDialog</name>
    <message>
        <source>Participant&apos;s answers</source>
        <translation>Réponses d’un participant</translation>
    </message>
    <message>
        <source>This window shows one person&apos;s answers by name: keep it off the projector.</source>
        <translation>Cette fenêtre montre les réponses d’une personne, avec son nom : ne la projetez pas.</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>The participant&apos;s answers</source>
        <translation>Les réponses du participant</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Corrected level</source>
        <translation>Niveau corrigé</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>Corrected note</source>
        <translation>Note corrigée</translation>
    </message>
    <message>
        <source>Save the &amp;correction</source>
        <translation>Enregistrer la &amp;correction</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Niveau :</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note :</translation>
    </message>
    <message>
        <source>The other record of the same person</source>
        <translation>L’autre fiche de la même personne</translation>
    </message>
    <message>
        <source>&amp;Merge into this participant</source>
        <translation>&amp;Fusionner dans ce participant</translation>
    </message>
    <message>
        <source>The same person answered on two laptops: keep this record, with the newer of the two sets of answers; later files from either laptop come here.</source>
        <translation>La même personne a répondu sur deux ordinateurs : garder cette fiche, avec la plus récente des deux séries de réponses ; les fichiers suivants des deux ordinateurs arrivent ici.</translation>
    </message>
    <message>
        <source>Same person as:</source>
        <translation>Même personne que :</translation>
    </message>
    <message>
        <source>Not applicable: %1</source>
        <translation>Non applicable : %1</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Niveau %1</translation>
    </message>
    <message>
        <source>Corrected. “Received files” can undo it.</source>
        <translation>Corrigé. « Fichiers reçus » permet de l’annuler.</translation>
    </message>
    <message>
        <source>Merged. “Received files” can undo it.</source>
        <translation>Fusionné. « Fichiers reçus » permet de l’annuler.</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Add participant</source>
        <translation>Ajouter un participant</translation>
    </message>
    <message>
        <source>Record someone who scores on this computer in turn. Their name is shown only when the facilitator chooses to show names.</source>
        <translation>Enregistrez une personne qui note à tour de rôle sur cet ordinateur. Son nom n’est affiché que si la personne qui anime l’atelier choisit d’afficher les noms.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>A first name or a nickname is enough</source>
        <translation>Un prénom ou un surnom suffit</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
</context>
<context>
    <name>ParticipantLabels</name>
    <message>
        <source>Participant %1</source>
        <translation>Participant %1</translation>
    </message>
</context>
<context>
    <name>ParticipantListModel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Answered %1 of %2 indicators</source>
        <translation>A répondu à %1 indicateurs sur %2</translation>
    </message>
</context>
<context>
    <name>ParticipantRoles</name>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Travailleur</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Conseil d’administration</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Bénévole</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Bénéficiaire</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Number of participants</source>
        <translation>Nombre de participants</translation>
    </message>
    <message>
        <source>Show individual &amp;answers</source>
        <translation>Montrer les réponses &amp;individuelles</translation>
    </message>
    <message>
        <source>Show individual answers</source>
        <translation>Montrer les réponses individuelles</translation>
    </message>
    <message>
        <source>What the screen shows of each participant</source>
        <translation>Ce que l’écran montre de chaque participant</translation>
    </message>
    <message>
        <source>&amp;Add participant…</source>
        <translation>&amp;Ajouter un participant…</translation>
    </message>
    <message>
        <source>Add a participant</source>
        <translation>Ajouter un participant</translation>
    </message>
    <message>
        <source>Re&amp;move participant…</source>
        <translation>&amp;Retirer le participant…</translation>
    </message>
    <message>
        <source>Remove the selected participant and their answers</source>
        <translation>Retirer le participant sélectionné et ses réponses</translation>
    </message>
    <message>
        <source>Results by role</source>
        <translation>Résultats par rôle</translation>
    </message>
    <message>
        <source>Overall score by role</source>
        <translation>Score global par rôle</translation>
    </message>
    <message>
        <source>No participant has a role yet.</source>
        <translation>Aucun participant n’a encore de rôle.</translation>
    </message>
    <message>
        <source>A role held by fewer than %1 participants who answered is hidden, here and next to the participants, so that nobody&apos;s answers can be guessed.</source>
        <translation>Un rôle tenu par moins de %1 participants ayant répondu est masqué, ici et à côté des participants, pour que personne ne puisse deviner les réponses de quelqu’un.</translation>
    </message>
    <message>
        <source>Shown now: each participant&apos;s name, and under each question who chose which level. For the facilitator&apos;s eyes, not for the projector.</source>
        <translation>Montré maintenant : le nom de chaque participant et, sous chaque question, qui a choisi quel niveau. Pour les yeux de l’animateur, pas pour le projecteur.</translation>
    </message>
    <message>
        <source>Shown now: participants as Participant 1, 2, … and only how many chose each level. Ticking it shows each name and who chose which level.</source>
        <translation>Montré maintenant : les participants comme Participant 1, 2, … et seulement combien ont choisi chaque niveau. Cocher montre chaque nom et qui a choisi quel niveau.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PresentationView</name>
    <message>
        <source>Workshop — presentation</source>
        <translation>Atelier — présentation</translation>
    </message>
    <message>
        <source>Presentation of one indicator</source>
        <translation>Présentation d’un indicateur</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>0–4: consensus · M: use the median · ↑ ↓: move · N: next to discuss · Esc: leave</source>
        <translation>0–4&#xa0;: consensus · M&#xa0;: prendre la médiane · ↑ ↓&#xa0;: se déplacer · N&#xa0;: suivant à discuter · Échap&#xa0;: quitter</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Organization profile</source>
        <translation>Profil de l’organisation</translation>
    </message>
    <message>
        <source>New organization</source>
        <translation>Nouvelle organisation</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>e.g. agriculture, health, housing, crafts</source>
        <translation>p. ex. agriculture, santé, logement, artisanat</translation>
    </message>
    <message>
        <source>None of these / not a signatory</source>
        <translation>Aucune de ces catégories / non signataire</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Legal form:</source>
        <translation>&amp;Forme juridique&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Pays&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Secteur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>&amp;Membres&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Employees:</source>
        <translation>Sa&amp;lariés&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Founded in:</source>
        <translation>F&amp;ondée en&#xa0;:</translation>
    </message>
    <message>
        <source>Charter &amp;category:</source>
        <translation>&amp;Catégorie de signataire&#xa0;:</translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <source>Radar chart of the characteristics</source>
        <translation>Graphique radar des caractéristiques</translation>
    </message>
    <message>
        <source>No scores to show.</source>
        <translation>Aucun score à afficher.</translation>
    </message>
    <message>
        <source>{name}: {score}</source>
        <translation>{name}&#xa0;: {score}</translation>
    </message>
    <message>
        <source>{series} — {values}.</source>
        <translation>{series} — {values}.</translation>
    </message>
    <message>
        <source>Minimum required — {values}.</source>
        <translation>Minimum requis — {values}.</translation>
    </message>
    <message>
        <source>{number}. {name}</source>
        <translation>{number}. {name}</translation>
    </message>
    <message>
        <source>Minimum required</source>
        <translation>Minimum requis</translation>
    </message>
    <message>
        <source>Minimum required: {score}</source>
        <translation>Minimum requis&#xa0;: {score}</translation>
    </message>
</context>
<context>
    <name>ReceivedFilesDialog</name>
    <message>
        <source>Received files</source>
        <translation>Fichiers reçus</translation>
    </message>
    <message>
        <source>What arrived in this workshop, newest first: participants&apos; files, paper forms, merges and corrections. Undo puts back what an import replaced.</source>
        <translation>Ce qui est arrivé dans cet atelier, du plus récent au plus ancien : fichiers des participants, questionnaires papier, fusions et corrections. Annuler remet ce qu’une importation a remplacé.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler l’importation</translation>
    </message>
    <message>
        <source>Undo the selected import</source>
        <translation>Annuler l’importation choisie</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Undone: what this import replaced is back.</source>
        <translation>Annulé : ce que cette importation avait remplacé est revenu.</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Scores by characteristic</source>
        <translation>Scores par caractéristique</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Points forts</translation>
    </message>
    <message>
        <source>Areas to improve</source>
        <translation>Points à améliorer</translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation>Score global</translation>
    </message>
    <message>
        <source>out of 100</source>
        <translation>sur 100</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Palier</translation>
    </message>
    <message>
        <source>What the band means</source>
        <translation>Signification du palier</translation>
    </message>
    <message>
        <source>Share of indicators answered</source>
        <translation>Part des indicateurs renseignés</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>A&amp;ccueil</translation>
    </message>
    <message>
        <source>Back to the home page</source>
        <translation>Retour à l’accueil</translation>
    </message>
    <message>
        <source>&amp;Back to answers</source>
        <translation>&amp;Retour aux réponses</translation>
    </message>
    <message>
        <source>Back to the answers</source>
        <translation>Retour aux réponses</translation>
    </message>
    <message>
        <source>&amp;Action plan</source>
        <translation>&amp;Plan d’action</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan d’action</translation>
    </message>
    <message>
        <source>&amp;Finish assessment</source>
        <translation>&amp;Terminer l’évaluation</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exporter en PDF…</translation>
    </message>
    <message>
        <source>Export PDF files</source>
        <translation>Exporter les fichiers PDF</translation>
    </message>
    <message>
        <source>No score yet</source>
        <translation>Pas encore de score</translation>
    </message>
    <message>
        <source>Answer some indicators to get a score.</source>
        <translation>Répondez à quelques indicateurs pour obtenir un score.</translation>
    </message>
    <message>
        <source>{share} of the indicators answered</source>
        <translation>{share} des indicateurs renseignés</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Évaluation en atelier</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Auto-évaluation</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>{kind} of {date} — {status}</source>
        <translation>{kind} du {date} — {status}</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>R&amp;ouvrir</translation>
    </message>
    <message>
        <source>Reopen the assessment</source>
        <translation>Rouvrir l’évaluation</translation>
    </message>
    <message>
        <source>Make the answers editable again.</source>
        <translation>Permet de modifier à nouveau les réponses.</translation>
    </message>
    <message>
        <source>Finish the assessment</source>
        <translation>Terminer l’évaluation</translation>
    </message>
    <message>
        <source>Mark the assessment finished; its answers stay as they are until reopened.</source>
        <translation>Marque l’évaluation comme terminée&#xa0;; ses réponses ne peuvent plus être modifiées, sauf si vous la rouvrez.</translation>
    </message>
    <message>
        <source>A certificate can be issued: every condition is met.</source>
        <translation>Un certificat peut être délivré&#xa0;: toutes les conditions sont remplies.</translation>
    </message>
    <message>
        <source>Use “Export PDF…” to create the certificate.</source>
        <translation>Utilisez «&#xa0;Exporter en PDF…&#xa0;» pour créer le certificat.</translation>
    </message>
    <message>
        <source>No certificate yet, because:</source>
        <translation>Pas encore de certificat, car&#xa0;:</translation>
    </message>
    <message>
        <source>Not every indicator is answered: {share} answered, {required} needed.</source>
        <translation>Certains indicateurs restent sans réponse&#xa0;: {share} renseignés, {required} requis.</translation>
    </message>
    <message>
        <source>There is no overall score yet.</source>
        <translation>Il n’y a pas encore de score global.</translation>
    </message>
    <message>
        <source>The overall score, {score}, is under the minimum of {minimum}.</source>
        <translation>Le score global, {score}, est inférieur au minimum de {minimum}.</translation>
    </message>
    <message>
        <source>“{name}” has no scored indicator; it needs {minimum}.</source>
        <translation>«&#xa0;{name}&#xa0;» n’a encore aucun indicateur renseigné, donc aucun score&#xa0;; son minimum est de {minimum}.</translation>
    </message>
    <message>
        <source>“{name}” scores {score}, under its minimum of {minimum}.</source>
        <translation>«&#xa0;{name}&#xa0;» obtient {score}, en dessous de son minimum de {minimum}.</translation>
    </message>
    <message>
        <source>your answer is level {level}.</source>
        <translation>votre réponse est au niveau {level}.</translation>
    </message>
    <message>
        <source>it is not answered yet.</source>
        <translation>aucune réponse n’a encore été donnée.</translation>
    </message>
    <message>
        <source>Essential criterion not met: “{question}” needs at least level {required}; {current}</source>
        <translation>Critère essentiel non rempli&#xa0;: «&#xa0;{question}&#xa0;» exige au moins le niveau {required}&#xa0;; {current}</translation>
    </message>
    <message>
        <source>Level {level} of {maximum}</source>
        <translation>Niveau {level} sur {maximum}</translation>
    </message>
    <message>
        <source>No indicator at level {level} or above yet.</source>
        <translation>Aucun indicateur n’est encore au niveau {level} ou au-dessus.</translation>
    </message>
    <message>
        <source>No indicator at level {level} or below.</source>
        <translation>Aucun indicateur n’est au niveau {level} ou en dessous.</translation>
    </message>
    <message>
        <source>The assessment could not be changed</source>
        <translation>Impossible de modifier l’évaluation</translation>
    </message>
</context>
<context>
    <name>RoleResultsModel</name>
    <message>
        <source>hidden (fewer than %1 participants)</source>
        <translation>masqué (moins de %1 participants)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation>Score global</translation>
    </message>
    <message>
        <source>Results of a role are shown only when enough participants hold it, so that nobody&apos;s answers can be guessed.</source>
        <translation>Les résultats d’un rôle ne sont affichés que s’il est tenu par assez de participants, pour que personne ne puisse deviner les réponses de chacun.</translation>
    </message>
</context>
<context>
    <name>SendAnswersDialog</name>
    <message>
        <source>Send my answers</source>
        <translation>Envoyer mes réponses</translation>
    </message>
    <message>
        <source>Save your answers in a file and give it to the facilitator of the workshop (on a USB stick or by e-mail). If you change your answers later, send them again: the facilitator keeps your latest ones.</source>
        <translation>Enregistrez vos réponses dans un fichier et remettez-le à la personne qui anime l’atelier (sur une clé USB ou par e-mail). Si vous changez vos réponses ensuite, envoyez-les de nouveau&#xa0;: ce sont les plus récentes qui seront gardées.</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>{organization}, {date}</source>
        <translation>{organization}, {date}</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>The same name each time you send</source>
        <translation>Le même nom à chaque envoi</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Votre rôle</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Fichier à écrire</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Choose where to save the file</source>
        <translation>Choisir où enregistrer le fichier</translation>
    </message>
    <message>
        <source>&amp;Workshop:</source>
        <translation>&amp;Atelier&#xa0;:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom&#xa0;:</translation>
    </message>
    <message>
        <source>Your &amp;role:</source>
        <translation>Votre &amp;rôle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Write my answers to the file</source>
        <translation>Écrire mes réponses dans le fichier</translation>
    </message>
    <message>
        <source>There is no workshop on this computer yet: first import the workshop file the facilitator gave you.</source>
        <translation>Il n’y a encore aucun atelier sur cet ordinateur&#xa0;: importez d’abord le fichier de l’atelier que la personne qui l’anime vous a remis.</translation>
    </message>
    <message>
        <source>Save my answers as</source>
        <translation>Enregistrer mes réponses sous</translation>
    </message>
    <message>
        <source>sseassess files (*.sseassess)</source>
        <translation>Fichiers sseassess (*.sseassess)</translation>
    </message>
    <message numerus="yes">
        <source>Your answers (%n) are saved in {file}. Give this file to the facilitator.</source>
        <translation>
            <numerusform>Votre réponse (%n) est enregistrée dans {file}. Remettez ce fichier à la personne qui anime l’atelier.</numerusform>
            <numerusform>Vos réponses (%n) sont enregistrées dans {file}. Remettez ce fichier à la personne qui anime l’atelier.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file could not be written because of an error in sseassess: {detail}</source>
        <translation>Le fichier n’a pas pu être écrit à cause d’une erreur dans sseassess&#xa0;: {detail}</translation>
    </message>
</context>
<context>
    <name>SuggestionsDialog</name>
    <message>
        <source>Suggested actions</source>
        <translation>Actions suggérées</translation>
    </message>
    <message>
        <source>Actions suggested for the essential criteria not met and the weakest indicators. Tick those you want in your plan.</source>
        <translation>Actions suggérées pour les critères essentiels non remplis et les indicateurs les plus faibles. Cochez celles que vous voulez ajouter à votre plan.</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a PDF</source>
        <translation>Vérifier un PDF</translation>
    </message>
    <message>
        <source>Check a certificate or report made with sseassess: whether it was changed after it was signed, who signed it, and whether it comes from an issuer you trust.</source>
        <translation>Vérifiez un certificat ou un rapport fait avec sseassess&#xa0;: s’il a été modifié après sa signature, qui l’a signé, et s’il vient d’un émetteur auquel vous faites confiance.</translation>
    </message>
    <message>
        <source>The PDF to verify</source>
        <translation>Le PDF à vérifier</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Choose the PDF to verify</source>
        <translation>Choisir le PDF à vérifier</translation>
    </message>
    <message>
        <source>&amp;PDF file:</source>
        <translation>Fichier &amp;PDF&#xa0;:</translation>
    </message>
    <message>
        <source>Issuers you trust</source>
        <translation>Émetteurs de confiance</translation>
    </message>
    <message>
        <source>A charter certificate is valid only if you trust its issuer: add the issuer&apos;s public certificate (issuer.pem), received from the issuer itself.</source>
        <translation>Un certificat de la charte n’est valable que si vous faites confiance à son émetteur&#xa0;: ajoutez le certificat public de l’émetteur (issuer.pem), reçu de l’émetteur lui-même.</translation>
    </message>
    <message>
        <source>Issuer certificates you trust</source>
        <translation>Les certificats d’émetteurs auxquels vous faites confiance</translation>
    </message>
    <message>
        <source>&amp;Add issuer certificate…</source>
        <translation>&amp;Ajouter un certificat d’émetteur…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove the chosen issuer certificate</source>
        <translation>Retirer le certificat d’émetteur choisi</translation>
    </message>
    <message>
        <source>none: revocation is not checked</source>
        <translation>aucun&#xa0;: la révocation n’est pas vérifiée</translation>
    </message>
    <message>
        <source>The issuer&apos;s signed registry</source>
        <translation>Le registre signé de l’émetteur</translation>
    </message>
    <message>
        <source>Choo&amp;se…</source>
        <translation>Choi&amp;sir…</translation>
    </message>
    <message>
        <source>Choose the issuer&apos;s registry</source>
        <translation>Choisir le registre de l’émetteur</translation>
    </message>
    <message>
        <source>Re&amp;gistry:</source>
        <translation>Re&amp;gistre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Verify the PDF</source>
        <translation>Vérifier le PDF</translation>
    </message>
    <message>
        <source>Verification under way</source>
        <translation>Vérification en cours</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Résultat de la vérification</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Choose an issuer&apos;s certificate</source>
        <translation>Choisir le certificat d’un émetteur</translation>
    </message>
    <message>
        <source>Issuer certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats d’émetteur (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>Fichiers PDF (*.pdf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Registries (*.json);;All files (*)</source>
        <translation>Registres (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The check failed because of an error in sseassess: %1</source>
        <translation>La vérification a échoué à cause d’une erreur de sseassess&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot be checked</source>
        <translation>Impossible à vérifier</translation>
    </message>
    <message>
        <source>Valid charter certificate</source>
        <translation>Certificat de la charte valable</translation>
    </message>
    <message>
        <source>Charter certificate No. %1, issued by %2 to %3 and valid until %4. It is exactly as the issuer signed it, and the issuer is one you trust.</source>
        <translation>Certificat de la charte n° %1, délivré par %2 à %3 et valable jusqu’au %4. Il est exactement tel que l’émetteur l’a signé, et vous faites confiance à cet émetteur.</translation>
    </message>
    <message>
        <source>Self-declared: nobody else checked it</source>
        <translation>Auto-déclaré&#xa0;: personne d’autre ne l’a vérifié</translation>
    </message>
    <message>
        <source>This is %1 made with sseassess. It has not changed since it was exported, but the organization assessed itself: no issuer checked its answers or certified anything.</source>
        <translation>Ce document est %1 fait avec sseassess. Il n’a pas changé depuis son export, mais l’organisation s’est évaluée elle-même&#xa0;: aucun émetteur n’a vérifié ses réponses ni certifié quoi que ce soit.</translation>
    </message>
    <message>
        <source>Not trusted here</source>
        <translation>Pas de confiance ici</translation>
    </message>
    <message>
        <source>This is %1, intact since it was signed, but by “%2”, an issuer you have not chosen to trust, or it is not valid today. Add the issuer&apos;s certificate above only if you received it from the issuer itself.</source>
        <translation>Ce document est %1, intact depuis sa signature, mais par «&#xa0;%2&#xa0;», un émetteur auquel vous n’avez pas choisi de faire confiance, ou il n’est pas valable aujourd’hui. N’ajoutez le certificat de l’émetteur ci-dessus que si vous l’avez reçu de l’émetteur lui-même.</translation>
    </message>
    <message>
        <source>Altered, forged or revoked: do not rely on it</source>
        <translation>Modifié, falsifié ou révoqué&#xa0;: ne vous y fiez pas</translation>
    </message>
    <message>
        <source>This file is not what was signed: it was changed afterwards, made to look like something it is not, or its certificate was revoked.</source>
        <translation>Ce fichier n’est pas ce qui a été signé&#xa0;: il a été modifié ensuite, fait pour ressembler à ce qu’il n’est pas, ou son certificat a été révoqué.</translation>
    </message>
    <message>
        <source>What was found:</source>
        <translation>Ce qui a été trouvé&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (key %2)</source>
        <translation>%1 (clé %2)</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Assessment of</source>
        <translation>Évaluation du</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signé par</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Numéro du certificat</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu’au</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Code de vérification</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
</context>
</TS>
