<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>ActionPlanPage</name>
    <message>
        <source>No action yet. Start from the suggestions for your weakest points, or add your own.</source>
        <translation>Todavía no hay ninguna acción. Parta de las sugerencias para sus puntos más débiles o agregue sus propias acciones.</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <source>&amp;Suggested actions…</source>
        <translation>Acciones &amp;sugeridas…</translation>
    </message>
    <message>
        <source>&amp;Add action</source>
        <translation>Agregar a&amp;cción</translation>
    </message>
    <message>
        <source>Re&amp;move action</source>
        <translation>&amp;Quitar acción</translation>
    </message>
    <message>
        <source>Back to &amp;results</source>
        <translation>&amp;Volver a los resultados</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Inicio</translation>
    </message>
    <message>
        <source>Action plan — %1</source>
        <translation>Plan de acción — %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No se ha guardado</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nueva acción</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Quitar acción</translation>
    </message>
    <message>
        <source>Remove “%1” from the plan?</source>
        <translation>¿Quitar «%1» del plan?</translation>
    </message>
    <message>
        <source>Suggested actions</source>
        <translation>Acciones sugeridas</translation>
    </message>
    <message>
        <source>Every suggested action is already in the plan.</source>
        <translation>Todas las acciones sugeridas ya están en el plan.</translation>
    </message>
</context>
<context>
    <name>ActionStatuses</name>
    <message>
        <source>Planned</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
</context>
<context>
    <name>ActionTableModel</name>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>For indicator</source>
        <translation>Indicador relacionado</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
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
        <translation>Ha ocurrido un problema inesperado en sseassess. Todo lo guardado hasta ahora se conserva. Envíe a los desarrolladores los detalles que contiene este archivo:
%1</translation>
    </message>
    <message>
        <source>sseassess cannot start</source>
        <translation>sseassess no puede iniciarse</translation>
    </message>
    <message>
        <source>The database file is damaged</source>
        <translation>El archivo de la base de datos está dañado</translation>
    </message>
    <message>
        <source>Restore the latest good backup (%1)? A copy of the damaged file is kept.</source>
        <translation>¿Restaurar la última copia de seguridad sana (%1)? Se guarda una copia del archivo dañado.</translation>
    </message>
</context>
<context>
    <name>AssessmentKinds</name>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Autoevaluación</translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <source>This assessment is finished; its answers are read-only.</source>
        <extracomment>How long the position must stay put before it is written.</extracomment>
        <translation>Esta evaluación está finalizada; sus respuestas ya no se pueden modificar.</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Rea&amp;brir</translation>
    </message>
    <message>
        <source>Characteristics</source>
        <translation>Características</translation>
    </message>
    <message>
        <source>Previous characteristic (Ctrl+Page Up)</source>
        <translation>Característica anterior (Ctrl+Re Pág)</translation>
    </message>
    <message>
        <source>Next characteristic (Ctrl+Page Down)</source>
        <translation>Característica siguiente (Ctrl+Av Pág)</translation>
    </message>
    <message>
        <source>See &amp;results</source>
        <translation>Ver &amp;resultados</translation>
    </message>
    <message>
        <source>Scores, chart and certificate rules (Ctrl+R)</source>
        <translation>Puntuaciones, gráfico y reglas del certificado (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Inicio</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <source>%1 of %2 — %3</source>
        <translation>%1 de %2 — %3</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>Respuestas: %1 de %2</translation>
    </message>
    <message>
        <source>change an answer</source>
        <translation>cambiar una respuesta</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No se ha guardado</translation>
    </message>
    <message>
        <source>✓ Saved at %1</source>
        <translation>✓ Guardado a las %1</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Agregar documento justificativo</translation>
    </message>
    <message>
        <source>Adding evidence…</source>
        <translation>Agregando el documento justificativo…</translation>
    </message>
    <message>
        <source>Evidence not added</source>
        <translation>No se agregó el documento justificativo</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>An&amp;terior</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n answer(s) kept here; trying again…</source>
        <translation>
            <numerusform>Sin guardar: %n respuesta conservada aquí; reintentando…</numerusform>
            <numerusform>Sin guardar: %n respuestas conservadas aquí; reintentando…</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Modificado en otro lugar</translation>
    </message>
    <message>
        <source>This answer was changed elsewhere (in another window, program or computer) while you were changing it here.

Keep your version and replace the other one?</source>
        <translation>Esta respuesta se modificó en otro lugar (en otra ventana, programa u ordenador) mientras usted la cambiaba aquí.

¿Conservar su versión y reemplazar la otra?</translation>
    </message>
    <message>
        <source>Updated with changes made elsewhere</source>
        <translation>Actualizado con los cambios hechos en otro lugar</translation>
    </message>
    <message>
        <source>Evidence not opened</source>
        <translation>No se ha abierto el documento justificativo</translation>
    </message>
    <message>
        <source>%1 is not a document or a picture (%2), so sseassess does not open it. You can save a copy and look at it with the right program.</source>
        <translation>%1 no es un documento ni una imagen (%2), así que sseassess no lo abre. Puede guardar una copia y examinarla con el programa adecuado.</translation>
    </message>
    <message>
        <source>Save a copy of the evidence</source>
        <translation>Guardar una copia del documento justificativo</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Quitar documento justificativo</translation>
    </message>
    <message>
        <source>Remove %1 from this answer?</source>
        <translation>¿Quitar %1 de esta respuesta?</translation>
    </message>
    <message>
        <source>Evidence not removed</source>
        <translation>No se quitó el documento justificativo</translation>
    </message>
</context>
<context>
    <name>AssessmentStatuses</name>
    <message>
        <source>Finished</source>
        <translation>Finalizada</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
</context>
<context>
    <name>ChangeTableModel</name>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Whose answer</source>
        <translation>Respuesta de</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>After the import</source>
        <translation>Después de la importación</translation>
    </message>
</context>
<context>
    <name>ChangesDialog</name>
    <message>
        <source>Accept these changes?</source>
        <translation>¿Aceptar estos cambios?</translation>
    </message>
    <message>
        <source>%1 would change answers already recorded here. Nothing has been changed yet: look at each change, then accept them all or cancel. An accepted import can be undone from the list of received files.</source>
        <translation>%1 cambiaría respuestas ya registradas aquí. Todavía no se ha cambiado nada: revise cada cambio y luego acéptelos todos o cancele. Una importación aceptada se puede deshacer desde la lista de archivos recibidos.</translation>
    </message>
    <message>
        <source>Changes to accept</source>
        <translation>Cambios que aceptar</translation>
    </message>
    <message>
        <source>&amp;Accept the changes</source>
        <translation>&amp;Aceptar los cambios</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
</context>
<context>
    <name>CharacteristicDeltaModel</name>
    <message>
        <source>Characteristic</source>
        <translation>Característica</translation>
    </message>
    <message>
        <source>Newly scored</source>
        <translation>Nueva puntuación</translation>
    </message>
    <message>
        <source>No longer scored</source>
        <translation>Ya sin puntuación</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Sin cambios</translation>
    </message>
</context>
<context>
    <name>CharacteristicResultsModel</name>
    <message>
        <source>Characteristic</source>
        <translation>Característica</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Mínimo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Sin puntuación</translation>
    </message>
    <message>
        <source>Below minimum</source>
        <translation>Por debajo del mínimo</translation>
    </message>
    <message>
        <source>Meets minimum</source>
        <translation>Alcanza el mínimo</translation>
    </message>
    <message>
        <source>Answered: {answered} of {total}</source>
        <translation>Indicadores respondidos: {answered} de {total}</translation>
    </message>
    <message>
        <source>Not applicable: {count}</source>
        <translation>No aplicables: {count}</translation>
    </message>
    <message>
        <source>Not answered yet: {count}</source>
        <translation>Aún sin respuesta: {count}</translation>
    </message>
</context>
<context>
    <name>CollectDialog</name>
    <message>
        <source>Collect answers</source>
        <translation>Recopilar respuestas</translation>
    </message>
    <message>
        <source>Choose the files the participants gave you (.sseassess). Each file is imported whole or not at all; a file imported twice changes nothing, and for each participant the latest answers are kept, whatever the order.</source>
        <translation>Elija los archivos que le entregaron los participantes (.sseassess). Cada archivo se importa entero o no se importa; un archivo importado dos veces no cambia nada y, de cada participante, se conservan las respuestas más recientes, sea cual sea el orden.</translation>
    </message>
    <message>
        <source>Workshop: {organization}, {date}</source>
        <translation>Taller: {organization}, {date}</translation>
    </message>
    <message>
        <source>Files to collect</source>
        <translation>Archivos que recopilar</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Agregar archivos…</translation>
    </message>
    <message>
        <source>Add files to collect</source>
        <translation>Agregar archivos que recopilar</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the selected files from the list</source>
        <translation>Quitar de la lista los archivos seleccionados</translation>
    </message>
    <message>
        <source>Collect progress</source>
        <translation>Progreso de la recopilación</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n actualizado</numerusform>
            <numerusform>%n actualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed as you accepted</source>
        <translation>
            <numerusform>%n cambiado como aceptó</numerusform>
            <numerusform>%n cambiados como aceptó</numerusform>
        </translation>
    </message>
    <message>
        <source>What each file gave</source>
        <translation>Lo que aportó cada archivo</translation>
    </message>
    <message>
        <source>&amp;Collect</source>
        <translation>&amp;Recopilar</translation>
    </message>
    <message>
        <source>Import the files in the list</source>
        <translation>Importar los archivos de la lista</translation>
    </message>
    <message>
        <source>&amp;Cancel collecting</source>
        <translation>&amp;Cancelar la recopilación</translation>
    </message>
    <message>
        <source>Stop after the file being imported</source>
        <translation>Detenerse después del archivo que se está importando</translation>
    </message>
    <message>
        <source>Choose the participants&apos; files</source>
        <translation>Elegir los archivos de los participantes</translation>
    </message>
    <message>
        <source>sseassess files (*.sseassess);;All files (*)</source>
        <translation>Archivos de sseassess (*.sseassess);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>%n importado</numerusform>
            <numerusform>%n importados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n sin cambios</numerusform>
            <numerusform>%n sin cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for your approval</source>
        <translation>
            <numerusform>%n a la espera de su aprobación</numerusform>
            <numerusform>%n a la espera de su aprobación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n rechazado</numerusform>
            <numerusform>%n rechazados</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Files: {counts}.</source>
        <translation>Archivos: {counts}.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n file(s) not read; the files above stay imported.</source>
        <translation>
            <numerusform>Cancelado: %n archivo sin leer; los archivos de arriba siguen importados.</numerusform>
            <numerusform>Cancelado: %n archivos sin leer; los archivos de arriba siguen importados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) belonged to another assessment and went there.</source>
        <translation>
            <numerusform>%n archivo pertenecía a otra evaluación y se importó en ella.</numerusform>
            <numerusform>%n archivos pertenecían a otra evaluación y se importaron en ella.</numerusform>
        </translation>
    </message>
    <message>
        <source>Collecting stopped because of an error in sseassess: {detail}</source>
        <translation>La recopilación se detuvo por un error de sseassess: {detail}</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Assessments compared</source>
        <translation>Evaluaciones comparadas</translation>
    </message>
    <message>
        <source>Characteristics</source>
        <translation>Características</translation>
    </message>
    <message>
        <source>Scores by characteristic, before and after</source>
        <translation>Puntuaciones por característica, antes y después</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Indicator levels, before and after</source>
        <translation>Niveles de los indicadores, antes y después</translation>
    </message>
    <message>
        <source>Changed indicators only</source>
        <translation>Solo los indicadores que han cambiado</translation>
    </message>
    <message>
        <source>All indicators</source>
        <translation>Todos los indicadores</translation>
    </message>
    <message>
        <source>Which indicators to show</source>
        <translation>Indicadores que mostrar</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Indicators shown</source>
        <translation>Indicadores mostrados</translation>
    </message>
    <message>
        <source>No indicator changed between the two assessments.</source>
        <translation>Ningún indicador ha cambiado entre las dos evaluaciones.</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Inicio</translation>
    </message>
    <message>
        <source>Back to the home page</source>
        <translation>Volver a la página de inicio</translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation>Puntuación global</translation>
    </message>
    <message>
        <source>Overall score, before and after</source>
        <translation>Puntuación global, antes y después</translation>
    </message>
    <message>
        <source>Change of the overall score</source>
        <translation>Variación de la puntuación global</translation>
    </message>
    <message>
        <source>Band, before and after</source>
        <translation>Tramo, antes y después</translation>
    </message>
    <message>
        <source>Indicators that moved</source>
        <translation>Indicadores que han cambiado</translation>
    </message>
    <message>
        <source>The assessment of {after} compared with the one of {before}.</source>
        <translation>La evaluación del {after} comparada con la del {before}.</translation>
    </message>
    <message>
        <source>Band: {before} → {after}</source>
        <translation>Tramo: {before} → {after}</translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s) improved</source>
        <translation>
            <numerusform>%n indicador ha mejorado</numerusform>
            <numerusform>%n indicadores han mejorado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s) declined</source>
        <translation>
            <numerusform>%n indicador ha empeorado</numerusform>
            <numerusform>%n indicadores han empeorado</numerusform>
        </translation>
    </message>
    <message>
        <source>Before: {date}</source>
        <translation>Antes: {date}</translation>
    </message>
    <message>
        <source>After: {date}</source>
        <translation>Después: {date}</translation>
    </message>
    <message>
        <source>Before ({date})</source>
        <translation>Antes ({date})</translation>
    </message>
    <message>
        <source>After ({date})</source>
        <translation>Después ({date})</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} indicators</source>
        <translation>Indicadores mostrados: {shown} de {total}</translation>
    </message>
