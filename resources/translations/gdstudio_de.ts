<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>CompareTab</name>
    <message>
        <source>fixed</source>
        <translation>fest</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exakt</translation>
    </message>
    <message>
        <source>preset races</source>
        <translation>Wettlauf-Vorlagen</translation>
    </message>
    <message>
        <source>Preset races…</source>
        <translation>Wettlauf-Vorlagen…</translation>
    </message>
    <message>
        <source>A race to start from: it sets the Function tab&apos;s f and start and the race&apos;s runs</source>
        <translation>Ein Wettlauf als Ausgangspunkt: Er setzt f und Startpunkt des Tabs „Funktion“ sowie die Läufe des Wettlaufs</translation>
    </message>
    <message>
        <source>the race&apos;s runs, one a row</source>
        <translation>die Läufe des Wettlaufs, einer pro Zeile</translation>
    </message>
    <message>
        <source>step size</source>
        <translation>Schrittweite</translation>
    </message>
    <message>
        <source>σ: the run&apos;s updates use ∇f + σξ, ξ standard normal (run i&apos;s noise seeded with i); 0 for the plain run</source>
        <translation>σ: Die Updates des Laufs verwenden ∇f + σξ, ξ standardnormalverteilt (das Rauschen von Lauf i mit Seed i); 0 für den Lauf ohne Rauschen</translation>
    </message>
    <message>
        <source>the run&apos;s step size α: the fixed γ, or a line search that starts each step at α₀ = γ (backtracking until f falls enough, a strong-Wolfe search, or the minimiser along the direction); for gradient descent, Newton, BFGS, L-BFGS and conjugate gradients</source>
        <translation>die Schrittweite α des Laufs: das feste γ oder eine Liniensuche, die jeden Schritt bei α₀ = γ beginnt (Backtracking, bis f genug fällt, eine Strong-Wolfe-Suche oder das Minimum entlang der Richtung); für Gradientenabstieg, Newton, BFGS, L-BFGS und konjugierte Gradienten</translation>
    </message>
    <message>
        <source>Animated GIF (*.gif)</source>
        <translation>Animiertes GIF (*.gif)</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation>MP4-Video (*.mp4)</translation>
    </message>
    <message>
        <source>Race as animated GIF</source>
        <translation>Wettlauf als animiertes GIF</translation>
    </message>
    <message>
        <source>Race as MP4 video</source>
        <translation>Wettlauf als MP4-Video</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Export race as an animation</source>
        <translation>Wettlauf als Animation exportieren</translation>
    </message>
    <message>
        <source>Log-scale loss</source>
        <translation>Verlust logarithmisch</translation>
    </message>
    <message>
        <source>Take function and start from the Function tab</source>
        <translation>Funktion und Start aus dem Tab „Funktion“ übernehmen</translation>
    </message>
    <message>
        <source>Race: runs side by side</source>
        <translation>Wettlauf: Läufe nebeneinander</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <source>start x, y</source>
        <translation>Start x, y</translation>
    </message>
    <message>
        <source>the run&apos;s colour: click to choose another</source>
        <translation>Farbe des Laufs: klicken, um eine andere zu wählen</translation>
    </message>
    <message>
        <source>Click the contour to move the start of the selected runs (of all, when none is selected).</source>
        <translation>Klicken Sie in die Höhenlinien, um den Start der ausgewählten Läufe zu verschieben (aller, wenn keiner ausgewählt ist).</translation>
    </message>
    <message>
        <source>Add run</source>
        <translation>Lauf hinzufügen</translation>
    </message>
    <message>
        <source>Remove run</source>
        <translation>Lauf entfernen</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Race playback</source>
        <translation>Wiedergabe des Wettlaufs</translation>
    </message>
    <message>
        <source>Export race as GIF or MP4…</source>
        <translation>Wettlauf als GIF oder MP4 exportieren…</translation>
    </message>
    <message>
        <source>log-scale loss</source>
        <translation>Verlust logarithmisch</translation>
    </message>
    <message>
        <source>What each run carries</source>
        <translation>Was jeder Lauf mitführt</translation>
    </message>
    <message>
        <source>What each optimizer carries into its next step. velocity b: the momentum buffer the next step carries in; 1/(√v + ε): the factor by which an adaptive optimizer divides each coordinate of its step; Δw: the next step itself. The white arrows on the contour are −γb where the optimizer has a velocity (momentum, Nesterov) and Δw for the adaptive ones (AdaGrad, RMSProp, Adam). For a run with a line search, or Newton, BFGS, L-BFGS and conjugate gradients, the arrow is the next direction d times the first step size the search will try, α₀.</source>
        <translation>Was jeder Optimierer in seinen nächsten Schritt mitnimmt. Geschwindigkeit b: der Momentum-Puffer, den der nächste Schritt mitnimmt; 1/(√v + ε): der Faktor, durch den ein adaptiver Optimierer jede Koordinate seines Schritts teilt; Δw: der nächste Schritt selbst. Die weißen Pfeile auf den Höhenlinien sind −γb, wo der Optimierer eine Geschwindigkeit hat (Momentum, Nesterov), und Δw bei den adaptiven (AdaGrad, RMSProp, Adam). Bei einem Lauf mit Liniensuche sowie bei Newton, BFGS, L-BFGS und konjugierten Gradienten ist der Pfeil die nächste Richtung d mal der ersten Schrittweite, die die Suche versuchen wird, α₀.</translation>
    </message>
    <message>
        <source>How many times each run has evaluated f, its gradient ∇f and its Hessian H: a line search tries several step sizes a step, so a fair race compares evaluations, not steps.</source>
        <translation>Wie oft jeder Lauf f, seinen Gradienten ∇f und seine Hesse-Matrix H ausgewertet hat: Eine Liniensuche probiert pro Schritt mehrere Schrittweiten, daher vergleicht ein fairer Wettlauf Auswertungen, nicht Schritte.</translation>
    </message>
    <message>
        <source>Sweep: which γ works?</source>
        <translation>γ-Durchlauf: Welches γ funktioniert?</translation>
    </message>
    <message>
        <source>smallest γ</source>
        <translation>kleinstes γ</translation>
    </message>
    <message>
        <source>largest γ</source>
        <translation>größtes γ</translation>
    </message>
    <message>
        <source>values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>Run sweep</source>
        <translation>γ-Durchlauf starten</translation>
    </message>
    <message>
        <source>Uses the Function tab&apos;s optimizer, start, step limit and tolerance. Click a point to use its γ.</source>
        <translation>Verwendet Optimierer, Start, Schrittgrenze und Toleranz des Tabs „Funktion“. Klicken Sie auf einen Punkt, um sein γ zu übernehmen.</translation>
    </message>
    <message>
        <source>contour of f(x, y) with the race&apos;s paths</source>
        <translation>Höhenlinien von f(x, y) mit den Pfaden des Wettlaufs</translation>
    </message>
    <message>
        <source>loss of each run of the race against the step t</source>
        <translation>Verlust jedes Laufs des Wettlaufs über dem Schritt t</translation>
    </message>
    <message>
        <source>the sweep&apos;s final loss against γ</source>
        <translation>Endverlust des γ-Durchlaufs über γ</translation>
    </message>
    <message>
        <source>the sweep&apos;s steps to converge against γ</source>
        <translation>Schritte bis zur Konvergenz im γ-Durchlauf über γ</translation>
    </message>
    <message>
        <source>Race</source>
        <translation>Wettlauf</translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation>γ-Durchlauf</translation>
    </message>
    <message>
        <source>the run&apos;s optimizer</source>
        <translation>Optimierer des Laufs</translation>
    </message>
    <message>
        <source>the run&apos;s step size: the fixed γ, or a line search starting at α₀ = γ</source>
        <translation>Schrittweite des Laufs: das feste γ oder eine Liniensuche ab α₀ = γ</translation>
    </message>
    <message>
        <source>the run&apos;s step size</source>
        <translation>Schrittweite des Laufs</translation>
    </message>
    <message>
        <source>the run&apos;s learning rate γ</source>
        <translation>Lernrate γ des Laufs</translation>
    </message>
    <message>
        <source>the run&apos;s start x, y</source>
        <translation>Start x, y des Laufs</translation>
    </message>
    <message>
        <source>choose this run&apos;s colour</source>
        <translation>Farbe dieses Laufs wählen</translation>
    </message>
    <message>
        <source>the run&apos;s colour</source>
        <translation>Farbe des Laufs</translation>
    </message>
    <message>
        <source>σ of the gradient noise: the run&apos;s updates use ∇f + σξ (fixed-γ optimizers only)</source>
        <translation>σ des Gradientenrauschens: Die Updates des Laufs verwenden ∇f + σξ (nur Optimierer mit festem γ)</translation>
    </message>
    <message>
        <source>the run&apos;s gradient noise σ</source>
        <translation>Gradientenrauschen σ des Laufs</translation>
    </message>
    <message>
        <source>Gradient noise pairs with the fixed-γ optimizers: a line search or a direction needs the true gradient.</source>
        <translation>Gradientenrauschen gehört zu den Optimierern mit festem γ: Eine Liniensuche oder eine Richtung braucht den wahren Gradienten.</translation>
    </message>
    <message>
        <source>A race takes at most {count} runs here.</source>
        <translation>Ein Wettlauf hat hier höchstens {count} Läufe.</translation>
    </message>
    <message>
        <source>A race needs at least one run.</source>
        <translation>Ein Wettlauf braucht mindestens einen Lauf.</translation>
    </message>
    <message>
        <source>A start point must lie between {low} and {high}.</source>
        <translation>Ein Startpunkt muss zwischen {low} und {high} liegen.</translation>
    </message>
    <message>
        <source>Run colour</source>
        <translation>Farbe des Laufs</translation>
    </message>
    <message>
        <source>The function changed: run the sweep again for the new one.</source>
        <translation>Die Funktion hat sich geändert: Starten Sie den γ-Durchlauf für die neue Funktion erneut.</translation>
    </message>
    <message>
        <source>f(x, y) = {function}. The sweep uses the Function tab&apos;s start ({start}) and optimizer ({optimizer}).</source>
        <translation>f(x, y) = {function}. Der γ-Durchlauf verwendet Start ({start}) und Optimierer ({optimizer}) des Tabs „Funktion“.</translation>
    </message>
    <message>
        <source>The race starts again from t = 0: replaying its {steps} steps would take too long.</source>
        <translation>Der Wettlauf beginnt wieder bei t = 0: Seine {steps} Schritte nachzuspielen würde zu lange dauern.</translation>
    </message>
    <message>
        <source>Play continues the race from its latest step, t = {t}.</source>
        <translation>Abspielen setzt den Wettlauf bei seinem neuesten Schritt fort, t = {t}.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Every run has stopped: press Reset (R) to race again.</source>
        <translation>Alle Läufe sind beendet: Drücken Sie Zurücksetzen (R), um den Wettlauf neu zu starten.</translation>
    </message>
    <message>
        <source>stopped by an error</source>
        <translation>durch einen Fehler gestoppt</translation>
    </message>
    <message>
        <source>the race&apos;s paths on the contour of f(x, y): {runs}</source>
        <translation>die Pfade des Wettlaufs auf den Höhenlinien von f(x, y): {runs}</translation>
    </message>
    <message>
        <source>loss of each run against the step t: {runs}</source>
        <translation>Verlust jedes Laufs über dem Schritt t: {runs}</translation>
    </message>
    <message>
        <source>&lt;i&gt;At the latest step, t = {latest} (the timeline shows t = {shown}):&lt;/i&gt;</source>
        <translation>&lt;i&gt;Beim neuesten Schritt, t = {latest} (die Zeitleiste zeigt t = {shown}):&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Evaluations&lt;/b&gt; (the cost of a step with a line search):</source>
        <translation>&lt;b&gt;Auswertungen&lt;/b&gt; (die Kosten eines Schritts mit Liniensuche):</translation>
    </message>
    <message>
        <source>Cancel sweep</source>
        <translation>γ-Durchlauf abbrechen</translation>
    </message>
    <message>
        <source>Sweep cancelled.</source>
        <translation>γ-Durchlauf abgebrochen.</translation>
    </message>
    <message>
        <source>The smallest γ must be below the largest.</source>
        <translation>Das kleinste γ muss unter dem größten liegen.</translation>
    </message>
    <message>
        <source>Running {count} learning rates in lockstep…</source>
        <translation>{count} Lernraten laufen im Gleichschritt…</translation>
    </message>
    <message>
        <source>{summary}.
The curvature at ({point}): {note}</source>
        <translation>{summary}.
Die Krümmung bei ({point}): {note}</translation>
    </message>
</context>
<context>
    <name>ContourPlot</name>
    <message>
        <source>contour of f(x, y) with the descent path</source>
        <translation>Höhenlinien von f(x, y) mit dem Abstiegspfad</translation>
    </message>
</context>
<context>
    <name>DataPlot</name>
    <message>
        <source>the data with the network&apos;s output</source>
        <translation>die Daten mit der Ausgabe des Netzes</translation>
    </message>
    <message>
        <source>train</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>{target} (points), f_w (field)</source>
        <translation>{target} (Punkte), f_w (Feld)</translation>
    </message>
</context>
<context>
    <name>Descent</name>
    <message>
        <source>the start point must be finite numbers</source>
        <translation>der Startpunkt muss aus endlichen Zahlen bestehen</translation>
    </message>
    <message>
        <source>the learning rate must be a positive number, not {value}</source>
        <translation>die Lernrate muss eine positive Zahl sein, nicht {value}</translation>
    </message>
    <message>
        <source>the step limit must be a whole number from 0 to {limit}</source>
        <translation>die Schrittgrenze muss eine ganze Zahl von 0 bis {limit} sein</translation>
    </message>
    <message>
        <source>the tolerance must be a number ≥ 0</source>
        <translation>die Toleranz muss eine Zahl ≥ 0 sein</translation>
    </message>
    <message>
        <source>the gradient noise σ must be a number</source>
        <translation>das Gradientenrauschen σ muss eine Zahl sein</translation>
    </message>
    <message>
        <source>the gradient noise σ must be a finite number ≥ 0, not {value}</source>
        <translation>das Gradientenrauschen σ muss eine endliche Zahl ≥ 0 sein, nicht {value}</translation>
    </message>
    <message>
        <source>the noise seed must be a whole number ≥ 0, not {value}</source>
        <translation>der Rausch-Seed muss eine ganze Zahl ≥ 0 sein, nicht {value}</translation>
    </message>
    <message>
        <source>gradient noise pairs with the fixed-γ rules: a line search or a second-order direction needs the true gradient</source>
        <translation>Gradientenrauschen passt nur zu den Regeln mit festem γ: eine Liniensuche oder eine Richtung zweiter Ordnung braucht den wahren Gradienten</translation>
    </message>
    <message>
        <source>{optimizer} makes its whole step with the fixed γ: a line search pairs with a direction ({directions})</source>
        <translation>{optimizer} macht seinen ganzen Schritt mit dem festen γ: eine Liniensuche gehört zu einer Richtung ({directions})</translation>
    </message>
    <message>
        <source>{optimizer} needs the Hessian of f, which only a typed function f(x, y) has</source>
        <translation>{optimizer} braucht die Hesse-Matrix von f, die nur eine eingegebene Funktion f(x, y) hat</translation>
    </message>
    <message>
        <source>restart: d was not a descent direction (∇fᵀd = {slope} ≥ 0), so d = −∇f</source>
        <translation>Neustart: d war keine Abstiegsrichtung (∇fᵀd = {slope} ≥ 0), daher d = −∇f</translation>
    </message>
    <message>
        <source>d is not a descent direction ({reason})</source>
        <translation>d ist keine Abstiegsrichtung ({reason})</translation>
    </message>
</context>
<context>
    <name>Directions</name>
    <message>
        <source>BFGS update skipped: yᵀs = {curvature} ≤ 0 (no positive curvature along the step)</source>
        <translation>BFGS-Update übersprungen: yᵀs = {curvature} ≤ 0 (keine positive Krümmung entlang des Schritts)</translation>
    </message>
    <message>
        <source>the memory m must be a whole number, not {value}</source>
        <translation>das Gedächtnis m muss eine ganze Zahl sein, nicht {value}</translation>
    </message>
    <message>
        <source>pair not stored: yᵀs = {curvature} ≤ 10⁻¹⁰</source>
        <translation>Paar nicht gespeichert: yᵀs = {curvature} ≤ 10⁻¹⁰</translation>
    </message>
    <message>
        <source>restart: −∇f + βd_prev (β = {beta}) is not a descent direction, so d = −∇f</source>
        <translation>Neustart: −∇f + βd_prev (β = {beta}) ist keine Abstiegsrichtung, daher d = −∇f</translation>
    </message>
    <message>
        <source>the Hessian is not a number here</source>
        <translation>die Hesse-Matrix ist hier keine Zahl</translation>
    </message>
    <message>
        <source>H is singular (eigenvalues {eigenvalues}): modified Newton uses max(|λ|, δ) = {used}, so d points downhill</source>
        <translation>H ist singulär (Eigenwerte {eigenvalues}): modifiziertes Newton nutzt max(|λ|, δ) = {used}, damit d abwärts zeigt</translation>
    </message>
    <message>
        <source>H is not positive definite (eigenvalues {eigenvalues}): modified Newton uses max(|λ|, δ) = {used}, so d points downhill</source>
        <translation>H ist nicht positiv definit (Eigenwerte {eigenvalues}): modifiziertes Newton nutzt max(|λ|, δ) = {used}, damit d abwärts zeigt</translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <source>no acceptable step size was found</source>
        <translation>keine annehmbare Schrittweite gefunden</translation>
    </message>
    <message>
        <source>the line search failed at step {step}: {note}</source>
        <translation>die Liniensuche scheiterte bei Schritt {step}: {note}</translation>
    </message>
    <message>
        <source>d is not a descent direction</source>
        <translation>d ist keine Abstiegsrichtung</translation>
    </message>
    <message>
        <source>stopped before step {step}: {note}</source>
        <translation>angehalten vor Schritt {step}: {note}</translation>
    </message>
    <message>
        <source>{reason}, at the start</source>
        <translation>{reason}, am Start</translation>
    </message>
    <message>
        <source>{reason}, at step {step}</source>
        <translation>{reason}, bei Schritt {step}</translation>
    </message>
    <message>
        <source>undefined at the start: f or ∇f is not a real number there</source>
        <translation>undefiniert am Start: f oder ∇f ist dort keine reelle Zahl</translation>
    </message>
    <message>
        <source>undefined at step {step}: f or ∇f is not a real number there</source>
        <translation>undefiniert bei Schritt {step}: f oder ∇f ist dort keine reelle Zahl</translation>
    </message>
    <message>
        <source>converged at step {step}: the gradient is all but zero (‖∇f‖ = {norm} &lt; {tolerance}) — but this is a saddle point, not a minimum</source>
        <translation>konvergiert bei Schritt {step}: der Gradient ist so gut wie null (‖∇f‖ = {norm} &lt; {tolerance}) – aber das ist ein Sattelpunkt, kein Minimum</translation>
    </message>
    <message>
        <source>converged at step {step}: the gradient is all but zero (‖∇f‖ = {norm} &lt; {tolerance}) — but this is a maximum</source>
        <translation>konvergiert bei Schritt {step}: der Gradient ist so gut wie null (‖∇f‖ = {norm} &lt; {tolerance}) – aber das ist ein Maximum</translation>
    </message>
    <message>
        <source>converged at step {step}: the gradient is all but zero (‖∇f‖ = {norm} &lt; {tolerance}) — the surface is flat here, it may not be a minimum</source>
        <translation>konvergiert bei Schritt {step}: der Gradient ist so gut wie null (‖∇f‖ = {norm} &lt; {tolerance}) – die Fläche ist hier flach, es ist vielleicht kein Minimum</translation>
    </message>
    <message>
        <source>converged at step {step}: the gradient is all but zero (‖∇f‖ = {norm} &lt; {tolerance}): a local minimum</source>
        <translation>konvergiert bei Schritt {step}: der Gradient ist so gut wie null (‖∇f‖ = {norm} &lt; {tolerance}): ein lokales Minimum</translation>
    </message>
    <message>
        <source>converged at step {step}: the gradient is all but zero (‖∇f‖ = {norm} &lt; {tolerance})</source>
        <translation>konvergiert bei Schritt {step}: der Gradient ist so gut wie null (‖∇f‖ = {norm} &lt; {tolerance})</translation>
    </message>
    <message>
        <source>stopped at the step limit ({limit} steps) before the gradient reached zero (‖∇f‖ = {norm})</source>
        <translation>an der Schrittgrenze ({limit} Schritte) angehalten, bevor der Gradient null erreichte (‖∇f‖ = {norm})</translation>
    </message>
    <message>
        <source>diverged at step {step}: f decreases without bound in this direction (no minimum there)</source>
        <translation>divergiert bei Schritt {step}: f fällt in dieser Richtung unbegrenzt (dort gibt es kein Minimum)</translation>
    </message>
    <message>
        <source>diverged at step {step}: γ too large, the steps overshoot and grow</source>
        <translation>divergiert bei Schritt {step}: γ zu groß, die Schritte schießen über und wachsen</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>ready: press Play or Step</source>
        <translation>bereit: Abspielen oder Schritt drücken</translation>
    </message>
    <message>
        <source>paused at step {step}</source>
        <translation>pausiert bei Schritt {step}</translation>
    </message>
</context>
<context>
    <name>ExportAnimation</name>
    <message>
        <source>GIF export needs Pillow, the optional &apos;animation&apos; extra: pip install &apos;gdstudio[animation]&apos;</source>
        <translation>Der GIF-Export braucht Pillow, das optionale Extra &apos;animation&apos;: pip install &apos;gdstudio[animation]&apos;</translation>
    </message>
    <message>
        <source>MP4 export needs imageio-ffmpeg, the optional &apos;video&apos; extra: pip install &apos;gdstudio[video]&apos;</source>
        <translation>Der MP4-Export braucht imageio-ffmpeg, das optionale Extra &apos;video&apos;: pip install &apos;gdstudio[video]&apos;</translation>
    </message>
    <message>
        <source>animated GIF</source>
        <translation>animiertes GIF</translation>
    </message>
    <message>
        <source>MP4 video</source>
        <translation>MP4-Video</translation>
    </message>
    <message>
        <source>animation</source>
        <translation>Animation</translation>
    </message>
    <message>
        <source>an animation is written as .gif or .mp4, not a file without a suffix</source>
        <translation>Eine Animation wird als .gif oder .mp4 geschrieben, nicht als Datei ohne Endung</translation>
    </message>
    <message>
        <source>an animation is written as .gif or .mp4, not {suffix}</source>
        <translation>Eine Animation wird als .gif oder .mp4 geschrieben, nicht als {suffix}</translation>
    </message>
    <message>
        <source>a GIF frame must be an image or a (height, width, 3 or 4) array of bytes</source>
        <translation>Ein GIF-Bild muss ein Bild oder ein Byte-Array der Form (Höhe, Breite, 3 oder 4) sein</translation>
    </message>
    <message>
        <source>the frame duration must be positive</source>
        <translation>Die Bilddauer muss positiv sein</translation>
    </message>
    <message>
        <source>an animation has at most {count} frames</source>
        <translation>Eine Animation hat höchstens {count} Bilder</translation>
    </message>
    <message>
        <source>frame {frame} is {width}×{height}, not {first_width}×{first_height} like the first</source>
        <translation>Bild {frame} ist {width}×{height}, nicht {first_width}×{first_height} wie das erste</translation>
    </message>
    <message>
        <source>an animation needs at least one frame</source>
        <translation>Eine Animation braucht mindestens ein Bild</translation>
    </message>
    <message>
        <source>a video frame must be an image or a (height, width, 3 or 4) array of bytes</source>
        <translation>Ein Videobild muss ein Bild oder ein Byte-Array der Form (Höhe, Breite, 3 oder 4) sein</translation>
    </message>
    <message>
        <source>a video frame must be at least 2×2 pixels</source>
        <translation>Ein Videobild muss mindestens 2×2 Pixel groß sein</translation>
    </message>
    <message>
        <source>cannot write the video: {error}</source>
        <translation>Das Video kann nicht geschrieben werden: {error}</translation>
    </message>
</context>
<context>
    <name>ExportFiles</name>
    <message>
        <source>cannot write {target}: the folder {folder} does not exist</source>
        <translation>{target} kann nicht geschrieben werden: Der Ordner {folder} existiert nicht</translation>
    </message>
    <message>
        <source>cannot write {target}: {folder} is a file, not a folder</source>
        <translation>{target} kann nicht geschrieben werden: {folder} ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <source>cannot write {target}: it is a folder</source>
        <translation>{target} kann nicht geschrieben werden: Es ist ein Ordner</translation>
    </message>
    <message>
        <source>cannot write {target}: {reason}</source>
        <translation>{target} kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>cannot write {target}: nothing was produced</source>
        <translation>{target} kann nicht geschrieben werden: Es wurde nichts erzeugt</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>der Datenträger ist schreibgeschützt</translation>
    </message>
    <message>
        <source>no permission to write in the folder {folder}</source>
        <translation>keine Schreibberechtigung im Ordner {folder}</translation>
    </message>
    <message>
        <source>the folder {folder} is on a read-only disk</source>
        <translation>der Ordner {folder} liegt auf einem schreibgeschützten Datenträger</translation>
    </message>
    <message>
        <source>no space left on the disk</source>
        <translation>kein Platz mehr auf dem Datenträger</translation>
    </message>
    <message>
        <source>the folder {folder} does not take new files ({reason})</source>
        <translation>der Ordner {folder} nimmt keine neuen Dateien auf ({reason})</translation>
    </message>
    <message>
        <source>cannot write a temporary file in {folder}: {reason}</source>
        <translation>In {folder} kann keine temporäre Datei geschrieben werden: {reason}</translation>
    </message>
</context>
<context>
    <name>FunctionCurvature</name>
    <message>
        <source>the Hessian is not defined here (f or its derivatives are not finite)</source>
        <translation>die Hesse-Matrix ist hier nicht definiert (f oder seine Ableitungen sind nicht endlich)</translation>
    </message>
    <message>
        <source>positive definite (λ = {low} … {high}): gradient descent is stable for γ &lt; 2/λ_max = {max_stable}, fastest at γ = 2/(λ_min + λ_max) = {best}</source>
        <translation>positiv definit (λ = {low} … {high}): der Gradientenabstieg ist stabil für γ &lt; 2/λ_max = {max_stable}, am schnellsten bei γ = 2/(λ_min + λ_max) = {best}</translation>
    </message>
    <message>
        <source>a maximum: every eigenvalue of the Hessian is negative, f curves down in every direction, so no γ is stable here</source>
        <translation>ein Maximum: alle Eigenwerte der Hesse-Matrix sind negativ, f krümmt sich in jeder Richtung nach unten, daher ist hier kein γ stabil</translation>
    </message>
    <message>
        <source>a saddle: the Hessian has a negative eigenvalue (λ = {low}), so f curves down along one direction and gradient descent moves away along it for every γ</source>
        <translation>ein Sattel: die Hesse-Matrix hat einen negativen Eigenwert (λ = {low}), daher krümmt sich f entlang einer Richtung nach unten und der Gradientenabstieg entfernt sich entlang dieser Richtung für jedes γ</translation>
    </message>
    <message>
        <source>not strictly convex here: an eigenvalue of the Hessian is zero, so f is flat along one direction and 2/λ_max alone does not decide convergence</source>
        <translation>hier nicht streng konvex: ein Eigenwert der Hesse-Matrix ist null, daher ist f entlang einer Richtung flach, und 2/λ_max allein entscheidet nicht über die Konvergenz</translation>
    </message>
</context>
<context>
    <name>FunctionDomain</name>
    <message>
        <source>{part} is too large for a float at {point}: {operation}</source>
        <translation>{part} ist bei {point} zu groß für eine Gleitkommazahl: {operation}</translation>
    </message>
    <message>
        <source>∇f is undefined at {point}: {operation}</source>
        <translation>∇f ist bei {point} nicht definiert: {operation}</translation>
    </message>
    <message>
        <source>undefined at {point}: {operation}</source>
        <translation>nicht definiert bei {point}: {operation}</translation>
    </message>
    <message>
        <source>division by zero</source>
        <translation>Division durch null</translation>
    </message>
    <message>
        <source>0 raised to a negative power (0^{exponent})</source>
        <translation>0 hoch einem negativen Exponenten (0^{exponent})</translation>
    </message>
    <message>
        <source>sqrt of a negative number ({value})</source>
        <translation>sqrt einer negativen Zahl ({value})</translation>
    </message>
    <message>
        <source>a negative number to a fractional power ({power})</source>
        <translation>eine negative Zahl hoch einem gebrochenen Exponenten ({power})</translation>
    </message>
    <message>
        <source>{value} is larger than the largest float (1.8e308)</source>
        <translation>{value} ist größer als die größte Gleitkommazahl (1.8e308)</translation>
    </message>
    <message>
        <source>log of a non-positive number ({value})</source>
        <translation>log einer nicht positiven Zahl ({value})</translation>
    </message>
    <message>
        <source>{function} of a number outside [−1, 1] ({value})</source>
        <translation>{function} einer Zahl außerhalb von [−1, 1] ({value})</translation>
    </message>
    <message>
        <source>a sum larger than the largest float (1.8e308)</source>
        <translation>eine Summe, größer als die größte Gleitkommazahl (1.8e308)</translation>
    </message>
    <message>
        <source>a product larger than the largest float (1.8e308)</source>
        <translation>ein Produkt, größer als die größte Gleitkommazahl (1.8e308)</translation>
    </message>
    <message>
        <source>the derivative of sqrt at 0 is infinite</source>
        <translation>die Ableitung von sqrt bei 0 ist unendlich</translation>
    </message>
    <message>
        <source>the derivative of u^{exponent} at u = 0 is infinite</source>
        <translation>die Ableitung von u^{exponent} bei u = 0 ist unendlich</translation>
    </message>
    <message>
        <source>the derivative of {function} at {value} is infinite</source>
        <translation>die Ableitung von {function} bei {value} ist unendlich</translation>
    </message>
    <message>
        <source>f is not a real number there</source>
        <translation>f ist dort keine reelle Zahl</translation>
    </message>
    <message>
        <source>it is not a real number there</source>
        <translation>es ist dort keine reelle Zahl</translation>
    </message>