</context>
<context>
    <name>ComparisonTableModel</name>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variación</translation>
    </message>
</context>
<context>
    <name>ConsensusPanel</name>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Median and spread</source>
        <translation>Mediana y dispersión</translation>
    </message>
    <message>
        <source>No participant has answered yet. Add participants, or import their answers.</source>
        <translation>Ningún participante respondió todavía. Agregue participantes o importe sus respuestas.</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Consenso</translation>
    </message>
    <message>
        <source>Use the &amp;median (M)</source>
        <translation>Usar la &amp;mediana (M)</translation>
    </message>
    <message>
        <source>Use the median as the consensus</source>
        <translation>Usar la mediana como consenso</translation>
    </message>
    <message>
        <source>C&amp;lear (Del)</source>
        <translation>&amp;Borrar (Supr)</translation>
    </message>
    <message>
        <source>Clear the consensus</source>
        <translation>Borrar el consenso</translation>
    </message>
    <message>
        <source>&amp;Not applicable…</source>
        <translation>&amp;No aplicable…</translation>
    </message>
    <message>
        <source>Agree that this indicator does not apply</source>
        <translation>Acordar que este indicador no se aplica</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Participants&apos; notes</source>
        <translation>Notas de los participantes</translation>
    </message>
    <message>
        <source>Who chose what</source>
        <translation>Quién eligió qué</translation>
    </message>
    <message>
        <source>No indicator to show.</source>
        <translation>Ningún indicador que mostrar.</translation>
    </message>
    <message>
        <source>Agree on level %1: %2</source>
        <translation>Acordar el nivel %1: %2</translation>
    </message>
    <message>
        <source>Agree on level %1 (key %1)</source>
        <translation>Acordar el nivel %1 (tecla %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participante</numerusform>
            <numerusform>%n participantes</numerusform>
        </translation>
    </message>
    <message>
        <source>No participant gave a level.</source>
        <translation>Ningún participante dio un nivel.</translation>
    </message>
    <message>
        <source>Record level %1, the median rounded down (key M)</source>
        <translation>Registrar el nivel %1, la mediana redondeada hacia abajo (tecla M)</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) marked it for discussion.</source>
        <translation>
            <numerusform>%n participante lo marcó «para debatir».</numerusform>
            <numerusform>%n participantes lo marcaron «para debatir».</numerusform>
        </translation>
    </message>
    <message>
        <source>No participant wrote a note here.</source>
        <translation>Ningún participante escribió una nota aquí.</translation>
    </message>
    <message>
        <source>Record that this indicator does not apply, with the reason.</source>
        <translation>Registrar que este indicador no se aplica, con el motivo.</translation>
    </message>
    <message>
        <source>This framework does not allow this indicator to be not applicable.</source>
        <translation>Este marco no permite declarar este indicador no aplicable.</translation>
    </message>
</context>
<context>
    <name>DivergencePage</name>
    <message>
        <source>Median %1 · Spread %2
Not applicable %3 · Not answered %4</source>
        <translation>Mediana %1 · Dispersión %2
No aplicable %3 · Sin respuesta %4</translation>
    </message>
    <message>
        <source>Consensus: not applicable</source>
        <translation>Consenso: no aplicable</translation>
    </message>
    <message>
        <source>Consensus: level %1</source>
        <translation>Consenso: nivel %1</translation>
    </message>
    <message>
        <source>No consensus recorded</source>
        <translation>No hay consenso registrado</translation>
    </message>
    <message>
        <source>No consensus yet</source>
        <translation>Todavía sin consenso</translation>
    </message>
    <message>
        <source>To discuss: %1 of the answers lie outside the two neighbouring levels most participants chose.</source>
        <translation>Para debatir: el %1 de las respuestas queda fuera de los dos niveles vecinos que eligió la mayoría.</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>Indicators with a consensus</source>
        <translation>Indicadores con consenso</translation>
    </message>
    <message>
        <source>Indicators to discuss</source>
        <translation>Indicadores para debatir</translation>
    </message>
    <message>
        <source>Share of indicators with a consensus</source>
        <translation>Proporción de indicadores con consenso</translation>
    </message>
    <message>
        <source>This workshop is finished: its consensus is read-only. Reopen it to change it.</source>
        <translation>Este taller está finalizado: su consenso es de solo lectura. Vuelva a abrirlo para cambiarlo.</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Rea&amp;brir</translation>
    </message>
    <message>
        <source>Reopen the workshop</source>
        <translation>Reabrir el taller</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Inicio</translation>
    </message>
    <message>
        <source>Back to the home page</source>
        <translation>Volver a la página de inicio</translation>
    </message>
    <message>
        <source>&amp;Present (F11)</source>
        <translation>&amp;Presentar (F11)</translation>
    </message>
    <message>
        <source>Presentation mode</source>
        <translation>Modo presentación</translation>
    </message>
    <message>
        <source>Full screen, one indicator at a time, in large type. Esc leaves.</source>
        <translation>Pantalla completa, un indicador cada vez, en letra grande. Esc para salir.</translation>
    </message>
    <message>
        <source>See &amp;results</source>
        <translation>Ver &amp;resultados</translation>
    </message>
    <message>
        <source>See the results of the consensus</source>
        <translation>Ver los resultados del consenso</translation>
    </message>
    <message>
        <source>Workshop on {date} — {participants}</source>
        <translation>Taller del {date} — {participants}</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participante</numerusform>
            <numerusform>%n participantes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to discuss, %2 of them without consensus</source>
        <translation>%1 para debatir, %2 de ellos sin consenso</translation>
    </message>
    <message>
        <source>%1 of %2 agreed</source>
        <translation>%1 de %2 acordados</translation>
    </message>
    <message>
        <source>No participants yet.</source>
        <translation>Todavía no hay participantes.</translation>
    </message>
    <message>
        <source>Hidden: the counts above say how many chose each level. Tick “Show individual answers” to see who chose what.</source>
        <translation>Oculto: los números de arriba dicen cuántos eligieron cada nivel. Marque «Mostrar las respuestas individuales» para ver quién eligió qué.</translation>
    </message>
    <message>
        <source>Level %1: %2</source>
        <translation>Nivel %1: %2</translation>
    </message>
    <message>
        <source>Not applicable: %1</source>
        <translation>No aplicable: %1</translation>
    </message>
    <message>
        <source>Not answered: %1</source>
        <translation>Sin respuesta: %1</translation>
    </message>
    <message>
        <source>Indicator %1 · %2 of %3 · %4</source>
        <translation>Indicador %1 · %2 de %3 · %4</translation>
    </message>
    <message>
        <source>No participant gave a level: there is no median.</source>
        <translation>Ningún participante dio un nivel: no hay mediana.</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>No aplicable</translation>
    </message>
    <message>
        <source>Why does this indicator not apply to the organization?</source>
        <translation>¿Por qué este indicador no se aplica a la organización?</translation>
    </message>
    <message>
        <source>Say why it does not apply; nothing was recorded.</source>
        <translation>Diga por qué no se aplica; no se registró nada.</translation>
    </message>
    <message>
        <source>No indicator to discuss in this list.</source>
        <translation>Ningún indicador para debatir en esta lista.</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>Quitar participante</translation>
    </message>
    <message>
        <source>Remove %1 and their answers from this workshop?</source>
        <translation>¿Quitar a %1 y sus respuestas de este taller?</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export PDF</source>
        <translation>Exportar a PDF</translation>
    </message>
    <message>
        <source>Create PDF files of the assessment of {organization} on {date}.</source>
        <translation>Cree los archivos PDF de la evaluación de {organization} del {date}.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>&amp;Certificate (one page)</source>
        <translation>&amp;Certificado (una página)</translation>
    </message>
    <message>
        <source>Export the certificate</source>
        <translation>Exportar el certificado</translation>
    </message>
    <message>
        <source>File name of the certificate</source>
        <translation>Nombre del archivo del certificado</translation>
    </message>
    <message>
        <source>Full &amp;report</source>
        <translation>&amp;Informe completo</translation>
    </message>
    <message>
        <source>Export the full report</source>
        <translation>Exportar el informe completo</translation>
    </message>
    <message>
        <source>File name of the full report</source>
        <translation>Nombre del archivo del informe completo</translation>
    </message>
    <message>
        <source>Include internal &amp;notes in the report</source>
        <translation>Incluir las &amp;notas internas en el informe</translation>
    </message>
    <message>
        <source>The report then prints, and carries inside the PDF, every internal note and evidence file name. Leave it off for a report that leaves the organization.</source>
        <translation>El informe imprime entonces, y lleva dentro del PDF, cada nota interna y cada nombre de archivo de evidencia. Déjelo sin marcar para un informe que sale de la organización.</translation>
    </message>
    <message>
        <source>Include the internal notes in the report</source>
        <translation>Incluir las notas internas en el informe</translation>
    </message>
    <message>
        <source>Folder to save the files in</source>
        <translation>Carpeta donde guardar los archivos</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Ele&amp;gir…</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Elegir la carpeta</translation>
    </message>
    <message>
        <source>Save &amp;in:</source>
        <translation>Guar&amp;dar en:</translation>
    </message>
    <message>
        <source>Language of the PDF</source>
        <translation>Idioma del PDF</translation>
    </message>
    <message>
        <source>&amp;Language of the PDF:</source>
        <translation>Idio&amp;ma del PDF:</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Resultado de la exportación</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Abrir la carpeta</translation>
    </message>
    <message>
        <source>{organization} {date} certificate</source>
        <translation>Certificado {organization} {date}</translation>
    </message>
    <message>
        <source>{organization} {date} report</source>
        <translation>Informe {organization} {date}</translation>
    </message>
    <message>
        <source>Open the folder of the exported files</source>
        <translation>Abrir la carpeta de los archivos exportados</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Export the chosen documents</source>
        <translation>Exportar los documentos elegidos</translation>
    </message>
    <message>
        <source>&amp;Cancel export</source>
        <translation>Ca&amp;ncelar la exportación</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Cancelar la exportación</translation>
    </message>
    <message>
        <source>Choose where to save the PDF files</source>
        <translation>Elija dónde guardar los archivos PDF</translation>
    </message>
    <message>
        <source>The certificate and the report need different file names.</source>
        <translation>El certificado y el informe deben tener nombres de archivo distintos.</translation>
    </message>
    <message>
        <source>Replace the files?</source>
        <translation>¿Reemplazar los archivos?</translation>
    </message>
    <message>
        <source>These files already exist in the folder and will be replaced:
{names}</source>
        <translation>Estos archivos ya existen en la carpeta y se reemplazarán:
{names}</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Se ha cancelado la exportación.</translation>
    </message>
    <message>
        <source>Exported to {folder}:
{names}</source>
        <translation>Archivos exportados a {folder}:
{names}</translation>
    </message>
    <message>
        <source>The files could not be written: {detail}</source>
        <translation>No se han podido escribir los archivos: {detail}</translation>
    </message>
    <message>
        <source>The export failed because of an error in sseassess: {detail}</source>
        <translation>La exportación ha fallado debido a un error de sseassess: {detail}</translation>
    </message>
</context>
<context>
    <name>FileJob</name>
    <message>
        <source>Writing the files…</source>
        <translation>Escribiendo los archivos…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Written:
%1</source>
        <translation>Archivos escritos:
%1</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir la carpeta</translation>
    </message>