</context>
<context>
    <name>FunctionLanguage</name>
    <message>
        <source>write log(...) for the natural logarithm</source>
        <translation>log(...) für den natürlichen Logarithmus schreiben</translation>
    </message>
    <message>
        <source>write asin(...)</source>
        <translation>asin(...) schreiben</translation>
    </message>
    <message>
        <source>write acos(...)</source>
        <translation>acos(...) schreiben</translation>
    </message>
    <message>
        <source>write atan(...)</source>
        <translation>atan(...) schreiben</translation>
    </message>
    <message>
        <source>write 2^(...)</source>
        <translation>2^(...) schreiben</translation>
    </message>
    <message>
        <source>complex numbers are not supported: the function must be real</source>
        <translation>komplexe Zahlen werden nicht unterstützt: die Funktion muss reell sein</translation>
    </message>
    <message>
        <source>the variables are x and y</source>
        <translation>die Variablen sind x und y</translation>
    </message>
    <message>
        <source>variable names are lower case: x</source>
        <translation>Variablennamen werden kleingeschrieben: x</translation>
    </message>
    <message>
        <source>variable names are lower case: y</source>
        <translation>Variablennamen werden kleingeschrieben: y</translation>
    </message>
    <message>
        <source>write pi</source>
        <translation>pi schreiben</translation>
    </message>
    <message>
        <source>text in quotes is not allowed</source>
        <translation>Text in Anführungszeichen ist nicht erlaubt</translation>
    </message>
    <message>
        <source>square brackets are not allowed: use ( )</source>
        <translation>eckige Klammern sind nicht erlaubt: ( ) verwenden</translation>
    </message>
    <message>
        <source>braces are not allowed: use ( )</source>
        <translation>geschweifte Klammern sind nicht erlaubt: ( ) verwenden</translation>
    </message>
    <message>
        <source>attribute access is not allowed</source>
        <translation>Attributzugriff ist nicht erlaubt</translation>
    </message>
    <message>
        <source>write only the right-hand side, f(x, y) = ... without &apos;f(x, y) =&apos;</source>
        <translation>nur die rechte Seite schreiben, f(x, y) = ... ohne &apos;f(x, y) =&apos;</translation>
    </message>
    <message>
        <source>comparisons are not allowed</source>
        <translation>Vergleiche sind nicht erlaubt</translation>
    </message>
    <message>
        <source>&apos;!&apos; is not allowed</source>
        <translation>&apos;!&apos; ist nicht erlaubt</translation>
    </message>
    <message>
        <source>write a single expression</source>
        <translation>einen einzigen Ausdruck schreiben</translation>
    </message>
    <message>
        <source>backslashes are not allowed</source>
        <translation>Backslashes sind nicht erlaubt</translation>
    </message>
    <message>
        <source>&apos;%&apos; is not allowed</source>
        <translation>&apos;%&apos; ist nicht erlaubt</translation>
    </message>
    <message>
        <source>&apos;@&apos; is not allowed</source>
        <translation>&apos;@&apos; ist nicht erlaubt</translation>
    </message>
    <message>
        <source>&apos;&amp;&apos; is not allowed</source>
        <translation>&apos;&amp;&apos; ist nicht erlaubt</translation>
    </message>
    <message>
        <source>use abs(...) for an absolute value</source>
        <translation>abs(...) für einen Betrag verwenden</translation>
    </message>
    <message>
        <source>comments are not allowed</source>
        <translation>Kommentare sind nicht erlaubt</translation>
    </message>
    <message>
        <source>&apos;$&apos; is not allowed</source>
        <translation>&apos;$&apos; ist nicht erlaubt</translation>
    </message>
    <message>
        <source>&apos;~&apos; is not allowed</source>
        <translation>&apos;~&apos; ist nicht erlaubt</translation>
    </message>
    <message>
        <source>known functions: {names}</source>
        <translation>bekannte Funktionen: {names}</translation>
    </message>
    <message>
        <source>&apos;{character}&apos; is not allowed: only digits and {minus} can be superscripts, write ^{plain}</source>
        <translation>&apos;{character}&apos; ist nicht erlaubt: nur Ziffern und {minus} können hochgestellt sein, ^{plain} schreiben</translation>
    </message>
    <message>
        <source>&apos;{character}&apos; is not allowed: type {plain}</source>
        <translation>&apos;{character}&apos; ist nicht erlaubt: {plain} eingeben</translation>
    </message>
    <message>
        <source>&apos;{character}&apos; is not allowed</source>
        <translation>&apos;{character}&apos; ist nicht erlaubt</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; at column {column} is not allowed: write a single formula in x and y</source>
        <translation>&apos;{name}&apos; in Spalte {column} ist nicht erlaubt: eine einzige Formel in x und y schreiben</translation>
    </message>
    <message>
        <source>&apos;{character}&apos; at column {column} must be followed by superscript digits, as in x⁻¹</source>
        <translation>auf &apos;{character}&apos; in Spalte {column} müssen hochgestellte Ziffern folgen, wie in x⁻¹</translation>
    </message>
    <message>
        <source>too deeply nested at column {column}: at most {depth} levels of parentheses</source>
        <translation>zu tief verschachtelt in Spalte {column}: höchstens {depth} Klammerebenen</translation>
    </message>
    <message>
        <source>unmatched &apos;)&apos; at column {column}</source>
        <translation>&apos;)&apos; ohne Gegenstück in Spalte {column}</translation>
    </message>
    <message>
        <source>&apos;{character}&apos; at column {column} is {dash}, not a minus sign: type - or {minus}</source>
        <translation>&apos;{character}&apos; in Spalte {column} ist {dash}, kein Minuszeichen: - oder {minus} eingeben</translation>
    </message>
    <message>
        <source>{reason} (column {column})</source>
        <translation>{reason} (Spalte {column})</translation>
    </message>
    <message>
        <source>a &apos;(&apos; is never closed: add &apos;)&apos;</source>
        <translation>eine &apos;(&apos; wird nie geschlossen: &apos;)&apos; ergänzen</translation>
    </message>
    <message>
        <source>the function ends with &apos;{typed}&apos; at column {column}: something is missing after it</source>
        <translation>die Funktion endet mit &apos;{typed}&apos; in Spalte {column}: danach fehlt etwas</translation>
    </message>
    <message>
        <source>{joined} or {product}</source>
        <translation>{joined} oder {product}</translation>
    </message>
    <message>
        <source>two numbers in a row at column {column}: did you mean {suggestion}?</source>
        <translation>zwei Zahlen hintereinander in Spalte {column}: meinten Sie {suggestion}?</translation>
    </message>
    <message>
        <source>the exponent &apos;{typed}&apos; at column {column} has nothing before it: write it after a value, as in x²</source>
        <translation>vor dem Exponenten &apos;{typed}&apos; in Spalte {column} steht nichts: ihn hinter einen Wert schreiben, wie in x²</translation>
    </message>
    <message>
        <source>two exponents in a row at column {column}: write a single exponent, as in x¹⁰</source>
        <translation>zwei Exponenten hintereinander in Spalte {column}: einen einzigen Exponenten schreiben, wie in x¹⁰</translation>
    </message>
    <message>
        <source>&apos;{typed}&apos; at column {column} follows an exponent: use brackets, as in (x²)^3</source>
        <translation>&apos;{typed}&apos; in Spalte {column} folgt auf einen Exponenten: Klammern verwenden, wie in (x²)^3</translation>
    </message>
    <message>
        <source>&apos;{root}&apos; must be followed by a number, a name or &apos;(&apos; (column {column}): write {root}(...) around what it covers</source>
        <translation>auf &apos;{root}&apos; muss eine Zahl, ein Name oder &apos;(&apos; folgen (Spalte {column}): {root}(...) um das Abgedeckte schreiben</translation>
    </message>
    <message>
        <source>too deeply nested at column {column}: at most {depth} levels of parentheses and roots</source>
        <translation>zu tief verschachtelt in Spalte {column}: höchstens {depth} Ebenen aus Klammern und Wurzeln</translation>
    </message>
    <message>
        <source>&apos;{typed}&apos; at column {column} stands between {function} and its bracket: write {function}(x){typed} for a power of {function}(x)</source>
        <translation>&apos;{typed}&apos; in Spalte {column} steht zwischen {function} und seiner Klammer: {function}(x){typed} für eine Potenz von {function}(x) schreiben</translation>
    </message>
    <message>
        <source>&apos;{function}&apos; at column {column} needs parentheses: write {function}(...)</source>
        <translation>&apos;{function}&apos; in Spalte {column} braucht Klammern: {function}(...) schreiben</translation>
    </message>
    <message>
        <source>unknown function &apos;{name}&apos; at column {column}: {hint}</source>
        <translation>unbekannte Funktion &apos;{name}&apos; in Spalte {column}: {hint}</translation>
    </message>
    <message>
        <source>a comma outside a function call</source>
        <translation>ein Komma außerhalb eines Funktionsaufrufs</translation>
    </message>
    <message>
        <source>a comparison</source>
        <translation>ein Vergleich</translation>
    </message>
    <message>
        <source>a lambda</source>
        <translation>ein Lambda</translation>
    </message>
    <message>
        <source>attribute access</source>
        <translation>Attributzugriff</translation>
    </message>
    <message>
        <source>a subscript</source>
        <translation>ein Index</translation>
    </message>
    <message>
        <source>{message} at column {column}</source>
        <translation>{message} in Spalte {column}</translation>
    </message>
    <message>
        <source>the expression is too complex</source>
        <translation>der Ausdruck ist zu komplex</translation>
    </message>
    <message>
        <source>only numbers are allowed as constants</source>
        <translation>als Konstanten sind nur Zahlen erlaubt</translation>
    </message>
    <message>
        <source>number too large</source>
        <translation>Zahl zu groß</translation>
    </message>
    <message>
        <source>&apos;{function}&apos; needs parentheses: write {function}(...)</source>
        <translation>&apos;{function}&apos; braucht Klammern: {function}(...) schreiben</translation>
    </message>
    <message>
        <source>write {product} for a product</source>
        <translation>{product} für ein Produkt schreiben</translation>
    </message>
    <message>
        <source>unknown name &apos;{name}&apos; at column {column}: {hint}</source>
        <translation>unbekannter Name &apos;{name}&apos; in Spalte {column}: {hint}</translation>
    </message>
    <message>
        <source>only + and - may stand before a value</source>
        <translation>vor einem Wert dürfen nur + und - stehen</translation>
    </message>
    <message>
        <source>that operator</source>
        <translation>dieser Operator</translation>
    </message>
    <message>
        <source>{what} is not allowed</source>
        <translation>{what} ist nicht erlaubt</translation>
    </message>
    <message>
        <source>that</source>
        <translation>das</translation>
    </message>
    <message>
        <source>{function}(...) takes exactly one argument</source>
        <translation>{function}(...) nimmt genau ein Argument</translation>
    </message>
    <message>
        <source>that kind of expression</source>
        <translation>diese Art von Ausdruck</translation>
    </message>
    <message>
        <source>division by zero</source>
        <translation>Division durch null</translation>
    </message>
    <message>
        <source>a negative number to a fractional power is complex</source>
        <translation>eine negative Zahl hoch einem gebrochenen Exponenten ist komplex</translation>
    </message>
    <message>
        <source>exponent too large (at most {limit})</source>
        <translation>Exponent zu groß (höchstens {limit})</translation>
    </message>
    <message>
        <source>this constant is not a real number</source>
        <translation>diese Konstante ist keine reelle Zahl</translation>
    </message>
    <message>
        <source>the function must be text</source>
        <translation>die Funktion muss Text sein</translation>
    </message>
    <message>
        <source>the function is too long: at most {limit} characters</source>
        <translation>die Funktion ist zu lang: höchstens {limit} Zeichen</translation>
    </message>
    <message>
        <source>write the function on one line</source>
        <translation>die Funktion in eine Zeile schreiben</translation>
    </message>
    <message>
        <source>type a function of x and y, for example x^2 + x*y + y^2</source>
        <translation>eine Funktion von x und y eingeben, zum Beispiel x^2 + x*y + y^2</translation>
    </message>
    <message>
        <source>the function ends too early: something is missing at the end</source>
        <translation>die Funktion endet zu früh: am Ende fehlt etwas</translation>
    </message>
    <message>
        <source>syntax error at column {column}: check the operators around it</source>
        <translation>Syntaxfehler in Spalte {column}: die Operatoren in der Umgebung prüfen</translation>
    </message>
    <message>
        <source>the function takes complex values (a negative number to the power x or y is complex)</source>
        <translation>die Funktion nimmt komplexe Werte an (eine negative Zahl hoch x oder y ist komplex)</translation>
    </message>
    <message>
        <source>the function is not a number (it divides by zero or is infinite)</source>
        <translation>die Funktion ist keine Zahl (sie teilt durch null oder ist unendlich)</translation>
    </message>
    <message>
        <source>the function takes complex values (for example log or sqrt of a negative number)</source>
        <translation>die Funktion nimmt komplexe Werte an (zum Beispiel log oder sqrt einer negativen Zahl)</translation>
    </message>
    <message>
        <source>the function is constant: it must depend on x or y, or it has no slope to descend</source>
        <translation>die Funktion ist konstant: sie muss von x oder y abhängen, sonst hat sie kein Gefälle zum Absteigen</translation>
    </message>
</context>
<context>
    <name>FunctionNotation</name>
    <message>
        <source>a hyphen</source>
        <translation>ein Bindestrich</translation>
    </message>
    <message>
        <source>a non-breaking hyphen</source>
        <translation>ein geschützter Bindestrich</translation>
    </message>
    <message>
        <source>a figure dash</source>
        <translation>ein Ziffernstrich</translation>
    </message>
    <message>
        <source>an en dash</source>
        <translation>ein Halbgeviertstrich</translation>
    </message>
    <message>
        <source>an em dash</source>
        <translation>ein Geviertstrich</translation>
    </message>
    <message>
        <source>a horizontal bar</source>
        <translation>ein Horizontalstrich</translation>
    </message>
</context>
<context>
    <name>FunctionPanel</name>
    <message>
        <source>= step limit</source>
        <translation>= Schrittgrenze</translation>
    </message>
    <message>
        <source>{label}: {note} (now {limit})</source>
        <translation>{label}: {note} (jetzt {limit})</translation>
    </message>
    <message>
        <source>Function f(x, y)</source>
        <translation>Funktion f(x, y)</translation>
    </message>
    <message>
        <source>function f(x, y)</source>
        <translation>Funktion f(x, y)</translation>
    </message>
    <message>
        <source>for example x^2 + x*y + y^2</source>
        <translation>zum Beispiel x^2 + x*y + y^2</translation>
    </message>
    <message>
        <source>Type f(x, y): numbers, x, y, pi, e, + − * / ^, and sin cos tan asin acos atan sinh cosh tanh exp log sqrt abs. 2x and 3(x+1) work too.</source>
        <translation>f(x, y) eingeben: Zahlen, x, y, pi, e, + − * / ^ sowie sin cos tan asin acos atan sinh cosh tanh exp log sqrt abs. Auch 2x und 3(x+1) funktionieren.</translation>
    </message>
    <message>
        <source>preset functions</source>
        <translation>Beispielfunktionen</translation>
    </message>
    <message>
        <source>Presets…</source>
        <translation>Beispiele…</translation>
    </message>
    <message>
        <source>Descent</source>
        <translation>Abstieg</translation>
    </message>
    <message>
        <source>The step size α of w ← w + αd: the fixed γ, or a line search whose first trial is γ</source>
        <translation>Die Schrittweite α in w ← w + αd: das feste γ oder eine Liniensuche, deren erster Versuch γ ist</translation>
    </message>
    <message>
        <source>step size rule</source>
        <translation>Regel für die Schrittweite</translation>
    </message>
    <message>
        <source>step size α</source>
        <translation>Schrittweite α</translation>
    </message>
    <message>
        <source>sufficient decrease: f(w + αd) ≤ f(w) + c₁α∇fᵀd</source>
        <translation>hinreichender Abstieg: f(w + αd) ≤ f(w) + c₁α∇fᵀd</translation>
    </message>
    <message>
        <source>curvature: |∇f(w + αd)ᵀd| ≤ c₂|∇fᵀd|</source>
        <translation>Krümmung: |∇f(w + αd)ᵀd| ≤ c₂|∇fᵀd|</translation>
    </message>
    <message>
        <source>backtracking: α ← ρα</source>
        <translation>Backtracking: α ← ρα</translation>
    </message>
    <message>
        <source>loss against evaluations of f</source>
        <translation>Verlust über Auswertungen von f</translation>
    </message>
    <message>
        <source>The loss curve&apos;s x axis counts evaluations of f (a line search&apos;s trials too) instead of steps (E)</source>
        <translation>Die x-Achse der Verlustkurve zählt Auswertungen von f (auch die Versuche einer Liniensuche) statt Schritte (E)</translation>
    </message>
    <message>
        <source>the learning rate γ_t against the step t</source>
        <translation>die Lernrate γ_t über dem Schritt t</translation>
    </message>
    <message>
        <source>γ schedule</source>
        <translation>γ-Zeitplan</translation>
    </message>
    <message>
        <source>start point x₀</source>
        <translation>Startpunkt x₀</translation>
    </message>
    <message>
        <source>start point y₀</source>
        <translation>Startpunkt y₀</translation>
    </message>
    <message>
        <source>start point {name}; a click on the contour sets the start too</source>
        <translation>Startpunkt {name}; ein Klick in die Höhenlinien setzt den Start ebenfalls</translation>
    </message>
    <message>
        <source>start (x₀, y₀)</source>
        <translation>Start (x₀, y₀)</translation>
    </message>
    <message>
        <source>σ: each update uses ∇f(w) + σξ, ξ standard normal; 0 is the plain run (fixed-γ optimizers only)</source>
        <translation>σ: jedes Update verwendet ∇f(w) + σξ, ξ standardnormalverteilt; 0 ist der Lauf ohne Rauschen (nur Optimierer mit festem γ)</translation>
    </message>
    <message>
        <source>gradient noise σ</source>
        <translation>Rauschen σ</translation>
    </message>
    <message>
        <source>the seed of the noise ξ: the same seed gives the same run</source>
        <translation>der Seed des Rauschens ξ: derselbe Seed ergibt denselben Lauf</translation>
    </message>
    <message>
        <source>seed of the gradient noise</source>
        <translation>Seed des Gradientenrauschens</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>the run stops after this many steps</source>
        <translation>der Lauf endet nach so vielen Schritten</translation>
    </message>
    <message>
        <source>step limit</source>
        <translation>Schrittgrenze</translation>
    </message>
    <message>
        <source>the run has converged when ‖∇f‖ falls below this</source>
        <translation>der Lauf ist konvergiert, sobald ‖∇f‖ darunter fällt</translation>
    </message>
    <message>
        <source>tolerance ‖∇f‖ &lt;</source>
        <translation>Toleranz ‖∇f‖ &lt;</translation>
    </message>
    <message>
        <source>Back to the start point (R)</source>
        <translation>Zurück zum Startpunkt (R)</translation>
    </message>
    <message>
        <source>log-scale loss</source>
        <translation>Verlust logarithmisch</translation>
    </message>
    <message>
        <source>Fit view to path</source>
        <translation>Ansicht an Pfad anpassen</translation>
    </message>
    <message>
        <source>Curvature at the current point</source>
        <translation>Krümmung im aktuellen Punkt</translation>
    </message>
    <message>
        <source>This optimizer makes its whole step with the fixed γ: a line search pairs with a direction</source>
        <translation>Dieser Optimierer macht seinen ganzen Schritt mit dem festen γ: eine Liniensuche gehört zu einer Richtung</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
</context>
<context>
    <name>FunctionPresets</name>
    <message>
        <source>Round bowl</source>
        <translation>Runde Schüssel</translation>
    </message>
    <message>
        <source>A tilted bowl with ∇f = [2x + y, x + 2y]: any γ below 2/3 reaches the minimum at (0, 0).</source>
        <translation>Eine geneigte Schüssel mit ∇f = [2x + y, x + 2y]: jedes γ unter 2/3 erreicht das Minimum bei (0, 0).</translation>
    </message>
    <message>
        <source>Elongated bowl</source>
        <translation>Längliche Schüssel</translation>
    </message>
    <message>
        <source>Curvature 2 along x and 20 along y: γ must suit the steep direction, so the flat one crawls.</source>
        <translation>Krümmung 2 entlang x und 20 entlang y: γ muss zur steilen Richtung passen, also kriecht die flache.</translation>
    </message>
    <message>
        <source>Rosenbrock valley</source>
        <translation>Rosenbrock-Tal</translation>
    </message>
    <message>
        <source>A curved, narrow valley: finding it is quick, following it to (1, 1) is slow.</source>
        <translation>Ein gekrümmtes, schmales Tal: es zu finden geht schnell, ihm bis (1, 1) zu folgen dauert lange.</translation>
    </message>
    <message>
        <source>Four minima of equal depth: the start point decides which one the descent finds.</source>
        <translation>Vier gleich tiefe Minima: der Startpunkt entscheidet, welches der Abstieg findet.</translation>
    </message>
    <message>
        <source>Flat plateaus and steep walls: plain descent needs many steps, adaptive optimisers fewer.</source>
        <translation>Flache Plateaus und steile Wände: einfacher Abstieg braucht viele Schritte, adaptive Optimierer weniger.</translation>
    </message>
    <message>
        <source>Saddle</source>
        <translation>Sattel</translation>
    </message>
    <message>
        <source>A zero gradient is not always a minimum: from y = 0 descent stops at the saddle (0, 0).</source>
        <translation>Ein Gradient null ist nicht immer ein Minimum: von y = 0 aus hält der Abstieg am Sattel (0, 0) an.</translation>
    </message>
    <message>
        <source>Many local minima: gradient descent stops in the nearest one, not the best one.</source>
        <translation>Viele lokale Minima: der Gradientenabstieg hält im nächstgelegenen an, nicht im besten.</translation>
    </message>
    <message>
        <source>Plateau</source>
        <translation>Plateau</translation>
    </message>
    <message>
        <source>Far from the centre the surface is almost flat: tiny gradients make tiny steps.</source>
        <translation>Weit vom Zentrum ist die Fläche fast flach: winzige Gradienten machen winzige Schritte.</translation>
    </message>
</context>
<context>
    <name>FunctionStationaryPoint</name>
    <message>
        <source>f has no gradient at {point}</source>
        <translation>f hat bei {point} keinen Gradienten</translation>
    </message>
    <message>
        <source>{point} is not a stationary point: ‖∇f‖ = {norm}</source>
        <translation>{point} ist kein stationärer Punkt: ‖∇f‖ = {norm}</translation>
    </message>
    <message>
        <source>a local minimum at {point}: the gradient is zero and f curves up in every direction</source>
        <translation>ein lokales Minimum bei {point}: der Gradient ist null und f krümmt sich in jeder Richtung nach oben</translation>
    </message>
    <message>
        <source>a maximum at {point}: the gradient is zero but f curves down in every direction</source>
        <translation>ein Maximum bei {point}: der Gradient ist null, aber f krümmt sich in jeder Richtung nach unten</translation>
    </message>
    <message>
        <source>a saddle point at {point}, not a minimum: the gradient is zero, but f curves down along {direction}; a nudge that way and the descent goes on</source>
        <translation>ein Sattelpunkt bei {point}, kein Minimum: der Gradient ist null, aber f krümmt sich entlang {direction} nach unten; ein kleiner Stoß in diese Richtung und der Abstieg geht weiter</translation>
    </message>
    <message>
        <source>a flat point at {point}: the gradient is zero and a second derivative is too, so the curvature cannot tell what it is</source>
        <translation>ein flacher Punkt bei {point}: der Gradient ist null und eine zweite Ableitung ebenfalls, daher kann die Krümmung nicht sagen, was er ist</translation>
    </message>
</context>
<context>
    <name>FunctionTab</name>
    <message>
        <source>Contour as PNG image</source>
        <translation>Höhenlinien als PNG-Bild</translation>
    </message>
    <message>
        <source>Contour as SVG drawing</source>
        <translation>Höhenlinien als SVG-Zeichnung</translation>
    </message>
    <message>
        <source>Loss curve as PNG image</source>
        <translation>Verlustkurve als PNG-Bild</translation>
    </message>
    <message>
        <source>Loss curve as SVG drawing</source>
        <translation>Verlustkurve als SVG-Zeichnung</translation>
    </message>
    <message>
        <source>Trajectory as CSV table</source>
        <translation>Trajektorie als CSV-Tabelle</translation>
    </message>
    <message>
        <source>Run as JSON</source>
        <translation>Lauf als JSON</translation>
    </message>
    <message>
        <source>Run as animated GIF</source>
        <translation>Lauf als animiertes GIF</translation>
    </message>
    <message>
        <source>Run as MP4 video</source>
        <translation>Lauf als MP4-Video</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>evaluations of the run</source>
        <translation>Auswertungen des Laufs</translation>
    </message>
    <message>
        <source>Curvature axes and numbers</source>
        <translation>Krümmungsachsen und -werte</translation>
    </message>
    <message>
        <source>Loss against evaluations</source>
        <translation>Verlust über Auswertungen</translation>
    </message>
    <message>
        <source>Fit view to path</source>
        <translation>Ansicht an Pfad anpassen</translation>
    </message>
    <message>
        <source>Show the whole window</source>
        <translation>Ganzes Fenster zeigen</translation>
    </message>
    <message>
        <source>Log-scale loss</source>
        <translation>Verlust logarithmisch</translation>
    </message>
    <message>
        <source>γ = {rate} from the sweep</source>
        <translation>γ = {rate} aus dem γ-Durchlauf</translation>
    </message>
    <message>
        <source>This optimizer makes its own step with the fixed γ: the line search is off.</source>
        <translation>Dieser Optimierer macht seinen eigenen Schritt mit dem festen γ: die Liniensuche ist aus.</translation>
    </message>
    <message>
        <source>{optimizer} needs the true gradient: the gradient noise is off.</source>
        <translation>{optimizer} braucht den wahren Gradienten: das Gradientenrauschen ist aus.</translation>
    </message>
    <message>
        <source>Gradient noise pairs with the fixed-γ optimizers: a line search or {optimizer} needs the true gradient.</source>
        <translation>Gradientenrauschen passt zu den Optimierern mit festem γ: eine Liniensuche oder {optimizer} braucht den wahren Gradienten.</translation>
    </message>
    <message>
        <source>A line search needs the true gradient: the gradient noise is off.</source>
        <translation>Eine Liniensuche braucht den wahren Gradienten: das Gradientenrauschen ist aus.</translation>
    </message>
    <message>
        <source>Play continues the run from its latest step, t = {t}.</source>
        <translation>Abspielen setzt den Lauf bei seinem letzten Schritt fort, t = {t}.</translation>
    </message>
    <message>
        <source>The run has stopped; press Reset (R) to start again.</source>
        <translation>Der Lauf ist beendet; mit Zurücksetzen (R) beginnt er neu.</translation>
    </message>
    <message>
        <source>contour of f(x, y); no run yet</source>
        <translation>Höhenlinien von f(x, y); noch kein Lauf</translation>
    </message>
    <message>
        <source>loss curve; no run yet</source>
        <translation>Verlustkurve; noch kein Lauf</translation>
    </message>
    <message>
        <source>step {t} at ({x}, {y}), f = {f}</source>
        <translation>Schritt {t} bei ({x}, {y}), f = {f}</translation>
    </message>
    <message>
        <source>contour of f(x, y) with the descent path; {where}</source>
        <translation>Höhenlinien von f(x, y) mit dem Abstiegspfad; {where}</translation>
    </message>
    <message>
        <source>loss curve of {count} stored steps; {where}</source>
        <translation>Verlustkurve aus {count} gespeicherten Schritten; {where}</translation>
    </message>
    <message>
        <source>evaluations so far: f {f}, ∇f {gradient}, Hessian {hessian}</source>
        <translation>Auswertungen bisher: f {f}, ∇f {gradient}, Hesse-Matrix {hessian}</translation>
    </message>
    <message>
        <source>t = 0: the first step&apos;s line search runs at Step or Play</source>
        <translation>t = 0: die Liniensuche des ersten Schritts läuft bei Schritt oder Abspielen</translation>
    </message>
    <message>
        <source>this run</source>
        <translation>dieser Lauf</translation>
    </message>
    <message>
        <source>Hessian eigenvalues λ = {eigenvalues}; condition number {condition}.</source>
        <translation>Eigenwerte der Hesse-Matrix λ = {eigenvalues}; Konditionszahl {condition}.</translation>
    </message>
    <message>
        <source>Here γ = {rate} is above it: expect the steps to overshoot (limit {limit}).</source>
        <translation>Hier liegt γ = {rate} darüber: die Schritte schießen voraussichtlich über (Grenze {limit}).</translation>
    </message>
    <message>
        <source>Here γ = {rate} is below it (limit {limit}).</source>
        <translation>Hier liegt γ = {rate} darunter (Grenze {limit}).</translation>
    </message>
    <message>
        <source>H is positive definite: Newton&apos;s step goes to the minimum of the quadratic model.</source>
        <translation>H ist positiv definit: der Newton-Schritt führt zum Minimum des quadratischen Modells.</translation>
    </message>
    <message>
        <source>step {t}</source>
        <translation>Schritt {t}</translation>
    </message>
    <message>
        <source>t = {t} of {steps}</source>
        <translation>t = {t} von {steps}</translation>
    </message>
    <message>
        <source>evaluations of f</source>
        <translation>Auswertungen von f</translation>
    </message>
    <message>
        <source>step t</source>
        <translation>Schritt t</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exportieren fehlgeschlagen</translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation>{name} exportiert</translation>
    </message>
</context>
<context>
    <name>HelpGuide</name>
    <message>
        <source>&lt;h2&gt;What gdstudio teaches&lt;/h2&gt;
&lt;p&gt;Learning means solving: find the weights &lt;i&gt;w&lt;/i&gt; that make the loss small,&lt;/p&gt;
&lt;p align=&quot;center&quot;&gt;&lt;i&gt;L&lt;/i&gt;(&lt;i&gt;w&lt;/i&gt;) = Σ&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; &lt;i&gt;E&lt;/i&gt;(&lt;i&gt;f&lt;sub&gt;w&lt;/sub&gt;&lt;/i&gt;(&lt;i&gt;x&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt;), &lt;i&gt;y&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt;)&lt;/p&gt;
&lt;p&gt;where &lt;i&gt;w&lt;/i&gt; is every weight and bias of the model written as one long vector,
&lt;i&gt;E&lt;/i&gt; the loss of one example, &lt;i&gt;f&lt;sub&gt;w&lt;/sub&gt;&lt;/i&gt; the model (for example a small
neural network), &lt;i&gt;x&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt; an input and &lt;i&gt;y&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt; its label.
On the &lt;b&gt;Function&lt;/b&gt; tab a typed function &lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;, &lt;i&gt;y&lt;/i&gt;) plays the part
of &lt;i&gt;L&lt;/i&gt; and the point (&lt;i&gt;x&lt;/i&gt;, &lt;i&gt;y&lt;/i&gt;) the part of &lt;i&gt;w&lt;/i&gt;, so the whole
descent fits on one contour plot; the &lt;b&gt;MLP task&lt;/b&gt; tab trains a real network.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Was gdstudio lehrt&lt;/h2&gt;
&lt;p&gt;Lernen heißt lösen: die Gewichte &lt;i&gt;w&lt;/i&gt; finden, die den Verlust klein machen,&lt;/p&gt;
&lt;p align=&quot;center&quot;&gt;&lt;i&gt;L&lt;/i&gt;(&lt;i&gt;w&lt;/i&gt;) = Σ&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; &lt;i&gt;E&lt;/i&gt;(&lt;i&gt;f&lt;sub&gt;w&lt;/sub&gt;&lt;/i&gt;(&lt;i&gt;x&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt;), &lt;i&gt;y&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt;)&lt;/p&gt;
&lt;p&gt;Dabei ist &lt;i&gt;w&lt;/i&gt; jedes Gewicht und jeder Bias des Modells, als ein langer Vektor geschrieben,
&lt;i&gt;E&lt;/i&gt; der Verlust eines Beispiels, &lt;i&gt;f&lt;sub&gt;w&lt;/sub&gt;&lt;/i&gt; das Modell (zum Beispiel ein kleines
neuronales Netz), &lt;i&gt;x&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt; eine Eingabe und &lt;i&gt;y&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt; ihr Label.
Im Tab &lt;b&gt;Funktion&lt;/b&gt; spielt eine eingegebene Funktion &lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;, &lt;i&gt;y&lt;/i&gt;) die Rolle
von &lt;i&gt;L&lt;/i&gt; und der Punkt (&lt;i&gt;x&lt;/i&gt;, &lt;i&gt;y&lt;/i&gt;) die Rolle von &lt;i&gt;w&lt;/i&gt;, sodass der ganze
Abstieg in ein Höhenliniendiagramm passt; der Tab &lt;b&gt;MLP-Aufgabe&lt;/b&gt; trainiert ein echtes Netz.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The gradient points uphill&lt;/h3&gt;
&lt;p&gt;The gradient is the vector of partial derivatives: for
&lt;i&gt;f&lt;/i&gt; = &lt;i&gt;x&lt;/i&gt;² + &lt;i&gt;xy&lt;/i&gt; + &lt;i&gt;y&lt;/i&gt;² it is
∇&lt;i&gt;f&lt;/i&gt; = [2&lt;i&gt;x&lt;/i&gt; + &lt;i&gt;y&lt;/i&gt;, &lt;i&gt;x&lt;/i&gt; + 2&lt;i&gt;y&lt;/i&gt;]. It points in the direction in
which &lt;i&gt;f&lt;/i&gt; grows fastest: on the contour it is the light arrow at the current point.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Der Gradient zeigt bergauf&lt;/h3&gt;
&lt;p&gt;Der Gradient ist der Vektor der partiellen Ableitungen: Für
&lt;i&gt;f&lt;/i&gt; = &lt;i&gt;x&lt;/i&gt;² + &lt;i&gt;xy&lt;/i&gt; + &lt;i&gt;y&lt;/i&gt;² ist er
∇&lt;i&gt;f&lt;/i&gt; = [2&lt;i&gt;x&lt;/i&gt; + &lt;i&gt;y&lt;/i&gt;, &lt;i&gt;x&lt;/i&gt; + 2&lt;i&gt;y&lt;/i&gt;]. Er zeigt in die Richtung, in der
&lt;i&gt;f&lt;/i&gt; am schnellsten wächst: In den Höhenlinien ist er der helle Pfeil am aktuellen Punkt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The update rule&lt;/h3&gt;
&lt;p&gt;Gradient descent steps the other way, again and again:&lt;/p&gt;
&lt;p align=&quot;center&quot;&gt;&lt;i&gt;w&lt;/i&gt; ← &lt;i&gt;w&lt;/i&gt; − γ ∇&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;w&lt;/i&gt;), &amp;nbsp; that is &amp;nbsp;
[&lt;i&gt;x&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;+1&lt;/sub&gt;, &lt;i&gt;y&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;+1&lt;/sub&gt;] =
[&lt;i&gt;x&lt;sub&gt;t&lt;/sub&gt;&lt;/i&gt;, &lt;i&gt;y&lt;sub&gt;t&lt;/sub&gt;&lt;/i&gt;] − γ ∇&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;sub&gt;t&lt;/sub&gt;&lt;/i&gt;, &lt;i&gt;y&lt;sub&gt;t&lt;/sub&gt;&lt;/i&gt;)&lt;/p&gt;
&lt;p&gt;The step −γ∇&lt;i&gt;f&lt;/i&gt; is the pink arrow, and the step panel writes the update out with
its numbers. Momentum, Nesterov, AdaGrad, RMSProp and Adam change how the step is made
from the gradient; they follow the update rules of PyTorch&apos;s &lt;tt&gt;torch.optim&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Die Update-Regel&lt;/h3&gt;
&lt;p&gt;Der Gradientenabstieg geht immer wieder in die Gegenrichtung:&lt;/p&gt;
&lt;p align=&quot;center&quot;&gt;&lt;i&gt;w&lt;/i&gt; ← &lt;i&gt;w&lt;/i&gt; − γ ∇&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;w&lt;/i&gt;), &amp;nbsp; also &amp;nbsp;
[&lt;i&gt;x&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;+1&lt;/sub&gt;, &lt;i&gt;y&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;+1&lt;/sub&gt;] =
[&lt;i&gt;x&lt;sub&gt;t&lt;/sub&gt;&lt;/i&gt;, &lt;i&gt;y&lt;sub&gt;t&lt;/sub&gt;&lt;/i&gt;] − γ ∇&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;sub&gt;t&lt;/sub&gt;&lt;/i&gt;, &lt;i&gt;y&lt;sub&gt;t&lt;/sub&gt;&lt;/i&gt;)&lt;/p&gt;
&lt;p&gt;Der Schritt −γ∇&lt;i&gt;f&lt;/i&gt; ist der rosa Pfeil, und die Schrittanzeige schreibt das Update mit
seinen Zahlen aus. Momentum, Nesterov, AdaGrad, RMSProp und Adam ändern, wie der Schritt aus dem
Gradienten gebildet wird; sie folgen den Update-Regeln von PyTorchs &lt;tt&gt;torch.optim&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;What the learning rate γ does&lt;/h3&gt;
&lt;p&gt;γ is chosen by hand. &lt;b&gt;Too big&lt;/b&gt; and the steps overshoot: the path zig-zags across the
valley, and past a limit every step lands higher than the last and the run diverges.
&lt;b&gt;Too small&lt;/b&gt; and every step is tiny, so the run takes very long. On the seed function
&lt;i&gt;x&lt;/i&gt;² + &lt;i&gt;xy&lt;/i&gt; + &lt;i&gt;y&lt;/i&gt;² gradient descent is stable for γ &amp;lt; 2/3
(2 divided by the largest curvature, 3): from (1, 1) γ = 0.6 converges and γ = 0.7
diverges. &lt;tt&gt;gdstudio analyze&lt;/tt&gt; prints that limit for any function and point.
γ can be changed while a run plays; the new value applies from the next step.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Was die Lernrate γ bewirkt&lt;/h3&gt;
&lt;p&gt;γ wird von Hand gewählt. &lt;b&gt;Zu groß&lt;/b&gt;, und die Schritte schießen über das Ziel hinaus: Der Pfad läuft im Zickzack quer durch das
Tal, und jenseits einer Grenze landet jeder Schritt höher als der vorige, und der Lauf divergiert.
&lt;b&gt;Zu klein&lt;/b&gt;, und jeder Schritt ist winzig, sodass der Lauf sehr lange dauert. Auf der Startfunktion
&lt;i&gt;x&lt;/i&gt;² + &lt;i&gt;xy&lt;/i&gt; + &lt;i&gt;y&lt;/i&gt;² ist der Gradientenabstieg für γ &amp;lt; 2/3 stabil
(2 geteilt durch die größte Krümmung, 3): Ab (1, 1) konvergiert γ = 0.6, und γ = 0.7
divergiert. &lt;tt&gt;gdstudio analyze&lt;/tt&gt; gibt diese Grenze für jede Funktion und jeden Punkt aus.
γ lässt sich ändern, während ein Lauf abgespielt wird; der neue Wert gilt ab dem nächsten Schritt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Why a run stops&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;Converged&lt;/b&gt;: the gradient is all but zero (‖∇&lt;i&gt;f&lt;/i&gt;‖ below the tolerance), so
there is no downhill left to follow. That is a minimum, or a &lt;b&gt;saddle&lt;/b&gt;: try the saddle
preset &lt;i&gt;x&lt;/i&gt;² − &lt;i&gt;y&lt;/i&gt;², started on the line &lt;i&gt;y&lt;/i&gt; = 0.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Step limit&lt;/b&gt;: the run used all its steps before the gradient vanished (γ too small,
or a long flat valley such as Rosenbrock&apos;s).&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Diverged&lt;/b&gt;: the point or the loss ran off to infinity: γ is too large for the
curvature, and the steps overshoot.&lt;/li&gt;
&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Warum ein Lauf endet&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;Konvergiert&lt;/b&gt;: Der Gradient ist so gut wie null (‖∇&lt;i&gt;f&lt;/i&gt;‖ unter der Toleranz), es
gibt also kein Gefälle mehr, dem man folgen kann. Das ist ein Minimum oder ein &lt;b&gt;Sattelpunkt&lt;/b&gt;: Probieren Sie die Sattel-Vorlage
&lt;i&gt;x&lt;/i&gt;² − &lt;i&gt;y&lt;/i&gt;², gestartet auf der Geraden &lt;i&gt;y&lt;/i&gt; = 0.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Schrittgrenze&lt;/b&gt;: Der Lauf hat alle seine Schritte verbraucht, bevor der Gradient verschwand (γ zu klein
oder ein langes, flaches Tal wie das von Rosenbrock).&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Divergiert&lt;/b&gt;: Der Punkt oder der Verlust ist ins Unendliche gelaufen: γ ist zu groß für die
Krümmung, und die Schritte schießen über das Ziel hinaus.&lt;/li&gt;
&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Keyboard&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Tastatur&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Click on the contour to start a new run from that point. Hover over it to read
&lt;i&gt;x&lt;/i&gt;, &lt;i&gt;y&lt;/i&gt;, &lt;i&gt;f&lt;/i&gt; and ∇&lt;i&gt;f&lt;/i&gt; under the cursor in the status bar.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Klicken Sie in die Höhenlinien, um dort einen neuen Lauf zu starten. Fahren Sie mit der Maus darüber, um
&lt;i&gt;x&lt;/i&gt;, &lt;i&gt;y&lt;/i&gt;, &lt;i&gt;f&lt;/i&gt; und ∇&lt;i&gt;f&lt;/i&gt; unter dem Zeiger in der Statusleiste abzulesen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;In the window.&lt;/b&gt; The timeline under the loss curves shows any stored step again (← and →
one step, Home and End the first and the latest): its numbers are the ones recorded, and its
decision boundary or fitted line, its dot on the map and its slice readout are computed from the
weights stored for that step; nothing is run again, and Play goes on from the latest step. File →
Export also writes the weights as a NumPy &lt;tt&gt;.npz&lt;/tt&gt; file (one &lt;tt&gt;weight&lt;/tt&gt; and &lt;tt&gt;bias&lt;/tt&gt;
array a layer, shaped as PyTorch&apos;s &lt;tt&gt;nn.Linear&lt;/tt&gt; holds them) and the training and test data as
CSV.&lt;/p&gt;
</source>
        <translation>&lt;p&gt;&lt;b&gt;Im Fenster.&lt;/b&gt; Die Zeitleiste unter den Verlustkurven zeigt jeden gespeicherten Schritt erneut (← und →
ein Schritt, Pos1 und Ende der erste und der neueste): Seine Zahlen sind die aufgezeichneten, und seine
Entscheidungsgrenze oder Ausgleichsgerade, sein Punkt auf der Karte und seine Schnittanzeige werden aus den
für diesen Schritt gespeicherten Gewichten berechnet; nichts wird erneut gerechnet, und Abspielen macht beim neuesten Schritt weiter. Datei →
Exportieren schreibt außerdem die Gewichte als NumPy-Datei &lt;tt&gt;.npz&lt;/tt&gt; (ein &lt;tt&gt;weight&lt;/tt&gt;- und ein &lt;tt&gt;bias&lt;/tt&gt;-Array
je Schicht, so geformt, wie PyTorchs &lt;tt&gt;nn.Linear&lt;/tt&gt; sie hält) und die Trainings- und Testdaten als
CSV.&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The Compare tab&lt;/h3&gt;
&lt;p&gt;&lt;b&gt;Races.&lt;/b&gt; Several runs descend the Function tab&apos;s &lt;i&gt;f&lt;/i&gt; side by side, in lockstep: one
path and one loss curve per run, each in its own colour, each with its own optimizer, γ, schedule and
start (or the Function tab&apos;s start). The same function and the same number of steps make the
optimizers comparable: where plain gradient descent zig-zags across a narrow valley, momentum runs
along it. The loss plot has a log scale (L) so that runs whose losses differ by decades can be read
together. A race can be saved with the session and exported as an animation.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Der Tab Vergleich&lt;/h3&gt;
&lt;p&gt;&lt;b&gt;Wettläufe.&lt;/b&gt; Mehrere Läufe steigen nebeneinander und im Gleichschritt auf dem &lt;i&gt;f&lt;/i&gt; des Tabs Funktion ab: ein
Pfad und eine Verlustkurve je Lauf, jeder in seiner eigenen Farbe, jeder mit eigenem Optimierer, γ, Zeitplan und
Startpunkt (oder dem Startpunkt des Tabs Funktion). Dieselbe Funktion und dieselbe Zahl von Schritten machen die
Optimierer vergleichbar: Wo einfacher Gradientenabstieg im Zickzack quer durch ein enges Tal läuft, läuft Momentum
an ihm entlang. Das Verlustdiagramm hat eine logarithmische Skala (L), damit Läufe, deren Verluste sich um Größenordnungen unterscheiden,
zusammen ablesbar sind. Ein Wettlauf kann mit der Sitzung gespeichert und als Animation exportiert werden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What each run carries.&lt;/b&gt; Gradient descent forgets everything but the current point; the other
optimizers carry a state from step to step, and the white arrows on the contour draw it at each
run&apos;s current point. For momentum and Nesterov the arrow is −γ&lt;i&gt;b&lt;/i&gt;: the velocity &lt;i&gt;b&lt;/i&gt;, the
running sum of earlier gradients, drawn as the step it adds. For AdaGrad, RMSProp and Adam it is
the next step Δ&lt;i&gt;w&lt;/i&gt; itself, each coordinate scaled by 1/(√&lt;i&gt;v&lt;/i&gt; + ε), &lt;i&gt;v&lt;/i&gt; the running
average of that coordinate&apos;s squared gradients. The box beside the contour writes the numbers out.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Was jeder Lauf mitführt.&lt;/b&gt; Gradientenabstieg vergisst alles außer dem aktuellen Punkt; die anderen
Optimierer führen einen Zustand von Schritt zu Schritt mit, und die weißen Pfeile in den Höhenlinien zeichnen ihn am
aktuellen Punkt jedes Laufs. Für Momentum und Nesterov ist der Pfeil −γ&lt;i&gt;b&lt;/i&gt;: die Geschwindigkeit &lt;i&gt;b&lt;/i&gt;, die
laufende Summe früherer Gradienten, gezeichnet als der Schritt, den sie hinzufügt. Für AdaGrad, RMSProp und Adam ist es
der nächste Schritt Δ&lt;i&gt;w&lt;/i&gt; selbst, jede Koordinate skaliert mit 1/(√&lt;i&gt;v&lt;/i&gt; + ε), &lt;i&gt;v&lt;/i&gt; der laufende
Mittelwert der quadrierten Gradienten dieser Koordinate. Das Feld neben den Höhenlinien schreibt die Zahlen aus.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The sweep: which γ works?&lt;/b&gt; The sweep runs the Function tab&apos;s optimizer from its start for
many γ, evenly spaced on a log scale between the smallest and the largest you give, and plots the
final loss and the steps taken against γ: runs that converged, runs that stopped at the step limit
and runs that diverged are marked apart. Two dashed lines give what the curvature predicts, from the
Hessian&apos;s eigenvalues λ&lt;sub&gt;min&lt;/sub&gt; ≤ λ&lt;sub&gt;max&lt;/sub&gt; where the runs end up:
&lt;b&gt;2/λ&lt;sub&gt;max&lt;/sub&gt;&lt;/b&gt;, the largest γ for which plain gradient descent converges (above it the
steps overshoot along the steepest direction and grow), and &lt;b&gt;2/(λ&lt;sub&gt;min&lt;/sub&gt; +
λ&lt;sub&gt;max&lt;/sub&gt;)&lt;/b&gt;, the fixed γ that shrinks the slowest direction fastest. Momentum and Nesterov
have a limit of their own, drawn instead of 2/λ&lt;sub&gt;max&lt;/sub&gt;. Click a point to try its γ on the
Function tab.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Der γ-Durchlauf: Welches γ funktioniert?&lt;/b&gt; Der γ-Durchlauf führt den Optimierer des Tabs Funktion von dessen Startpunkt aus für
viele γ aus, gleichmäßig auf einer logarithmischen Skala zwischen dem kleinsten und dem größten angegebenen Wert verteilt, und trägt den
Endverlust und die Zahl der Schritte gegen γ auf: Läufe, die konvergierten, Läufe, die an der Schrittgrenze endeten,
und Läufe, die divergierten, werden unterschiedlich markiert. Zwei gestrichelte Linien zeigen, was die Krümmung vorhersagt, aus den
Eigenwerten λ&lt;sub&gt;min&lt;/sub&gt; ≤ λ&lt;sub&gt;max&lt;/sub&gt; der Hesse-Matrix dort, wo die Läufe enden:
&lt;b&gt;2/λ&lt;sub&gt;max&lt;/sub&gt;&lt;/b&gt;, das größte γ, für das einfacher Gradientenabstieg konvergiert (darüber schießen die
Schritte entlang der steilsten Richtung über das Ziel hinaus und wachsen), und &lt;b&gt;2/(λ&lt;sub&gt;min&lt;/sub&gt; +
λ&lt;sub&gt;max&lt;/sub&gt;)&lt;/b&gt;, das feste γ, das die langsamste Richtung am schnellsten schrumpfen lässt. Momentum und Nesterov
haben eine eigene Grenze, die statt 2/λ&lt;sub&gt;max&lt;/sub&gt; gezeichnet wird. Klicken Sie auf einen Punkt, um sein γ im
Tab Funktion auszuprobieren.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>Play / Pause</source>
        <translation>Abspielen / Pause</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Sitzung speichern</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>{name} guide</source>
        <translation>{name}-Anleitung</translation>
    </message>
    <message>
        <source>About {name}</source>
        <translation>Über {name}</translation>
    </message>
    <message>
        <source>&lt;p&gt;A desktop studio for learning and teaching gradient descent: w ← w − γ∇f(w), one step at a time.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ein Desktop-Studio zum Lernen und Lehren des Gradientenabstiegs: w ← w − γ∇f(w), Schritt für Schritt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Released under the &lt;a href=&apos;{licence_url}&apos;&gt;MIT licence&lt;/a&gt;.&lt;br&gt;Source and bug reports: &lt;a href=&apos;{url}&apos;&gt;{url}&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Veröffentlicht unter der &lt;a href=&apos;{licence_url}&apos;&gt;MIT-Lizenz&lt;/a&gt;.&lt;br&gt;Quellcode und Fehlerberichte: &lt;a href=&apos;{url}&apos;&gt;{url}&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>{number}st</source>
        <translation>{number}.</translation>
    </message>
    <message>
        <source>{number}nd</source>
        <translation>{number}.</translation>
    </message>
    <message>
        <source>{number}rd</source>
        <translation>{number}.</translation>
    </message>
    <message>
        <source>{number}th</source>
        <translation>{number}.</translation>
    </message>
    <message>
        <source>The path shows every {ordinal} of {total} steps ({kept} kept, with the {looked} steps you looked at); the last step is exact.</source>
        <translation>Der Pfad zeigt jeden {ordinal} von {total} Schritten ({kept} behalten, mit den {looked} Schritten, die Sie angesehen haben); der letzte Schritt ist exakt.</translation>
    </message>
    <message>
        <source>The path shows every {ordinal} of {total} steps ({kept} kept); the last step is exact.</source>
        <translation>Der Pfad zeigt jeden {ordinal} von {total} Schritten ({kept} behalten); der letzte Schritt ist exakt.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>The desktop&apos;s ({language})</source>
        <translation>Wie der Desktop ({language})</translation>
    </message>
    <message>
        <source>gdstudio will be in {language} from its next start. Restart now?</source>
        <translation>gdstudio erscheint ab dem nächsten Start auf {language}. Jetzt neu starten?</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The session is kept: the window reopens on what it shows now.</source>
        <translation>Die Sitzung bleibt erhalten: Das Fenster öffnet sich wieder mit dem, was es jetzt zeigt.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Jetzt neu starten</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