</context>
<context>
    <name>HistoryTreeModel</name>
    <message>
        <source>Organization / date</source>
        <translation>Organización / fecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Tramo</translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s)</source>
        <translation>
            <numerusform>%n evaluación</numerusform>
            <numerusform>%n evaluaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Latest assessment, %1</source>
        <translation>Última evaluación (%1)</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Welcome to sseassess</source>
        <translation>Le damos la bienvenida a sseassess</translation>
    </message>
    <message>
        <source>Assess your organization against the charter of the International Coalition of Social and Solidarity Economy, keep your assessments over the years and see your progress. Everything stays on this computer.</source>
        <translation>Evalúe su organización con respecto a la carta de la Coalición Internacional de la Economía Social y Solidaria, conserve sus evaluaciones año tras año y vea sus avances. Todos sus datos se quedan en esta computadora.</translation>
    </message>
    <message>
        <source>Create my organization</source>
        <translation>Crear mi organización</translation>
    </message>
    <message>
        <source>Explore the demo organization</source>
        <translation>Explorar la organización de demostración</translation>
    </message>
    <message>
        <source>Organizations and their assessments</source>
        <translation>Organizaciones y sus evaluaciones</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>Consolidado</translation>
    </message>
    <message>
        <source>New &amp;organization</source>
        <translation>Nueva &amp;organización</translation>
    </message>
    <message>
        <source>&amp;Edit profile</source>
        <translation>&amp;Editar perfil</translation>
    </message>
    <message>
        <source>&amp;New assessment</source>
        <translation>&amp;Nueva evaluación</translation>
    </message>
    <message>
        <source>New from &amp;last answers</source>
        <translation>Nueva &amp;desde la última</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>&amp;Resultados</translation>
    </message>
    <message>
        <source>&amp;Workshop view</source>
        <translation>Vista del &amp;taller</translation>
    </message>
    <message>
        <source>Where participants agree and diverge, and the group&apos;s consensus</source>
        <translation>Dónde coinciden y divergen los participantes, y el consenso del grupo</translation>
    </message>
    <message>
        <source>New wor&amp;kshop</source>
        <translation>Nuevo ta&amp;ller</translation>
    </message>
    <message>
        <source>Start a workshop: several participants score, the group agrees</source>
        <translation>Iniciar un taller: varios participantes puntúan y el grupo acuerda</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>Co&amp;mparar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Start a new, empty assessment of this organization</source>
        <translation>Empezar una nueva evaluación en blanco de esta organización</translation>
    </message>
    <message>
        <source>Start a new assessment with the answers of the last one, to review them</source>
        <translation>Empezar una nueva evaluación con las respuestas de la anterior, para revisarlas</translation>
    </message>
    <message>
        <source>Compare two assessments of one organization (select two, or the organization to compare its last two)</source>
        <translation>Comparar dos evaluaciones de una misma organización (seleccione dos, o seleccione la organización para comparar sus dos últimas)</translation>
    </message>
    <message>
        <source>&amp;View answers</source>
        <translation>&amp;Ver respuestas</translation>
    </message>
    <message>
        <source>Delete the assessment of %1 dated %2, with all its answers, notes, evidence and action plan? This cannot be undone.</source>
        <translation>¿Eliminar la evaluación de %1 del %2, con todas sus respuestas, notas, documentos justificativos y su plan de acción? Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete %1 and all its assessments? This cannot be undone.</source>
        <translation>¿Eliminar %1 y todas sus evaluaciones? Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>ImportLog</name>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Paper form</source>
        <translation>Cuestionario en papel</translation>
    </message>
    <message>
        <source>Participants merged</source>
        <translation>Participantes fusionados</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Changed, as accepted</source>
        <translation>Cambiado, como se aceptó</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
</context>
<context>
    <name>ImportLogModel</name>
    <message>
        <source>%1, then undone</source>
        <translation>%1, luego deshecho</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>From whom</source>
        <translation>De quién</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>IndicatorDeltaModel</name>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>not answered or not applicable</source>
        <translation>sin respuesta o no aplicable</translation>
    </message>
    <message>
        <source>level {level}: {text}</source>
        <translation>nivel {level} — {text}</translation>
    </message>
    <message>
        <source>Newly answered</source>
        <translation>Nueva respuesta</translation>
    </message>
    <message>
        <source>No longer answered</source>
        <translation>Ya sin respuesta</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Before: {level}</source>
        <translation>Antes: {level}</translation>
    </message>
    <message>
        <source>After: {level}</source>
        <translation>Después: {level}</translation>
    </message>
</context>
<context>
    <name>IndicatorList</name>
    <message>
        <source>All indicators</source>
        <translation>Todos los indicadores</translation>
    </message>
    <message>
        <source>To discuss</source>
        <translation>Para debatir</translation>
    </message>
    <message>
        <source>Without consensus</source>
        <translation>Sin consenso</translation>
    </message>
    <message>
        <source>Which indicators to show</source>
        <translation>Indicadores que mostrar</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Characteristic to show</source>
        <translation>Característica que mostrar</translation>
    </message>
    <message>
        <source>C&amp;haracteristic:</source>
        <translation>C&amp;aracterística:</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Indicators shown</source>
        <translation>Indicadores mostrados</translation>
    </message>
    <message>
        <source>All characteristics</source>
        <translation>Todas las características</translation>
    </message>
    <message>
        <source>Showing %1 of %2 indicators</source>
        <translation>Se muestran %1 de %2 indicadores</translation>
    </message>
</context>
<context>
    <name>IndicatorSpreadModel</name>
    <message>
        <source>Indicator</source>
        <extracomment>Which indicators the list shows.</extracomment>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Answers 0–4</source>
        <translation>Respuestas 0–4</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Dispersión</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Consenso</translation>
    </message>
    <message>
        <source>How many participants chose each level, 0 to 4</source>
        <translation>Cuántos participantes eligieron cada nivel, de 0 a 4</translation>
    </message>
    <message>
        <source>Highest level given minus lowest level given</source>
        <translation>Nivel más alto dado menos nivel más bajo dado</translation>
    </message>
    <message>
        <source>The level the group agreed on</source>
        <translation>El nivel que acordó el grupo</translation>
    </message>
    <message>
        <source>Level %1: %2</source>
        <translation>Nivel %1: %2</translation>
    </message>
    <message>
        <source>Not applicable: %1. Not answered: %2.</source>
        <translation>No aplicable: %1. Sin respuesta: %2.</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>No aplicable</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Nivel %1</translation>
    </message>
    <message>
        <source>To discuss</source>
        <translation>Para debatir</translation>
    </message>
    <message>
        <source>To discuss: participants are %1 levels apart.</source>
        <translation>Para debatir: los participantes están a %1 niveles de distancia.</translation>
    </message>
</context>
<context>
    <name>IndicatorWidget</name>
    <message>
        <source>Indicator %1</source>
        <translation>Indicador %1</translation>
    </message>
    <message>
        <source>Essential criterion: level %1 or more is needed for a certificate</source>
        <translation>Criterio esencial: para obtener un certificado se requiere el nivel %1 o superior</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>Show help</source>
        <translation>Mostrar la ayuda</translation>
    </message>
    <message>
        <source>Level %1: %2</source>
        <translation>Nivel %1: %2</translation>
    </message>
    <message>
        <source>Not applicable to us</source>
        <translation>No aplicable a nuestra organización</translation>
    </message>
    <message>
        <source>Why does it not apply? (required)</source>
        <translation>¿Por qué no se aplica? (obligatorio)</translation>
    </message>
    <message>
        <source>Reason it does not apply</source>
        <translation>Motivo por el que no se aplica</translation>
    </message>
    <message>
        <source>Say why this does not apply to save it.</source>
        <translation>Indique por qué no se aplica para que se guarde la respuesta.</translation>
    </message>
    <message>
        <source>Note (optional): facts, sources, remarks…</source>
        <translation>Nota (opcional): hechos, fuentes, observaciones…</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Not saved yet: sseassess keeps what you typed here and will try again.</source>
        <translation>Aún sin guardar: sseassess conserva lo que escribió aquí y volverá a intentarlo.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No se ha guardado</translation>
    </message>
    <message>
        <source>Mark for discussion</source>
        <translation>Para debatir</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Documentos justificativos</translation>
    </message>
    <message>
        <source>Add evidence…</source>
        <translation>Agregar documento justificativo…</translation>
    </message>
    <message>
        <source>Add files, or drop them on this indicator</source>
        <translation>Agregue archivos o arrástrelos a este indicador</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>This note is too long to be saved: %1 characters, at most %2. Shorten it; until then the note saved before is kept.</source>
        <translation>Esta nota es demasiado larga para guardarse: %1 caracteres, como máximo %2. Acórtela; mientras tanto se conserva la nota guardada antes.</translation>
    </message>
</context>
<context>
    <name>IssuerDialog</name>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>For a secretariat: check members&apos; self-assessments and issue numbered charter certificates signed with the issuer&apos;s key. Reviewers trust the issuer&apos;s public certificate, issuer.pem, in its folder.</source>
        <translation>Para una secretaría: verificar las autoevaluaciones de los miembros y emitir certificados de la carta numerados, firmados con la clave del emisor. Los revisores confían en el certificado público del emisor, issuer.pem, en su carpeta.</translation>
    </message>
    <message>
        <source>The issuer&apos;s folder</source>
        <translation>La carpeta del emisor</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>E&amp;legir…</translation>
    </message>
    <message>
        <source>Choose the issuer&apos;s folder</source>
        <translation>Elegir la carpeta del emisor</translation>
    </message>
    <message>
        <source>Issuer &amp;folder:</source>
        <translation>&amp;Carpeta del emisor:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Crear</translation>
    </message>
    <message>
        <source>I&amp;ssue</source>
        <translation>E&amp;mitir</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Registro</translation>
    </message>
    <message>
        <source>Create &amp;issuer</source>
        <translation>Crear el &amp;emisor</translation>
    </message>
    <message>
        <source>Do this tab&apos;s step</source>
        <translation>Hacer el paso de esta pestaña</translation>
    </message>
    <message>
        <source>Work under way</source>
        <translation>Trabajo en curso</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>The issuer&apos;s name</source>
        <translation>El nombre del emisor</translation>
    </message>
    <message>
        <source>optional: https://… printed in the QR codes</source>
        <translation>opcional: https://… impreso en los códigos QR</translation>
    </message>
    <message>
        <source>The issuer&apos;s web address</source>
        <translation>La dirección web del emisor</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>La frase de contraseña de nuevo</translation>
    </message>
    <message>
        <source>The key is kept in the folder, encrypted with the passphrase (8 characters or more). Without the passphrase nothing can be issued: keep it safe.</source>
        <translation>La clave se guarda en la carpeta, cifrada con la frase de contraseña (8 caracteres o más). Sin la frase de contraseña no se puede emitir nada: guárdela en lugar seguro.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation>Dirección &amp;web:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>De &amp;nuevo:</translation>
    </message>
    <message>
        <source>The member&apos;s submission</source>
        <translation>La solicitud del miembro</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>El&amp;egir…</translation>
    </message>
    <message>
        <source>Choose the member&apos;s submission</source>
        <translation>Elegir la solicitud del miembro</translation>
    </message>
    <message>
        <source>Last day of validity</source>
        <translation>Último día de validez</translation>
    </message>
    <message>
        <source>The issuer&apos;s passphrase</source>
        <translation>La frase de contraseña del emisor</translation>
    </message>
    <message>
        <source>The submission is a member&apos;s self-assessment certificate (PDF) or their .sseassess file. It must be intact and made with the official framework; its answers are scored again here, and a submission that does not meet the rules is refused.</source>
        <translation>La solicitud es el certificado de autoevaluación de un miembro (PDF) o su archivo .sseassess. Debe estar intacta y hecha con el marco oficial; sus respuestas se puntúan de nuevo aquí, y una solicitud que no cumple las reglas se rechaza.</translation>
    </message>
    <message>
        <source>Su&amp;bmission:</source>
        <translation>&amp;Solicitud:</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation>&amp;Válido hasta:</translation>
    </message>
    <message>
        <source>P&amp;assphrase:</source>
        <translation>F&amp;rase de contraseña:</translation>
    </message>
    <message>
        <source>Charter certificates issued</source>
        <translation>Certificados de la carta emitidos</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitido el</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válido hasta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Re&amp;vocar…</translation>
    </message>
    <message>
        <source>Revoke the chosen certificate</source>
        <translation>Revocar el certificado elegido</translation>
    </message>
    <message>
        <source>Passp&amp;hrase:</source>
        <translation>Fra&amp;se de contraseña:</translation>
    </message>
    <message>
        <source>Publish the registry where reviewers can fetch it: it lists every number and whether it was revoked, signed so that an edited copy is detected.</source>
        <translation>Publique el registro donde los revisores puedan obtenerlo: enumera cada número y si fue revocado, firmado para que se detecte una copia modificada.</translation>
    </message>
    <message>
        <source>&amp;Issue certificate…</source>
        <translation>&amp;Emitir el certificado…</translation>
    </message>
    <message>
        <source>&amp;Write registry…</source>
        <translation>&amp;Escribir el registro…</translation>
    </message>
    <message>
        <source>Choose a folder for a new issuer, or an issuer&apos;s.</source>
        <translation>Elija una carpeta para un nuevo emisor, o la de un emisor.</translation>
    </message>
    <message>
        <source>No issuer in this folder yet: create one in the Create tab.</source>
        <translation>Todavía no hay emisor en esta carpeta: cree uno en la pestaña Crear.</translation>
    </message>
    <message>
        <source>Issuer: %1 (key %2). Give reviewers %3.</source>
        <translation>Emisor: %1 (clave %2). Entregue a los revisores %3.</translation>
    </message>
    <message>
        <source>revoked on %1</source>
        <translation>revocado el %1</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>válido</translation>
    </message>
    <message>
        <source>Save the charter certificate as</source>
        <translation>Guardar el certificado de la carta como</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the registry as</source>
        <translation>Guardar el registro como</translation>
    </message>
    <message>
        <source>Registries (*.json)</source>
        <translation>Registros (*.json)</translation>
    </message>
    <message>
        <source>That failed because of an error in sseassess: %1</source>
        <translation>Falló por un error de sseassess: %1</translation>
    </message>
    <message>
        <source>Issuer “%1” created. Give reviewers its certificate: %2</source>
        <translation>Emisor «%1» creado. Entregue a los revisores su certificado: %2</translation>
    </message>
    <message>
        <source>Submissions (*.pdf *.sseassess);;All files (*)</source>
        <translation>Solicitudes (*.pdf *.sseassess);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 charter certificate</source>
        <translation>%1 certificado de la carta</translation>
    </message>
    <message>
        <source>Charter certificate No. %1 issued to %2, valid until %3:
%4</source>
        <translation>Certificado de la carta n.º %1 emitido a %2, válido hasta el %3:
%4</translation>
    </message>
    <message>
        <source>Revoke the certificate?</source>
        <translation>¿Revocar el certificado?</translation>
    </message>
    <message>
        <source>Revoke charter certificate No. %1? It cannot be undone. Reviewers see it once you publish the registry again.</source>
        <translation>¿Revocar el certificado de la carta n.º %1? No se puede deshacer. Los revisores lo ven cuando vuelva a publicar el registro.</translation>
    </message>
    <message>
        <source>No. %1 is revoked. Write the registry again and publish it.</source>
        <translation>El n.º %1 está revocado. Escriba de nuevo el registro y publíquelo.</translation>
    </message>
    <message>
        <source>Registry of %1 certificates written to %2</source>
        <translation>Registro de %1 certificados escrito en %2</translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Cerrar esta ventana</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; choose another one.</source>
        <translation>La carpeta {folder} no existe; elija otra.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Join a workshop</source>
        <translation>Unirse a un taller</translation>
    </message>
    <message>
        <source>Choose the workshop file the facilitator gave you (.sseassess). Your answers stay on this computer until you send them with “Send my answers”.</source>
        <translation>Elija el archivo del taller que le dio la persona que facilita el taller (.sseassess). Sus respuestas se quedan en esta computadora hasta que las envíe con «Enviar mis respuestas».</translation>
    </message>
    <message>
        <source>Workshop file</source>
        <translation>Archivo del taller</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>E&amp;legir…</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Su rol</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>Workshop:</source>
        <translation>Taller:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <source>Your &amp;role:</source>
        <translation>Su &amp;rol:</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Unirse</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Choose the workshop file</source>
        <translation>Elegir el archivo del taller</translation>
    </message>
    <message>
        <source>sseassess files (*.sseassess);;All files (*)</source>
        <translation>Archivos sseassess (*.sseassess);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>{organization}, {date}</source>
        <translation>{organization}, {date}</translation>
    </message>
    <message>
        <source>This file is for {name}: their answers keep one identity.</source>
        <translation>Este archivo es para {name}: sus respuestas conservan una sola identidad.</translation>
    </message>