</context>
<context>
    <name>LearningRateField</name>
    <message>
        <source>γ, the step size: w ← w − γ{gradient}. Up/down multiply or divide by 10^¼.</source>
        <translation>γ, die Schrittweite: w ← w − γ{gradient}. Auf/Ab multipliziert oder teilt durch 10^¼.</translation>
    </message>
    <message>
        <source>learning rate γ on a log scale</source>
        <translation>Lernrate γ auf logarithmischer Skala</translation>
    </message>
    <message>
        <source>γ on a log scale from 1e-5 to 10</source>
        <translation>γ auf logarithmischer Skala von 1e-5 bis 10</translation>
    </message>
    <message>
        <source>learning rate γ</source>
        <translation>Lernrate γ</translation>
    </message>
</context>
<context>
    <name>Lesson</name>
    <message>
        <source>the curvature box and the Hessian&apos;s eigenvector axes (Function tab)</source>
        <translation>das Krümmungsfeld und die Eigenvektor-Achsen der Hesse-Matrix (Tab Funktion)</translation>
    </message>
    <message>
        <source>the gradient and step arrows at the current point (Function tab)</source>
        <translation>die Gradienten- und Schrittpfeile am aktuellen Punkt (Tab Funktion)</translation>
    </message>
    <message>
        <source>what each optimiser carries into its next step (Compare tab)</source>
        <translation>was jeder Optimierer in seinen nächsten Schritt mitnimmt (Tab Vergleich)</translation>
    </message>
    <message>
        <source>the loss curve on a log scale (Function and MLP tabs)</source>
        <translation>die Verlustkurve logarithmisch (Tabs Funktion und MLP)</translation>
    </message>
    <message>
        <source>must be text (a string, or a list of lines)</source>
        <translation>muss Text sein (eine Zeichenkette oder eine Liste von Zeilen)</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>muss Text sein</translation>
    </message>
    <message>
        <source>must be at most {longest} characters long, not {value}</source>
        <translation>darf höchstens {longest} Zeichen lang sein, nicht {value}</translation>
    </message>
    <message>
        <source>must hold no control characters</source>
        <translation>darf keine Steuerzeichen enthalten</translation>
    </message>
    <message>
        <source>must hold no control characters and no line breaks</source>
        <translation>darf keine Steuerzeichen und keine Zeilenumbrüche enthalten</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>holds HTML ({shown}…): a lesson&apos;s text is plain text with the README&apos;s Markdown marks, and no tags</source>
        <translation>enthält HTML ({shown}…): der Text einer Lektion ist reiner Text mit den Markdown-Zeichen aus dem README, ohne Tags</translation>
    </message>
    <message>
        <source>holds a link or an image ([…](…)): a lesson shows no links and no remote content</source>
        <translation>enthält einen Link oder ein Bild ([…](…)): eine Lektion zeigt keine Links und keine entfernten Inhalte</translation>
    </message>
    <message>
        <source>must give at_least, below or both</source>
        <translation>muss at_least, below oder beides angeben</translation>
    </message>
    <message>
        <source>needs at_least &lt; below, not {at_least} and {below}</source>
        <translation>braucht at_least &lt; below, nicht {at_least} und {below}</translation>
    </message>
    <message>
        <source>must be a number or a range such as {{&quot;at_least&quot;: 10, &quot;below&quot;: 100}}, since {about} is a number</source>
        <translation>muss eine Zahl oder ein Bereich wie {{&quot;at_least&quot;: 10, &quot;below&quot;: 100}} sein, da {about} eine Zahl ist</translation>
    </message>
    <message>
        <source>asks about the {source} run, but the step&apos;s setup has no {section} section</source>
        <translation>fragt nach dem {source}-Lauf, aber die Vorbereitung des Schritts hat keinen Abschnitt {section}</translation>
    </message>
    <message>
        <source>asks about the sweep, but the step&apos;s setup.compare has no sweep</source>
        <translation>fragt nach dem Sweep, aber setup.compare des Schritts hat keinen Sweep</translation>
    </message>
    <message>
        <source>names a run of the race, which only the race.status, race.steps and race.final_… questions take</source>
        <translation>nennt einen Lauf des Wettlaufs, den nur die Fragen race.status, race.steps und race.final_… nehmen</translation>
    </message>
    <message>
        <source>is for a question that asks for a number, not for multiple choice</source>
        <translation>ist für eine Frage, die nach einer Zahl fragt, nicht für Multiple Choice</translation>
    </message>
    <message>
        <source>must be a list of 2 to {limit} choices</source>
        <translation>muss eine Liste von 2 bis {limit} Antworten sein</translation>
    </message>
    <message>
        <source>repeats the choice “{text}”</source>
        <translation>wiederholt die Antwort „{text}“</translation>
    </message>
    <message>
        <source>must be the text of one of the choices</source>
        <translation>muss der Text einer der Antworten sein</translation>
    </message>
    <message>
        <source>are missing: {about} is not a number, so the question offers choices</source>
        <translation>fehlen: {about} ist keine Zahl, also bietet die Frage Antworten an</translation>
    </message>
    <message>
        <source>must be {&quot;absolute&quot;: d} or {&quot;relative&quot;: r}</source>
        <translation>muss {&quot;absolute&quot;: d} oder {&quot;relative&quot;: r} sein</translation>
    </message>
    <message>
        <source>is missing: a step names the tab it shows</source>
        <translation>fehlt: ein Schritt nennt den Tab, den er zeigt</translation>
    </message>
    <message>
        <source>the race runs on its f</source>
        <translation>der Wettlauf läuft auf seinem f</translation>
    </message>
    <message>
        <source>the {tab} tab shows it</source>
        <translation>der Tab {tab} zeigt ihn</translation>
    </message>
    <message>
        <source>is missing: {reason}</source>
        <translation>fehlt: {reason}</translation>
    </message>
    <message>
        <source>{where}setup.function.max_steps must be at most {limit} in a lesson, not {steps}</source>
        <translation>{where}setup.function.max_steps darf in einer Lektion höchstens {limit} sein, nicht {steps}</translation>
    </message>
    <message>
        <source>uses a CSV file: a lesson uses a built-in task, since a file it named would be missing on the students&apos; computers</source>
        <translation>nutzt eine CSV-Datei: eine Lektion nutzt eine eingebaute Aufgabe, da eine genannte Datei auf den Rechnern der Lernenden fehlen würde</translation>
    </message>
    <message>
        <source>trains too long for a lesson: parameters × training points × steps must be at most {limit}</source>
        <translation>trainiert zu lange für eine Lektion: Parameter × Trainingspunkte × Schritte darf höchstens {limit} sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>this is not a gdstudio lesson: the file must hold a JSON object</source>
        <translation>das ist keine gdstudio-Lektion: die Datei muss ein JSON-Objekt enthalten</translation>
    </message>
    <message>
        <source>this is not a gdstudio lesson (its format is not {format})</source>
        <translation>das ist keine gdstudio-Lektion (ihr Format ist nicht {format})</translation>
    </message>
    <message>
        <source>the lesson has no valid version</source>
        <translation>die Lektion hat keine gültige Version</translation>
    </message>
    <message>
        <source>the lesson was written by a newer gdstudio (version {version}); update gdstudio to open it</source>
        <translation>die Lektion wurde von einem neueren gdstudio geschrieben (Version {version}); aktualisieren Sie gdstudio, um sie zu öffnen</translation>
    </message>
    <message>
        <source>must be a list of 1 to {limit} steps</source>
        <translation>muss eine Liste von 1 bis {limit} Schritten sein</translation>
    </message>