</context>
<context>
    <name>LevelHistogram</name>
    <message>
        <source>Answers by level</source>
        <translation>Respuestas por nivel</translation>
    </message>
    <message>
        <source>Level %1: %2</source>
        <translation>Nivel %1: %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>sseassess — SSE charter self-assessment</source>
        <translation>sseassess — autoevaluación según la carta de la ESS</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>New &amp;organization…</source>
        <translation>&amp;Nueva organización…</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Inicio</translation>
    </message>
    <message>
        <source>&amp;Verify a PDF…</source>
        <translation>&amp;Verificar un PDF…</translation>
    </message>
    <message>
        <source>&amp;Issuer (secretariat)…</source>
        <translation>&amp;Emisor (secretaría)…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>Hacer &amp;copia de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>&amp;Taller</translation>
    </message>
    <message>
        <source>Send the workshop to &amp;laptops…</source>
        <translation>Enviar el taller a las &amp;computadoras…</translation>
    </message>
    <message>
        <source>&amp;Collect answers…</source>
        <translation>&amp;Recopilar respuestas…</translation>
    </message>
    <message>
        <source>Import pa&amp;per answers…</source>
        <translation>Importar respuestas en &amp;papel…</translation>
    </message>
    <message>
        <source>&amp;Received files…</source>
        <translation>Archivos &amp;recibidos…</translation>
    </message>
    <message>
        <source>Participant&apos;s &amp;answers…</source>
        <translation>Respuestas de un p&amp;articipante…</translation>
    </message>
    <message>
        <source>&amp;Join a workshop…</source>
        <translation>&amp;Unirse a un taller…</translation>
    </message>
    <message>
        <source>&amp;Send my answers…</source>
        <translation>&amp;Enviar mis respuestas…</translation>
    </message>
    <message>
        <source>&amp;Paper questionnaire…</source>
        <translation>Cuestionario en &amp;papel…</translation>
    </message>
    <message>
        <source>&amp;Export answers (Excel, CSV)…</source>
        <translation>E&amp;xportar las respuestas (Excel, CSV)…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About sseassess</source>
        <translation>&amp;Acerca de sseassess</translation>
    </message>
    <message>
        <source>First choose a workshop on the home page.</source>
        <translation>Elija primero un taller en la página de inicio.</translation>
    </message>
    <message>
        <source>Send the workshop to laptops</source>
        <translation>Enviar el taller a las computadoras</translation>
    </message>
    <message>
        <source>Anyone who joins (each laptop says who answers)</source>
        <translation>Cualquiera que se una (cada computadora dice quién responde)</translation>
    </message>
    <message>
        <source>For whom is this file?</source>
        <translation>¿Para quién es este archivo?</translation>
    </message>
    <message>
        <source>workshop</source>
        <comment>suggested file name</comment>
        <translation>taller</translation>
    </message>
    <message>
        <source>sseassess files (*.sseassess)</source>
        <translation>Archivos sseassess (*.sseassess)</translation>
    </message>
    <message>
        <source>Import paper answers</source>
        <translation>Importar respuestas en papel</translation>
    </message>
    <message>
        <source>Received files</source>
        <translation>Archivos recibidos</translation>
    </message>
    <message>
        <source>Participant&apos;s answers</source>
        <translation>Respuestas de un participante</translation>
    </message>
    <message>
        <source>First choose an assessment on the home page.</source>
        <translation>Elija primero una evaluación en la página de inicio.</translation>
    </message>
    <message>
        <source>Paper questionnaire</source>
        <translation>Cuestionario en papel</translation>
    </message>
    <message>
        <source>questionnaire</source>
        <comment>suggested file name</comment>
        <translation>cuestionario</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>{name}-template</source>
        <comment>file name</comment>
        <translation>{name}-plantilla</translation>
    </message>
    <message>
        <source>Export answers</source>
        <translation>Exportar las respuestas</translation>
    </message>
    <message>
        <source>answers</source>
        <comment>suggested file name</comment>
        <translation>respuestas</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Libro de Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <source>sseassess database (*.db)</source>
        <translation>Base de datos de sseassess (*.db)</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>sseassess database (*.db);;All files (*)</source>
        <translation>Base de datos de sseassess (*.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Replace the database by the backup %1?

What was changed since that backup will be gone from the application; a copy of the database as it is now is kept beside the backups.</source>
        <translation>¿Reemplazar la base de datos por la copia de seguridad %1?

Lo que se cambió desde esa copia desaparecerá de la aplicación; se guarda una copia de la base de datos tal como está ahora junto a las copias de seguridad.</translation>
    </message>
    <message>
        <source>The database file is damaged</source>
        <translation>El archivo de la base de datos está dañado</translation>
    </message>
    <message>
        <source>The database file is damaged: %1

Restore the latest good backup? A copy of the damaged file is kept.</source>
        <translation>El archivo de la base de datos está dañado: %1

¿Restaurar la última copia de seguridad sana? Se guarda una copia del archivo dañado.</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>No restaurado</translation>
    </message>
    <message>
        <source>The backup %1 was restored.</source>
        <translation>Se restauró la copia de seguridad %1.</translation>
    </message>
    <message>
        <source>The database it replaced was kept as %1.</source>
        <translation>La base de datos reemplazada se guardó como %1.</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurado</translation>
    </message>
    <message>
        <source>About sseassess</source>
        <translation>Acerca de sseassess</translation>
    </message>
    <message>
        <source>sseassess %1

Self-assessment of Social and Solidarity Economy organizations against the charter of the International Coalition of Social and Solidarity Economy (ICSSE). Your data stays on this computer.</source>
        <translation>sseassess %1

Autoevaluación de organizaciones de la economía social y solidaria con respecto a la carta de la Coalición Internacional de la Economía Social y Solidaria (ICSSE). Sus datos se quedan en esta computadora.</translation>
    </message>
    <message>
        <source>Data folder: %1
Database: %2</source>
        <translation>Carpeta de datos: %1
Base de datos: %2</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Abrir la carpeta</translation>
    </message>
    <message>
        <source>Answers not saved</source>
        <translation>Respuestas sin guardar</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) could not be saved: the database is in use by another program or cannot be written. They are still on screen.

Try again, or quit and lose them?</source>
        <translation>
            <numerusform>No se pudo guardar %n respuesta: la base de datos está en uso por otro programa o no se puede escribir. Sigue en pantalla.

¿Reintentar, o salir y perderla?</numerusform>
            <numerusform>No se pudieron guardar %n respuestas: la base de datos está en uso por otro programa o no se puede escribir. Siguen en pantalla.

¿Reintentar, o salir y perderlas?</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Abriendo la base de datos…</translation>
    </message>
</context>
<context>
    <name>OutcomeTableModel</name>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Changed, as you accepted</source>
        <translation>Cambiado, como aceptó</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Waiting for your approval</source>
        <translation>A la espera de su aprobación</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>PaperAnswersDialog</name>
    <message>
        <source>Import paper answers</source>
        <translation>Importar respuestas en papel</translation>
    </message>
    <message>
        <source>Type one participant&apos;s paper answers into the template (Workshop ▸ Paper questionnaire), then import it here for that participant. Answers already recorded are only changed once you accept each change.</source>
        <translation>Escriba las respuestas en papel de un participante en la plantilla (Taller ▸ Cuestionario en papel) y luego impórtela aquí para ese participante. Las respuestas ya registradas solo cambian cuando acepta cada cambio.</translation>
    </message>
    <message>
        <source>Answers file</source>
        <translation>Archivo de respuestas</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>E&amp;legir…</translation>
    </message>
    <message>
        <source>Whose answers</source>
        <translation>Respuestas de quién</translation>
    </message>
    <message>
        <source>A new participant</source>
        <translation>Un participante nuevo</translation>
    </message>
    <message>
        <source>Name of the new participant</source>
        <translation>Nombre del participante nuevo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>&amp;Whose answers:</source>
        <translation>Respuestas de &amp;quién:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Choose the filled-in template</source>
        <translation>Elegir la plantilla rellenada</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>Hojas de cálculo (*.xlsx *.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) imported for {name}.</source>
        <translation>
            <numerusform>%n respuesta importada para {name}.</numerusform>
            <numerusform>%n respuestas importadas para {name}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantAnswersDialog</name>
    <message>
        <source>Participant&apos;s answers</source>
        <translation>Respuestas de un participante</translation>
    </message>
    <message>
        <source>This window shows one person&apos;s answers by name: keep it off the projector.</source>
        <translation>Esta ventana muestra las respuestas de una persona, con su nombre: no la proyecte.</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>The participant&apos;s answers</source>
        <translation>Las respuestas del participante</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Corrected level</source>
        <translation>Nivel corregido</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Corrected note</source>
        <translation>Nota corregida</translation>
    </message>
    <message>
        <source>Save the &amp;correction</source>
        <translation>Guardar la &amp;corrección</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Nivel:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>The other record of the same person</source>
        <translation>La otra ficha de la misma persona</translation>
    </message>
    <message>
        <source>&amp;Merge into this participant</source>
        <translation>&amp;Fusionar en este participante</translation>
    </message>
    <message>
        <source>The same person answered on two laptops: keep this record, with the newer of the two sets of answers; later files from either laptop come here.</source>
        <translation>La misma persona respondió en dos computadoras: conservar esta ficha, con la más reciente de las dos series de respuestas; los archivos posteriores de ambas computadoras llegan aquí.</translation>
    </message>
    <message>
        <source>Same person as:</source>
        <translation>Misma persona que:</translation>
    </message>
    <message>
        <source>Not applicable: %1</source>
        <translation>No aplicable: %1</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Nivel %1</translation>
    </message>
    <message>
        <source>Corrected. “Received files” can undo it.</source>
        <translation>Corregido. «Archivos recibidos» permite deshacerlo.</translation>
    </message>
    <message>
        <source>Merged. “Received files” can undo it.</source>
        <translation>Fusionado. «Archivos recibidos» permite deshacerlo.</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Add participant</source>
        <translation>Agregar participante</translation>
    </message>
    <message>
        <source>Record someone who scores on this computer in turn. Their name is shown only when the facilitator chooses to show names.</source>
        <translation>Registre a una persona que puntúa por turnos en esta computadora. Su nombre solo se muestra si la persona que facilita el taller decide mostrar los nombres.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>A first name or a nickname is enough</source>
        <translation>Basta con un nombre de pila o un apodo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Sin especificar</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Agregar</translation>
    </message>
</context>
<context>
    <name>ParticipantLabels</name>
    <message>
        <source>Participant %1</source>
        <translation>Participante %1</translation>
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
        <translation>Respondió %1 de %2 indicadores</translation>
    </message>
</context>
<context>
    <name>ParticipantRoles</name>
    <message>
        <source>Member</source>
        <translation>Persona asociada</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Persona trabajadora</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Consejo de administración</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Persona voluntaria</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Persona beneficiaria</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Number of participants</source>
        <translation>Número de participantes</translation>
    </message>
    <message>
        <source>Show individual &amp;answers</source>
        <translation>Mostrar las respuestas &amp;individuales</translation>
    </message>
    <message>
        <source>Show individual answers</source>
        <translation>Mostrar las respuestas individuales</translation>
    </message>
    <message>
        <source>What the screen shows of each participant</source>
        <translation>Lo que la pantalla muestra de cada participante</translation>
    </message>
    <message>
        <source>&amp;Add participant…</source>
        <translation>&amp;Agregar participante…</translation>
    </message>
    <message>
        <source>Add a participant</source>
        <translation>Agregar un participante</translation>
    </message>
    <message>
        <source>Re&amp;move participant…</source>
        <translation>&amp;Quitar participante…</translation>
    </message>
    <message>
        <source>Remove the selected participant and their answers</source>
        <translation>Quitar al participante seleccionado y sus respuestas</translation>
    </message>
    <message>
        <source>Results by role</source>
        <translation>Resultados por rol</translation>
    </message>
    <message>
        <source>Overall score by role</source>
        <translation>Puntuación global por rol</translation>
    </message>
    <message>
        <source>No participant has a role yet.</source>
        <translation>Ningún participante tiene rol todavía.</translation>
    </message>
    <message>
        <source>A role held by fewer than %1 participants who answered is hidden, here and next to the participants, so that nobody&apos;s answers can be guessed.</source>
        <translation>Un rol que tienen menos de %1 participantes que respondieron se oculta, aquí y junto a los participantes, para que nadie pueda adivinar las respuestas de alguien.</translation>
    </message>
    <message>
        <source>Shown now: each participant&apos;s name, and under each question who chose which level. For the facilitator&apos;s eyes, not for the projector.</source>
        <translation>Se muestra ahora: el nombre de cada participante y, bajo cada pregunta, quién eligió qué nivel. Para la persona que facilita el taller, no para el proyector.</translation>
    </message>
    <message>
        <source>Shown now: participants as Participant 1, 2, … and only how many chose each level. Ticking it shows each name and who chose which level.</source>
        <translation>Se muestra ahora: los participantes como Participante 1, 2, … y solo cuántos eligieron cada nivel. Al marcarlo se muestra cada nombre y quién eligió qué nivel.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participante</numerusform>
            <numerusform>%n participantes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PresentationView</name>
    <message>
        <source>Workshop — presentation</source>
        <translation>Taller — presentación</translation>
    </message>
    <message>
        <source>Presentation of one indicator</source>
        <translation>Presentación de un indicador</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>0–4: consensus · M: use the median · ↑ ↓: move · N: next to discuss · Esc: leave</source>
        <translation>0–4: consenso · M: usar la mediana · ↑ ↓: moverse · N: siguiente para debatir · Esc: salir</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Organization profile</source>
        <translation>Perfil de la organización</translation>
    </message>
    <message>
        <source>New organization</source>
        <translation>Nueva organización</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Sin especificar</translation>
    </message>
    <message>
        <source>e.g. agriculture, health, housing, crafts</source>
        <translation>p. ej., agricultura, salud, vivienda, artesanía</translation>
    </message>
    <message>
        <source>None of these / not a signatory</source>
        <translation>Ninguna de estas / no signataria</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Legal form:</source>
        <translation>&amp;Forma jurídica:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Sector:</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>&amp;Miembros:</translation>
    </message>
    <message>
        <source>&amp;Employees:</source>
        <translation>Personas &amp;empleadas:</translation>
    </message>
    <message>
        <source>&amp;Founded in:</source>
        <translation>F&amp;undada en:</translation>
    </message>
    <message>
        <source>Charter &amp;category:</source>
        <translation>&amp;Categoría de signatario:</translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <source>Radar chart of the characteristics</source>
        <translation>Gráfico de radar de las características</translation>
    </message>
    <message>
        <source>No scores to show.</source>
        <translation>No hay puntuaciones que mostrar.</translation>
    </message>
    <message>
        <source>{name}: {score}</source>
        <translation>{name}: {score}</translation>
    </message>
    <message>
        <source>{series} — {values}.</source>
        <translation>{series} — {values}.</translation>
    </message>
    <message>
        <source>Minimum required — {values}.</source>
        <translation>Mínimo requerido — {values}.</translation>
    </message>
    <message>
        <source>{number}. {name}</source>
        <translation>{number}. {name}</translation>
    </message>
    <message>
        <source>Minimum required</source>
        <translation>Mínimo requerido</translation>
    </message>
    <message>
        <source>Minimum required: {score}</source>
        <translation>Mínimo requerido: {score}</translation>
    </message>
</context>
<context>
    <name>ReceivedFilesDialog</name>
    <message>
        <source>Received files</source>
        <translation>Archivos recibidos</translation>
    </message>
    <message>
        <source>What arrived in this workshop, newest first: participants&apos; files, paper forms, merges and corrections. Undo puts back what an import replaced.</source>
        <translation>Lo que llegó a este taller, del más reciente al más antiguo: archivos de participantes, cuestionarios en papel, fusiones y correcciones. Deshacer repone lo que una importación sustituyó.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undo the selected import</source>
        <translation>Deshacer la importación elegida</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Undone: what this import replaced is back.</source>
        <translation>Deshecho: lo que esta importación había sustituido ha vuelto.</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Scores by characteristic</source>
        <translation>Puntuaciones por característica</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Fortalezas</translation>
    </message>
    <message>
        <source>Areas to improve</source>
        <translation>Aspectos a mejorar</translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation>Puntuación global</translation>
    </message>
    <message>
        <source>out of 100</source>
        <translation>sobre 100</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Tramo</translation>
    </message>
    <message>
        <source>What the band means</source>
        <translation>Qué significa el tramo</translation>
    </message>
    <message>
        <source>Share of indicators answered</source>
        <translation>Proporción de indicadores respondidos</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Inicio</translation>
    </message>
    <message>
        <source>Back to the home page</source>
        <translation>Volver a la página de inicio</translation>
    </message>
    <message>
        <source>&amp;Back to answers</source>
        <translation>&amp;Volver a las respuestas</translation>
    </message>
    <message>
        <source>Back to the answers</source>
        <translation>Volver a las respuestas</translation>
    </message>
    <message>
        <source>&amp;Action plan</source>
        <translation>&amp;Plan de acción</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <source>&amp;Finish assessment</source>
        <translation>&amp;Finalizar la evaluación</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exportar a PDF…</translation>
    </message>
    <message>
        <source>Export PDF files</source>
        <translation>Exportar los archivos PDF</translation>
    </message>
    <message>
        <source>No score yet</source>
        <translation>Aún sin puntuación</translation>
    </message>
    <message>
        <source>Answer some indicators to get a score.</source>
        <translation>Responda a algunos indicadores para obtener una puntuación.</translation>
    </message>
    <message>
        <source>{share} of the indicators answered</source>
        <translation>{share} de los indicadores respondidos</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Evaluación en taller</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Autoevaluación</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finalizada</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>{kind} of {date} — {status}</source>
        <translation>{kind} del {date} — {status}</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>Rea&amp;brir</translation>
    </message>
    <message>
        <source>Reopen the assessment</source>
        <translation>Reabrir la evaluación</translation>
    </message>
    <message>
        <source>Make the answers editable again.</source>
        <translation>Permite volver a modificar las respuestas.</translation>
    </message>
    <message>
        <source>Finish the assessment</source>
        <translation>Finalizar la evaluación</translation>
    </message>
    <message>
        <source>Mark the assessment finished; its answers stay as they are until reopened.</source>
        <translation>Marca la evaluación como finalizada; sus respuestas ya no se podrán modificar, salvo que la reabra.</translation>
    </message>
    <message>
        <source>A certificate can be issued: every condition is met.</source>
        <translation>Se puede emitir un certificado: se cumplen todas las condiciones.</translation>
    </message>
    <message>
        <source>Use “Export PDF…” to create the certificate.</source>
        <translation>Use «Exportar a PDF…» para crear el certificado.</translation>
    </message>
    <message>
        <source>No certificate yet, because:</source>
        <translation>Todavía no hay certificado, porque:</translation>
    </message>
    <message>
        <source>Not every indicator is answered: {share} answered, {required} needed.</source>
        <translation>No todos los indicadores tienen respuesta: {share} respondidos, se requiere un {required}.</translation>
    </message>
    <message>
        <source>There is no overall score yet.</source>
        <translation>Todavía no hay puntuación global.</translation>
    </message>
    <message>
        <source>The overall score, {score}, is under the minimum of {minimum}.</source>
        <translation>La puntuación global, {score}, está por debajo del mínimo de {minimum}.</translation>
    </message>
    <message>
        <source>“{name}” has no scored indicator; it needs {minimum}.</source>
        <translation>«{name}» aún no tiene ningún indicador respondido, por lo que no tiene puntuación; su mínimo es {minimum}.</translation>
    </message>
    <message>
        <source>“{name}” scores {score}, under its minimum of {minimum}.</source>
        <translation>«{name}» obtiene {score}, por debajo de su mínimo de {minimum}.</translation>
    </message>
    <message>
        <source>your answer is level {level}.</source>
        <translation>su respuesta está en el nivel {level}.</translation>
    </message>
    <message>
        <source>it is not answered yet.</source>
        <translation>todavía no se ha respondido.</translation>
    </message>
    <message>
        <source>Essential criterion not met: “{question}” needs at least level {required}; {current}</source>
        <translation>Criterio esencial no cumplido: «{question}» requiere al menos el nivel {required}; {current}</translation>
    </message>
    <message>
        <source>Level {level} of {maximum}</source>
        <translation>Nivel {level} de {maximum}</translation>
    </message>
    <message>
        <source>No indicator at level {level} or above yet.</source>
        <translation>Todavía ningún indicador está en el nivel {level} o superior.</translation>
    </message>
    <message>
        <source>No indicator at level {level} or below.</source>
        <translation>Ningún indicador está en el nivel {level} o inferior.</translation>
    </message>
    <message>
        <source>The assessment could not be changed</source>
        <translation>No se ha podido modificar la evaluación</translation>
    </message>