</context>
<context>
    <name>LessonEditor</name>
    <message>
        <source>No question</source>
        <translation>Keine Frage</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>Auswahlfrage</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>Eine Zahl</translation>
    </message>
    <message>
        <source>as it is</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Function tab</source>
        <translation>Tab „Funktion“</translation>
    </message>
    <message>
        <source>MLP task</source>
        <translation>MLP-Aufgabe</translation>
    </message>
    <message>
        <source>Compare tab (race and sweep)</source>
        <translation>Tab „Vergleich“ (Wettlauf und γ-Durchlauf)</translation>
    </message>
    <message>
        <source>A blank line starts a paragraph; “- ” a bullet, “1. ” a numbered item; *emphasis*, **strong**, `code`. Write maths in Unicode: γ, ∇f, x², w ← w − γ∇f. No links, images or tags.</source>
        <translation>Eine Leerzeile beginnt einen Absatz; „- “ einen Aufzählungspunkt, „1. “ einen nummerierten Punkt; *Betonung*, **stark**, `Code`. Mathematik in Unicode schreiben: γ, ∇f, x², w ← w − γ∇f. Keine Links, Bilder oder Tags.</translation>
    </message>
    <message>
        <source>converged</source>
        <translation>konvergiert</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>divergiert</translation>
    </message>
    <message>
        <source>max_steps</source>
        <translation>Schrittgrenze erreicht</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>undefiniert</translation>
    </message>
    <message>
        <source>line_search_failed</source>
        <translation>Liniensuche gescheitert</translation>
    </message>
    <message>
        <source>no_descent</source>
        <translation>kein Abstieg</translation>
    </message>
    <message>
        <source>minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>saddle</source>
        <translation>Sattelpunkt</translation>
    </message>
    <message>
        <source>maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>flat</source>
        <translation>flach</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>{what} must be a number, not “{text}”</source>
        <translation>{what} muss eine Zahl sein, nicht „{text}“</translation>
    </message>
    <message>
        <source>{what} must be a finite number</source>
        <translation>{what} muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <source>{what} is empty: type {syntax}</source>
        <translation>{what} ist leer: Geben Sie {syntax} ein</translation>
    </message>
    <message>
        <source>{what} must be {syntax}, not “{text}”</source>
        <translation>{what} muss {syntax} sein, nicht „{text}“</translation>
    </message>
    <message>
        <source>New lesson</source>
        <translation>Neue Lektion</translation>
    </message>
    <message>
        <source>Lesson details</source>
        <translation>Lektionsdetails</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>the right answer</source>
        <translation>die richtige Antwort</translation>
    </message>
    <message>
        <source>the choice, as the student reads it</source>
        <translation>die Auswahl, wie Lernende sie lesen</translation>
    </message>
    <message>
        <source>remove this choice</source>
        <translation>diese Auswahl entfernen</translation>
    </message>
    <message>
        <source>right when the run gives</source>
        <translation>richtig, wenn der Lauf ergibt</translation>
    </message>
    <message>
        <source>Step {number}, on the {tab} tab: edit</source>
        <translation>Schritt {number}, Tab „{tab}“: bearbeiten</translation>
    </message>
    <message>
        <source>Step {number}, on the {tab} tab: add the current set-up</source>
        <translation>Schritt {number}, Tab „{tab}“: aktuellen Aufbau hinzufügen</translation>
    </message>
    <message>
        <source>the {tab} tab this step shows needs it</source>
        <translation>der Tab „{tab}“, den dieser Schritt zeigt, braucht es</translation>
    </message>
    <message>
        <source>also load this tab&apos;s settings when the step is shown</source>
        <translation>beim Anzeigen des Schritts auch die Einstellungen dieses Tabs laden</translation>
    </message>
    <message>
        <source>Sets up</source>
        <translation>Richtet ein</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Question, asked before the run</source>
        <translation>Frage, vor dem Lauf gestellt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Suggest a question from the run</source>
        <translation>Frage aus dem Lauf vorschlagen</translation>
    </message>
    <message>
        <source>The studio&apos;s run</source>
        <translation>Der Lauf des Studios</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Fragetext</translation>
    </message>
    <message>
        <source>Add a choice</source>
        <translation>Auswahl hinzufügen</translation>
    </message>
    <message>
        <source>Choices (● the right one)</source>
        <translation>Auswahl (● die richtige)</translation>
    </message>
    <message>
        <source>± (absolute)</source>
        <translation>± (absolut)</translation>
    </message>
    <message>
        <source>± % (relative)</source>
        <translation>± % (relativ)</translation>
    </message>
    <message>
        <source>within</source>
        <translation>mit Toleranz</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Why (shown with the verdict)</source>
        <translation>Warum (mit der Bewertung gezeigt)</translation>
    </message>
    <message>
        <source>Try this, and what to show</source>
        <translation>Probieren Sie, und was gezeigt wird</translation>
    </message>
    <message>
        <source>“Try this” hint</source>
        <translation>Hinweis „Probieren Sie“</translation>
    </message>
    <message>
        <source>The step&apos;s runs cannot be made: {problem}</source>
        <translation>Die Läufe des Schritts lassen sich nicht ausführen: {problem}</translation>
    </message>
    <message>
        <source>cannot be made: {problem}</source>
        <translation>nicht ausführbar: {problem}</translation>
    </message>
    <message>
        <source>making the step&apos;s runs…</source>
        <translation>die Läufe des Schritts werden ausgeführt…</translation>
    </message>
    <message>
        <source>run {number}: {optimizer}, γ = {learning_rate}</source>
        <translation>Lauf {number}: {optimizer}, γ = {learning_rate}</translation>
    </message>
    <message>
        <source>no run (none converges)</source>
        <translation>kein Lauf (keiner konvergiert)</translation>
    </message>
    <message>
        <source>choice {number}&apos;s condition</source>
        <translation>die Bedingung von Auswahl {number}</translation>
    </message>
    <message>
        <source>the answer</source>
        <translation>die Antwort</translation>
    </message>
    <message>
        <source>the tolerance</source>
        <translation>die Toleranz</translation>
    </message>
    <message>
        <source>Checking the answer against the studio&apos;s run…</source>
        <translation>Die Antwort wird am Lauf des Studios geprüft…</translation>
    </message>
    <message>
        <source>no question</source>
        <translation>keine Frage</translation>
    </message>
    <message>
        <source>Edit lesson</source>
        <translation>Lektion bearbeiten</translation>
    </message>
    <message>
        <source>Add the current set-up…</source>
        <translation>Aktuellen Aufbau hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Save lesson…</source>
        <translation>Lektion speichern…</translation>
    </message>
</context>
<context>
    <name>LessonOutcome</name>
    <message>
        <source>converge</source>
        <translation>konvergieren</translation>
    </message>
    <message>
        <source>stall</source>
        <translation>stecken bleiben</translation>
    </message>
    <message>
        <source>diverge</source>
        <translation>divergieren</translation>
    </message>
    <message>
        <source>leave f&apos;s domain</source>
        <translation>den Definitionsbereich von f verlassen</translation>
    </message>
    <message>
        <source>a minimum</source>
        <translation>ein Minimum</translation>
    </message>
    <message>
        <source>a saddle point</source>
        <translation>ein Sattelpunkt</translation>
    </message>
    <message>
        <source>it does not stop</source>
        <translation>er hält nicht an</translation>
    </message>
    <message>
        <source>the step makes no {source} run, so it has no {quantity}</source>
        <translation>der Schritt macht keinen {source}-Lauf, also hat er kein {quantity}</translation>
    </message>
    <message>
        <source>the race has runs 1 to {runs}, not {run}</source>
        <translation>der Wettlauf hat die Läufe 1 bis {runs}, nicht {run}</translation>
    </message>
    <message>
        <source>the run {ended}</source>
        <translation>der Lauf {ended}</translation>
    </message>
    <message>
        <source>the run made {steps} steps: it {ended}</source>
        <translation>der Lauf machte {steps} Schritte: er {ended}</translation>
    </message>
    <message>
        <source>the run {ended}, and it gives no {quantity}</source>
        <translation>der Lauf {ended} und liefert kein {quantity}</translation>
    </message>
    <message>
        <source>the run ended at {axis} = {value} ({ended})</source>
        <translation>der Lauf endete bei {axis} = {value} ({ended})</translation>
    </message>
    <message>
        <source>at the start w₀ = ({x}, {y}) the gradient&apos;s ∂f/∂{axis} is {value}</source>
        <translation>am Start w₀ = ({x}, {y}) ist die Ableitung ∂f/∂{axis} des Gradienten {value}</translation>
    </message>
    <message>
        <source>the first update moved the run to w₁ with {axis} = {value}</source>
        <translation>das erste Update brachte den Lauf nach w₁ mit {axis} = {value}</translation>
    </message>
    <message>
        <source>the run ended at f = {value} ({ended})</source>
        <translation>der Lauf endete bei f = {value} ({ended})</translation>
    </message>
    <message>
        <source>‖∇f‖ at the run&apos;s last point is {value} ({ended})</source>
        <translation>‖∇f‖ im letzten Punkt des Laufs ist {value} ({ended})</translation>
    </message>
    <message>
        <source>the run did not converge ({ended}), so it stopped at no stationary point</source>
        <translation>der Lauf konvergierte nicht ({ended}), also hielt er an keinem stationären Punkt an</translation>
    </message>
    <message>
        <source>the run {ended} at a minimum</source>
        <translation>der Lauf {ended} in einem Minimum</translation>
    </message>
    <message>
        <source>the run {ended} at a saddle point</source>
        <translation>der Lauf {ended} in einem Sattelpunkt</translation>
    </message>
    <message>
        <source>the run {ended} at a maximum</source>
        <translation>der Lauf {ended} in einem Maximum</translation>
    </message>
    <message>
        <source>the run {ended} at a flat</source>
        <translation>der Lauf {ended} in einem flachen Punkt</translation>
    </message>
    <message>
        <source>the condition number at the run&apos;s last point is κ = {value}</source>
        <translation>die Konditionszahl im letzten Punkt des Laufs ist κ = {value}</translation>
    </message>
    <message>
        <source>the largest stable γ at the run&apos;s last point is 2/λ_max = {value}</source>
        <translation>das größte stabile γ im letzten Punkt des Laufs ist 2/λ_max = {value}</translation>
    </message>
    <message>
        <source>no run of the race converged</source>
        <translation>kein Lauf des Wettlaufs konvergierte</translation>
    </message>
    <message>
        <source>run {run}, {label}, converged first, at t = {t}</source>
        <translation>Lauf {run}, {label}, konvergierte zuerst, bei t = {t}</translation>
    </message>
    <message>
        <source>run {run}: {evaluations}</source>
        <translation>Lauf {run}: {evaluations}</translation>
    </message>
    <message>
        <source>run {run}, {label}, converged with the fewest evaluations of f ({counts})</source>
        <translation>Lauf {run}, {label}, konvergierte mit den wenigsten Auswertungen von f ({counts})</translation>
    </message>
    <message>
        <source>run {run}, {label}, {ended}</source>
        <translation>Lauf {run}, {label}, {ended}</translation>
    </message>
    <message>
        <source>run {run}, {label}, {ended}: {steps} steps</source>
        <translation>Lauf {run}, {label}, {ended}: {steps} Schritte</translation>
    </message>
    <message>
        <source>run {run}, {label}, {ended}, with {evaluations} evaluations</source>
        <translation>Lauf {run}, {label}, {ended}, mit {evaluations} Auswertungen</translation>
    </message>
    <message>
        <source>run {run}, {label}, {ended}, and its last point gives no number</source>
        <translation>Lauf {run}, {label}, {ended}, und sein letzter Punkt liefert keine Zahl</translation>
    </message>
    <message>
        <source>run {run}, {label}, {ended} at f = {value}</source>
        <translation>Lauf {run}, {label}, {ended} bei f = {value}</translation>
    </message>
    <message>
        <source>run {run}, {label}, {ended} at {axis} = {value}</source>
        <translation>Lauf {run}, {label}, {ended} bei {axis} = {value}</translation>
    </message>
    <message>
        <source>no γ of the sweep converged</source>
        <translation>kein γ des Sweeps konvergierte</translation>
    </message>
    <message>
        <source>the fastest γ of the sweep is {rate}, which converged in {steps} steps</source>
        <translation>das schnellste γ des Sweeps ist {rate}, es konvergierte in {steps} Schritten</translation>
    </message>
    <message>
        <source>no γ of the sweep diverged</source>
        <translation>kein γ des Sweeps divergierte</translation>
    </message>
    <message>
        <source>the sweep&apos;s runs diverge from γ = {rate} on</source>
        <translation>die Läufe des Sweeps divergieren ab γ = {rate}</translation>
    </message>
    <message>
        <source>{value} of the sweep&apos;s {count} learning rates converged</source>
        <translation>{value} der {count} Lernraten des Sweeps konvergierten</translation>
    </message>
    <message>
        <source>{value} of the sweep&apos;s {count} learning rates diverged</source>
        <translation>{value} der {count} Lernraten des Sweeps divergierten</translation>
    </message>
    <message>
        <source>the training {ended}</source>
        <translation>das Training {ended}</translation>
    </message>
    <message>
        <source>the training made {steps} steps: it {ended}</source>
        <translation>das Training machte {steps} Schritte: es {ended}</translation>
    </message>
    <message>
        <source>the {sizes} network has {value} parameters (weights and biases)</source>
        <translation>das {sizes}-Netz hat {value} Parameter (Gewichte und Biases)</translation>
    </message>
    <message>
        <source>the training gives no {quantity}: the task is a classification</source>
        <translation>das Training liefert kein {quantity}: die Aufgabe ist eine Klassifikation</translation>
    </message>
    <message>
        <source>the training gives no {quantity}: the task is a regression</source>
        <translation>das Training liefert kein {quantity}: die Aufgabe ist eine Regression</translation>
    </message>
    <message>
        <source>the training ended at L(w) = {value} ({ended})</source>
        <translation>das Training endete bei L(w) = {value} ({ended})</translation>
    </message>
    <message>
        <source>the network&apos;s accuracy on the training points is {percent} % ({value})</source>
        <translation>die Genauigkeit des Netzes auf den Trainingspunkten ist {percent} % ({value})</translation>
    </message>
    <message>
        <source>the network&apos;s accuracy on the test points is {percent} % ({value})</source>
        <translation>die Genauigkeit des Netzes auf den Testpunkten ist {percent} % ({value})</translation>
    </message>
    <message>
        <source>the network&apos;s mean squared error on the training points is {value}</source>
        <translation>der mittlere quadratische Fehler des Netzes auf den Trainingspunkten ist {value}</translation>
    </message>
    <message>
        <source>the network&apos;s mean squared error on the test points is {value}</source>
        <translation>der mittlere quadratische Fehler des Netzes auf den Testpunkten ist {value}</translation>
    </message>
    <message>
        <source>became undefined at t = {t}: {failure}</source>
        <translation>wurde bei t = {t} undefiniert: {failure}</translation>
    </message>
    <message>
        <source>became undefined at t = {t}</source>
        <translation>wurde bei t = {t} undefiniert</translation>
    </message>
    <message>
        <source>“{text}”</source>
        <translation>„{text}“</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} und {second}</translation>
    </message>
    <message>
        <source>the descent cannot be run: {error}</source>
        <translation>der Abstieg lässt sich nicht ausführen: {error}</translation>
    </message>
    <message>
        <source>the MLP cannot be trained: {error}</source>
        <translation>das MLP lässt sich nicht trainieren: {error}</translation>
    </message>
    <message>
        <source>type a number, for example 27 or 0.5, not {text}</source>
        <translation>Geben Sie eine Zahl ein, zum Beispiel 27 oder 0.5, nicht {text}</translation>
    </message>
    <message>
        <source>type a finite number</source>
        <translation>Geben Sie eine endliche Zahl ein</translation>
    </message>
    <message>
        <source>choose one of {choices}</source>
        <translation>Wählen Sie eine von {choices}</translation>
    </message>
    <message>
        <source>{described} No choice describes that.</source>
        <translation>{described} Keine Antwort beschreibt das.</translation>
    </message>
    <message>
        <source>{described} Choices {choices} both describe that.</source>
        <translation>{described} Die Antworten {choices} beschreiben das beide.</translation>
    </message>
    <message>
        <source>{described} So the answer is “{answer}”.</source>
        <translation>{described} Die Antwort ist also „{answer}“.</translation>
    </message>
    <message>
        <source>{clause}; answers within {tolerance} of it count</source>
        <translation>{clause}; Antworten im Bereich {tolerance} davon zählen</translation>
    </message>
    <message>
        <source>{described}, which none of the question&apos;s choices describes</source>
        <translation>{described}, was keine der Antworten der Frage beschreibt</translation>
    </message>
    <message>
        <source>{described}, which the choices {choices} all describe: make them exclusive</source>
        <translation>{described}, was die Antworten {choices} alle beschreiben: machen Sie sie eindeutig</translation>
    </message>
    <message>
        <source>the question&apos;s answer is “{written}”, but {described}, so the answer is “{answer}”</source>
        <translation>die Antwort der Frage ist „{written}“, aber {described}, also ist die Antwort „{answer}“</translation>
    </message>
    <message>
        <source>the question asks for a number, but {described}</source>
        <translation>die Frage verlangt eine Zahl, aber {described}</translation>
    </message>
    <message>
        <source>the question&apos;s answer is {written}, but {described} (more than {tolerance} away)</source>
        <translation>die Antwort der Frage ist {written}, aber {described} (mehr als {tolerance} entfernt)</translation>
    </message>
    <message>
        <source>step {number}: {problem}</source>
        <translation>Schritt {number}: {problem}</translation>
    </message>
    <message>
        <source>Predict {quantity}.</source>
        <translation>Sagen Sie {quantity} voraus.</translation>
    </message>
    <message>
        <source>a maximum point</source>
        <translation>ein Maximum</translation>
    </message>
    <message>
        <source>a flat point</source>
        <translation>ein flacher Punkt</translation>
    </message>
    <message>
        <source>run {run}, {label}</source>
        <translation>Lauf {run}, {label}</translation>
    </message>
    <message>
        <source>none of them</source>
        <translation>keiner davon</translation>
    </message>
    <message>
        <source>{described}: ask about something the run gives</source>
        <translation>{described}: fragen Sie nach etwas, das der Lauf liefert</translation>
    </message>
    <message>
        <source>none of the choices</source>
        <translation>keine der Antworten</translation>
    </message>
    <message>
        <source>no number</source>
        <translation>keine Zahl</translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <source>No lesson is open. Pick one from the Lessons menu, or open a lesson file with File → Open lesson… (Ctrl+L).</source>
        <translation>Keine Lektion geöffnet. Wählen Sie eine im Menü Lektionen, oder öffnen Sie eine Lektionsdatei mit Datei → Lektion öffnen… (Strg+L).</translation>
    </message>
    <message>
        <source>Predict, then press Play</source>
        <translation>Erst vorhersagen, dann Abspielen</translation>
    </message>
    <message>
        <source>your answer, a number</source>
        <translation>Ihre Antwort, eine Zahl</translation>
    </message>
    <message>
        <source>your number</source>
        <translation>Ihre Zahl</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>lock your answer in, then press Play and watch the run</source>
        <translation>Antwort festlegen, dann Abspielen drücken und den Lauf verfolgen</translation>
    </message>
    <message>
        <source>Show the verdict now</source>
        <translation>Bewertung jetzt zeigen</translation>
    </message>
    <message>
        <source>judge your answer by the run without waiting for it to end on screen</source>
        <translation>Ihre Antwort am Lauf prüfen, ohne zu warten, bis er auf dem Bildschirm endet</translation>
    </message>
    <message>
        <source>Try this…</source>
        <translation>Probieren Sie…</translation>
    </message>
    <message>
        <source>a suggestion for what to try next on this step</source>
        <translation>ein Vorschlag, was Sie in diesem Schritt als Nächstes ausprobieren können</translation>
    </message>
    <message>
        <source>Set up again</source>
        <translation>Neu aufbauen</translation>
    </message>
    <message>
        <source>load this step&apos;s set-up into the studio again</source>
        <translation>den Aufbau dieses Schritts erneut ins Studio laden</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>Answers within {tolerance} of what the run gives count as right.</source>
        <translation>Antworten, die höchstens {tolerance} vom Ergebnis des Laufs abweichen, gelten als richtig.</translation>
    </message>
    <message>
        <source>Your answer: {answer}. The sweep is being run with the step&apos;s set-up. (The Compare tab&apos;s Run sweep draws it.)</source>
        <translation>Ihre Antwort: {answer}. Der γ-Durchlauf wird mit dem Aufbau des Schritts ausgeführt. (Im Tab „Vergleich“ zeichnet ihn „γ-Durchlauf starten“.)</translation>
    </message>
    <message>
        <source>Your answer: {answer}. Now press Play (Space) and watch the race.</source>
        <translation>Ihre Antwort: {answer}. Drücken Sie jetzt Abspielen (Leertaste) und verfolgen Sie den Wettlauf.</translation>
    </message>
    <message>
        <source>Your answer: {answer}. Now press Play (Space) and watch the training.</source>
        <translation>Ihre Antwort: {answer}. Drücken Sie jetzt Abspielen (Leertaste) und verfolgen Sie das Training.</translation>
    </message>
    <message>
        <source>Your answer: {answer}. Now press Play (Space) and watch the run.</source>
        <translation>Ihre Antwort: {answer}. Drücken Sie jetzt Abspielen (Leertaste) und verfolgen Sie den Lauf.</translation>
    </message>
    <message>
        <source>“{answer}”</source>
        <translation>„{answer}“</translation>
    </message>
    <message>
        <source>This step&apos;s runs cannot be made: {problem}</source>
        <translation>Die Läufe dieses Schritts lassen sich nicht ausführen: {problem}</translation>
    </message>
    <message>
        <source>Your answer: {answer}. Checking it against the run…</source>
        <translation>Ihre Antwort: {answer}. Sie wird am Lauf geprüft…</translation>
    </message>
    <message>
        <source>✓ Right</source>
        <translation>✓ Richtig</translation>
    </message>
    <message>
        <source>✗ Not quite</source>
        <translation>✗ Nicht ganz</translation>
    </message>
    <message>
        <source>You answered {answer}. {explanation}</source>
        <translation>Ihre Antwort war {answer}. {explanation}</translation>
    </message>
    <message>
        <source>You changed the set-up after this step loaded it: the verdict describes the step&apos;s own set-up. Set up again loads it back.</source>
        <translation>Sie haben den Aufbau geändert, nachdem dieser Schritt ihn geladen hat: Die Bewertung beschreibt den Aufbau des Schritts. „Neu aufbauen“ lädt ihn wieder.</translation>
    </message>
</context>
<context>
    <name>LessonQuantities</name>
    <message>
        <source>how the run ends</source>
        <translation>wie der Lauf endet</translation>
    </message>
    <message>
        <source>the steps the run makes</source>
        <translation>die Schritte, die der Lauf macht</translation>
    </message>
    <message>
        <source>∂f/∂x at the start point w₀</source>
        <translation>∂f/∂x am Startpunkt w₀</translation>
    </message>
    <message>
        <source>∂f/∂y at the start point w₀</source>
        <translation>∂f/∂y am Startpunkt w₀</translation>
    </message>
    <message>
        <source>x of w₁, the point after the first update</source>
        <translation>x von w₁, dem Punkt nach dem ersten Update</translation>
    </message>
    <message>
        <source>y of w₁, the point after the first update</source>
        <translation>y von w₁, dem Punkt nach dem ersten Update</translation>
    </message>
    <message>
        <source>x of the run&apos;s last point</source>
        <translation>x des letzten Punkts des Laufs</translation>
    </message>
    <message>
        <source>y of the run&apos;s last point</source>
        <translation>y des letzten Punkts des Laufs</translation>
    </message>
    <message>
        <source>f at the run&apos;s last point</source>
        <translation>f im letzten Punkt des Laufs</translation>
    </message>
    <message>
        <source>‖∇f‖ at the run&apos;s last point</source>
        <translation>‖∇f‖ im letzten Punkt des Laufs</translation>
    </message>
    <message>
        <source>the kind of point the run stops at</source>
        <translation>die Art des Punkts, an dem der Lauf anhält</translation>
    </message>
    <message>
        <source>the condition number κ at the run&apos;s last point</source>
        <translation>die Konditionszahl κ im letzten Punkt des Laufs</translation>
    </message>
    <message>
        <source>the largest stable γ = 2/λ_max at the run&apos;s last point</source>
        <translation>das größte stabile γ = 2/λ_max im letzten Punkt des Laufs</translation>
    </message>
    <message>
        <source>how a run of the race ends</source>
        <translation>wie ein Lauf des Wettlaufs endet</translation>
    </message>
    <message>
        <source>the steps a run of the race makes</source>
        <translation>die Schritte, die ein Lauf des Wettlaufs macht</translation>
    </message>
    <message>
        <source>x of a race run&apos;s last point</source>
        <translation>x des letzten Punkts eines Laufs im Wettlauf</translation>
    </message>
    <message>
        <source>y of a race run&apos;s last point</source>
        <translation>y des letzten Punkts eines Laufs im Wettlauf</translation>
    </message>
    <message>
        <source>f at a race run&apos;s last point</source>
        <translation>f im letzten Punkt eines Laufs im Wettlauf</translation>
    </message>
    <message>
        <source>the run of the race that converges first</source>
        <translation>der Lauf des Wettlaufs, der zuerst konvergiert</translation>
    </message>
    <message>
        <source>the evaluations of f (each with its ∇f) a run of the race makes</source>
        <translation>die Auswertungen von f (jeweils mit ∇f), die ein Lauf des Wettlaufs macht</translation>
    </message>
    <message>
        <source>the run of the race that converges with the fewest evaluations of f</source>
        <translation>der Lauf des Wettlaufs, der mit den wenigsten Auswertungen von f konvergiert</translation>
    </message>
    <message>
        <source>the γ of the sweep that converges in the fewest steps</source>
        <translation>das γ des Sweeps, das in den wenigsten Schritten konvergiert</translation>
    </message>
    <message>
        <source>the smallest γ of the sweep that diverges</source>
        <translation>das kleinste γ des Sweeps, das divergiert</translation>
    </message>
    <message>
        <source>how many γ of the sweep converge</source>
        <translation>wie viele γ des Sweeps konvergieren</translation>
    </message>
    <message>
        <source>how many γ of the sweep diverge</source>
        <translation>wie viele γ des Sweeps divergieren</translation>
    </message>
    <message>
        <source>how the training ends</source>
        <translation>wie das Training endet</translation>
    </message>
    <message>
        <source>the steps the training makes</source>
        <translation>die Schritte, die das Training macht</translation>
    </message>
    <message>
        <source>L(w) at the training&apos;s last step</source>
        <translation>L(w) im letzten Schritt des Trainings</translation>
    </message>
    <message>
        <source>the accuracy on the training points (0 to 1)</source>
        <translation>die Genauigkeit auf den Trainingspunkten (0 bis 1)</translation>
    </message>
    <message>
        <source>the accuracy on the test points (0 to 1)</source>
        <translation>die Genauigkeit auf den Testpunkten (0 bis 1)</translation>
    </message>
    <message>
        <source>the mean squared error on the training points</source>
        <translation>der mittlere quadratische Fehler auf den Trainingspunkten</translation>
    </message>
    <message>
        <source>the mean squared error on the test points</source>
        <translation>der mittlere quadratische Fehler auf den Testpunkten</translation>
    </message>
    <message>
        <source>the network&apos;s parameters (weights and biases)</source>
        <translation>die Parameter des Netzes (Gewichte und Biases)</translation>
    </message>
</context>
<context>
    <name>LessonQuestions</name>
    <message>
        <source>at least {low}</source>
        <translation>mindestens {low}</translation>
    </message>
    <message>
        <source>below {high}</source>
        <translation>unter {high}</translation>
    </message>
    <message>
        <source>from {low} to below {high}</source>
        <translation>von {low} bis unter {high}</translation>
    </message>
</context>
<context>
    <name>LessonSlides</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Question:&lt;/b&gt; {prompt}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Frage:&lt;/b&gt; {prompt}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Answer with a number (right within {tolerance}).&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Antworten Sie mit einer Zahl (richtig innerhalb von {tolerance}).&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The studio&apos;s answer:&lt;/b&gt; {answer}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Die Antwort des Studios:&lt;/b&gt; {answer}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{lesson}  ·  step {number} of {count}  ·  the answer</source>
        <translation>{lesson}  ·  Schritt {number} von {count}  ·  die Antwort</translation>
    </message>
    <message>
        <source>{lesson}  ·  step {number} of {count}</source>
        <translation>{lesson}  ·  Schritt {number} von {count}</translation>
    </message>
</context>
<context>
    <name>LessonStudio</name>
    <message>
        <source>gdstudio lessons ({pattern});;JSON files (*.json);;All files (*)</source>
        <translation>gdstudio-Lektionen ({pattern});;JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>&amp;Lesson panel</source>
        <translation>Lektions&amp;bereich</translation>
    </message>
    <message>
        <source>show or hide the lesson beside the tabs</source>
        <translation>die Lektion neben den Tabs ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Open &amp;lesson…</source>
        <translation>&amp;Lektion öffnen…</translation>
    </message>
    <message>
        <source>open a lesson file</source>
        <translation>eine Lektionsdatei öffnen</translation>
    </message>
    <message>
        <source>&amp;New lesson…</source>
        <translation>&amp;Neue Lektion…</translation>
    </message>
    <message>
        <source>start writing a lesson of your own</source>
        <translation>eine eigene Lektion schreiben</translation>
    </message>
    <message>
        <source>&amp;Add current set-up as a step…</source>
        <translation>Aktuellen Aufbau als Schritt &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>the studio as it is now becomes the lesson&apos;s next step</source>
        <translation>das Studio, wie es jetzt ist, wird der nächste Schritt der Lektion</translation>
    </message>
    <message>
        <source>&amp;Edit lesson…</source>
        <translation>Lektion b&amp;earbeiten…</translation>
    </message>
    <message>
        <source>the lesson&apos;s details and steps: edit, delete, reorder</source>
        <translation>Details und Schritte der Lektion: bearbeiten, löschen, umordnen</translation>
    </message>
    <message>
        <source>&amp;Save lesson…</source>
        <translation>Lektion &amp;speichern…</translation>
    </message>
    <message>
        <source>check every answer against the studio&apos;s runs, then save</source>
        <translation>jede Antwort an den Läufen des Studios prüfen, dann speichern</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lektionen</translation>
    </message>
    <message>
        <source>The tabs leave the lesson panel little room at this zoom: View → Side panel (Ctrl+B) hides their settings to give it more.</source>
        <translation>Wenig Platz für den Lektionsbereich bei diesem Zoom: Ansicht → Seitenleiste (Strg+B) blendet die Tab-Einstellungen aus.</translation>
    </message>
    <message>
        <source>Lesson “{title}”: {count} steps. Answer each question before you press Play.</source>
        <translation>Lektion „{title}“: {count} Schritte. Beantworten Sie jede Frage, bevor Sie Abspielen drücken.</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>Lektion öffnen</translation>
    </message>
    <message>
        <source>Cannot open the lesson</source>
        <translation>Lektion kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Start a new lesson</source>
        <translation>Neue Lektion beginnen</translation>
    </message>
    <message>
        <source>“{title}” has steps that are not saved. Start a new lesson anyway?</source>
        <translation>„{title}“ hat Schritte, die nicht gespeichert sind. Trotzdem eine neue Lektion beginnen?</translation>
    </message>
    <message>
        <source>New lesson “{title}”: set the studio up, then Lessons → Add current set-up as a step.</source>
        <translation>Neue Lektion „{title}“: Bauen Sie das Studio auf, dann Lektionen → Aktuellen Aufbau als Schritt hinzufügen.</translation>
    </message>
    <message>
        <source>Step {number} added to “{title}”. Lessons → Save lesson… writes the file.</source>
        <translation>Schritt {number} zu „{title}“ hinzugefügt. Lektionen → Lektion speichern… schreibt die Datei.</translation>
    </message>
    <message>
        <source>Checking every answer against the studio&apos;s runs…</source>
        <translation>Jede Antwort wird an den Läufen des Studios geprüft…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Save lesson</source>
        <translation>Lektion speichern</translation>
    </message>
    <message>
        <source>The lesson has no steps yet: set the studio up, then Lessons → Add current set-up as a step.</source>
        <translation>Die Lektion hat noch keine Schritte: Bauen Sie das Studio auf, dann Lektionen → Aktuellen Aufbau als Schritt hinzufügen.</translation>
    </message>
    <message>
        <source>Cannot save the lesson</source>
        <translation>Lektion kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saving cancelled: nothing was written.</source>
        <translation>Speichern abgebrochen: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>step {number}: {problem}</source>
        <translation>Schritt {number}: {problem}</translation>
    </message>
    <message>
        <source>Saved {name}: {count} steps.</source>
        <translation>{name} gespeichert: {count} Schritte.</translation>
    </message>
</context>
<context>
    <name>LineSearch</name>
    <message>
        <source>fixed γ</source>
        <translation>festes γ</translation>
    </message>
    <message>
        <source>α = γ_t: the learning rate (and its schedule), one evaluation a step.</source>
        <translation>α = γ_t: die Lernrate (und ihr Zeitplan), eine Auswertung pro Schritt.</translation>
    </message>
    <message>
        <source>backtracking (Armijo)</source>
        <translation>Backtracking (Armijo)</translation>
    </message>
    <message>
        <source>α = γ, then α ← ρα until f(w + αd) ≤ f(w) + c₁α∇fᵀd.</source>
        <translation>α = γ, dann α ← ρα, bis f(w + αd) ≤ f(w) + c₁α∇fᵀd.</translation>
    </message>
    <message>
        <source>strong Wolfe</source>
        <translation>starkes Wolfe</translation>
    </message>
    <message>
        <source>bracket and zoom until f falls enough (c₁) and the slope flattens (|φ′(α)| ≤ c₂|φ′(0)|); at most 25 evaluations.</source>
        <translation>einschließen und zoomen, bis f genug fällt (c₁) und die Steigung abflacht (|φ′(α)| ≤ c₂|φ′(0)|); höchstens 25 Auswertungen.</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exakt</translation>
    </message>
    <message>
        <source>the minimiser of f along the ray: closed form on a quadratic, a 1-D search otherwise.</source>
        <translation>der Minimierer von f entlang des Strahls: geschlossene Form bei einer Quadratik, sonst eine 1-D-Suche.</translation>
    </message>
    <message>
        <source>c1 must be between 0 and 1 (exclusive), not {c1}</source>
        <translation>c1 muss zwischen 0 und 1 liegen (ausschließlich), nicht {c1}</translation>
    </message>
    <message>
        <source>c2 must be between 0 and 1 (exclusive), not {c2}</source>
        <translation>c2 muss zwischen 0 und 1 liegen (ausschließlich), nicht {c2}</translation>
    </message>
    <message>
        <source>c2 must be between c1 = {c1} and 1 (exclusive), not {c2}</source>
        <translation>c2 muss zwischen c1 = {c1} und 1 liegen (ausschließlich), nicht {c2}</translation>
    </message>
    <message>
        <source>the shrink factor ρ must be between 0 and 1 (exclusive), not {shrink}</source>
        <translation>der Schrumpffaktor ρ muss zwischen 0 und 1 liegen (ausschließlich), nicht {shrink}</translation>
    </message>
    <message>
        <source>no step size satisfied the Armijo condition f(w + αd) ≤ f(w) + c₁α∇fᵀd in {trials} trials (down to α = {alpha})</source>
        <translation>keine Schrittweite erfüllte die Armijo-Bedingung f(w + αd) ≤ f(w) + c₁α∇fᵀd in {trials} Versuchen (bis hinab zu α = {alpha})</translation>
    </message>
    <message>
        <source>the curvature condition was not met in {evaluations} evaluations: the lowest trial that satisfies the Armijo condition is taken</source>
        <translation>die Krümmungsbedingung wurde in {evaluations} Auswertungen nicht erfüllt: der niedrigste Versuch, der die Armijo-Bedingung erfüllt, wird genommen</translation>
    </message>
    <message>
        <source>the strong-Wolfe search found no step size satisfying f(w + αd) ≤ f(w) + c₁α∇fᵀd and |∇f(w + αd)ᵀd| ≤ c₂|∇fᵀd| in {evaluations} evaluations</source>
        <translation>die Suche „starkes Wolfe“ fand in {evaluations} Auswertungen keine Schrittweite mit f(w + αd) ≤ f(w) + c₁α∇fᵀd und |∇f(w + αd)ᵀd| ≤ c₂|∇fᵀd|</translation>
    </message>
    <message>
        <source>f is unbounded below along d (dᵀHd ≤ 0): no minimiser on the ray</source>
        <translation>f ist entlang d nach unten unbeschränkt (dᵀHd ≤ 0): kein Minimierer auf dem Strahl</translation>
    </message>
    <message>
        <source>{evaluations} evaluations did not pin the minimiser down to |φ′(α)| ≤ 10⁻⁸|φ′(0)|: the lowest trial is taken</source>
        <translation>{evaluations} Auswertungen grenzten den Minimierer nicht auf |φ′(α)| ≤ 10⁻⁸|φ′(0)| ein: der niedrigste Versuch wird genommen</translation>
    </message>
    <message>
        <source>the exact search found no lower point along d in {evaluations} evaluations</source>
        <translation>die exakte Suche fand in {evaluations} Auswertungen keinen tieferen Punkt entlang d</translation>
    </message>
</context>
<context>
    <name>LineSearchPlot</name>
    <message>
        <source>fixed γ</source>
        <translation>festes γ</translation>
    </message>
    <message>
        <source>backtracking (Armijo)</source>
        <translation>Backtracking (Armijo)</translation>
    </message>
    <message>
        <source>strong Wolfe</source>
        <translation>starkes Wolfe</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exakt</translation>
    </message>
    <message>
        <source>line-search plot</source>
        <translation>Diagramm der Liniensuche</translation>
    </message>
    <message>
        <source>step size α</source>
        <translation>Schrittweite α</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>step {step}: {rule}, 1 trial, {taken}</source>
        <translation>Schritt {step}: {rule}, 1 Versuch, {taken}</translation>
    </message>
    <message>
        <source>step {step}: 1 trial, {taken}</source>
        <translation>Schritt {step}: 1 Versuch, {taken}</translation>
    </message>
    <message>
        <source>step {step}: {rule}, {count} trials, {taken}</source>
        <translation>Schritt {step}: {rule}, {count} Versuche, {taken}</translation>
    </message>
    <message>
        <source>step {step}: {count} trials, {taken}</source>
        <translation>Schritt {step}: {count} Versuche, {taken}</translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <source>step t</source>
        <translation>Schritt t</translation>
    </message>
    <message>
        <source>loss {quantity}</source>
        <translation>Verlust {quantity}</translation>
    </message>
    <message>
        <source>f reaches 0: a log axis has no 0, so those steps are left as gaps</source>
        <translation>f erreicht 0: Eine logarithmische Achse hat keine 0, daher bleiben diese Schritte Lücken</translation>
    </message>
    <message>
        <source>{quantity}, log scale</source>
        <translation>{quantity}, Log-Skala</translation>
    </message>
    <message>
        <source>loss {quantity} against the step t</source>
        <translation>Verlust {quantity} über dem Schritt t</translation>
    </message>
</context>
<context>
    <name>LossScale</name>
    <message>
        <source>{name} goes below 0 (min {lowest})</source>
        <translation>{name} wird kleiner als 0 (min {lowest})</translation>
    </message>
    <message>
        <source>{name} reaches 0</source>
        <translation>{name} erreicht 0</translation>
    </message>
    <message>
        <source>{where}: the loss axis shows {name} − min {name} on a log scale</source>
        <translation>{where}: die Verlustachse zeigt {name} − min {name} logarithmisch</translation>
    </message>
    <message>
        <source>{where}: a log axis has no 0, so the zeros are drawn at the lowest positive {name}, {lowest}</source>
        <translation>{where}: eine logarithmische Achse hat keine 0, daher werden die Nullen beim kleinsten positiven {name} gezeichnet, {lowest}</translation>
    </message>
    <message>
        <source>{where}: the loss is shown on a linear axis</source>
        <translation>{where}: der Verlust wird auf einer linearen Achse gezeigt</translation>
    </message>
</context>
<context>
    <name>MLPBatchRace</name>
    <message>
        <source>full batch (N = {count})</source>
        <translation>voller Batch (N = {count})</translation>
    </message>
    <message>
        <source>mini-batches of {size}, γ = {learning_rate}</source>
        <translation>Minibatches zu {size}, γ = {learning_rate}</translation>
    </message>
    <message>
        <source>mini-batches of {size}, constant γ = {learning_rate}</source>
        <translation>Minibatches zu {size}, konstantes γ = {learning_rate}</translation>
    </message>
    <message>
        <source>mini-batches of {size}, {schedule} {formula}</source>
        <translation>Minibatches zu {size}, {schedule} {formula}</translation>
    </message>
</context>
<context>
    <name>MLPDataFile</name>
    <message>
        <source>row {row}, column {column}: {cell} is not a number</source>
        <translation>Zeile {row}, Spalte {column}: {cell} ist keine Zahl</translation>
    </message>
    <message>
        <source>row {row}, column {column}: {cell} is not a finite number</source>
        <translation>Zeile {row}, Spalte {column}: {cell} ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>the file is too large: at most {megabytes} MB</source>
        <translation>die Datei ist zu groß: höchstens {megabytes} MB</translation>
    </message>
    <message>
        <source>the file is not a text file (it contains NUL bytes)</source>
        <translation>die Datei ist keine Textdatei (sie enthält NUL-Bytes)</translation>
    </message>
    <message>
        <source>row {row}: a quoted cell runs on over several lines (is a closing quote missing?)</source>
        <translation>Zeile {row}: eine Zelle in Anführungszeichen läuft über mehrere Zeilen (fehlt ein schließendes Anführungszeichen?)</translation>
    </message>
    <message>
        <source>the file has too many rows: at most {rows}</source>
        <translation>die Datei hat zu viele Zeilen: höchstens {rows}</translation>
    </message>
    <message>
        <source>the file is not valid CSV: {error}</source>
        <translation>die Datei ist keine gültige CSV-Datei: {error}</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>expected 3 columns (x1, x2 and a label or target) or 2 (x, t) for a regression, found {width}</source>
        <translation>erwartet wurden 3 Spalten (x1, x2 und ein Label oder Zielwert) oder 2 (x, t) für eine Regression, gefunden: {width}</translation>
    </message>
    <message>
        <source>a classification file needs 3 columns (x1, x2, label), found 2</source>
        <translation>eine Klassifikationsdatei braucht 3 Spalten (x1, x2, Label), gefunden: 2</translation>
    </message>
    <message>
        <source>the file has {rows} data rows: at least {minimum} are needed</source>
        <translation>die Datei hat {rows} Datenzeilen: mindestens {minimum} werden benötigt</translation>
    </message>
    <message>
        <source>row {row} has {columns} columns, expected {width}</source>
        <translation>Zeile {row} hat {columns} Spalten, erwartet: {width}</translation>
    </message>
    <message>
        <source>row {row}, column 3: class labels must be whole numbers, not {value}</source>
        <translation>Zeile {row}, Spalte 3: Klassenlabels müssen ganze Zahlen sein, nicht {value}</translation>
    </message>
    <message>
        <source>the label column has {classes} different classes: at most {maximum} are allowed</source>
        <translation>die Label-Spalte hat {classes} verschiedene Klassen: höchstens {maximum} sind erlaubt</translation>
    </message>
    <message>
        <source>the label column has only one class: a classifier needs at least 2</source>
        <translation>die Label-Spalte hat nur eine Klasse: ein Klassifikator braucht mindestens 2</translation>
    </message>
    <message>
        <source>{path} is too large ({size} MB): at most {megabytes} MB</source>
        <translation>{path} ist zu groß ({size} MB): höchstens {megabytes} MB</translation>
    </message>
    <message>
        <source>cannot read {path}: {error}</source>
        <translation>{path} kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>{path} is too large: at most {megabytes} MB</source>
        <translation>{path} ist zu groß: höchstens {megabytes} MB</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text (byte {byte})</source>
        <translation>{path} ist kein UTF-8-Text (Byte {byte})</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>the seed is not a whole number</source>
        <translation>der Seed ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>the number of samples is not a whole number</source>
        <translation>die Anzahl der Stichproben ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>{key} is missing</source>
        <translation>{key} fehlt</translation>
    </message>
    <message>
        <source>the data settings are damaged: {problem}</source>
        <translation>die Dateneinstellungen sind beschädigt: {problem}</translation>
    </message>
</context>
<context>
    <name>MLPFan</name>
    <message>
        <source>the batch size must be a whole number from 1 to the {count} training points, not {value}</source>
        <translation>die Batchgröße muss eine ganze Zahl von 1 bis zu den {count} Trainingspunkten sein, nicht {value}</translation>
    </message>
</context>
<context>
    <name>MLPFanFigure</name>
    <message>
        <source>{count} batches of one epoch</source>
        <translation>{count} Batches einer Epoche</translation>
    </message>
    <message>
        <source>{count} random batches</source>
        <translation>{count} zufällige Batches</translation>
    </message>
    <message>
        <source>{what}, B = {batch} of N = {count}:  mean of the batch gradients = ∇L (‖mean − ∇L‖ = {distance}, ‖∇L‖ = {norm});  spread E‖g_B − ∇L‖² = {measured} measured, (N − B)/(B(N − 1))·σ² = {formula}</source>
        <translation>{what}, B = {batch} von N = {count}:  Mittel der Batch-Gradienten = ∇L (‖Mittel − ∇L‖ = {distance}, ‖∇L‖ = {norm});  Streuung E‖g_B − ∇L‖² = {measured} gemessen, (N − B)/(B(N − 1))·σ² = {formula}</translation>
    </message>
    <message>
        <source>the {count} batches of epoch {epoch}</source>
        <translation>die {count} Batches der Epoche {epoch}</translation>
    </message>
    <message>
        <source>exact on (w, b)</source>
        <translation>exakt auf (w, b)</translation>
    </message>
    <message>
        <source>projected on the map&apos;s plane</source>
        <translation>auf die Ebene der Karte projiziert</translation>
    </message>
    <message>
        <source>At t = {t}, {what} of B = {batch} ({where}):&lt;br&gt;&lt;b&gt;mean of the batch gradients = ∇L&lt;/b&gt; (‖mean − ∇L‖ = {distance}, ‖∇L‖ = {norm})&lt;br&gt;spread E‖g&lt;sub&gt;B&lt;/sub&gt; − ∇L‖² = {measured} measured, (N − B)/(B(N − 1))·σ² = {formula}</source>
        <translation>Bei t = {t}, {what} mit B = {batch} ({where}):&lt;br&gt;&lt;b&gt;Mittel der Batch-Gradienten = ∇L&lt;/b&gt; (‖Mittel − ∇L‖ = {distance}, ‖∇L‖ = {norm})&lt;br&gt;Streuung E‖g&lt;sub&gt;B&lt;/sub&gt; − ∇L‖² = {measured} gemessen, (N − B)/(B(N − 1))·σ² = {formula}</translation>
    </message>
    <message>
        <source>−∂L/∂w (slope)</source>
        <translation>−∂L/∂w (Steigung)</translation>
    </message>
    <message>
        <source>−∂L/∂b (intercept)</source>
        <translation>−∂L/∂b (Achsenabschnitt)</translation>
    </message>
    <message>
        <source>along −∇L</source>
        <translation>entlang −∇L</translation>
    </message>
    <message>
        <source>across −∇L, where the batch gradients spread most</source>
        <translation>quer zu −∇L, wo die Batch-Gradienten am stärksten streuen</translation>
    </message>
    <message>
        <source>−g_B, one a batch</source>
        <translation>−g_B, einer je Batch</translation>
    </message>
    <message>
        <source>−∇L, the full batch</source>
        <translation>−∇L, der volle Batch</translation>
    </message>
    <message>
        <source>−(mean of the batch gradients)</source>
        <translation>−(Mittel der Batch-Gradienten)</translation>
    </message>
    <message>
        <source>{name}: {network}     — the minibatch fan at w</source>
        <translation>{name}: {network}     — der Minibatch-Fächer bei w</translation>
    </message>
</context>
<context>
    <name>MLPFigure</name>
    <message>
        <source>{name}: {network}    {optimizer}, γ = {rate}    {status} after {steps} steps</source>
        <translation>{name}: {network}    {optimizer}, γ = {rate}    {status} nach {steps} Schritten</translation>
    </message>
    <message>
        <source>the network ({weights} parameters on {examples} points) is too large to map</source>
        <translation>das Netz ({weights} Parameter auf {examples} Punkten) ist zu groß für eine Karte</translation>
    </message>
    <message>
        <source>No weight-space map: {error}</source>
        <translation>Keine Karte des Gewichtsraums: {error}</translation>
    </message>
    <message>
        <source>the path w₀ … w_t</source>
        <translation>der Pfad w₀ … w_t</translation>
    </message>
    <message>
        <source>least-squares (w*, b*)</source>
        <translation>kleinste Quadrate (w*, b*)</translation>
    </message>
    <message>
        <source>train, mean E per example (N = {n})</source>
        <translation>Training, mittleres E pro Beispiel (N = {n})</translation>
    </message>
    <message>
        <source>test, mean E per example (N = {n})</source>
        <translation>Test, mittleres E pro Beispiel (N = {n})</translation>
    </message>
    <message>
        <source>train</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>train accuracy {percent} %</source>
        <translation>Trainingsgenauigkeit {percent} %</translation>
    </message>
    <message>
        <source>, test {percent} %</source>
        <translation>, Test {percent} %</translation>
    </message>
    <message>
        <source>{target} (points) and f_w (field)</source>
        <translation>{target} (Punkte) und f_w (Feld)</translation>
    </message>
    <message>
        <source>, test MSE {mse}</source>
        <translation>, Test-MSE {mse}</translation>
    </message>
    <message>
        <source>train MSE {mse}</source>
        <translation>Trainings-MSE {mse}</translation>
    </message>
</context>
<context>
    <name>MLPHelp</name>
    <message>
        <source>The MLP task tab</source>
        <translation>Die Registerkarte MLP-Aufgabe</translation>
    </message>
    <message>
        <source>&lt;p&gt;The &lt;b&gt;MLP task&lt;/b&gt; tab trains a small neural network &lt;i&gt;f&lt;sub&gt;w&lt;/sub&gt;&lt;/i&gt; on points in the plane
(or on your own CSV file) by gradient descent. &lt;i&gt;w&lt;/i&gt; is every weight and bias of the network written
as one long vector: 105 numbers for XOR&apos;s 2-8-8-1 network, 2 for the line fit.&lt;/p&gt;

&lt;p&gt;&lt;b&gt;The network.&lt;/b&gt; An input &lt;i&gt;x&lt;/i&gt; goes through the layers: each computes
&lt;i&gt;z&lt;/i&gt; = &lt;i&gt;a W&lt;/i&gt; + &lt;i&gt;b&lt;/i&gt; from the layer before and, in the hidden layers, an activation
(tanh, ReLU, sigmoid or none). The output is a probability of class 1 (sigmoid, two classes), one
probability per class (softmax, three or more) or a number (linear, a regression). With no hidden
layer the network is a linear model and is named as one: &lt;i&gt;1 → 1 linear&lt;/i&gt; is a straight line
&lt;i&gt;w x&lt;/i&gt; + &lt;i&gt;b&lt;/i&gt;, &lt;i&gt;2 → 1 logistic&lt;/i&gt; is logistic regression.&lt;/p&gt;

&lt;p&gt;&lt;b&gt;The loss is a sum of errors.&lt;/b&gt; Learning means finding the &lt;i&gt;w&lt;/i&gt; that makes
&lt;i&gt;L&lt;/i&gt;(&lt;i&gt;w&lt;/i&gt;) = Σ&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; &lt;i&gt;E&lt;/i&gt;(&lt;i&gt;f&lt;sub&gt;w&lt;/sub&gt;&lt;/i&gt;(&lt;i&gt;x&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt;), &lt;i&gt;y&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt;)
small: &lt;i&gt;E&lt;/i&gt; is the error on one example (cross-entropy for classes, the squared error for values),
summed over the training points. The &lt;i&gt;mean&lt;/i&gt; reduction divides by their number &lt;i&gt;N&lt;/i&gt;; its
gradient is &lt;i&gt;N&lt;/i&gt; times smaller, so the same steps need γ × &lt;i&gt;N&lt;/i&gt;. An L2 penalty adds
(λ/2)‖&lt;i&gt;W&lt;/i&gt;‖² on the weights. The step readout gives &lt;i&gt;L&lt;/i&gt; as the descent uses it. The loss
curves give, for the training and the test points alike, the mean error per example
(1/&lt;i&gt;N&lt;/i&gt;) Σ&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; &lt;i&gt;E&lt;/i&gt; without the penalty: a sum over 350 training points and one
over 150 test points would not compare, a mean per example does.&lt;/p&gt;

&lt;p&gt;&lt;b&gt;The decision boundary.&lt;/b&gt; The data panel colours every place of the plane by the class the
network predicts there; the boundary is where the prediction changes (a probability of 0.5). A
regression shows its fitted curve, or, on two inputs, the colour field of &lt;i&gt;f&lt;sub&gt;w&lt;/sub&gt;&lt;/i&gt; under
the points.&lt;/p&gt;

&lt;p&gt;&lt;b&gt;What the weight-space map is, and is not.&lt;/b&gt; &lt;i&gt;w&lt;/i&gt; has hundreds of coordinates and a
picture has two, so the map is the loss on a flat slice of weight space through the initial weights
&lt;i&gt;w&lt;/i&gt;&lt;sub&gt;0&lt;/sub&gt;: &lt;i&gt;L&lt;/i&gt;(&lt;i&gt;w&lt;/i&gt;&lt;sub&gt;0&lt;/sub&gt; + α &lt;i&gt;d&lt;/i&gt;&lt;sub&gt;1&lt;/sub&gt; + β &lt;i&gt;d&lt;/i&gt;&lt;sub&gt;2&lt;/sub&gt;)
for two chosen directions &lt;i&gt;d&lt;/i&gt;&lt;sub&gt;1&lt;/sub&gt;, &lt;i&gt;d&lt;/i&gt;&lt;sub&gt;2&lt;/sub&gt;, with the path projected onto it.
It is not the landscape the descent walks on: every step moves all the weights at once, mostly out of
the slice. So the colour under the dot is the loss at the projected point, not at
&lt;i&gt;w&lt;sub&gt;t&lt;/sub&gt;&lt;/i&gt;; the panel gives both numbers, the true loss &lt;i&gt;L&lt;/i&gt;(&lt;i&gt;w&lt;sub&gt;t&lt;/sub&gt;&lt;/i&gt;) and the
slice&apos;s, and the gap between them is how far the descent has left the slice.&lt;/p&gt;

&lt;p&gt;&lt;b&gt;A plane that stays still.&lt;/b&gt; The plane is chosen once and held, so the map and its colours stay
still while the dot moves across them; if the path runs off the edge, the map widens, with the same
plane and colours.&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;Path plane&lt;/b&gt; (the default): through &lt;i&gt;w&lt;/i&gt;&lt;sub&gt;0&lt;/sub&gt; along the straight line to
&lt;i&gt;w&lt;sub&gt;t&lt;/sub&gt;&lt;/i&gt; and along the direction in which the path turns farthest away from that line. It
holds &lt;i&gt;w&lt;/i&gt;&lt;sub&gt;0&lt;/sub&gt; and &lt;i&gt;w&lt;sub&gt;t&lt;/sub&gt;&lt;/i&gt; exactly. It is chosen again when you ask
(&quot;Re-fit the plane to the path&quot;) and at the end of a run; before the first step the line is the
steepest descent direction −∇&lt;i&gt;L&lt;/i&gt;(&lt;i&gt;w&lt;/i&gt;&lt;sub&gt;0&lt;/sub&gt;).&lt;/li&gt;
&lt;li&gt;&lt;b&gt;PCA plane&lt;/b&gt;: the two directions in which the path so far spreads most, frozen while the run
plays and refreshed when it pauses.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Random plane&lt;/b&gt;: two random directions, each neuron&apos;s part scaled to that neuron&apos;s own size,
fixed for the run. The path mostly leaves it: a reminder of how many directions there are.&lt;/li&gt;
&lt;/ul&gt;

&lt;p&gt;&lt;b&gt;The two-weight bowl.&lt;/b&gt; The line fit (or any &lt;i&gt;x&lt;/i&gt;,&lt;i&gt;t&lt;/i&gt; file trained with no hidden
layer) has exactly two weights, the slope &lt;i&gt;w&lt;/i&gt; and the intercept &lt;i&gt;b&lt;/i&gt;. Then there is no slice
to take: the map is the exact loss &lt;i&gt;L&lt;/i&gt;(&lt;i&gt;w&lt;/i&gt;, &lt;i&gt;b&lt;/i&gt;) over the whole weight space, and the
dot walks down it while the line turns to fit the points. For the squared error &lt;i&gt;L&lt;/i&gt; is a
quadratic bowl: its curvature is the same everywhere (the Hessian 2&lt;i&gt;X&lt;/i&gt;ᵀ&lt;i&gt;X&lt;/i&gt; for the sum,
&lt;i&gt;X&lt;/i&gt; the inputs with a column of ones), its lowest point is the least-squares line (marked), and
plain gradient descent reaches it from any start exactly when γ &amp;lt; 2/λ&lt;sub&gt;max&lt;/sub&gt;. The points&apos; x
run from 0 to 2, not around 0, so the slope and the intercept pull against each other: the bowl is
long and tilted, and a γ near the limit zig-zags across it, as on the Function tab&apos;s seed function.
With mini-batches each step follows the gradient of a few points only: the path is noisy, and with a
fixed γ it never settles, but jitters around the lowest point. Race it against the full batch to see
both on the same bowl. Two inputs with no hidden layer make three weights: that map is a slice
again.&lt;/p&gt;

&lt;p&gt;&lt;b&gt;Weights you can take away.&lt;/b&gt; The run report (Export → Run report, or &lt;i&gt;gdstudio run --task
--json&lt;/i&gt;) holds the final weights layer by layer, in PyTorch&apos;s layout, and the command line writes
the data the run used with &lt;i&gt;--data-out&lt;/i&gt;, so the loss can be computed again anywhere.&lt;/p&gt;
</source>
        <translation>&lt;p&gt;Die Registerkarte &lt;b&gt;MLP-Aufgabe&lt;/b&gt; trainiert ein kleines neuronales Netz &lt;i&gt;f&lt;sub&gt;w&lt;/sub&gt;&lt;/i&gt; auf Punkten in der Ebene
(oder auf Ihrer eigenen CSV-Datei) mit Gradientenabstieg. &lt;i&gt;w&lt;/i&gt; sind alle Gewichte und Biases des Netzes, geschrieben
als ein langer Vektor: 105 Zahlen für das 2-8-8-1-Netz von XOR, 2 für die Geradenanpassung.&lt;/p&gt;

&lt;p&gt;&lt;b&gt;Das Netz.&lt;/b&gt; Eine Eingabe &lt;i&gt;x&lt;/i&gt; durchläuft die Schichten: jede berechnet
&lt;i&gt;z&lt;/i&gt; = &lt;i&gt;a W&lt;/i&gt; + &lt;i&gt;b&lt;/i&gt; aus der vorherigen Schicht und, in den verborgenen Schichten, eine Aktivierung
(tanh, ReLU, Sigmoid oder keine). Die Ausgabe ist eine Wahrscheinlichkeit für Klasse 1 (Sigmoid, zwei Klassen), eine
Wahrscheinlichkeit pro Klasse (Softmax, drei oder mehr) oder eine Zahl (linear, eine Regression). Ohne verborgene
Schicht ist das Netz ein lineares Modell und heißt auch so: &lt;i&gt;1 → 1 linear&lt;/i&gt; ist eine Gerade
&lt;i&gt;w x&lt;/i&gt; + &lt;i&gt;b&lt;/i&gt;, &lt;i&gt;2 → 1 logistisch&lt;/i&gt; ist logistische Regression.&lt;/p&gt;

&lt;p&gt;&lt;b&gt;Der Verlust ist eine Summe von Fehlern.&lt;/b&gt; Lernen heißt, das &lt;i&gt;w&lt;/i&gt; zu finden, das
&lt;i&gt;L&lt;/i&gt;(&lt;i&gt;w&lt;/i&gt;) = Σ&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; &lt;i&gt;E&lt;/i&gt;(&lt;i&gt;f&lt;sub&gt;w&lt;/sub&gt;&lt;/i&gt;(&lt;i&gt;x&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt;), &lt;i&gt;y&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt;)
klein macht: &lt;i&gt;E&lt;/i&gt; ist der Fehler an einem Beispiel (Kreuzentropie für Klassen, der quadratische Fehler für Werte),
summiert über die Trainingspunkte. Die Reduktion &lt;i&gt;Mittelwert&lt;/i&gt; teilt durch deren Anzahl &lt;i&gt;N&lt;/i&gt;; ihr
Gradient ist &lt;i&gt;N&lt;/i&gt;-mal kleiner, daher brauchen dieselben Schritte γ × &lt;i&gt;N&lt;/i&gt;. Eine L2-Strafe addiert
(λ/2)‖&lt;i&gt;W&lt;/i&gt;‖² auf die Gewichte. Die Schrittanzeige gibt &lt;i&gt;L&lt;/i&gt; so an, wie der Abstieg es verwendet. Die Verlustkurven
geben für Trainings- und Testpunkte gleichermaßen den mittleren Fehler pro Beispiel
(1/&lt;i&gt;N&lt;/i&gt;) Σ&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; &lt;i&gt;E&lt;/i&gt; ohne die Strafe an: eine Summe über 350 Trainingspunkte und eine
über 150 Testpunkte wären nicht vergleichbar, ein Mittelwert pro Beispiel schon.&lt;/p&gt;