</context>
<context>
    <name>RoleResultsModel</name>
    <message>
        <source>hidden (fewer than %1 participants)</source>
        <translation>oculto (menos de %1 participantes)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation>Puntuación global</translation>
    </message>
    <message>
        <source>Results of a role are shown only when enough participants hold it, so that nobody&apos;s answers can be guessed.</source>
        <translation>Los resultados de un rol solo se muestran cuando lo tienen suficientes participantes, para que nadie pueda adivinar las respuestas de otra persona.</translation>
    </message>
</context>
<context>
    <name>SendAnswersDialog</name>
    <message>
        <source>Send my answers</source>
        <translation>Enviar mis respuestas</translation>
    </message>
    <message>
        <source>Save your answers in a file and give it to the facilitator of the workshop (on a USB stick or by e-mail). If you change your answers later, send them again: the facilitator keeps your latest ones.</source>
        <translation>Guarde sus respuestas en un archivo y entrégueselo a la persona que facilita el taller (en una memoria USB o por correo electrónico). Si después cambia sus respuestas, vuelva a enviarlas: se conservarán las más recientes.</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>{organization}, {date}</source>
        <translation>{organization}, {date}</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>The same name each time you send</source>
        <translation>El mismo nombre en cada envío</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Su rol</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Sin especificar</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Archivo que escribir</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Ele&amp;gir…</translation>
    </message>
    <message>
        <source>Choose where to save the file</source>
        <translation>Elegir dónde guardar el archivo</translation>
    </message>
    <message>
        <source>&amp;Workshop:</source>
        <translation>&amp;Taller:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <source>Your &amp;role:</source>
        <translation>Su &amp;rol:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Write my answers to the file</source>
        <translation>Escribir mis respuestas en el archivo</translation>
    </message>
    <message>
        <source>There is no workshop on this computer yet: first import the workshop file the facilitator gave you.</source>
        <translation>Todavía no hay ningún taller en esta computadora: importe primero el archivo del taller que le entregó la persona que lo facilita.</translation>
    </message>
    <message>
        <source>Save my answers as</source>
        <translation>Guardar mis respuestas como</translation>
    </message>
    <message>
        <source>sseassess files (*.sseassess)</source>
        <translation>Archivos de sseassess (*.sseassess)</translation>
    </message>
    <message numerus="yes">
        <source>Your answers (%n) are saved in {file}. Give this file to the facilitator.</source>
        <translation>
            <numerusform>Su respuesta (%n) está guardada en {file}. Entregue este archivo a la persona que facilita el taller.</numerusform>
            <numerusform>Sus respuestas (%n) están guardadas en {file}. Entregue este archivo a la persona que facilita el taller.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file could not be written because of an error in sseassess: {detail}</source>
        <translation>No se pudo escribir el archivo por un error de sseassess: {detail}</translation>
    </message>
</context>
<context>
    <name>SuggestionsDialog</name>
    <message>
        <source>Suggested actions</source>
        <translation>Acciones sugeridas</translation>
    </message>
    <message>
        <source>Actions suggested for the essential criteria not met and the weakest indicators. Tick those you want in your plan.</source>
        <translation>Acciones sugeridas para los criterios esenciales no cumplidos y los indicadores más débiles. Marque las que quiera incluir en su plan.</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a PDF</source>
        <translation>Verificar un PDF</translation>
    </message>
    <message>
        <source>Check a certificate or report made with sseassess: whether it was changed after it was signed, who signed it, and whether it comes from an issuer you trust.</source>
        <translation>Verifique un certificado o un informe hecho con sseassess: si fue modificado después de firmarse, quién lo firmó y si proviene de un emisor en el que usted confía.</translation>
    </message>
    <message>
        <source>The PDF to verify</source>
        <translation>El PDF que verificar</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>E&amp;legir…</translation>
    </message>
    <message>
        <source>Choose the PDF to verify</source>
        <translation>Elegir el PDF que verificar</translation>
    </message>
    <message>
        <source>&amp;PDF file:</source>
        <translation>Archivo &amp;PDF:</translation>
    </message>
    <message>
        <source>Issuers you trust</source>
        <translation>Emisores de confianza</translation>
    </message>
    <message>
        <source>A charter certificate is valid only if you trust its issuer: add the issuer&apos;s public certificate (issuer.pem), received from the issuer itself.</source>
        <translation>Un certificado de la carta solo es válido si usted confía en su emisor: agregue el certificado público del emisor (issuer.pem), recibido del propio emisor.</translation>
    </message>
    <message>
        <source>Issuer certificates you trust</source>
        <translation>Los certificados de emisores en los que confía</translation>
    </message>
    <message>
        <source>&amp;Add issuer certificate…</source>
        <translation>&amp;Agregar un certificado de emisor…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the chosen issuer certificate</source>
        <translation>Quitar el certificado de emisor elegido</translation>
    </message>
    <message>
        <source>none: revocation is not checked</source>
        <translation>ninguno: no se verifica la revocación</translation>
    </message>
    <message>
        <source>The issuer&apos;s signed registry</source>
        <translation>El registro firmado del emisor</translation>
    </message>
    <message>
        <source>Choo&amp;se…</source>
        <translation>Eli&amp;gir…</translation>
    </message>
    <message>
        <source>Choose the issuer&apos;s registry</source>
        <translation>Elegir el registro del emisor</translation>
    </message>
    <message>
        <source>Re&amp;gistry:</source>
        <translation>Re&amp;gistro:</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <source>Verify the PDF</source>
        <translation>Verificar el PDF</translation>
    </message>
    <message>
        <source>Verification under way</source>
        <translation>Verificación en curso</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Resultado de la verificación</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Choose an issuer&apos;s certificate</source>
        <translation>Elegir el certificado de un emisor</translation>
    </message>
    <message>
        <source>Issuer certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados de emisor (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>Archivos PDF (*.pdf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Registries (*.json);;All files (*)</source>
        <translation>Registros (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The check failed because of an error in sseassess: %1</source>
        <translation>La verificación falló por un error de sseassess: %1</translation>
    </message>
    <message>
        <source>Cannot be checked</source>
        <translation>No se puede verificar</translation>
    </message>
    <message>
        <source>Valid charter certificate</source>
        <translation>Certificado de la carta válido</translation>
    </message>
    <message>
        <source>Charter certificate No. %1, issued by %2 to %3 and valid until %4. It is exactly as the issuer signed it, and the issuer is one you trust.</source>
        <translation>Certificado de la carta n.º %1, emitido por %2 a %3 y válido hasta el %4. Está exactamente como el emisor lo firmó, y usted confía en ese emisor.</translation>
    </message>
    <message>
        <source>Self-declared: nobody else checked it</source>
        <translation>Autodeclarado: nadie más lo verificó</translation>
    </message>
    <message>
        <source>This is %1 made with sseassess. It has not changed since it was exported, but the organization assessed itself: no issuer checked its answers or certified anything.</source>
        <translation>Este documento es %1 hecho con sseassess. No ha cambiado desde que se exportó, pero la organización se evaluó a sí misma: ningún emisor verificó sus respuestas ni certificó nada.</translation>
    </message>
    <message>
        <source>Not trusted here</source>
        <translation>Sin confianza aquí</translation>
    </message>
    <message>
        <source>This is %1, intact since it was signed, but by “%2”, an issuer you have not chosen to trust, or it is not valid today. Add the issuer&apos;s certificate above only if you received it from the issuer itself.</source>
        <translation>Este documento es %1, intacto desde que se firmó, pero por «%2», un emisor en el que usted no ha elegido confiar, o no es válido hoy. Agregue el certificado del emisor arriba solo si lo recibió del propio emisor.</translation>
    </message>
    <message>
        <source>Altered, forged or revoked: do not rely on it</source>
        <translation>Alterado, falsificado o revocado: no confíe en él</translation>
    </message>
    <message>
        <source>This file is not what was signed: it was changed afterwards, made to look like something it is not, or its certificate was revoked.</source>
        <translation>Este archivo no es lo que se firmó: se modificó después, se hizo pasar por lo que no es, o su certificado fue revocado.</translation>
    </message>
    <message>
        <source>What was found:</source>
        <translation>Lo que se encontró:</translation>
    </message>
    <message>
        <source>%1 (key %2)</source>
        <translation>%1 (clave %2)</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Assessment of</source>
        <translation>Evaluación del</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Firmado por</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Número del certificado</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válido hasta</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Código de verificación</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
</context>
</TS>