&lt;p&gt;&lt;b&gt;Die Entscheidungsgrenze.&lt;/b&gt; Das Datenfeld färbt jede Stelle der Ebene nach der Klasse, die das
Netz dort vorhersagt; die Grenze liegt dort, wo sich die Vorhersage ändert (eine Wahrscheinlichkeit von 0,5). Eine
Regression zeigt ihre angepasste Kurve oder, bei zwei Eingaben, das Farbfeld von &lt;i&gt;f&lt;sub&gt;w&lt;/sub&gt;&lt;/i&gt; unter
den Punkten.&lt;/p&gt;

&lt;p&gt;&lt;b&gt;Was die Gewichtsraum-Karte ist und was nicht.&lt;/b&gt; &lt;i&gt;w&lt;/i&gt; hat Hunderte von Koordinaten und ein
Bild hat zwei, daher ist die Karte der Verlust auf einem ebenen Schnitt durch den Gewichtsraum durch die Anfangsgewichte
&lt;i&gt;w&lt;/i&gt;&lt;sub&gt;0&lt;/sub&gt;: &lt;i&gt;L&lt;/i&gt;(&lt;i&gt;w&lt;/i&gt;&lt;sub&gt;0&lt;/sub&gt; + α &lt;i&gt;d&lt;/i&gt;&lt;sub&gt;1&lt;/sub&gt; + β &lt;i&gt;d&lt;/i&gt;&lt;sub&gt;2&lt;/sub&gt;)
für zwei gewählte Richtungen &lt;i&gt;d&lt;/i&gt;&lt;sub&gt;1&lt;/sub&gt;, &lt;i&gt;d&lt;/i&gt;&lt;sub&gt;2&lt;/sub&gt;, mit dem darauf projizierten Pfad.
Sie ist nicht die Landschaft, auf der der Abstieg läuft: jeder Schritt bewegt alle Gewichte zugleich, meist aus
dem Schnitt heraus. Die Farbe unter dem Punkt ist also der Verlust am projizierten Punkt, nicht bei
&lt;i&gt;w&lt;sub&gt;t&lt;/sub&gt;&lt;/i&gt;; das Feld gibt beide Zahlen an, den wahren Verlust &lt;i&gt;L&lt;/i&gt;(&lt;i&gt;w&lt;sub&gt;t&lt;/sub&gt;&lt;/i&gt;) und den
des Schnitts, und der Abstand zwischen ihnen zeigt, wie weit der Abstieg den Schnitt verlassen hat.&lt;/p&gt;

&lt;p&gt;&lt;b&gt;Eine Ebene, die stillsteht.&lt;/b&gt; Die Ebene wird einmal gewählt und beibehalten, sodass die Karte und ihre Farben
stillstehen, während sich der Punkt darüber bewegt; läuft der Pfad über den Rand hinaus, wird die Karte breiter, mit derselben
Ebene und denselben Farben.&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;Pfad-Ebene&lt;/b&gt; (die Voreinstellung): durch &lt;i&gt;w&lt;/i&gt;&lt;sub&gt;0&lt;/sub&gt; entlang der Geraden nach
&lt;i&gt;w&lt;sub&gt;t&lt;/sub&gt;&lt;/i&gt; und entlang der Richtung, in der sich der Pfad am weitesten von dieser Geraden entfernt. Sie
enthält &lt;i&gt;w&lt;/i&gt;&lt;sub&gt;0&lt;/sub&gt; und &lt;i&gt;w&lt;sub&gt;t&lt;/sub&gt;&lt;/i&gt; exakt. Sie wird neu gewählt, wenn Sie es verlangen
(„Ebene neu an den Pfad anpassen“), und am Ende eines Laufs; vor dem ersten Schritt ist die Gerade die
Richtung des steilsten Abstiegs −∇&lt;i&gt;L&lt;/i&gt;(&lt;i&gt;w&lt;/i&gt;&lt;sub&gt;0&lt;/sub&gt;).&lt;/li&gt;
&lt;li&gt;&lt;b&gt;PCA-Ebene&lt;/b&gt;: die beiden Richtungen, in denen der bisherige Pfad am stärksten streut, eingefroren, während der Lauf
abgespielt wird, und aufgefrischt, wenn er pausiert.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Zufällige Ebene&lt;/b&gt;: zwei zufällige Richtungen, der Anteil jedes Neurons auf dessen eigene Größe skaliert,
fest für den Lauf. Der Pfad verlässt sie meist: eine Erinnerung daran, wie viele Richtungen es gibt.&lt;/li&gt;
&lt;/ul&gt;

&lt;p&gt;&lt;b&gt;Die Schüssel mit zwei Gewichten.&lt;/b&gt; Die Geradenanpassung (oder jede &lt;i&gt;x&lt;/i&gt;,&lt;i&gt;t&lt;/i&gt;-Datei, ohne verborgene
Schicht trainiert) hat genau zwei Gewichte, die Steigung &lt;i&gt;w&lt;/i&gt; und den Achsenabschnitt &lt;i&gt;b&lt;/i&gt;. Dann gibt es keinen Schnitt
zu nehmen: die Karte ist der exakte Verlust &lt;i&gt;L&lt;/i&gt;(&lt;i&gt;w&lt;/i&gt;, &lt;i&gt;b&lt;/i&gt;) über dem ganzen Gewichtsraum, und der
Punkt läuft ihn hinab, während sich die Gerade an die Punkte anpasst. Für den quadratischen Fehler ist &lt;i&gt;L&lt;/i&gt; eine
quadratische Schüssel: ihre Krümmung ist überall gleich (die Hesse-Matrix 2&lt;i&gt;X&lt;/i&gt;ᵀ&lt;i&gt;X&lt;/i&gt; für die Summe,
&lt;i&gt;X&lt;/i&gt; die Eingaben mit einer Spalte aus Einsen), ihr tiefster Punkt ist die Kleinste-Quadrate-Gerade (markiert), und
einfacher Gradientenabstieg erreicht ihn von jedem Start aus genau dann, wenn γ &amp;lt; 2/λ&lt;sub&gt;max&lt;/sub&gt;. Die x-Werte der Punkte
reichen von 0 bis 2, nicht um 0 herum, daher ziehen Steigung und Achsenabschnitt gegeneinander: die Schüssel ist
lang und geneigt, und ein γ nahe der Grenze läuft im Zickzack hindurch, wie bei der Startfunktion der Registerkarte Funktion.
Mit Minibatches folgt jeder Schritt nur dem Gradienten weniger Punkte: der Pfad ist verrauscht, und mit einem
festen γ kommt er nie zur Ruhe, sondern zittert um den tiefsten Punkt. Lassen Sie ihn im Wettlauf gegen den vollen Batch antreten, um
beide auf derselben Schüssel zu sehen. Zwei Eingaben ohne verborgene Schicht ergeben drei Gewichte: diese Karte ist wieder
ein Schnitt.&lt;/p&gt;

&lt;p&gt;&lt;b&gt;Gewichte zum Mitnehmen.&lt;/b&gt; Der Laufbericht (Exportieren → Laufbericht, oder &lt;i&gt;gdstudio run --task
--json&lt;/i&gt;) enthält die Endgewichte Schicht für Schicht im Layout von PyTorch, und die Kommandozeile schreibt
die vom Lauf verwendeten Daten mit &lt;i&gt;--data-out&lt;/i&gt;, sodass der Verlust überall neu berechnet werden kann.&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Where the weight-space pictures come from.&lt;/b&gt;&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;Hao Li, Zheng Xu, Gavin Taylor, Christoph Studer and Tom Goldstein (2018), &lt;i&gt;Visualizing the Loss
Landscape of Neural Nets&lt;/i&gt;, NeurIPS: slices along random directions, &lt;i&gt;filter-normalised&lt;/i&gt; so that
each neuron moves by as much as its own size (the random plane), and along the principal directions
of the path (the PCA plane).&lt;/li&gt;
&lt;li&gt;Ian Goodfellow, Oriol Vinyals and Andrew Saxe (2015), &lt;i&gt;Qualitatively Characterizing Neural
Network Optimization Problems&lt;/i&gt;, ICLR: the loss along the straight line from the initial to the
trained weights, which the path plane holds as its first direction.&lt;/li&gt;
&lt;/ul&gt;
</source>
        <translation>&lt;p&gt;&lt;b&gt;Woher die Bilder des Gewichtsraums stammen.&lt;/b&gt;&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;Hao Li, Zheng Xu, Gavin Taylor, Christoph Studer und Tom Goldstein (2018), &lt;i&gt;Visualizing the Loss
Landscape of Neural Nets&lt;/i&gt;, NeurIPS: Schnitte entlang zufälliger Richtungen, &lt;i&gt;filternormiert&lt;/i&gt;, sodass
sich jedes Neuron um so viel bewegt wie seine eigene Größe (die zufällige Ebene), und entlang der Hauptrichtungen
des Pfads (die PCA-Ebene).&lt;/li&gt;
&lt;li&gt;Ian Goodfellow, Oriol Vinyals und Andrew Saxe (2015), &lt;i&gt;Qualitatively Characterizing Neural
Network Optimization Problems&lt;/i&gt;, ICLR: der Verlust entlang der Geraden von den Anfangs- zu den
trainierten Gewichten, die die Pfad-Ebene als ihre erste Richtung enthält.&lt;/li&gt;
&lt;/ul&gt;
</translation>
    </message>
</context>
<context>
    <name>MLPLossPlot</name>
    <message>
        <source>mean E per example</source>
        <translation>mittleres E pro Beispiel</translation>
    </message>
    <message>
        <source>{quantity} − its minimum</source>
        <translation>{quantity} − sein Minimum</translation>
    </message>
</context>
<context>
    <name>MLPNetwork</name>
    <message>
        <source>linear</source>
        <translation>linear</translation>
    </message>
    <message>
        <source>logistic</source>
        <translation>logistisch</translation>
    </message>
    <message>
        <source>softmax (multinomial logistic)</source>
        <translation>Softmax (multinomial logistisch)</translation>
    </message>
    <message>
        <source>hidden layers are widths separated by commas, for example 8,8; got {text}</source>
        <translation>verborgene Schichten sind durch Kommas getrennte Breiten, zum Beispiel 8,8; erhalten: {text}</translation>
    </message>
    <message>
        <source>at most {maximum} hidden layers, not {count}</source>
        <translation>höchstens {maximum} verborgene Schichten, nicht {count}</translation>
    </message>
    <message>
        <source>each hidden layer needs 1 to {maximum} units, not {width}</source>
        <translation>jede verborgene Schicht braucht 1 bis {maximum} Einheiten, nicht {width}</translation>
    </message>
    <message>
        <source>a softmax output needs at least 2 units</source>
        <translation>eine Softmax-Ausgabe braucht mindestens 2 Einheiten</translation>
    </message>
    <message>
        <source>{shape}, {count} parameters</source>
        <translation>{shape}, {count} Parameter</translation>
    </message>
    <message>
        <source>cross-entropy needs a classification task; use mse for regression</source>
        <translation>Kreuzentropie braucht eine Klassifikationsaufgabe; für Regression mse verwenden</translation>
    </message>
    <message>
        <source>the L2 strength λ must be a number ≥ 0, not {value}</source>
        <translation>die L2-Stärke λ muss eine Zahl ≥ 0 sein, nicht {value}</translation>
    </message>
    <message>
        <source>the data set has no training points</source>
        <translation>der Datensatz hat keine Trainingspunkte</translation>
    </message>
</context>
<context>
    <name>MLPNoiseBall</name>
    <message>
        <source>γ = {learning_rate} is beyond 2/λ_max of the minibatch steps: no cloud, the run leaves the bowl.</source>
        <translation>γ = {learning_rate} liegt jenseits von 2/λ_max der Minibatch-Schritte: keine Wolke, der Lauf verlässt die Schüssel.</translation>
    </message>
    <message>
        <source>; measured over the second half of the run: {radius}</source>
        <translation>; gemessen über die zweite Hälfte des Laufs: {radius}</translation>
    </message>
    <message>
        <source>Noise ball: with a constant γ the run ends in a cloud around w*, not on it. Its mean squared radius ≈ (γ/2)·tr(A⁻¹C) grows like γ and shrinks like (N − B)/(B(N − 1)): radius √ ≈ {radius} for γ = {learning_rate}, B = {batch_size} of N = {count}{measured}. A 1/t schedule shrinks it onto w*.</source>
        <translation>Rauschkugel: mit konstantem γ endet der Lauf in einer Wolke um w*, nicht auf w*. Ihr mittlerer quadratischer Radius ≈ (γ/2)·tr(A⁻¹C) wächst wie γ und schrumpft wie (N − B)/(B(N − 1)): Radius √ ≈ {radius} für γ = {learning_rate}, B = {batch_size} von N = {count}{measured}. Ein 1/t-Zeitplan zieht sie auf w* zusammen.</translation>
    </message>
</context>
<context>
    <name>MLPPanel</name>
    <message>
        <source>path plane</source>
        <translation>Pfadebene</translation>
    </message>
    <message>
        <source>PCA plane</source>
        <translation>PCA-Ebene</translation>
    </message>
    <message>
        <source>random plane</source>
        <translation>Zufallsebene</translation>
    </message>
    <message>
        <source>cross-entropy (ce)</source>
        <translation>Kreuzentropie (ce)</translation>
    </message>
    <message>
        <source>squared error (mse)</source>
        <translation>quadratischer Fehler (mse)</translation>
    </message>
    <message>
        <source>small uniform ±0.1</source>
        <translation>klein gleichverteilt ±0.1</translation>
    </message>
    <message>
        <source>tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <source>relu</source>
        <translation>relu</translation>
    </message>
    <message>
        <source>sigmoid</source>
        <translation>Sigmoid</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>linear</translation>
    </message>
    <message>
        <source>class labels</source>
        <translation>Klassenlabels</translation>
    </message>
    <message>
        <source>values to fit (regression)</source>
        <translation>anzupassende Werte (Regression)</translation>
    </message>
    <message>
        <source>Task and data</source>
        <translation>Aufgabe und Daten</translation>
    </message>
    <message>
        <source>Open CSV…</source>
        <translation>CSV öffnen…</translation>
    </message>
    <message>
        <source>Your own data: x1,x2,label rows (classification), x1,x2,t or x,t rows (regression)</source>
        <translation>Eigene Daten: Zeilen x1,x2,label (Klassifikation), x1,x2,t oder x,t (Regression)</translation>
    </message>
    <message>
        <source>task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>number of points before the split</source>
        <translation>Anzahl der Punkte vor der Aufteilung</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>standard deviation of the Gaussian noise added to the points</source>
        <translation>Standardabweichung des gaußschen Rauschens auf den Punkten</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>Rauschen</translation>
    </message>
    <message>
        <source>the share of the points held out as the test set</source>
        <translation>der Anteil der Punkte, der als Testmenge zurückgehalten wird</translation>
    </message>
    <message>
        <source>test fraction</source>
        <translation>Testanteil</translation>
    </message>
    <message>
        <source>the seed of the data: which points are drawn and which are held out for testing (the initial weights have their own seed, under Network)</source>
        <translation>der Seed der Daten: welche Punkte gezogen und welche zum Testen zurückgehalten werden (die Anfangsgewichte haben einen eigenen Seed, unter Netz)</translation>
    </message>
    <message>
        <source>data seed</source>
        <translation>Daten-Seed</translation>
    </message>
    <message>
        <source>how the file&apos;s last column is read: class labels (whole numbers) or real values to fit; the first guess is class labels for whole numbers with 2 to {classes} different values</source>
        <translation>wie die letzte Spalte der Datei gelesen wird: Klassenlabels (ganze Zahlen) oder anzupassende reelle Werte; zunächst werden ganze Zahlen mit 2 bis {classes} verschiedenen Werten als Klassenlabels gelesen</translation>
    </message>
    <message>
        <source>last column</source>
        <translation>letzte Spalte</translation>
    </message>
    <message>
        <source>Network f_w</source>
        <translation>Netz f_w</translation>
    </message>
    <message>
        <source>widths, for example 8,8</source>
        <translation>Breiten, z. B. 8,8</translation>
    </message>
    <message>
        <source>hidden layer widths separated by commas (0 or empty: no hidden layer); Enter applies</source>
        <translation>Breiten der verborgenen Schichten, durch Kommas getrennt (0 oder leer: keine verborgene Schicht); Eingabetaste übernimmt</translation>
    </message>
    <message>
        <source>hidden layers</source>
        <translation>verborgene Schichten</translation>
    </message>
    <message>
        <source>activation φ</source>
        <translation>Aktivierung φ</translation>
    </message>
    <message>
        <source>initialisation</source>
        <translation>Initialisierung</translation>
    </message>
    <message>
        <source>the seed of the random initial weights w₀</source>
        <translation>der Seed der zufälligen Anfangsgewichte w₀</translation>
    </message>
    <message>
        <source>seed of the initial weights w₀</source>
        <translation>Seed der Anfangsgewichte w₀</translation>
    </message>
    <message>
        <source>Re-initialise</source>
        <translation>Neu initialisieren</translation>
    </message>
    <message>
        <source>new random weights w₀ (the next seed)</source>
        <translation>neue zufällige Gewichte w₀ (der nächste Seed)</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Loss L(w)</source>
        <translation>Verlust L(w)</translation>
    </message>
    <message>
        <source>per-example E</source>
        <translation>E pro Beispiel</translation>
    </message>
    <message>
        <source>sum Σᵢ (the lesson&apos;s L)</source>
        <translation>Summe Σᵢ (das L der Lektion)</translation>
    </message>
    <message>
        <source>mean (1/N) Σᵢ</source>
        <translation>Mittelwert (1/N) Σᵢ</translation>
    </message>
    <message>
        <source>reduction</source>
        <translation>Reduktion</translation>
    </message>
    <message>
        <source>L2 regularisation: adds (λ/2)‖W‖² (weights, not biases) to L</source>
        <translation>L2-Regularisierung: addiert (λ/2)‖W‖² (Gewichte, nicht Biases) zu L</translation>
    </message>
    <message>
        <source>Descent  w ← w − γ∇L(w)</source>
        <translation>Abstieg  w ← w − γ∇L(w)</translation>
    </message>
    <message>
        <source>mini-batch size for SGD; full batch is the lesson&apos;s gradient descent</source>
        <translation>Minibatch-Größe für SGD; voller Batch ist der Gradientenabstieg der Lektion</translation>
    </message>
    <message>
        <source>full batch</source>
        <translation>voller Batch</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <source>two runs from the same w₀ in lockstep on the (w, b) map: full-batch gradient descent and mini-batch SGD, or, with a γ schedule chosen, mini-batch SGD with a constant γ and with the schedule on the same batches (for a network with two weights, where the map is the whole weight space)</source>
        <translation>zwei Läufe vom selben w₀ im Gleichschritt auf der (w, b)-Karte: Gradientenabstieg mit vollem Batch und Minibatch-SGD oder, mit gewähltem γ-Zeitplan, Minibatch-SGD mit konstantem γ und mit dem Zeitplan auf denselben Batches (für ein Netz mit zwei Gewichten, bei dem die Karte der ganze Gewichtsraum ist)</translation>
    </message>
    <message>
        <source>learning-rate schedule</source>
        <translation>Lernraten-Zeitplan</translation>
    </message>
    <message>
        <source>γ schedule</source>
        <translation>γ-Zeitplan</translation>
    </message>
    <message>
        <source>step size rule</source>
        <translation>Schrittweitenregel</translation>
    </message>
    <message>
        <source>step size α</source>
        <translation>Schrittweite α</translation>
    </message>
    <message>
        <source>Newton, BFGS and conjugate gradients are for typed functions: a network&apos;s loss has no Hessian to hand and BFGS&apos;s matrix would hold d × d numbers. A line search needs the full batch.</source>
        <translation>Newton, BFGS und konjugierte Gradienten sind für eingegebene Funktionen: Für den Verlust eines Netzes liegt keine Hesse-Matrix vor, und die Matrix von BFGS hätte d × d Einträge. Eine Liniensuche braucht den vollen Batch.</translation>
    </message>
    <message>
        <source>the run stops after this many steps</source>
        <translation>der Lauf endet nach so vielen Schritten</translation>
    </message>
    <message>
        <source>step limit</source>
        <translation>Schrittgrenze</translation>
    </message>
    <message>
        <source>Minibatch gradients</source>
        <translation>Minibatch-Gradienten</translation>
    </message>
    <message>
        <source>Show the fan: batch gradients around ∇L</source>
        <translation>Fächer zeigen: Batch-Gradienten um ∇L</translation>
    </message>
    <message>
        <source>at the point shown, −g_B of each minibatch (thin) around −∇L of the full batch (thick) on the weight-space map, with their mean (dashed): exact on the two-weight map, projected on the plane otherwise</source>
        <translation>am gezeigten Punkt −g_B jedes Minibatches (dünn) um −∇L des vollen Batches (dick) auf der Karte des Gewichtsraums, mit ihrem Mittel (gestrichelt): exakt auf der Karte mit zwei Gewichten, sonst auf die Ebene projiziert</translation>
    </message>
    <message>
        <source>B of the fan&apos;s batches: B = N collapses the fan onto ∇L, B = 1 spreads it widest</source>
        <translation>B der Batches des Fächers: B = N lässt den Fächer auf ∇L zusammenfallen, B = 1 spreizt ihn am weitesten</translation>
    </message>
    <message>
        <source>batch size B of the fan</source>
        <translation>Batchgröße B des Fächers</translation>
    </message>
    <message>
        <source>fan&apos;s B</source>
        <translation>B des Fächers</translation>
    </message>
    <message>
        <source>one epoch&apos;s batches</source>
        <translation>Batches einer Epoche</translation>
    </message>
    <message>
        <source>K random batches</source>
        <translation>K zufällige Batches</translation>
    </message>
    <message>
        <source>which batches the fan draws</source>
        <translation>welche Batches der Fächer zeichnet</translation>
    </message>
    <message>
        <source>K: how many random batches of B the fan draws</source>
        <translation>K: wie viele zufällige Batches der Größe B der Fächer zeichnet</translation>
    </message>
    <message>
        <source>K, the fan&apos;s random batches</source>
        <translation>K, die zufälligen Batches des Fächers</translation>
    </message>
    <message>
        <source>draws</source>
        <translation>Ziehungen</translation>
    </message>
    <message>
        <source>Back to the initial weights w₀ (R)</source>
        <translation>Zurück zu den Anfangsgewichten w₀ (R)</translation>
    </message>
    <message>
        <source>weight-space plane</source>
        <translation>Ebene im Gewichtsraum</translation>
    </message>
    <message>
        <source>Re-fit the plane to the path</source>
        <translation>Ebene neu an den Pfad anpassen</translation>
    </message>
    <message>
        <source>choose the plane again from the path so far, with a new map and colour scale</source>
        <translation>die Ebene erneut aus dem bisherigen Pfad wählen, mit neuer Karte und Farbskala</translation>
    </message>
    <message>
        <source>log-scale loss</source>
        <translation>Verlust logarithmisch</translation>
    </message>
    <message>
        <source>minibatch loss beside the training loss</source>
        <translation>Minibatch-Verlust neben dem Trainingsverlust</translation>
    </message>
    <message>
        <source>draws L_B(w_t), the loss of the minibatch that made each step, as a mean E per example: it jumps from batch to batch around the full training loss</source>
        <translation>zeichnet L_B(w_t), den Verlust des Minibatches, der den jeweiligen Schritt gemacht hat, als mittleres E pro Beispiel: Er springt von Batch zu Batch um den vollen Trainingsverlust</translation>
    </message>
    <message>
        <source>B = {batch} of {count}</source>
        <translation>B = {batch} von {count}</translation>
    </message>
    <message>
        <source>Race full batch against mini-batches of {batch}</source>
        <translation>Wettlauf: voller Batch gegen Minibatches von {batch}</translation>
    </message>
    <message>
        <source>Race constant γ against {schedule} on mini-batches of {batch}</source>
        <translation>Wettlauf: konstantes γ gegen {schedule} auf Minibatches von {batch}</translation>
    </message>
    <message>
        <source>two weights: the map is the whole weight space, L(w, b)</source>
        <translation>zwei Gewichte: Die Karte ist der ganze Gewichtsraum, L(w, b)</translation>
    </message>
    <message>
        <source>{name} (classes)</source>
        <translation>{name} (Klassen)</translation>
    </message>
    <message>
        <source>{name} (regression)</source>
        <translation>{name} (Regression)</translation>
    </message>
    <message>
        <source>{classes} classes</source>
        <translation>{classes} Klassen</translation>
    </message>
    <message>
        <source>a regression of {target} on ({features})</source>
        <translation>eine Regression von {target} auf ({features})</translation>
    </message>
    <message>
        <source>a regression of {target} on {feature}</source>
        <translation>eine Regression von {target} auf {feature}</translation>
    </message>
    <message>
        <source>{name}: {rows} rows, {what}</source>
        <translation>{name}: {rows} Zeilen, {what}</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
</context>
<context>
    <name>MLPPresets</name>
    <message>
        <source>Line fit: the loss is a bowl in (w, b)</source>
        <translation>Geradenanpassung: der Verlust ist eine Schüssel in (w, b)</translation>
    </message>
    <message>
        <source>Two weights, the slope w and the intercept b: the map is the whole weight space, the bowl L(w, b) of the squared error, and the dot walks down it while the line turns to fit the points.</source>
        <translation>Zwei Gewichte, die Steigung w und der Achsenabschnitt b: die Karte ist der ganze Gewichtsraum, die Schüssel L(w, b) des quadratischen Fehlers, und der Punkt läuft sie hinab, während sich die Gerade an die Punkte anpasst.</translation>
    </message>
    <message>
        <source>Noise ball: constant γ against 1/t on the line fit</source>
        <translation>Rauschkugel: konstantes γ gegen 1/t bei der Geradenanpassung</translation>
    </message>
    <message>
        <source>Mini-batches of 10, the same w₀ and the same batches in the same order: with a constant γ the path ends in a cloud around the least-squares (w*, b*) and never settles; with γ_t = γ/(1 + 0.05·t) the steps shrink and the path closes in on the star.</source>
        <translation>Minibatches zu 10, dasselbe w₀ und dieselben Batches in derselben Reihenfolge: mit konstantem γ endet der Pfad in einer Wolke um die Kleinste-Quadrate-Lösung (w*, b*) und kommt nie zur Ruhe; mit γ_t = γ/(1 + 0.05·t) werden die Schritte kleiner und der Pfad nähert sich dem Stern.</translation>
    </message>
</context>
<context>
    <name>MLPTab</name>
    <message>
        <source>Loss curves as PNG image</source>
        <translation>Verlustkurven als PNG-Bild</translation>
    </message>
    <message>
        <source>Loss curves as SVG drawing</source>
        <translation>Verlustkurven als SVG-Zeichnung</translation>
    </message>
    <message>
        <source>Data and decision boundary as PNG image</source>
        <translation>Daten und Entscheidungsgrenze als PNG-Bild</translation>
    </message>
    <message>
        <source>Data and decision boundary as SVG drawing</source>
        <translation>Daten und Entscheidungsgrenze als SVG-Zeichnung</translation>
    </message>
    <message>
        <source>Weight-space landscape as PNG image</source>
        <translation>Landschaft im Gewichtsraum als PNG-Bild</translation>
    </message>
    <message>
        <source>Weight-space landscape as SVG drawing</source>
        <translation>Landschaft im Gewichtsraum als SVG-Zeichnung</translation>
    </message>
    <message>
        <source>Run report as JSON</source>
        <translation>Laufbericht als JSON</translation>
    </message>
    <message>
        <source>Weights as NumPy .npz</source>
        <translation>Gewichte als NumPy .npz</translation>
    </message>
    <message>
        <source>Training and test data as CSV</source>
        <translation>Trainings- und Testdaten als CSV</translation>
    </message>
    <message>
        <source>&lt;b&gt;sum&lt;/b&gt; over the N = {n} training points: ∇L adds N gradients, so γ is the step per unit of the &lt;i&gt;total&lt;/i&gt;; the same γ with the mean takes steps N times smaller.</source>
        <translation>&lt;b&gt;Summe&lt;/b&gt; über die N = {n} Trainingspunkte: ∇L addiert N Gradienten, also ist γ der Schritt pro Einheit der &lt;i&gt;Summe&lt;/i&gt;; dasselbe γ mit dem Mittelwert macht N-mal kleinere Schritte.</translation>
    </message>
    <message>
        <source>&lt;b&gt;mean&lt;/b&gt; over the N = {n} training points: ∇L is the average gradient, so γ is the step per unit of the &lt;i&gt;average&lt;/i&gt;; the sum needs a γ N times smaller for the same steps.</source>
        <translation>&lt;b&gt;Mittelwert&lt;/b&gt; über die N = {n} Trainingspunkte: ∇L ist der mittlere Gradient, also ist γ der Schritt pro Einheit des &lt;i&gt;Mittels&lt;/i&gt;; die Summe braucht für dieselben Schritte ein N-mal kleineres γ.</translation>
    </message>
    <message>
        <source>MLP task</source>
        <translation>MLP-Aufgabe</translation>
    </message>
    <message>
        <source>Export the MLP run</source>
        <translation>MLP-Lauf exportieren</translation>
    </message>
    <message>
        <source>Log-scale loss</source>
        <translation>Verlust logarithmisch</translation>
    </message>
    <message>
        <source>The session&apos;s MLP data could not be loaded: {error}</source>
        <translation>Die MLP-Daten der Sitzung konnten nicht geladen werden: {error}</translation>
    </message>
    <message>
        <source>γ = {highest}, the largest the field takes: the mean&apos;s gradient is N = {examples} times smaller than the sum&apos;s, so the task&apos;s γ = {task_rate} would need {needed}</source>
        <translation>γ = {highest}, das größte, das das Feld annimmt: Der Gradient des Mittelwerts ist N = {examples}-mal kleiner als der der Summe, also bräuchte das γ = {task_rate} der Aufgabe {needed}</translation>
    </message>
    <message>
        <source>{task} with the mean reduction: {note}.</source>
        <translation>{task} mit dem Mittelwert als Reduktion: {note}.</translation>
    </message>
    <message>
        <source>Open data</source>
        <translation>Daten öffnen</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot open the data</source>
        <translation>Die Daten können nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Play continues the run from its latest step, t = {t}.</source>
        <translation>Abspielen setzt den Lauf bei seinem letzten Schritt fort, t = {t}.</translation>
    </message>
    <message>
        <source>The run has stopped; press Reset (R) to start again.</source>
        <translation>Der Lauf ist beendet; drücken Sie Zurücksetzen (R), um neu zu beginnen.</translation>
    </message>
    <message>
        <source>{sizes} has {parameters} parameters: on {points} training points each step would take seconds; use smaller layers or fewer samples here (gdstudio run --task trains any size without a window)</source>
        <translation>{sizes} hat {parameters} Parameter: Auf {points} Trainingspunkten würde jeder Schritt Sekunden dauern; verwenden Sie hier kleinere Schichten oder weniger Punkte (gdstudio run --task trainiert jede Größe ohne Fenster)</translation>
    </message>
    <message>
        <source>network {description}</source>
        <translation>Netz {description}</translation>
    </message>
    <message>
        <source>train, {what} (N = {n})</source>
        <translation>Training, {what} (N = {n})</translation>
    </message>
    <message>
        <source>train, {run}</source>
        <translation>Training, {run}</translation>
    </message>
    <message>
        <source>test, {what} (N = {n})</source>
        <translation>Test, {what} (N = {n})</translation>
    </message>
    <message>
        <source>minibatch L_B(w_t) per example</source>
        <translation>Minibatch L_B(w_t) pro Beispiel</translation>
    </message>
    <message>
        <source>Epoch {epoch}, minibatch {batch} of {batches} (B = {size}, shuffled once an epoch) made this step: its points are ringed in the data plot</source>
        <translation>Epoche {epoch}, Minibatch {batch} von {batches} (B = {size}, einmal pro Epoche gemischt) hat diesen Schritt gemacht: Seine Punkte sind im Datenplot eingekreist</translation>
    </message>
    <message>
        <source>Epoch {epoch}, minibatch {batch} of {batches} (B = {size}, shuffled once an epoch) makes the first step: its points are ringed in the data plot</source>
        <translation>Epoche {epoch}, Minibatch {batch} von {batches} (B = {size}, einmal pro Epoche gemischt) macht den ersten Schritt: Seine Punkte sind im Datenplot eingekreist</translation>
    </message>
    <message>
        <source>&lt;b&gt;Descent in weight space&lt;/b&gt;: {note}</source>
        <translation>&lt;b&gt;Abstieg im Gewichtsraum&lt;/b&gt;: {note}</translation>
    </message>
    <message>
        <source>train accuracy {percent} %</source>
        <translation>Trainingsgenauigkeit {percent} %</translation>
    </message>
    <message>
        <source>, test {percent} %</source>
        <translation>, Test {percent} %</translation>
    </message>
    <message>
        <source>train MSE {mse}</source>
        <translation>Trainings-MSE {mse}</translation>
    </message>
    <message>
        <source>, test MSE {mse}</source>
        <translation>, Test-MSE {mse}</translation>
    </message>
    <message>
        <source> (at step {t})</source>
        <translation> (bei Schritt {t})</translation>
    </message>
    <message>
        <source>prediction f_w({x1}, {x2}) as colours, the points coloured by their {target} on the same scale (the bar): where they match, the fit is good</source>
        <translation>Vorhersage f_w({x1}, {x2}) als Farben, die Punkte nach ihrem {target} auf derselben Skala gefärbt (der Balken): Wo sie übereinstimmen, passt das Modell gut</translation>
    </message>
    <message>
        <source>fitted line f_w(x) = w·x + b</source>
        <translation>angepasste Gerade f_w(x) = w·x + b</translation>
    </message>
    <message>
        <source>fitted curve f_w(x)</source>
        <translation>angepasste Kurve f_w(x)</translation>
    </message>
    <message>
        <source>decision regions and boundary p = ½</source>
        <translation>Entscheidungsgebiete und Grenze p = ½</translation>
    </message>
    <message>
        <source>decision regions (each class&apos;s colour, paler where unsure)</source>
        <translation>Entscheidungsgebiete (Farbe jeder Klasse, blasser wo unsicher)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;: data (a shape per class; test points larger, ringed) and the network&apos;s {what}.  {quality}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;: Daten (eine Form je Klasse; Testpunkte größer, umrandet) und Ausgabe des Netzes: {what}.  {quality}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;: data (train ○, test △) and the network&apos;s {what}.  {quality}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;: Daten (Training ○, Test △) und Ausgabe des Netzes: {what}.  {quality}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Step {t}&lt;/b&gt; (t = {before} → {t}): {rule}</source>
        <translation>&lt;b&gt;Schritt {t}&lt;/b&gt; (t = {before} → {t}): {rule}</translation>
    </message>
    <message>
        <source> (B: a mini-batch of {size} points)</source>
        <translation> (B: ein Minibatch aus {size} Punkten)</translation>
    </message>
    <message>
        <source>L before = {before}, after = {after} (change {change})</source>
        <translation>L vorher = {before}, nachher = {after} (Änderung {change})</translation>
    </message>
    <message>
        <source>&lt;b&gt;w₀&lt;/b&gt;: the initial weights, before any step</source>
        <translation>&lt;b&gt;w₀&lt;/b&gt;: die Anfangsgewichte, vor jedem Schritt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Weight-space map&lt;/b&gt;: {sentence}</source>
        <translation>&lt;b&gt;Karte des Gewichtsraums&lt;/b&gt;: {sentence}</translation>
    </message>
    <message>
        <source>Showing the stored step t = {t} of {steps}; the run itself is at step {steps}</source>
        <translation>Gezeigt wird der gespeicherte Schritt t = {t} von {steps}; der Lauf selbst ist bei Schritt {steps}</translation>
    </message>
    <message>
        <source>diverged at step {steps}: γ too large, the steps overshoot and L grows without bound</source>
        <translation>bei Schritt {steps} divergiert: γ zu groß, die Schritte schießen über und L wächst unbeschränkt</translation>
    </message>
    <message>
        <source>   (the true loss at w_{step}: L = {loss})</source>
        <translation>   (der wahre Verlust bei w_{step}: L = {loss})</translation>
    </message>
    <message>
        <source>the run&apos;s report did not arrive from the training thread; try again</source>
        <translation>der Bericht des Laufs kam nicht vom Trainings-Thread an; bitte erneut versuchen</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation>{name} exportiert</translation>
    </message>
    <message>
        <source>{name}: {network} · {optimizer}, γ = {rate}{schedule} · step {t} of {steps}</source>
        <translation>{name}: {network} · {optimizer}, γ = {rate}{schedule} · Schritt {t} von {steps}</translation>
    </message>
    <message>
        <source>test, {run}</source>
        <translation>Test, {run}</translation>
    </message>
</context>
<context>
    <name>MLPTasks</name>
    <message>
        <source>Four quadrants, opposite corners alike: no straight line separates them.</source>
        <translation>Vier Quadranten, gegenüberliegende Ecken gleich: keine Gerade trennt sie.</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>Kreise</translation>
    </message>
    <message>
        <source>One ring inside another: the boundary must close on itself.</source>
        <translation>Ein Ring in einem anderen: die Grenze muss sich schließen.</translation>
    </message>
    <message>
        <source>Two moons</source>
        <translation>Zwei Monde</translation>
    </message>
    <message>
        <source>Two interleaving half circles: a curved boundary.</source>
        <translation>Zwei ineinandergreifende Halbkreise: eine gekrümmte Grenze.</translation>
    </message>
    <message>
        <source>Two spirals</source>
        <translation>Zwei Spiralen</translation>
    </message>
    <message>
        <source>Two interleaved spiral arms: hard; needs a wider net and Adam.</source>
        <translation>Zwei verschlungene Spiralarme: schwer; braucht ein breiteres Netz und Adam.</translation>
    </message>
    <message>
        <source>Gaussian blobs</source>
        <translation>Gauß-Wolken</translation>
    </message>
    <message>
        <source>Three clusters, three classes: a softmax output.</source>
        <translation>Drei Cluster, drei Klassen: eine Softmax-Ausgabe.</translation>
    </message>
    <message>
        <source>Noisy sine</source>
        <translation>Verrauschter Sinus</translation>
    </message>
    <message>
        <source>Regression: fit a curve to t = sin(x) + noise.</source>
        <translation>Regression: eine Kurve an t = sin(x) + Rauschen anpassen.</translation>
    </message>
    <message>
        <source>Line fit</source>
        <translation>Geradenanpassung</translation>
    </message>
    <message>
        <source>Regression: fit t = w·x + b to noisy points; two weights, so L(w, b) is the whole landscape.</source>
        <translation>Regression: t = w·x + b an verrauschte Punkte anpassen; zwei Gewichte, also ist L(w, b) die ganze Landschaft.</translation>
    </message>
</context>
<context>
    <name>MLPTraining</name>
    <message>
        <source>γ = {learning_rate}, the task&apos;s own: {optimizer} divides the gradient by its running size, so the mean and the sum take the same steps</source>
        <translation>γ = {learning_rate}, das der Aufgabe: {optimizer} teilt den Gradienten durch seine laufende Größe, daher machen Mittelwert und Summe dieselben Schritte</translation>
    </message>
    <message>
        <source>γ = {learning_rate} = {task_learning_rate} × N: the task&apos;s γ = {task_learning_rate} is tuned for the sum, and the mean&apos;s gradient is N = {examples} times smaller</source>
        <translation>γ = {learning_rate} = {task_learning_rate} × N: das γ = {task_learning_rate} der Aufgabe ist auf die Summe abgestimmt, und der Gradient des Mittelwerts ist N = {examples}-mal kleiner</translation>
    </message>
    <message>
        <source>{optimizer} is for typed functions (it needs the Hessian, or a d × d matrix, of the loss); a network trains with {optimizers}</source>
        <translation>{optimizer} ist für eingegebene Funktionen (es braucht die Hesse-Matrix oder eine d × d-Matrix des Verlusts); ein Netz trainiert mit {optimizers}</translation>
    </message>
    <message>
        <source>a line search needs the full batch: with mini-batches f(w + αd) would change from one trial to the next</source>
        <translation>eine Liniensuche braucht den vollen Batch: mit Minibatches würde sich f(w + αd) von einem Versuch zum nächsten ändern</translation>
    </message>
    <message>
        <source>the learning rate must be a positive number, not {value}</source>
        <translation>die Lernrate muss eine positive Zahl sein, nicht {value}</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>Kreuzentropie</translation>
    </message>
    <message>
        <source>squared error</source>
        <translation>quadratischer Fehler</translation>
    </message>
    <message>
        <source>; mini-batches of {size}, {count} an epoch</source>
        <translation>; Minibatches zu {size}, {count} pro Epoche</translation>
    </message>
    <message>
        <source>the batch size must be a whole number ≥ 1, not {value}</source>
        <translation>die Batchgröße muss eine ganze Zahl ≥ 1 sein, nicht {value}</translation>
    </message>
    <message>
        <source>a race of schedules needs a schedule that changes γ (1/t, step, exponential, cosine), not a constant one</source>
        <translation>ein Wettlauf von Zeitplänen braucht einen Zeitplan, der γ ändert (1/t, Stufen, exponentiell, Kosinus), keinen konstanten</translation>
    </message>
    <message>
        <source>a race against the full batch needs batches smaller than the {count} training points, not {size}</source>
        <translation>ein Wettlauf gegen den vollen Batch braucht Batches kleiner als die {count} Trainingspunkte, nicht {size}</translation>
    </message>
    <message>
        <source>a race against a constant γ on mini-batches needs batches smaller than the {count} training points, not {size}</source>
        <translation>ein Wettlauf gegen ein konstantes γ auf Minibatches braucht Batches kleiner als die {count} Trainingspunkte, nicht {size}</translation>
    </message>
</context>
<context>
    <name>MLPWeightSpace</name>
    <message>
        <source>through w₀ along the path&apos;s direction w_t − w₀ and its widest turn away from it</source>
        <translation>durch w₀ entlang der Pfadrichtung w_t − w₀ und ihrer weitesten Abweichung davon</translation>
    </message>
    <message>
        <source>two random directions, filter-normalised: each neuron&apos;s part scaled to that neuron&apos;s own size</source>
        <translation>zwei zufällige Richtungen, filternormiert: der Anteil jedes Neurons auf dessen eigene Größe skaliert</translation>
    </message>
    <message>
        <source>the top two principal directions of the path so far</source>
        <translation>die beiden wichtigsten Hauptrichtungen des bisherigen Pfads</translation>
    </message>
    <message>
        <source>w (slope)</source>
        <translation>w (Steigung)</translation>
    </message>
    <message>
        <source>b (intercept)</source>
        <translation>b (Achsenabschnitt)</translation>
    </message>
    <message>
        <source> ({first} % and {second} % of its spread)</source>
        <translation> ({first} % und {second} % seiner Streuung)</translation>
    </message>
    <message>
        <source>The loss L(w, b) at every slope w and intercept b: with two weights this is the whole weight space, not a slice, and the path is the descent itself.</source>
        <translation>Der Verlust L(w, b) bei jeder Steigung w und jedem Achsenabschnitt b: mit zwei Gewichten ist das der ganze Gewichtsraum, kein Schnitt, und der Pfad ist der Abstieg selbst.</translation>
    </message>
    <message>
        <source>along the steepest descent direction −∇L(w₀) and a random direction across it</source>
        <translation>entlang der Richtung des steilsten Abstiegs −∇L(w₀) und einer zufälligen Richtung quer dazu</translation>
    </message>
    <message>
        <source>along the path&apos;s direction w_t − w₀ (t = {steps}) and its widest turn away from it</source>
        <translation>entlang der Pfadrichtung w_t − w₀ (t = {steps}) und ihrer weitesten Abweichung davon</translation>
    </message>
    <message>
        <source>along the two directions in which the path w₀ … w_{steps} spreads most</source>
        <translation>entlang der beiden Richtungen, in denen der Pfad w₀ … w_{steps} am stärksten streut</translation>
    </message>
    <message>
        <source>along two random directions, each neuron&apos;s part scaled to that neuron&apos;s own size</source>
        <translation>entlang zweier zufälliger Richtungen, der Anteil jedes Neurons auf dessen eigene Größe skaliert</translation>
    </message>
    <message>
        <source> ({percent} % of the path&apos;s spread lies in it)</source>
        <translation> ({percent} % der Streuung des Pfads liegen darin)</translation>
    </message>
    <message>
        <source>The loss on a flat slice of weight space through w₀, {along}{share}; the path, projected onto it.</source>
        <translation>Der Verlust auf einem ebenen Schnitt durch den Gewichtsraum durch w₀, {along}{share}; der Pfad, darauf projiziert.</translation>
    </message>
    <message>
        <source>no direction could be found to complete the plane</source>
        <translation>es wurde keine Richtung gefunden, die die Ebene vervollständigt</translation>
    </message>
    <message>
        <source>the exact landscape needs a network with two weights, not {count}</source>
        <translation>die exakte Landschaft braucht ein Netz mit zwei Gewichten, nicht {count}</translation>
    </message>
    <message>
        <source>the loss L(w, b) at every slope and intercept: the whole weight space, not a slice — the dot is {w} itself, L({w}) = {loss}</source>
        <translation>der Verlust L(w, b) bei jeder Steigung und jedem Achsenabschnitt: der ganze Gewichtsraum, kein Schnitt — der Punkt ist {w} selbst, L({w}) = {loss}</translation>
    </message>
    <message>
        <source>{w} lies {distance} off the slice</source>
        <translation>{w} liegt {distance} neben dem Schnitt</translation>
    </message>
    <message>
        <source>{w} lies on it</source>
        <translation>{w} liegt darauf</translation>
    </message>
    <message>
        <source>the loss on a flat slice of weight space through w₀; the path, projected onto it — the true loss L({w}) is {loss}, the slice at the projected point is {slice_loss} ({where})</source>
        <translation>der Verlust auf einem ebenen Schnitt durch den Gewichtsraum durch w₀; der Pfad, darauf projiziert — der wahre Verlust L({w}) ist {loss}, der Schnitt am projizierten Punkt ist {slice_loss} ({where})</translation>
    </message>
</context>
<context>
    <name>MLPWorker</name>
    <message>
        <source>The plane could not be fitted: {error}</source>
        <translation>Die Ebene konnte nicht angepasst werden: {error}</translation>
    </message>
    <message>
        <source>The network ({weights} parameters on {examples} points) is too large for a live weight-space map: a smaller network or fewer samples bring it back.</source>
        <translation>Das Netz ({weights} Parameter auf {examples} Punkten) ist zu groß für eine laufend aktualisierte Karte des Gewichtsraums: Ein kleineres Netz oder weniger Punkte bringen sie zurück.</translation>
    </message>
    <message>
        <source>The weight-space map could not be computed: {error}</source>
        <translation>Die Karte des Gewichtsraums konnte nicht berechnet werden: {error}</translation>
    </message>
    <message>
        <source>The plane could not be re-fitted: {error}</source>
        <translation>Die Ebene konnte nicht neu angepasst werden: {error}</translation>
    </message>
    <message>
        <source>The minibatch fan could not be computed: {error}</source>
        <translation>Der Minibatch-Fächer konnte nicht berechnet werden: {error}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The last session could not be restored: {error}</source>
        <translation>Die letzte Sitzung konnte nicht wiederhergestellt werden: {error}</translation>
    </message>
    <message>
        <source>Loading the studio…</source>
        <translation>Studio wird geladen…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open session…</source>
        <translation>Sitzung ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Save session</source>
        <translation>Sitzung &amp;speichern</translation>
    </message>
    <message>
        <source>Save session &amp;as…</source>
        <translation>Sitzung speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>export the plots, the trajectory or the run</source>
        <translation>die Diagramme, die Bahn oder den Lauf exportieren</translation>
    </message>
    <message>
        <source>PNG export scale</source>
        <translation>PNG-Exportmaßstab</translation>
    </message>
    <message>
        <source>Export size</source>
        <translation>Exportgröße</translation>
    </message>
    <message>
        <source>&amp;Figure (PNG scale applies)</source>
        <translation>&amp;Abbildung (mit PNG-Maßstab)</translation>
    </message>
    <message>
        <source>&amp;Slide, 1920 × 1080</source>
        <translation>&amp;Folie, 1920 × 1080</translation>
    </message>
    <message>
        <source>Export theme</source>
        <translation>Exportdesign</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>Aus&amp;führen</translation>
    </message>
    <message>
        <source>Play / Pause</source>
        <translation>Abspielen / Pause</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>Schritt zurück</translation>
    </message>
    <message>
        <source>the stored step before the one shown</source>
        <translation>der gespeicherte Schritt vor dem angezeigten</translation>
    </message>
    <message>
        <source>Go to the start</source>
        <translation>Zum Anfang</translation>
    </message>
    <message>
        <source>t = 0 of the run</source>
        <translation>t = 0 des Laufs</translation>
    </message>
    <message>
        <source>Go to the latest step</source>
        <translation>Zum neuesten Schritt</translation>
    </message>
    <message>
        <source>the newest step</source>
        <translation>der neueste Schritt</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>full screen, large text and high-contrast notes for a lecture</source>
        <translation>Vollbild, große Schrift und kontrastreiche Hinweise für eine Vorlesung</translation>
    </message>
    <message>
        <source>Side &amp;panel</source>
        <translation>&amp;Seitenleiste</translation>
    </message>
    <message>
        <source>show or hide the settings column</source>
        <translation>die Einstellungsspalte ein- oder ausblenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Anleitung</translation>
    </message>
    <message>
        <source>what the app teaches: the update rule, γ, why a run stops</source>
        <translation>was die App lehrt: die Update-Regel, γ, warum ein Lauf endet</translation>
    </message>
    <message>
        <source>&amp;About {name}</source>
        <translation>&amp;Über {name}</translation>
    </message>
    <message>
        <source>Zoom {percent} %</source>
        <translation>Zoom {percent} %</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Sitzung öffnen</translation>
    </message>
    <message>
        <source>gdstudio sessions ({pattern});;JSON files (*.json);;All files (*)</source>
        <translation>gdstudio-Sitzungen ({pattern});;JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot open the session</source>
        <translation>Sitzung kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>{name} geöffnet</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Sitzung speichern</translation>
    </message>
    <message>
        <source>gdstudio sessions ({pattern})</source>
        <translation>gdstudio-Sitzungen ({pattern})</translation>
    </message>
    <message>
        <source>Cannot save the session</source>
        <translation>Sitzung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>{name} gespeichert</translation>
    </message>
    <message>
        <source>The {tab} tab has nothing to export.</source>
        <translation>Der Tab „{tab}“ hat nichts zu exportieren.</translation>
    </message>
</context>
<context>
    <name>OptimizerField</name>
    <message>
        <source>optimizer</source>
        <translation>Optimierer</translation>
    </message>
</context>
<context>
    <name>Optimizers</name>
    <message>
        <source>Gradient descent</source>
        <translation>Gradientenabstieg</translation>
    </message>
    <message>
        <source>d = −∇f: the steepest way down.</source>
        <translation>d = −∇f: der steilste Weg nach unten.</translation>
    </message>
    <message>
        <source>Newton&apos;s method</source>
        <translation>Newton-Verfahren</translation>
    </message>
    <message>
        <source>d = −H⁻¹∇f: the step to the minimum of the quadratic model; modified where H is not positive definite.</source>
        <translation>d = −H⁻¹∇f: der Schritt zum Minimum des quadratischen Modells; angepasst, wo H nicht positiv definit ist.</translation>
    </message>
    <message>
        <source>eigenvalue floor δ</source>
        <translation>Eigenwert-Untergrenze δ</translation>
    </message>
    <message>
        <source>eigenvalues of H below δ are replaced by max(|λ|, δ)</source>
        <translation>Eigenwerte von H unter δ werden durch max(|λ|, δ) ersetzt</translation>
    </message>
    <message>
        <source>d = −H_t∇f: H_t learns the inverse Hessian from the steps taken (H₀ = I).</source>
        <translation>d = −H_t∇f: H_t lernt die inverse Hesse-Matrix aus den gemachten Schritten (H₀ = I).</translation>
    </message>
    <message>
        <source>BFGS from the last m steps only: the two-loop recursion over stored pairs (s, y).</source>
        <translation>BFGS nur aus den letzten m Schritten: die Zwei-Schleifen-Rekursion über gespeicherte Paare (s, y).</translation>
    </message>
    <message>
        <source>memory m</source>
        <translation>Gedächtnis m</translation>
    </message>
    <message>
        <source>how many pairs (s, y) are kept</source>
        <translation>wie viele Paare (s, y) behalten werden</translation>
    </message>
    <message>
        <source>Conjugate gradients</source>
        <translation>Konjugierte Gradienten</translation>
    </message>
    <message>
        <source>d = −∇f + βd_prev: each direction bends the last one (Polak–Ribière+, or Fletcher–Reeves).</source>
        <translation>d = −∇f + βd_prev: jede Richtung biegt die letzte ab (Polak–Ribière+ oder Fletcher–Reeves).</translation>
    </message>
    <message>
        <source>1 for β = gᵀg / g_prevᵀg_prev</source>
        <translation>1 für β = gᵀg / g_prevᵀg_prev</translation>
    </message>
    <message>
        <source>{setting} must be between {minimum} and {maximum}, not {value}</source>
        <translation>{setting} muss zwischen {minimum} und {maximum} liegen, nicht {value}</translation>
    </message>
    <message>
        <source>w ← w − γ∇f(w): the rule the lesson teaches.</source>
        <translation>w ← w − γ∇f(w): die Regel, die die Lektion lehrt.</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <source>A velocity b = μb + g carries the steps along: faster in valleys, may overshoot.</source>
        <translation>Eine Geschwindigkeit b = μb + g trägt die Schritte weiter: schneller in Tälern, kann überschießen.</translation>
    </message>
    <message>
        <source>momentum μ</source>
        <translation>Momentum μ</translation>
    </message>
    <message>
        <source>how much of the last velocity is kept</source>
        <translation>wie viel der letzten Geschwindigkeit erhalten bleibt</translation>
    </message>
    <message>
        <source>dampening τ</source>
        <translation>Dämpfung τ</translation>
    </message>
    <message>
        <source>how much of the new gradient is held back</source>
        <translation>wie viel des neuen Gradienten zurückgehalten wird</translation>
    </message>
    <message>
        <source>Nesterov momentum</source>
        <translation>Nesterov-Momentum</translation>
    </message>
    <message>
        <source>Momentum that looks ahead: the step uses g + μb, so it brakes before overshooting.</source>
        <translation>Momentum, das vorausschaut: der Schritt nutzt g + μb und bremst so vor dem Überschießen.</translation>
    </message>
    <message>
        <source>Each coordinate&apos;s step shrinks with the sum of its past squared gradients.</source>
        <translation>Der Schritt jeder Koordinate schrumpft mit der Summe ihrer bisherigen quadrierten Gradienten.</translation>
    </message>
    <message>
        <source>learning-rate decay η</source>
        <translation>Lernraten-Abfall η</translation>
    </message>
    <message>
        <source>γ is divided by 1 + (t − 1)η</source>
        <translation>γ wird durch 1 + (t − 1)η geteilt</translation>
    </message>
    <message>
        <source>keeps the division finite</source>
        <translation>hält die Division endlich</translation>
    </message>
    <message>
        <source>initial sum</source>
        <translation>Anfangssumme</translation>
    </message>
    <message>
        <source>starting value of s</source>
        <translation>Startwert von s</translation>
    </message>
    <message>
        <source>Each coordinate&apos;s step is divided by a running average of its squared gradients.</source>
        <translation>Der Schritt jeder Koordinate wird durch einen gleitenden Mittelwert ihrer quadrierten Gradienten geteilt.</translation>
    </message>
    <message>
        <source>smoothing α</source>
        <translation>Glättung α</translation>
    </message>
    <message>
        <source>how slowly the average forgets</source>
        <translation>wie langsam der Mittelwert vergisst</translation>
    </message>
    <message>
        <source>0 for none</source>
        <translation>0 für keines</translation>
    </message>
    <message>
        <source>centred</source>
        <translation>zentriert</translation>
    </message>
    <message>
        <source>1 to subtract the mean gradient</source>
        <translation>1, um den mittleren Gradienten abzuziehen</translation>
    </message>
    <message>
        <source>Momentum on the gradient and RMSProp&apos;s scaling, with bias correction for the first steps.</source>
        <translation>Momentum auf dem Gradienten und die Skalierung von RMSProp, mit Bias-Korrektur für die ersten Schritte.</translation>
    </message>
    <message>
        <source>decay of the gradient average m</source>
        <translation>Abfall des Gradienten-Mittelwerts m</translation>
    </message>
    <message>
        <source>decay of the squared-gradient average v</source>
        <translation>Abfall des Mittelwerts der quadrierten Gradienten v</translation>
    </message>
    <message>
        <source>1 to use the largest v seen so far</source>
        <translation>1, um das größte bisher gesehene v zu nutzen</translation>
    </message>
</context>
<context>
    <name>PlaybackBox</name>
    <message>
        <source>as fast as possible</source>
        <translation>so schnell wie möglich</translation>
    </message>
    <message>
        <source>1 step per second</source>
        <translation>1 Schritt pro Sekunde</translation>
    </message>
    <message>
        <source>{speed} steps per second</source>
        <translation>{speed} Schritte pro Sekunde</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>Abspielen oder anhalten (Leertaste)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Exactly one update (→)</source>
        <translation>Genau ein Update (→)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>playback speed</source>
        <translation>Wiedergabegeschwindigkeit</translation>
    </message>
    <message>
        <source>speed</source>
        <translation>Tempo</translation>
    </message>
</context>
<context>
    <name>PlotBackground</name>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>Follow &amp;system</source>
        <translation>&amp;System folgen</translation>
    </message>
    <message>
        <source>Plot &amp;background</source>
        <translation>Diagramm&amp;hintergrund</translation>
    </message>
</context>
<context>
    <name>PointEdit</name>
    <message>
        <source>start point x, y (Enter to apply)</source>
        <translation>Startpunkt x, y (Eingabetaste übernimmt)</translation>
    </message>
    <message>
        <source>Each coordinate of a start point must be a finite number between {low} and {high}.</source>
        <translation>Jede Koordinate eines Startpunkts muss eine endliche Zahl zwischen {low} und {high} sein.</translation>
    </message>
    <message>
        <source>A start point is two numbers, x and y, such as 1.5, -1; not {text}.</source>
        <translation>Ein Startpunkt besteht aus zwei Zahlen, x und y, etwa 1.5, -1; nicht {text}.</translation>
    </message>
</context>
<context>
    <name>Race</name>
    <message>
        <source>{run} from {start}</source>
        <translation>{run} ab {start}</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>next direction d times the first trial α₀: α₀d = {step}; plain −γ∇f = {plain}</source>
        <translation>nächste Richtung d mal erster Versuch α₀: α₀d = {step}; einfaches −γ∇f = {plain}</translation>
    </message>
    <message>
        <source>next Δw = {step}</source>
        <translation>nächstes Δw = {step}</translation>
    </message>
    <message>
        <source>velocity b = {velocity}</source>
        <translation>Geschwindigkeit b = {velocity}</translation>
    </message>
    <message>
        <source>per-coordinate scale 1/(√v + ε) = {scale}</source>
        <translation>Skalierung je Koordinate 1/(√v + ε) = {scale}</translation>
    </message>
    <message>
        <source>carries nothing: {step} = −γ∇f</source>
        <translation>trägt nichts mit: {step} = −γ∇f</translation>
    </message>
    <message>
        <source>; {step}, plain −γ∇f = {plain}</source>
        <translation>; {step}, einfaches −γ∇f = {plain}</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>converged at t = {t}</source>
        <translation>konvergiert bei t = {t}</translation>
    </message>
    <message>
        <source>diverged at t = {t}</source>
        <translation>divergiert bei t = {t}</translation>
    </message>
    <message>
        <source>undefined at t = {t}: {failure}</source>
        <translation>undefiniert bei t = {t}: {failure}</translation>
    </message>
    <message>
        <source>undefined at t = {t}</source>
        <translation>undefiniert bei t = {t}</translation>
    </message>
    <message>
        <source>stopped at the step limit (t = {t})</source>
        <translation>an der Schrittgrenze angehalten (t = {t})</translation>
    </message>
    <message>
        <source>line search failed at t = {t}</source>
        <translation>Liniensuche gescheitert bei t = {t}</translation>
    </message>
    <message>
        <source>no descent direction at t = {t}</source>
        <translation>keine Abstiegsrichtung bei t = {t}</translation>
    </message>
</context>
<context>
    <name>RaceAnimation</name>
    <message>
        <source>Cannot export the {what}</source>
        <translation>Export fehlgeschlagen: {what}</translation>
    </message>
    <message>
        <source>Running the race from the start…</source>
        <translation>Der Wettlauf wird von vorn gerechnet…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export {what}</source>
        <translation>Exportieren: {what}</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Rendering the animation…</source>
        <translation>Animation wird gerendert…</translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation>{path} exportiert</translation>
    </message>
</context>
<context>
    <name>RacePresets</name>
    <message>
        <source>Nocedal &amp; Wright on Rosenbrock</source>
        <translation>Nocedal &amp; Wright auf Rosenbrock</translation>
    </message>
    <message>
        <source>From (−1.2, 1): steepest descent with backtracking needs thousands of steps; Newton with backtracking about 20, BFGS about 30 (Numerical Optimization, ch. 3 and 6).</source>
        <translation>Ab (−1,2, 1): steilster Abstieg mit Backtracking braucht Tausende Schritte; Newton mit Backtracking etwa 20, BFGS etwa 30 (Numerical Optimization, Kap. 3 und 6).</translation>
    </message>
</context>
<context>
    <name>RunFigure</name>
    <message>
        <source>{optimizer} with {search} steps</source>
        <translation>{optimizer}, Schrittweite: {search}</translation>
    </message>
    <message>
        <source>{optimizer}, γ = {rate}{schedule}, from ({start}): {reason}</source>
        <translation>{optimizer}, γ = {rate}{schedule}, ab ({start}): {reason}</translation>
    </message>
</context>
<context>
    <name>Schedules</name>
    <message>
        <source>Constant</source>
        <translation>Konstant</translation>
    </message>
    <message>
        <source>Step decay</source>
        <translation>Stufenabfall</translation>
    </message>
    <message>
        <source>Exponential</source>
        <translation>Exponentiell</translation>
    </message>
    <message>
        <source>Cosine</source>
        <translation>Kosinus</translation>
    </message>
    <message>
        <source>1/t</source>
        <translation>1/t</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>konstant</translation>
    </message>
    <message>
        <source>step decay</source>
        <translation>Stufenabfall</translation>
    </message>
    <message>
        <source>exponential</source>
        <translation>exponentiell</translation>
    </message>
    <message>
        <source>cosine</source>
        <translation>Kosinus</translation>
    </message>
    <message>
        <source>The same γ at every step: the rule as first taught.</source>
        <translation>Dasselbe γ bei jedem Schritt: die Regel, wie sie zuerst gelehrt wird.</translation>
    </message>
    <message>
        <source>γ is multiplied by the factor every few steps: big steps first, finer ones later.</source>
        <translation>γ wird alle paar Schritte mit dem Faktor multipliziert: erst große Schritte, später feinere.</translation>
    </message>
    <message>
        <source>γ shrinks by the same factor at every step.</source>
        <translation>γ schrumpft bei jedem Schritt um denselben Faktor.</translation>
    </message>
    <message>
        <source>γ glides from γ₀ down to γ_min along half a cosine over T steps.</source>
        <translation>γ gleitet entlang eines halben Kosinus über T Schritte von γ₀ hinab zu γ_min.</translation>
    </message>
    <message>
        <source>γ₀ / (1 + decay·t): the classic decay that guarantees convergence on convex problems.</source>
        <translation>γ₀ / (1 + decay·t): der klassische Abfall, der auf konvexen Problemen Konvergenz garantiert.</translation>
    </message>
    <message>
        <source>step size</source>
        <translation>Stufenlänge</translation>
    </message>
    <message>
        <source>the step size</source>
        <translation>die Stufenlänge</translation>
    </message>
    <message>
        <source>γ is multiplied by the factor every this many steps (StepLR&apos;s step_size)</source>
        <translation>γ wird alle so viele Schritte mit dem Faktor multipliziert (step_size von StepLR)</translation>
    </message>
    <message>
        <source>factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>the step decay&apos;s factor</source>
        <translation>der Faktor des Stufenabfalls</translation>
    </message>
    <message>
        <source>what γ is multiplied by at each drop, above 0 and at most 1 (StepLR&apos;s gamma)</source>
        <translation>womit γ bei jeder Stufe multipliziert wird, über 0 und höchstens 1 (gamma von StepLR)</translation>
    </message>
    <message>
        <source>decay factor</source>
        <translation>Abfallfaktor</translation>
    </message>
    <message>
        <source>the decay factor</source>
        <translation>der Abfallfaktor</translation>
    </message>
    <message>
        <source>what γ is multiplied by at every step, above 0 and at most 1 (ExponentialLR&apos;s gamma)</source>
        <translation>womit γ bei jedem Schritt multipliziert wird, über 0 und höchstens 1 (gamma von ExponentialLR)</translation>
    </message>
    <message>
        <source>period T</source>
        <translation>Periode T</translation>
    </message>
    <message>
        <source>the period T</source>
        <translation>die Periode T</translation>
    </message>
    <message>
        <source>γ reaches γ_min after T steps, then climbs back (CosineAnnealingLR&apos;s T_max); leave it empty for T = the step limit, which it then follows</source>
        <translation>γ erreicht γ_min nach T Schritten und steigt dann wieder (T_max von CosineAnnealingLR); leer lassen für T = die Schrittgrenze, der es dann folgt</translation>
    </message>
    <message>
        <source>min γ</source>
        <translation>min. γ</translation>
    </message>
    <message>
        <source>the minimum γ</source>
        <translation>das minimale γ</translation>
    </message>
    <message>
        <source>the lowest γ, reached at t = T (CosineAnnealingLR&apos;s eta_min)</source>
        <translation>das kleinste γ, erreicht bei t = T (eta_min von CosineAnnealingLR)</translation>
    </message>
    <message>
        <source>decay</source>
        <translation>Abfall</translation>
    </message>
    <message>
        <source>the 1/t decay</source>
        <translation>der 1/t-Abfall</translation>
    </message>
    <message>
        <source>γ_t = γ₀ / (1 + decay·t): γ has halved at t = 1/decay</source>
        <translation>γ_t = γ₀ / (1 + decay·t): γ hat sich bei t = 1/decay halbiert</translation>
    </message>
    <message>
        <source>, T = the step limit</source>
        <translation>, T = die Schrittgrenze</translation>
    </message>
    <message>
        <source>{setting} must be a whole number of steps from 1 to {longest}, not {value}</source>
        <translation>{setting} muss eine ganze Zahl von Schritten von 1 bis {longest} sein, nicht {value}</translation>
    </message>
    <message>
        <source>{setting} must be a number above 0 and at most 1, not {value}</source>
        <translation>{setting} muss eine Zahl über 0 und höchstens 1 sein, nicht {value}</translation>
    </message>
    <message>
        <source>{setting} must be a number ≥ 0, not {value}</source>
        <translation>{setting} muss eine Zahl ≥ 0 sein, nicht {value}</translation>
    </message>
    <message>
        <source>{setting} is empty: type a number</source>
        <translation>{setting} ist leer: bitte eine Zahl eingeben</translation>
    </message>
    <message>
        <source>{setting} must be a number, not {text}</source>
        <translation>{setting} muss eine Zahl sein, nicht {text}</translation>
    </message>
    <message>
        <source>{setting} must be a finite number, not {text}</source>
        <translation>{setting} muss eine endliche Zahl sein, nicht {text}</translation>
    </message>
    <message>
        <source>{setting} must be a whole number of steps, not {text}</source>
        <translation>{setting} muss eine ganze Zahl von Schritten sein, nicht {text}</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>{name} is not a number JSON allows</source>
        <translation>{name} ist keine Zahl, die JSON erlaubt</translation>
    </message>
    <message>
        <source>the number {number} is too large</source>
        <translation>die Zahl {number} ist zu groß</translation>
    </message>
    <message>
        <source>a number has too many digits</source>
        <translation>eine Zahl hat zu viele Ziffern</translation>
    </message>
    <message>
        <source>the key &apos;{key}&apos; appears twice in one object</source>
        <translation>der Schlüssel &apos;{key}&apos; kommt in einem Objekt zweimal vor</translation>
    </message>
    <message>
        <source>the session file is too large to be a gdstudio session</source>
        <translation>die Sitzungsdatei ist zu groß für eine gdstudio-Sitzung</translation>
    </message>
    <message>
        <source>the lesson file is too large to be a gdstudio lesson</source>
        <translation>die Lektionsdatei ist zu groß für eine gdstudio-Lektion</translation>
    </message>
    <message>
        <source>the session file is not valid: {problem}</source>
        <translation>die Sitzungsdatei ist ungültig: {problem}</translation>
    </message>
    <message>
        <source>the lesson file is not valid: {problem}</source>
        <translation>die Lektionsdatei ist ungültig: {problem}</translation>
    </message>
    <message>
        <source>the session file is not valid JSON (line {line}, column {column})</source>
        <translation>die Sitzungsdatei ist kein gültiges JSON (Zeile {line}, Spalte {column})</translation>
    </message>
    <message>
        <source>the lesson file is not valid JSON (line {line}, column {column})</source>
        <translation>die Lektionsdatei ist kein gültiges JSON (Zeile {line}, Spalte {column})</translation>
    </message>
    <message>
        <source>the session file is not valid JSON</source>
        <translation>die Sitzungsdatei ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>the lesson file is not valid JSON</source>
        <translation>die Lektionsdatei ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>the session file is not UTF-8 text</source>
        <translation>die Sitzungsdatei ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>the lesson file is not UTF-8 text</source>
        <translation>die Lektionsdatei ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>{path} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>{field} must be an object with named fields</source>
        <translation>{field} muss ein Objekt mit benannten Feldern sein</translation>
    </message>
    <message>
        <source>{field} is not a field gdstudio knows</source>
        <translation>{field} ist kein Feld, das gdstudio kennt</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <source>must be between {low} and {high}, not {value}</source>
        <translation>muss zwischen {low} und {high} liegen, nicht {value}</translation>
    </message>
    <message>
        <source>must be a whole number from {low} to {high}</source>
        <translation>muss eine ganze Zahl von {low} bis {high} sein</translation>
    </message>
    <message>
        <source>must be one of {options}</source>
        <translation>muss eines von {options} sein</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>muss Text sein</translation>
    </message>
    <message>
        <source>must be text of at most {longest} characters</source>
        <translation>muss Text von höchstens {longest} Zeichen sein</translation>
    </message>
    <message>
        <source>must be a list of {count} numbers</source>
        <translation>muss eine Liste von {count} Zahlen sein</translation>
    </message>
    <message>
        <source>must hold finite numbers between {low} and {high}</source>
        <translation>muss endliche Zahlen zwischen {low} und {high} enthalten</translation>
    </message>
    <message>
        <source>is not valid: {error}</source>
        <translation>ist ungültig: {error}</translation>
    </message>
    <message>
        <source>must map names to numbers</source>
        <translation>muss Namen auf Zahlen abbilden</translation>
    </message>
    <message>
        <source>must be between 0 and 1 (exclusive), not {value}</source>
        <translation>muss zwischen 0 und 1 liegen (ausschließlich), nicht {value}</translation>
    </message>
    <message>
        <source>must be larger than c1 ({c1}), not {c2}</source>
        <translation>muss größer als c1 ({c1}) sein, nicht {c2}</translation>
    </message>
    <message>
        <source>{rule} pairs with a direction ({searchable}), not with {optimizer}</source>
        <translation>{rule} gehört zu einer Richtung ({searchable}), nicht zu {optimizer}</translation>
    </message>
    <message>
        <source>pairs with the fixed-γ rules only (a line search needs the true gradient)</source>
        <translation>passt nur zu den Regeln mit festem γ (eine Liniensuche braucht den wahren Gradienten)</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be &quot;{epoch}&quot; or a whole number from 1 to {shown_draws}</source>
        <translation>muss &quot;{epoch}&quot; oder eine ganze Zahl von 1 bis {shown_draws} sein</translation>
    </message>
    <message>
        <source>{section} needs either a task ({tasks}) or a file, and not both</source>
        <translation>{section} braucht entweder eine Aufgabe ({tasks}) oder eine Datei, nicht beides</translation>
    </message>
    <message>
        <source>is for a CSV file, not a built-in task</source>
        <translation>ist für eine CSV-Datei, nicht für eine eingebaute Aufgabe</translation>
    </message>
    <message>
        <source>must name a CSV file</source>
        <translation>muss eine CSV-Datei nennen</translation>
    </message>
    <message>
        <source>is for a built-in task, not a CSV file</source>
        <translation>ist für eine eingebaute Aufgabe, nicht für eine CSV-Datei</translation>
    </message>
    <message>
        <source>must be {class_target}, {value_target} or null (guessed from the column)</source>
        <translation>muss {class_target}, {value_target} oder null sein (aus der Spalte erraten)</translation>
    </message>
    <message>
        <source>must be a list of at most {hidden_layers} layer widths from 1 to {width}</source>
        <translation>muss eine Liste von höchstens {hidden_layers} Schichtbreiten von 1 bis {width} sein</translation>
    </message>
    <message>
        <source>must be ce (cross-entropy), mse (squared error) or null (the task&apos;s kind decides)</source>
        <translation>muss ce (Kreuzentropie), mse (quadratischer Fehler) oder null sein (die Art der Aufgabe entscheidet)</translation>
    </message>
    <message>
        <source>must be one a network trains with ({network_optimizers}), not {optimizer}</source>
        <translation>muss einer sein, mit dem ein Netz trainiert ({network_optimizers}), nicht {optimizer}</translation>
    </message>
    <message>
        <source>pairs with gd or lbfgs, not with {optimizer}</source>
        <translation>passt zu gd oder lbfgs, nicht zu {optimizer}</translation>
    </message>
    <message>
        <source>needs the full batch (batch_size null)</source>
        <translation>braucht den ganzen Batch (batch_size null)</translation>
    </message>
    <message>
        <source>must be a list of 1 to {race_runs} runs</source>
        <translation>muss eine Liste von 1 bis {race_runs} Läufen sein</translation>
    </message>
    <message>
        <source>must be a colour written &quot;#rrggbb&quot; or null</source>
        <translation>muss eine Farbe der Form &quot;#rrggbb&quot; oder null sein</translation>
    </message>
    <message>
        <source>({lr_min}) must not be larger than lr_max ({lr_max})</source>
        <translation>({lr_min}) darf nicht größer als lr_max ({lr_max}) sein</translation>
    </message>
    <message>
        <source>this is not a gdstudio session: the file must hold a JSON object</source>
        <translation>das ist keine gdstudio-Sitzung: die Datei muss ein JSON-Objekt enthalten</translation>
    </message>
    <message>
        <source>this is not a gdstudio session (its format is not gdstudio-session)</source>
        <translation>das ist keine gdstudio-Sitzung (ihr Format ist nicht gdstudio-session)</translation>
    </message>
    <message>
        <source>the session has no valid version</source>
        <translation>die Sitzung hat keine gültige Version</translation>
    </message>
    <message>
        <source>the session was written by a newer gdstudio (version {version}); update gdstudio to open it</source>
        <translation>die Sitzung wurde von einem neueren gdstudio geschrieben (Version {version}); aktualisieren Sie gdstudio, um sie zu öffnen</translation>
    </message>
    <message>
        <source>unknown session version {version}</source>
        <translation>unbekannte Sitzungsversion {version}</translation>
    </message>
</context>
<context>
    <name>SidePanels</name>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Show settings</source>
        <translation>Einstellungen zeigen</translation>
    </message>
    <message>
        <source>Show the settings column beside the plots ({shortcut})</source>
        <translation>Die Einstellungsspalte neben den Diagrammen zeigen ({shortcut})</translation>
    </message>
    <message>
        <source>Settings hidden to give the plots room at {percent} %.</source>
        <translation>Einstellungen ausgeblendet, damit die Diagramme bei {percent} % Platz haben.</translation>
    </message>
</context>
<context>
    <name>StartFigure</name>
    <message>
        <source>{optimizer}, γ = {learning_rate}{schedule}, from {start}  ·  t = 0</source>
        <translation>{optimizer}, γ = {learning_rate}{schedule}, ab {start}  ·  t = 0</translation>
    </message>
</context>
<context>
    <name>StepPanel</name>
    <message>
        <source>velocity b</source>
        <translation>Geschwindigkeit b</translation>
    </message>
    <message>
        <source>per-coordinate scale 1/(√v + ε)</source>
        <translation>Skalierung je Koordinate 1/(√v + ε)</translation>
    </message>
    <message>
        <source>gradient average m</source>
        <translation>Gradientenmittel m</translation>
    </message>
    <message>
        <source>squared-gradient average v</source>
        <translation>Mittel der quadrierten Gradienten v</translation>
    </message>
    <message>
        <source>sum of squared gradients s</source>
        <translation>Summe der quadrierten Gradienten s</translation>
    </message>
    <message>
        <source>H used</source>
        <translation>verwendetes H</translation>
    </message>
    <message>
        <source>previous direction d</source>
        <translation>vorige Richtung d</translation>
    </message>
    <message>
        <source>d = −H&lt;sub&gt;{t}&lt;/sub&gt;∇f(w&lt;sub&gt;{t}&lt;/sub&gt;) (two-loop recursion over the stored pairs)</source>
        <translation>d = −H&lt;sub&gt;{t}&lt;/sub&gt;∇f(w&lt;sub&gt;{t}&lt;/sub&gt;) (Zwei-Schleifen-Rekursion über die gespeicherten Paare)</translation>
    </message>
    <message>
        <source>backtracking</source>
        <translation>Backtracking</translation>
    </message>
    <message>
        <source>strong Wolfe</source>
        <translation>starkes Wolfe</translation>
    </message>
    <message>
        <source>exact search</source>
        <translation>exakte Suche</translation>
    </message>
    <message>
        <source>&lt;b&gt;Step {step}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Schritt {step}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>loss f: {before} → {after} &amp;nbsp;({arrow} {change}) &amp;nbsp; ‖∇f‖ = {norm}</source>
        <translation>Verlust f: {before} → {after} &amp;nbsp;({arrow} {change}) &amp;nbsp; ‖∇f‖ = {norm}</translation>
    </message>
    <message>
        <source>stored pairs (s, y), oldest first ({count}):</source>
        <translation>gespeicherte Paare (s, y), älteste zuerst ({count}):</translation>
    </message>
    <message>
        <source>&lt;b&gt;Start&lt;/b&gt; (t = 0)</source>
        <translation>&lt;b&gt;Start&lt;/b&gt; (t = 0)</translation>
    </message>
    <message>
        <source>The gradient points uphill; each step goes the other way: w ← w − γ∇f(w).</source>
        <translation>Der Gradient zeigt bergauf; jeder Schritt geht in die Gegenrichtung: w ← w − γ∇f(w).</translation>
    </message>
    <message>
        <source>This long run is kept every {stride} steps, so the update into this step is not stored.</source>
        <translation>Dieser lange Lauf wird nur alle {stride} Schritte gespeichert, daher fehlt das Update, das zu diesem Schritt führte.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stopped:&lt;/b&gt; {reason}</source>
        <translation>&lt;b&gt;Beendet:&lt;/b&gt; {reason}</translation>
    </message>
</context>
<context>
    <name>StudioTab</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
</context>
<context>
    <name>SurfaceTab</name>
    <message>
        <source>The Function tab&apos;s run</source>
        <translation>Lauf im Tab „Funktion“</translation>
    </message>
    <message>
        <source>The Compare tab&apos;s race</source>
        <translation>Wettlauf im Tab „Vergleich“</translation>
    </message>
    <message>
        <source>the Function tab&apos;s run</source>
        <translation>den Lauf im Tab „Funktion“</translation>
    </message>
    <message>
        <source>the Compare tab&apos;s race</source>
        <translation>den Wettlauf im Tab „Vergleich“</translation>
    </message>
    <message>
        <source>The path, in orange, runs from the start (yellow) to the current point (white).</source>
        <translation>Der Pfad (orange) führt vom Start (gelb) zum aktuellen Punkt (weiß).</translation>
    </message>
    <message>
        <source>The race&apos;s runs, in their colours, each run from the start (yellow) to its current point.</source>
        <translation>Die Läufe des Wettlaufs, jeder in seiner Farbe, führen vom Start (gelb) zu ihrem aktuellen Punkt.</translation>
    </message>
    <message>
        <source>The Compare tab has no race on this function: press “Take function and start from the Function tab” there to race on it.</source>
        <translation>Der Tab „Vergleich“ hat keinen Wettlauf auf dieser Funktion: Klicken Sie dort auf „Funktion und Start aus dem Tab Funktion übernehmen“, um auf ihr zu vergleichen.</translation>
    </message>
    <message>
        <source>3-D surface</source>
        <translation>3-D-Fläche</translation>
    </message>
    <message>
        <source>which paths lie on the surface</source>
        <translation>welche Pfade auf der Fläche liegen</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <source>Reset the camera</source>
        <translation>Kamera zurücksetzen</translation>
    </message>
</context>
<context>
    <name>SurfaceView</name>
    <message>
        <source>The 3-D view needs PyOpenGL, the optional &apos;3d&apos; extra: pip install &apos;gdstudio[3d]&apos;. Everything else works without it.</source>
        <translation>Die 3-D-Ansicht braucht PyOpenGL, das optionale Extra &apos;3d&apos;: pip install &apos;gdstudio[3d]&apos;. Alles andere funktioniert ohne.</translation>
    </message>
    <message>
        <source>The 3-D view needs OpenGL, and this display cannot provide it ({platform}). Everything else works without it.</source>
        <translation>Die 3-D-Ansicht braucht OpenGL, und diese Anzeige kann es nicht bereitstellen ({platform}). Alles andere funktioniert ohne.</translation>
    </message>
    <message>
        <source>Qt platform &apos;{name}&apos;</source>
        <translation>Qt-Plattform &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Reset camera</source>
        <translation>Kamera zurücksetzen</translation>
    </message>
    <message>
        <source>look from where the whole path shows (W)</source>
        <translation>von dort aus blicken, wo der ganze Pfad zu sehen ist (W)</translation>
    </message>
    <message>
        <source>the Function tab&apos;s run</source>
        <translation>den Lauf im Tab „Funktion“</translation>
    </message>
    <message>
        <source>surface of f(x, y) in 3-D with the descent paths</source>
        <translation>Fläche von f(x, y) in 3-D mit den Abstiegspfaden</translation>
    </message>
    <message>
        <source>drag to turn, wheel to zoom; Space, → and R play, step and reset {what}</source>
        <translation>Ziehen dreht, Mausrad zoomt; Leertaste, → und R: {what} abspielen, schrittweise ausführen, zurücksetzen</translation>
    </message>
    <message>
        <source>The height is {shade}, clipped to the contour&apos;s colour range.</source>
        <translation>Die Höhe ist {shade}, begrenzt auf den Farbbereich der Höhenlinien.</translation>
    </message>
</context>
<context>
    <name>Sweep</name>
    <message>
        <source>{count} learning rate from {low} to {high}: {converged} converged, {limit} stopped at the step limit, {diverged} diverged</source>
        <translation>{count} Lernrate von {low} bis {high}: {converged} konvergiert, {limit} an der Schrittgrenze angehalten, {diverged} divergiert</translation>
    </message>
    <message>
        <source>{count} learning rates from {low} to {high}: {converged} converged, {limit} stopped at the step limit, {diverged} diverged</source>
        <translation>{count} Lernraten von {low} bis {high}: {converged} konvergiert, {limit} an der Schrittgrenze angehalten, {diverged} divergiert</translation>
    </message>
    <message>
        <source>, {undefined} undefined (stopped where f or ∇f is not a real number; at γ = {rate}: {why})</source>
        <translation>, {undefined} undefiniert (angehalten, wo f oder ∇f keine reelle Zahl ist; bei γ = {rate}: {why})</translation>
    </message>
    <message>
        <source>, {undefined} undefined (stopped where f or ∇f is not a real number)</source>
        <translation>, {undefined} undefiniert (angehalten, wo f oder ∇f keine reelle Zahl ist)</translation>
    </message>
    <message>
        <source>; divergence starts between γ = {low} and {high}</source>
        <translation>; Divergenz beginnt zwischen γ = {low} und {high}</translation>
    </message>
</context>
<context>
    <name>SweepDrawing</name>
    <message>
        <source>learning rate γ (log scale)</source>
        <translation>Lernrate γ (logarithmisch)</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>final loss f(w_T) (log scale)</source>
        <translation>Endverlust f(w_T) (logarithmisch)</translation>
    </message>
    <message>
        <source>final loss f(w_T)</source>
        <translation>Endverlust f(w_T)</translation>
    </message>
    <message>
        <source>converged</source>
        <translation>konvergiert</translation>
    </message>
    <message>
        <source>step limit reached</source>
        <translation>Schrittgrenze erreicht</translation>
    </message>
    <message>
        <source>diverged (off the scale)</source>
        <translation>divergiert (außerhalb der Skala)</translation>
    </message>
    <message>
        <source>undefined (left f&apos;s domain)</source>
        <translation>undefiniert (Definitionsbereich von f verlassen)</translation>
    </message>
    <message>
        <source>steps to converge</source>
        <translation>Schritte bis zur Konvergenz</translation>
    </message>
    <message>
        <source>stopped at the step limit</source>
        <translation>an der Schrittgrenze gestoppt</translation>
    </message>
    <message>
        <source>steps until it diverged</source>
        <translation>Schritte bis zur Divergenz</translation>
    </message>
    <message>
        <source>steps until f was undefined</source>
        <translation>Schritte, bis f undefiniert war</translation>
    </message>
    <message>
        <source>stable limit = {value}</source>
        <translation>Stabilitätsgrenze = {value}</translation>
    </message>
</context>
<context>
    <name>TimelineBar</name>
    <message>
        <source>timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>timeline: the step shown</source>
        <translation>Zeitleiste: der angezeigte Schritt</translation>
    </message>
    <message>
        <source>drag to look at any stored step (← → one step, Home and End the first and the latest)</source>
        <translation>ziehen, um jeden gespeicherten Schritt anzusehen (← → ein Schritt, Pos1 und Ende der erste und der neueste)</translation>
    </message>
    <message>
        <source>t = {t} (latest)</source>
        <translation>t = {t} (neuester)</translation>
    </message>
    <message>
        <source>t = {t} / {last}</source>
        <translation>t = {t} / {last}</translation>
    </message>
</context>
<context>
    <name>WeightPlot</name>
    <message>
        <source>loss L(w) on a plane of weight space with the path</source>
        <translation>Verlust L(w) auf einer Ebene des Gewichtsraums mit dem Pfad</translation>
    </message>
    <message>
        <source>least-squares (w*, b*)</source>
        <translation>kleinste Quadrate (w*, b*)</translation>
    </message>
    <message>
        <source>log₁₀(L − min L) on the slice</source>
        <translation>log₁₀(L − min L) auf dem Schnitt</translation>
    </message>
    <message>
        <source>L on the slice</source>
        <translation>L auf dem Schnitt</translation>
    </message>
</context>
<context>
    <name>WorkerFailure</name>
    <message>
        <source>The run stopped at step {step} because of an unexpected error in gdstudio ({detail}); Reset starts it again, and the details are printed in the terminal.</source>
        <translation>Der Lauf wurde bei Schritt {step} durch einen unerwarteten Fehler in gdstudio beendet ({detail}); Zurücksetzen startet ihn erneut; die Einzelheiten stehen im Terminal.</translation>
    </message>
    <message>
        <source>The run stopped because of an unexpected error in gdstudio ({detail}); Reset starts it again, and the details are printed in the terminal.</source>
        <translation>Der Lauf wurde durch einen unerwarteten Fehler in gdstudio beendet ({detail}); Zurücksetzen startet ihn erneut; die Einzelheiten stehen im Terminal.</translation>
    </message>
    <message>
        <source>The race stopped at step {step} because of an unexpected error in gdstudio ({detail}); Reset starts it again, and the details are printed in the terminal.</source>
        <translation>Der Wettlauf wurde bei Schritt {step} durch einen unerwarteten Fehler in gdstudio beendet ({detail}); Zurücksetzen startet ihn erneut; die Einzelheiten stehen im Terminal.</translation>
    </message>
    <message>
        <source>The race stopped because of an unexpected error in gdstudio ({detail}); Reset starts it again, and the details are printed in the terminal.</source>
        <translation>Der Wettlauf wurde durch einen unerwarteten Fehler in gdstudio beendet ({detail}); Zurücksetzen startet ihn erneut; die Einzelheiten stehen im Terminal.</translation>
    </message>
    <message>
        <source>The sweep stopped at step {step} because of an unexpected error in gdstudio ({detail}); Reset starts it again, and the details are printed in the terminal.</source>
        <translation>Der γ-Durchlauf wurde bei Schritt {step} durch einen unerwarteten Fehler in gdstudio beendet ({detail}); Zurücksetzen startet ihn erneut; die Einzelheiten stehen im Terminal.</translation>
    </message>
    <message>
        <source>The sweep stopped because of an unexpected error in gdstudio ({detail}); Reset starts it again, and the details are printed in the terminal.</source>
        <translation>Der γ-Durchlauf wurde durch einen unerwarteten Fehler in gdstudio beendet ({detail}); Zurücksetzen startet ihn erneut; die Einzelheiten stehen im Terminal.</translation>
    </message>
</context>
</TS>
