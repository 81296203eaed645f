<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>CompareTab</name>
    <message>
        <source>fixed</source>
        <translation>fijo</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exacto</translation>
    </message>
    <message>
        <source>preset races</source>
        <translation>carreras predefinidas</translation>
    </message>
    <message>
        <source>Preset races…</source>
        <translation>Carreras predefinidas…</translation>
    </message>
    <message>
        <source>A race to start from: it sets the Function tab&apos;s f and start and the race&apos;s runs</source>
        <translation>Una carrera desde la que empezar: fija la f y el punto inicial de la pestaña Función y las ejecuciones de la carrera</translation>
    </message>
    <message>
        <source>the race&apos;s runs, one a row</source>
        <translation>las ejecuciones de la carrera, una por fila</translation>
    </message>
    <message>
        <source>step size</source>
        <translation>paso α</translation>
    </message>
    <message>
        <source>σ: the run&apos;s updates use ∇f + σξ, ξ standard normal (run i&apos;s noise seeded with i); 0 for the plain run</source>
        <translation>σ: las actualizaciones de la ejecución usan ∇f + σξ, con ξ normal estándar (el ruido de la ejecución i con semilla i); 0 para la ejecución sin ruido</translation>
    </message>
    <message>
        <source>the run&apos;s step size α: the fixed γ, or a line search that starts each step at α₀ = γ (backtracking until f falls enough, a strong-Wolfe search, or the minimiser along the direction); for gradient descent, Newton, BFGS, L-BFGS and conjugate gradients</source>
        <translation>el tamaño de paso α de la ejecución: la γ fija, o una búsqueda lineal que empieza cada paso en α₀ = γ (retroceso hasta que f baje lo suficiente, una búsqueda de Wolfe fuerte o el minimizador a lo largo de la dirección); para descenso de gradiente, Newton, BFGS, L-BFGS y gradientes conjugados</translation>
    </message>
    <message>
        <source>Animated GIF (*.gif)</source>
        <translation>GIF animado (*.gif)</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation>Vídeo MP4 (*.mp4)</translation>
    </message>
    <message>
        <source>Race as animated GIF</source>
        <translation>Carrera como GIF animado</translation>
    </message>
    <message>
        <source>Race as MP4 video</source>
        <translation>Carrera como vídeo MP4</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Export race as an animation</source>
        <translation>Exportar la carrera como animación</translation>
    </message>
    <message>
        <source>Log-scale loss</source>
        <translation>Pérdida en escala logarítmica</translation>
    </message>
    <message>
        <source>Take function and start from the Function tab</source>
        <translation>Tomar la función y el punto inicial de la pestaña Función</translation>
    </message>
    <message>
        <source>Race: runs side by side</source>
        <translation>Carrera: ejecuciones lado a lado</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>optimizador</translation>
    </message>
    <message>
        <source>start x, y</source>
        <translation>inicio x, y</translation>
    </message>
    <message>
        <source>the run&apos;s colour: click to choose another</source>
        <translation>color de la ejecución: haga clic para elegir otro</translation>
    </message>
    <message>
        <source>Click the contour to move the start of the selected runs (of all, when none is selected).</source>
        <translation>Haga clic en las curvas de nivel para mover el inicio de las ejecuciones seleccionadas (de todas, si no hay ninguna seleccionada).</translation>
    </message>
    <message>
        <source>Add run</source>
        <translation>Añadir ejecución</translation>
    </message>
    <message>
        <source>Remove run</source>
        <translation>Quitar ejecución</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Race playback</source>
        <translation>Reproducción de la carrera</translation>
    </message>
    <message>
        <source>Export race as GIF or MP4…</source>
        <translation>Exportar la carrera como GIF o MP4…</translation>
    </message>
    <message>
        <source>log-scale loss</source>
        <translation>pérdida en escala logarítmica</translation>
    </message>
    <message>
        <source>What each run carries</source>
        <translation>Lo que lleva cada ejecución</translation>
    </message>
    <message>
        <source>What each optimizer carries into its next step. velocity b: the momentum buffer the next step carries in; 1/(√v + ε): the factor by which an adaptive optimizer divides each coordinate of its step; Δw: the next step itself. The white arrows on the contour are −γb where the optimizer has a velocity (momentum, Nesterov) and Δw for the adaptive ones (AdaGrad, RMSProp, Adam). For a run with a line search, or Newton, BFGS, L-BFGS and conjugate gradients, the arrow is the next direction d times the first step size the search will try, α₀.</source>
        <translation>Lo que cada optimizador lleva a su siguiente paso. velocidad b: el búfer de momento que lleva el siguiente paso; 1/(√v + ε): el factor por el que un optimizador adaptativo divide cada coordenada de su paso; Δw: el siguiente paso en sí. Las flechas blancas sobre las curvas de nivel son −γb donde el optimizador tiene una velocidad (momento, Nesterov) y Δw para los adaptativos (AdaGrad, RMSProp, Adam). Para una ejecución con búsqueda lineal, o con Newton, BFGS, L-BFGS y gradientes conjugados, la flecha es la siguiente dirección d por el primer tamaño de paso que probará la búsqueda, α₀.</translation>
    </message>
    <message>
        <source>How many times each run has evaluated f, its gradient ∇f and its Hessian H: a line search tries several step sizes a step, so a fair race compares evaluations, not steps.</source>
        <translation>Cuántas veces ha evaluado cada ejecución f, su gradiente ∇f y su hessiana H: una búsqueda lineal prueba varios tamaños de paso en cada paso, así que una carrera justa compara evaluaciones, no pasos.</translation>
    </message>
    <message>
        <source>Sweep: which γ works?</source>
        <translation>Barrido: ¿qué γ funciona?</translation>
    </message>
    <message>
        <source>smallest γ</source>
        <translation>γ mínima</translation>
    </message>
    <message>
        <source>largest γ</source>
        <translation>γ máxima</translation>
    </message>
    <message>
        <source>values</source>
        <translation>valores</translation>
    </message>
    <message>
        <source>Run sweep</source>
        <translation>Ejecutar barrido</translation>
    </message>
    <message>
        <source>Uses the Function tab&apos;s optimizer, start, step limit and tolerance. Click a point to use its γ.</source>
        <translation>Usa el optimizador, el punto inicial, el límite de pasos y la tolerancia de la pestaña Función. Haga clic en un punto para usar su γ.</translation>
    </message>
    <message>
        <source>contour of f(x, y) with the race&apos;s paths</source>
        <translation>curvas de nivel de f(x, y) con las trayectorias de la carrera</translation>
    </message>
    <message>
        <source>loss of each run of the race against the step t</source>
        <translation>pérdida de cada ejecución de la carrera frente al paso t</translation>
    </message>
    <message>
        <source>the sweep&apos;s final loss against γ</source>
        <translation>pérdida final del barrido frente a γ</translation>
    </message>
    <message>
        <source>the sweep&apos;s steps to converge against γ</source>
        <translation>pasos hasta converger del barrido frente a γ</translation>
    </message>
    <message>
        <source>Race</source>
        <translation>Carrera</translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation>Barrido</translation>
    </message>
    <message>
        <source>the run&apos;s optimizer</source>
        <translation>optimizador de la ejecución</translation>
    </message>
    <message>
        <source>the run&apos;s step size: the fixed γ, or a line search starting at α₀ = γ</source>
        <translation>tamaño de paso de la ejecución: la γ fija, o una búsqueda lineal que empieza en α₀ = γ</translation>
    </message>
    <message>
        <source>the run&apos;s step size</source>
        <translation>tamaño de paso de la ejecución</translation>
    </message>
    <message>
        <source>the run&apos;s learning rate γ</source>
        <translation>tasa de aprendizaje γ de la ejecución</translation>
    </message>
    <message>
        <source>the run&apos;s start x, y</source>
        <translation>inicio x, y de la ejecución</translation>
    </message>
    <message>
        <source>choose this run&apos;s colour</source>
        <translation>elegir el color de esta ejecución</translation>
    </message>
    <message>
        <source>the run&apos;s colour</source>
        <translation>color de la ejecución</translation>
    </message>
    <message>
        <source>σ of the gradient noise: the run&apos;s updates use ∇f + σξ (fixed-γ optimizers only)</source>
        <translation>σ del ruido del gradiente: las actualizaciones de la ejecución usan ∇f + σξ (solo optimizadores con γ fija)</translation>
    </message>
    <message>
        <source>the run&apos;s gradient noise σ</source>
        <translation>ruido del gradiente σ de la ejecución</translation>
    </message>
    <message>
        <source>Gradient noise pairs with the fixed-γ optimizers: a line search or a direction needs the true gradient.</source>
        <translation>El ruido del gradiente va con los optimizadores de γ fija: una búsqueda lineal o una dirección necesita el gradiente verdadero.</translation>
    </message>
    <message>
        <source>A race takes at most {count} runs here.</source>
        <translation>Aquí una carrera admite como máximo {count} ejecuciones.</translation>
    </message>
    <message>
        <source>A race needs at least one run.</source>
        <translation>Una carrera necesita al menos una ejecución.</translation>
    </message>
    <message>
        <source>A start point must lie between {low} and {high}.</source>
        <translation>Un punto inicial debe estar entre {low} y {high}.</translation>
    </message>
    <message>
        <source>Run colour</source>
        <translation>Color de la ejecución</translation>
    </message>
    <message>
        <source>The function changed: run the sweep again for the new one.</source>
        <translation>La función ha cambiado: vuelva a ejecutar el barrido para la nueva.</translation>
    </message>
    <message>
        <source>f(x, y) = {function}. The sweep uses the Function tab&apos;s start ({start}) and optimizer ({optimizer}).</source>
        <translation>f(x, y) = {function}. El barrido usa el punto inicial ({start}) y el optimizador ({optimizer}) de la pestaña Función.</translation>
    </message>
    <message>
        <source>The race starts again from t = 0: replaying its {steps} steps would take too long.</source>
        <translation>La carrera empieza de nuevo en t = 0: volver a reproducir sus {steps} pasos llevaría demasiado tiempo.</translation>
    </message>
    <message>
        <source>Play continues the race from its latest step, t = {t}.</source>
        <translation>Reproducir continúa la carrera desde su último paso, t = {t}.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Every run has stopped: press Reset (R) to race again.</source>
        <translation>Todas las ejecuciones se han detenido: pulse Reiniciar (R) para repetir la carrera.</translation>
    </message>
    <message>
        <source>stopped by an error</source>
        <translation>detenida por un error</translation>
    </message>
    <message>
        <source>the race&apos;s paths on the contour of f(x, y): {runs}</source>
        <translation>las trayectorias de la carrera sobre las curvas de nivel de f(x, y): {runs}</translation>
    </message>
    <message>
        <source>loss of each run against the step t: {runs}</source>
        <translation>pérdida de cada ejecución frente al paso t: {runs}</translation>
    </message>
    <message>
        <source>&lt;i&gt;At the latest step, t = {latest} (the timeline shows t = {shown}):&lt;/i&gt;</source>
        <translation>&lt;i&gt;En el último paso, t = {latest} (la línea de tiempo muestra t = {shown}):&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Evaluations&lt;/b&gt; (the cost of a step with a line search):</source>
        <translation>&lt;b&gt;Evaluaciones&lt;/b&gt; (el coste de un paso con búsqueda lineal):</translation>
    </message>
    <message>
        <source>Cancel sweep</source>
        <translation>Cancelar barrido</translation>
    </message>
    <message>
        <source>Sweep cancelled.</source>
        <translation>Barrido cancelado.</translation>
    </message>
    <message>
        <source>The smallest γ must be below the largest.</source>
        <translation>La γ mínima debe ser menor que la máxima.</translation>
    </message>
    <message>
        <source>Running {count} learning rates in lockstep…</source>
        <translation>Ejecutando {count} tasas de aprendizaje al unísono…</translation>
    </message>
    <message>
        <source>{summary}.
The curvature at ({point}): {note}</source>
        <translation>{summary}.
La curvatura en ({point}): {note}</translation>
    </message>
</context>
<context>
    <name>ContourPlot</name>
    <message>
        <source>contour of f(x, y) with the descent path</source>
        <translation>curvas de nivel de f(x, y) con la trayectoria del descenso</translation>
    </message>
</context>
<context>
    <name>DataPlot</name>
    <message>
        <source>the data with the network&apos;s output</source>
        <translation>los datos con la salida de la red</translation>
    </message>
    <message>
        <source>train</source>
        <translation>entrenamiento</translation>
    </message>
    <message>
        <source>test</source>
        <translation>prueba</translation>
    </message>
    <message>
        <source>{target} (points), f_w (field)</source>
        <translation>{target} (puntos), f_w (campo)</translation>
    </message>
</context>
<context>
    <name>Descent</name>
    <message>
        <source>the start point must be finite numbers</source>
        <translation>el punto inicial debe estar formado por números finitos</translation>
    </message>
    <message>
        <source>the learning rate must be a positive number, not {value}</source>
        <translation>la tasa de aprendizaje debe ser un número positivo, no {value}</translation>
    </message>
    <message>
        <source>the step limit must be a whole number from 0 to {limit}</source>
        <translation>el límite de pasos debe ser un número entero de 0 a {limit}</translation>
    </message>
    <message>
        <source>the tolerance must be a number ≥ 0</source>
        <translation>la tolerancia debe ser un número ≥ 0</translation>
    </message>
    <message>
        <source>the gradient noise σ must be a number</source>
        <translation>el ruido del gradiente σ debe ser un número</translation>
    </message>
    <message>
        <source>the gradient noise σ must be a finite number ≥ 0, not {value}</source>
        <translation>el ruido del gradiente σ debe ser un número finito ≥ 0, no {value}</translation>
    </message>
    <message>
        <source>the noise seed must be a whole number ≥ 0, not {value}</source>
        <translation>la semilla del ruido debe ser un número entero ≥ 0, no {value}</translation>
    </message>
    <message>
        <source>gradient noise pairs with the fixed-γ rules: a line search or a second-order direction needs the true gradient</source>
        <translation>el ruido del gradiente solo va con las reglas de γ fijo: una búsqueda lineal o una dirección de segundo orden necesita el gradiente verdadero</translation>
    </message>
    <message>
        <source>{optimizer} makes its whole step with the fixed γ: a line search pairs with a direction ({directions})</source>
        <translation>{optimizer} da su paso completo con el γ fijo: una búsqueda lineal va con una dirección ({directions})</translation>
    </message>
    <message>
        <source>{optimizer} needs the Hessian of f, which only a typed function f(x, y) has</source>
        <translation>{optimizer} necesita la hessiana de f, que solo tiene una función escrita f(x, y)</translation>
    </message>
    <message>
        <source>restart: d was not a descent direction (∇fᵀd = {slope} ≥ 0), so d = −∇f</source>
        <translation>reinicio: d no era una dirección de descenso (∇fᵀd = {slope} ≥ 0), así que d = −∇f</translation>
    </message>
    <message>
        <source>d is not a descent direction ({reason})</source>
        <translation>d no es una dirección de descenso ({reason})</translation>
    </message>
</context>
<context>
    <name>Directions</name>
    <message>
        <source>BFGS update skipped: yᵀs = {curvature} ≤ 0 (no positive curvature along the step)</source>
        <translation>actualización BFGS omitida: yᵀs = {curvature} ≤ 0 (sin curvatura positiva a lo largo del paso)</translation>
    </message>
    <message>
        <source>the memory m must be a whole number, not {value}</source>
        <translation>la memoria m debe ser un número entero, no {value}</translation>
    </message>
    <message>
        <source>pair not stored: yᵀs = {curvature} ≤ 10⁻¹⁰</source>
        <translation>par no guardado: yᵀs = {curvature} ≤ 10⁻¹⁰</translation>
    </message>
    <message>
        <source>restart: −∇f + βd_prev (β = {beta}) is not a descent direction, so d = −∇f</source>
        <translation>reinicio: −∇f + βd_prev (β = {beta}) no es una dirección de descenso, así que d = −∇f</translation>
    </message>
    <message>
        <source>the Hessian is not a number here</source>
        <translation>la hessiana no es un número aquí</translation>
    </message>
    <message>
        <source>H is singular (eigenvalues {eigenvalues}): modified Newton uses max(|λ|, δ) = {used}, so d points downhill</source>
        <translation>H es singular (autovalores {eigenvalues}): Newton modificado usa max(|λ|, δ) = {used}, así d apunta cuesta abajo</translation>
    </message>
    <message>
        <source>H is not positive definite (eigenvalues {eigenvalues}): modified Newton uses max(|λ|, δ) = {used}, so d points downhill</source>
        <translation>H no es definida positiva (autovalores {eigenvalues}): Newton modificado usa max(|λ|, δ) = {used}, así d apunta cuesta abajo</translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <source>no acceptable step size was found</source>
        <translation>no se encontró un tamaño de paso aceptable</translation>
    </message>
    <message>
        <source>the line search failed at step {step}: {note}</source>
        <translation>la búsqueda lineal falló en el paso {step}: {note}</translation>
    </message>
    <message>
        <source>d is not a descent direction</source>
        <translation>d no es una dirección de descenso</translation>
    </message>
    <message>
        <source>stopped before step {step}: {note}</source>
        <translation>detenido antes del paso {step}: {note}</translation>
    </message>
    <message>
        <source>{reason}, at the start</source>
        <translation>{reason}, al inicio</translation>
    </message>
    <message>
        <source>{reason}, at step {step}</source>
        <translation>{reason}, en el paso {step}</translation>
    </message>
    <message>
        <source>undefined at the start: f or ∇f is not a real number there</source>
        <translation>indefinido al inicio: f o ∇f no es un número real allí</translation>
    </message>
    <message>
        <source>undefined at step {step}: f or ∇f is not a real number there</source>
        <translation>indefinido en el paso {step}: f o ∇f no es un número real allí</translation>
    </message>
    <message>
        <source>converged at step {step}: the gradient is all but zero (‖∇f‖ = {norm} &lt; {tolerance}) — but this is a saddle point, not a minimum</source>
        <translation>convergió en el paso {step}: el gradiente es casi cero (‖∇f‖ = {norm} &lt; {tolerance}), pero esto es un punto de silla, no un mínimo</translation>
    </message>
    <message>
        <source>converged at step {step}: the gradient is all but zero (‖∇f‖ = {norm} &lt; {tolerance}) — but this is a maximum</source>
        <translation>convergió en el paso {step}: el gradiente es casi cero (‖∇f‖ = {norm} &lt; {tolerance}), pero esto es un máximo</translation>
    </message>
    <message>
        <source>converged at step {step}: the gradient is all but zero (‖∇f‖ = {norm} &lt; {tolerance}) — the surface is flat here, it may not be a minimum</source>
        <translation>convergió en el paso {step}: el gradiente es casi cero (‖∇f‖ = {norm} &lt; {tolerance}); la superficie es plana aquí, puede que no sea un mínimo</translation>
    </message>
    <message>
        <source>converged at step {step}: the gradient is all but zero (‖∇f‖ = {norm} &lt; {tolerance}): a local minimum</source>
        <translation>convergió en el paso {step}: el gradiente es casi cero (‖∇f‖ = {norm} &lt; {tolerance}): un mínimo local</translation>
    </message>
    <message>
        <source>converged at step {step}: the gradient is all but zero (‖∇f‖ = {norm} &lt; {tolerance})</source>
        <translation>convergió en el paso {step}: el gradiente es casi cero (‖∇f‖ = {norm} &lt; {tolerance})</translation>
    </message>
    <message>
        <source>stopped at the step limit ({limit} steps) before the gradient reached zero (‖∇f‖ = {norm})</source>
        <translation>detenido en el límite de pasos ({limit} pasos) antes de que el gradiente llegara a cero (‖∇f‖ = {norm})</translation>
    </message>
    <message>
        <source>diverged at step {step}: f decreases without bound in this direction (no minimum there)</source>
        <translation>divergió en el paso {step}: f decrece sin límite en esta dirección (no hay mínimo allí)</translation>
    </message>
    <message>
        <source>diverged at step {step}: γ too large, the steps overshoot and grow</source>
        <translation>divergió en el paso {step}: γ demasiado grande, los pasos se pasan y crecen</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>ready: press Play or Step</source>
        <translation>listo: pulse Reproducir o Paso</translation>
    </message>
    <message>
        <source>paused at step {step}</source>
        <translation>en pausa en el paso {step}</translation>
    </message>
</context>
<context>
    <name>ExportAnimation</name>
    <message>
        <source>GIF export needs Pillow, the optional &apos;animation&apos; extra: pip install &apos;gdstudio[animation]&apos;</source>
        <translation>La exportación GIF necesita Pillow, el extra opcional &apos;animation&apos;: pip install &apos;gdstudio[animation]&apos;</translation>
    </message>
    <message>
        <source>MP4 export needs imageio-ffmpeg, the optional &apos;video&apos; extra: pip install &apos;gdstudio[video]&apos;</source>
        <translation>La exportación MP4 necesita imageio-ffmpeg, el extra opcional &apos;video&apos;: pip install &apos;gdstudio[video]&apos;</translation>
    </message>
    <message>
        <source>animated GIF</source>
        <translation>GIF animado</translation>
    </message>
    <message>
        <source>MP4 video</source>
        <translation>vídeo MP4</translation>
    </message>
    <message>
        <source>animation</source>
        <translation>animación</translation>
    </message>
    <message>
        <source>an animation is written as .gif or .mp4, not a file without a suffix</source>
        <translation>una animación se escribe como .gif o .mp4, no como un archivo sin extensión</translation>
    </message>
    <message>
        <source>an animation is written as .gif or .mp4, not {suffix}</source>
        <translation>una animación se escribe como .gif o .mp4, no como {suffix}</translation>
    </message>
    <message>
        <source>a GIF frame must be an image or a (height, width, 3 or 4) array of bytes</source>
        <translation>un fotograma GIF debe ser una imagen o una matriz de bytes (alto, ancho, 3 o 4)</translation>
    </message>
    <message>
        <source>the frame duration must be positive</source>
        <translation>la duración del fotograma debe ser positiva</translation>
    </message>
    <message>
        <source>an animation has at most {count} frames</source>
        <translation>una animación tiene como máximo {count} fotogramas</translation>
    </message>
    <message>
        <source>frame {frame} is {width}×{height}, not {first_width}×{first_height} like the first</source>
        <translation>el fotograma {frame} mide {width}×{height}, no {first_width}×{first_height} como el primero</translation>
    </message>
    <message>
        <source>an animation needs at least one frame</source>
        <translation>una animación necesita al menos un fotograma</translation>
    </message>
    <message>
        <source>a video frame must be an image or a (height, width, 3 or 4) array of bytes</source>
        <translation>un fotograma de vídeo debe ser una imagen o una matriz de bytes (alto, ancho, 3 o 4)</translation>
    </message>
    <message>
        <source>a video frame must be at least 2×2 pixels</source>
        <translation>un fotograma de vídeo debe tener al menos 2×2 píxeles</translation>
    </message>
    <message>
        <source>cannot write the video: {error}</source>
        <translation>no se puede escribir el vídeo: {error}</translation>
    </message>
</context>
<context>
    <name>ExportFiles</name>
    <message>
        <source>cannot write {target}: the folder {folder} does not exist</source>
        <translation>no se puede escribir {target}: la carpeta {folder} no existe</translation>
    </message>
    <message>
        <source>cannot write {target}: {folder} is a file, not a folder</source>
        <translation>no se puede escribir {target}: {folder} es un archivo, no una carpeta</translation>
    </message>
    <message>
        <source>cannot write {target}: it is a folder</source>
        <translation>no se puede escribir {target}: es una carpeta</translation>
    </message>
    <message>
        <source>cannot write {target}: {reason}</source>
        <translation>no se puede escribir {target}: {reason}</translation>
    </message>
    <message>
        <source>cannot write {target}: nothing was produced</source>
        <translation>no se puede escribir {target}: no se produjo nada</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>el disco es de solo lectura</translation>
    </message>
    <message>
        <source>no permission to write in the folder {folder}</source>
        <translation>sin permiso para escribir en la carpeta {folder}</translation>
    </message>
    <message>
        <source>the folder {folder} is on a read-only disk</source>
        <translation>la carpeta {folder} está en un disco de solo lectura</translation>
    </message>
    <message>
        <source>no space left on the disk</source>
        <translation>no queda espacio en el disco</translation>
    </message>
    <message>
        <source>the folder {folder} does not take new files ({reason})</source>
        <translation>la carpeta {folder} no admite archivos nuevos ({reason})</translation>
    </message>
    <message>
        <source>cannot write a temporary file in {folder}: {reason}</source>
        <translation>no se puede escribir un archivo temporal en {folder}: {reason}</translation>
    </message>
</context>
<context>
    <name>FunctionCurvature</name>
    <message>
        <source>the Hessian is not defined here (f or its derivatives are not finite)</source>
        <translation>la hessiana no está definida aquí (f o sus derivadas no son finitas)</translation>
    </message>
    <message>
        <source>positive definite (λ = {low} … {high}): gradient descent is stable for γ &lt; 2/λ_max = {max_stable}, fastest at γ = 2/(λ_min + λ_max) = {best}</source>
        <translation>definida positiva (λ = {low} … {high}): el descenso de gradiente es estable para γ &lt; 2/λ_max = {max_stable}, y más rápido con γ = 2/(λ_min + λ_max) = {best}</translation>
    </message>
    <message>
        <source>a maximum: every eigenvalue of the Hessian is negative, f curves down in every direction, so no γ is stable here</source>
        <translation>un máximo: todos los valores propios de la hessiana son negativos, f se curva hacia abajo en todas las direcciones, así que ningún γ es estable aquí</translation>
    </message>
    <message>
        <source>a saddle: the Hessian has a negative eigenvalue (λ = {low}), so f curves down along one direction and gradient descent moves away along it for every γ</source>
        <translation>un punto de silla: la hessiana tiene un valor propio negativo (λ = {low}), así que f se curva hacia abajo en una dirección y el descenso de gradiente se aleja a lo largo de ella para cualquier γ</translation>
    </message>
    <message>
        <source>not strictly convex here: an eigenvalue of the Hessian is zero, so f is flat along one direction and 2/λ_max alone does not decide convergence</source>
        <translation>no es estrictamente convexa aquí: un valor propio de la hessiana es cero, así que f es plana en una dirección y 2/λ_max por sí solo no decide la convergencia</translation>
    </message>
</context>
<context>
    <name>FunctionDomain</name>
    <message>
        <source>{part} is too large for a float at {point}: {operation}</source>
        <translation>{part} es demasiado grande para un número de coma flotante en {point}: {operation}</translation>
    </message>
    <message>
        <source>∇f is undefined at {point}: {operation}</source>
        <translation>∇f no está definido en {point}: {operation}</translation>
    </message>
    <message>
        <source>undefined at {point}: {operation}</source>
        <translation>no definida en {point}: {operation}</translation>
    </message>
    <message>
        <source>division by zero</source>
        <translation>división por cero</translation>
    </message>
    <message>
        <source>0 raised to a negative power (0^{exponent})</source>
        <translation>0 elevado a una potencia negativa (0^{exponent})</translation>
    </message>
    <message>
        <source>sqrt of a negative number ({value})</source>
        <translation>sqrt de un número negativo ({value})</translation>
    </message>
    <message>
        <source>a negative number to a fractional power ({power})</source>
        <translation>un número negativo elevado a una potencia fraccionaria ({power})</translation>
    </message>
    <message>
        <source>{value} is larger than the largest float (1.8e308)</source>
        <translation>{value} es mayor que el mayor número de coma flotante (1.8e308)</translation>
    </message>
    <message>
        <source>log of a non-positive number ({value})</source>
        <translation>log de un número no positivo ({value})</translation>
    </message>
    <message>
        <source>{function} of a number outside [−1, 1] ({value})</source>
        <translation>{function} de un número fuera de [−1, 1] ({value})</translation>
    </message>
    <message>
        <source>a sum larger than the largest float (1.8e308)</source>
        <translation>una suma mayor que el mayor número de coma flotante (1.8e308)</translation>
    </message>
    <message>
        <source>a product larger than the largest float (1.8e308)</source>
        <translation>un producto mayor que el mayor número de coma flotante (1.8e308)</translation>
    </message>
    <message>
        <source>the derivative of sqrt at 0 is infinite</source>
        <translation>la derivada de sqrt en 0 es infinita</translation>
    </message>
    <message>
        <source>the derivative of u^{exponent} at u = 0 is infinite</source>
        <translation>la derivada de u^{exponent} en u = 0 es infinita</translation>
    </message>
    <message>
        <source>the derivative of {function} at {value} is infinite</source>
        <translation>la derivada de {function} en {value} es infinita</translation>
    </message>
    <message>
        <source>f is not a real number there</source>
        <translation>f no es un número real allí</translation>
    </message>
    <message>
        <source>it is not a real number there</source>
        <translation>allí no es un número real</translation>
    </message>
</context>
<context>
    <name>FunctionLanguage</name>
    <message>
        <source>write log(...) for the natural logarithm</source>
        <translation>escriba log(...) para el logaritmo natural</translation>
    </message>
    <message>
        <source>write asin(...)</source>
        <translation>escriba asin(...)</translation>
    </message>
    <message>
        <source>write acos(...)</source>
        <translation>escriba acos(...)</translation>
    </message>
    <message>
        <source>write atan(...)</source>
        <translation>escriba atan(...)</translation>
    </message>
    <message>
        <source>write 2^(...)</source>
        <translation>escriba 2^(...)</translation>
    </message>
    <message>
        <source>complex numbers are not supported: the function must be real</source>
        <translation>no se admiten números complejos: la función debe ser real</translation>
    </message>
    <message>
        <source>the variables are x and y</source>
        <translation>las variables son x e y</translation>
    </message>
    <message>
        <source>variable names are lower case: x</source>
        <translation>los nombres de variables van en minúscula: x</translation>
    </message>
    <message>
        <source>variable names are lower case: y</source>
        <translation>los nombres de variables van en minúscula: y</translation>
    </message>
    <message>
        <source>write pi</source>
        <translation>escriba pi</translation>
    </message>
    <message>
        <source>text in quotes is not allowed</source>
        <translation>no se permite texto entre comillas</translation>
    </message>
    <message>
        <source>square brackets are not allowed: use ( )</source>
        <translation>no se permiten corchetes: use ( )</translation>
    </message>
    <message>
        <source>braces are not allowed: use ( )</source>
        <translation>no se permiten llaves: use ( )</translation>
    </message>
    <message>
        <source>attribute access is not allowed</source>
        <translation>no se permite el acceso a atributos</translation>
    </message>
    <message>
        <source>write only the right-hand side, f(x, y) = ... without &apos;f(x, y) =&apos;</source>
        <translation>escriba solo el lado derecho, f(x, y) = ... sin &apos;f(x, y) =&apos;</translation>
    </message>
    <message>
        <source>comparisons are not allowed</source>
        <translation>no se permiten comparaciones</translation>
    </message>
    <message>
        <source>&apos;!&apos; is not allowed</source>
        <translation>&apos;!&apos; no está permitido</translation>
    </message>
    <message>
        <source>write a single expression</source>
        <translation>escriba una sola expresión</translation>
    </message>
    <message>
        <source>backslashes are not allowed</source>
        <translation>no se permiten barras invertidas</translation>
    </message>
    <message>
        <source>&apos;%&apos; is not allowed</source>
        <translation>&apos;%&apos; no está permitido</translation>
    </message>
    <message>
        <source>&apos;@&apos; is not allowed</source>
        <translation>&apos;@&apos; no está permitido</translation>
    </message>
    <message>
        <source>&apos;&amp;&apos; is not allowed</source>
        <translation>&apos;&amp;&apos; no está permitido</translation>
    </message>
    <message>
        <source>use abs(...) for an absolute value</source>
        <translation>use abs(...) para un valor absoluto</translation>
    </message>
    <message>
        <source>comments are not allowed</source>
        <translation>no se permiten comentarios</translation>
    </message>
    <message>
        <source>&apos;$&apos; is not allowed</source>
        <translation>&apos;$&apos; no está permitido</translation>
    </message>
    <message>
        <source>&apos;~&apos; is not allowed</source>
        <translation>&apos;~&apos; no está permitido</translation>
    </message>
    <message>
        <source>known functions: {names}</source>
        <translation>funciones conocidas: {names}</translation>
    </message>
    <message>
        <source>&apos;{character}&apos; is not allowed: only digits and {minus} can be superscripts, write ^{plain}</source>
        <translation>&apos;{character}&apos; no está permitido: solo las cifras y {minus} pueden ser superíndices, escriba ^{plain}</translation>
    </message>
    <message>
        <source>&apos;{character}&apos; is not allowed: type {plain}</source>
        <translation>&apos;{character}&apos; no está permitido: escriba {plain}</translation>
    </message>
    <message>
        <source>&apos;{character}&apos; is not allowed</source>
        <translation>&apos;{character}&apos; no está permitido</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; at column {column} is not allowed: write a single formula in x and y</source>
        <translation>&apos;{name}&apos; en la columna {column} no está permitido: escriba una sola fórmula en x e y</translation>
    </message>
    <message>
        <source>&apos;{character}&apos; at column {column} must be followed by superscript digits, as in x⁻¹</source>
        <translation>&apos;{character}&apos; en la columna {column} debe ir seguido de cifras en superíndice, como en x⁻¹</translation>
    </message>
    <message>
        <source>too deeply nested at column {column}: at most {depth} levels of parentheses</source>
        <translation>anidamiento demasiado profundo en la columna {column}: como máximo {depth} niveles de paréntesis</translation>
    </message>
    <message>
        <source>unmatched &apos;)&apos; at column {column}</source>
        <translation>&apos;)&apos; sin pareja en la columna {column}</translation>
    </message>
    <message>
        <source>&apos;{character}&apos; at column {column} is {dash}, not a minus sign: type - or {minus}</source>
        <translation>&apos;{character}&apos; en la columna {column} es {dash}, no un signo menos: escriba - o {minus}</translation>
    </message>
    <message>
        <source>{reason} (column {column})</source>
        <translation>{reason} (columna {column})</translation>
    </message>
    <message>
        <source>a &apos;(&apos; is never closed: add &apos;)&apos;</source>
        <translation>un &apos;(&apos; nunca se cierra: añada &apos;)&apos;</translation>
    </message>
    <message>
        <source>the function ends with &apos;{typed}&apos; at column {column}: something is missing after it</source>
        <translation>la función termina con &apos;{typed}&apos; en la columna {column}: falta algo después</translation>
    </message>
    <message>
        <source>{joined} or {product}</source>
        <translation>{joined} o {product}</translation>
    </message>
    <message>
        <source>two numbers in a row at column {column}: did you mean {suggestion}?</source>
        <translation>dos números seguidos en la columna {column}: ¿quiso decir {suggestion}?</translation>
    </message>
    <message>
        <source>the exponent &apos;{typed}&apos; at column {column} has nothing before it: write it after a value, as in x²</source>
        <translation>el exponente &apos;{typed}&apos; en la columna {column} no tiene nada delante: escríbalo después de un valor, como en x²</translation>
    </message>
    <message>
        <source>two exponents in a row at column {column}: write a single exponent, as in x¹⁰</source>
        <translation>dos exponentes seguidos en la columna {column}: escriba un solo exponente, como en x¹⁰</translation>
    </message>
    <message>
        <source>&apos;{typed}&apos; at column {column} follows an exponent: use brackets, as in (x²)^3</source>
        <translation>&apos;{typed}&apos; en la columna {column} sigue a un exponente: use paréntesis, como en (x²)^3</translation>
    </message>
    <message>
        <source>&apos;{root}&apos; must be followed by a number, a name or &apos;(&apos; (column {column}): write {root}(...) around what it covers</source>
        <translation>&apos;{root}&apos; debe ir seguido de un número, un nombre o &apos;(&apos; (columna {column}): escriba {root}(...) alrededor de lo que abarca</translation>
    </message>
    <message>
        <source>too deeply nested at column {column}: at most {depth} levels of parentheses and roots</source>
        <translation>anidamiento demasiado profundo en la columna {column}: como máximo {depth} niveles de paréntesis y raíces</translation>
    </message>
    <message>
        <source>&apos;{typed}&apos; at column {column} stands between {function} and its bracket: write {function}(x){typed} for a power of {function}(x)</source>
        <translation>&apos;{typed}&apos; en la columna {column} está entre {function} y su paréntesis: escriba {function}(x){typed} para una potencia de {function}(x)</translation>
    </message>
    <message>
        <source>&apos;{function}&apos; at column {column} needs parentheses: write {function}(...)</source>
        <translation>&apos;{function}&apos; en la columna {column} necesita paréntesis: escriba {function}(...)</translation>
    </message>
    <message>
        <source>unknown function &apos;{name}&apos; at column {column}: {hint}</source>
        <translation>función desconocida &apos;{name}&apos; en la columna {column}: {hint}</translation>
    </message>
    <message>
        <source>a comma outside a function call</source>
        <translation>una coma fuera de una llamada a función</translation>
    </message>
    <message>
        <source>a comparison</source>
        <translation>una comparación</translation>
    </message>
    <message>
        <source>a lambda</source>
        <translation>una lambda</translation>
    </message>
    <message>
        <source>attribute access</source>
        <translation>el acceso a atributos</translation>
    </message>
    <message>
        <source>a subscript</source>
        <translation>un subíndice</translation>
    </message>
    <message>
        <source>{message} at column {column}</source>
        <translation>{message} en la columna {column}</translation>
    </message>
    <message>
        <source>the expression is too complex</source>
        <translation>la expresión es demasiado compleja</translation>
    </message>
    <message>
        <source>only numbers are allowed as constants</source>
        <translation>solo se permiten números como constantes</translation>
    </message>
    <message>
        <source>number too large</source>
        <translation>número demasiado grande</translation>
    </message>
    <message>
        <source>&apos;{function}&apos; needs parentheses: write {function}(...)</source>
        <translation>&apos;{function}&apos; necesita paréntesis: escriba {function}(...)</translation>
    </message>
    <message>
        <source>write {product} for a product</source>
        <translation>escriba {product} para un producto</translation>
    </message>
    <message>
        <source>unknown name &apos;{name}&apos; at column {column}: {hint}</source>
        <translation>nombre desconocido &apos;{name}&apos; en la columna {column}: {hint}</translation>
    </message>
    <message>
        <source>only + and - may stand before a value</source>
        <translation>solo + y - pueden ir delante de un valor</translation>
    </message>
    <message>
        <source>that operator</source>
        <translation>ese operador</translation>
    </message>
    <message>
        <source>{what} is not allowed</source>
        <translation>no se permite {what}</translation>
    </message>
    <message>
        <source>that</source>
        <translation>eso</translation>
    </message>
    <message>
        <source>{function}(...) takes exactly one argument</source>
        <translation>{function}(...) admite exactamente un argumento</translation>
    </message>
    <message>
        <source>that kind of expression</source>
        <translation>ese tipo de expresión</translation>
    </message>
    <message>
        <source>division by zero</source>
        <translation>división por cero</translation>
    </message>
    <message>
        <source>a negative number to a fractional power is complex</source>
        <translation>un número negativo elevado a una potencia fraccionaria es complejo</translation>
    </message>
    <message>
        <source>exponent too large (at most {limit})</source>
        <translation>exponente demasiado grande (como máximo {limit})</translation>
    </message>
    <message>
        <source>this constant is not a real number</source>
        <translation>esta constante no es un número real</translation>
    </message>
    <message>
        <source>the function must be text</source>
        <translation>la función debe ser texto</translation>
    </message>
    <message>
        <source>the function is too long: at most {limit} characters</source>
        <translation>la función es demasiado larga: como máximo {limit} caracteres</translation>
    </message>
    <message>
        <source>write the function on one line</source>
        <translation>escriba la función en una sola línea</translation>
    </message>
    <message>
        <source>type a function of x and y, for example x^2 + x*y + y^2</source>
        <translation>escriba una función de x e y, por ejemplo x^2 + x*y + y^2</translation>
    </message>
    <message>
        <source>the function ends too early: something is missing at the end</source>
        <translation>la función termina demasiado pronto: falta algo al final</translation>
    </message>
    <message>
        <source>syntax error at column {column}: check the operators around it</source>
        <translation>error de sintaxis en la columna {column}: revise los operadores de alrededor</translation>
    </message>
    <message>
        <source>the function takes complex values (a negative number to the power x or y is complex)</source>
        <translation>la función toma valores complejos (un número negativo elevado a x o y es complejo)</translation>
    </message>
    <message>
        <source>the function is not a number (it divides by zero or is infinite)</source>
        <translation>la función no es un número (divide por cero o es infinita)</translation>
    </message>
    <message>
        <source>the function takes complex values (for example log or sqrt of a negative number)</source>
        <translation>la función toma valores complejos (por ejemplo, log o sqrt de un número negativo)</translation>
    </message>
    <message>
        <source>the function is constant: it must depend on x or y, or it has no slope to descend</source>
        <translation>la función es constante: debe depender de x o de y, o no tendrá pendiente por la que descender</translation>
    </message>
</context>
<context>
    <name>FunctionNotation</name>
    <message>
        <source>a hyphen</source>
        <translation>un guion</translation>
    </message>
    <message>
        <source>a non-breaking hyphen</source>
        <translation>un guion no separable</translation>
    </message>
    <message>
        <source>a figure dash</source>
        <translation>una raya de cifras</translation>
    </message>
    <message>
        <source>an en dash</source>
        <translation>una raya corta</translation>
    </message>
    <message>
        <source>an em dash</source>
        <translation>una raya larga</translation>
    </message>
    <message>
        <source>a horizontal bar</source>
        <translation>una barra horizontal</translation>
    </message>
</context>
<context>
    <name>FunctionPanel</name>
    <message>
        <source>= step limit</source>
        <translation>= límite de pasos</translation>
    </message>
    <message>
        <source>{label}: {note} (now {limit})</source>
        <translation>{label}: {note} (ahora {limit})</translation>
    </message>
    <message>
        <source>Function f(x, y)</source>
        <translation>Función f(x, y)</translation>
    </message>
    <message>
        <source>function f(x, y)</source>
        <translation>función f(x, y)</translation>
    </message>
    <message>
        <source>for example x^2 + x*y + y^2</source>
        <translation>por ejemplo x^2 + x*y + y^2</translation>
    </message>
    <message>
        <source>Type f(x, y): numbers, x, y, pi, e, + − * / ^, and sin cos tan asin acos atan sinh cosh tanh exp log sqrt abs. 2x and 3(x+1) work too.</source>
        <translation>Escriba f(x, y): números, x, y, pi, e, + − * / ^ y sin cos tan asin acos atan sinh cosh tanh exp log sqrt abs. También valen 2x y 3(x+1).</translation>
    </message>
    <message>
        <source>preset functions</source>
        <translation>funciones predefinidas</translation>
    </message>
    <message>
        <source>Presets…</source>
        <translation>Predefinidas…</translation>
    </message>
    <message>
        <source>Descent</source>
        <translation>Descenso</translation>
    </message>
    <message>
        <source>The step size α of w ← w + αd: the fixed γ, or a line search whose first trial is γ</source>
        <translation>El tamaño de paso α de w ← w + αd: el γ fijo o una búsqueda lineal cuyo primer intento es γ</translation>
    </message>
    <message>
        <source>step size rule</source>
        <translation>regla del tamaño de paso</translation>
    </message>
    <message>
        <source>step size α</source>
        <translation>tamaño de paso α</translation>
    </message>
    <message>
        <source>sufficient decrease: f(w + αd) ≤ f(w) + c₁α∇fᵀd</source>
        <translation>descenso suficiente: f(w + αd) ≤ f(w) + c₁α∇fᵀd</translation>
    </message>
    <message>
        <source>curvature: |∇f(w + αd)ᵀd| ≤ c₂|∇fᵀd|</source>
        <translation>curvatura: |∇f(w + αd)ᵀd| ≤ c₂|∇fᵀd|</translation>
    </message>
    <message>
        <source>backtracking: α ← ρα</source>
        <translation>retroceso: α ← ρα</translation>
    </message>
    <message>
        <source>loss against evaluations of f</source>
        <translation>pérdida frente a evaluaciones de f</translation>
    </message>
    <message>
        <source>The loss curve&apos;s x axis counts evaluations of f (a line search&apos;s trials too) instead of steps (E)</source>
        <translation>El eje x de la curva de pérdida cuenta evaluaciones de f (también los intentos de una búsqueda lineal) en lugar de pasos (E)</translation>
    </message>
    <message>
        <source>the learning rate γ_t against the step t</source>
        <translation>la tasa de aprendizaje γ_t frente al paso t</translation>
    </message>
    <message>
        <source>γ schedule</source>
        <translation>programa de γ</translation>
    </message>
    <message>
        <source>start point x₀</source>
        <translation>punto inicial x₀</translation>
    </message>
    <message>
        <source>start point y₀</source>
        <translation>punto inicial y₀</translation>
    </message>
    <message>
        <source>start point {name}; a click on the contour sets the start too</source>
        <translation>punto inicial {name}; un clic en las curvas de nivel también fija el inicio</translation>
    </message>
    <message>
        <source>start (x₀, y₀)</source>
        <translation>inicio (x₀, y₀)</translation>
    </message>
    <message>
        <source>σ: each update uses ∇f(w) + σξ, ξ standard normal; 0 is the plain run (fixed-γ optimizers only)</source>
        <translation>σ: cada actualización usa ∇f(w) + σξ, con ξ normal estándar; 0 es la ejecución sin ruido (solo optimizadores de γ fijo)</translation>
    </message>
    <message>
        <source>gradient noise σ</source>
        <translation>ruido σ</translation>
    </message>
    <message>
        <source>the seed of the noise ξ: the same seed gives the same run</source>
        <translation>la semilla del ruido ξ: la misma semilla da la misma ejecución</translation>
    </message>
    <message>
        <source>seed of the gradient noise</source>
        <translation>semilla del ruido del gradiente</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>semilla</translation>
    </message>
    <message>
        <source>the run stops after this many steps</source>
        <translation>la ejecución se detiene tras este número de pasos</translation>
    </message>
    <message>
        <source>step limit</source>
        <translation>límite de pasos</translation>
    </message>
    <message>
        <source>the run has converged when ‖∇f‖ falls below this</source>
        <translation>la ejecución ha convergido cuando ‖∇f‖ cae por debajo de este valor</translation>
    </message>
    <message>
        <source>tolerance ‖∇f‖ &lt;</source>
        <translation>tolerancia ‖∇f‖ &lt;</translation>
    </message>
    <message>
        <source>Back to the start point (R)</source>
        <translation>Volver al punto inicial (R)</translation>
    </message>
    <message>
        <source>log-scale loss</source>
        <translation>pérdida en escala log.</translation>
    </message>
    <message>
        <source>Fit view to path</source>
        <translation>Ajustar vista a la trayectoria</translation>
    </message>
    <message>
        <source>Curvature at the current point</source>
        <translation>Curvatura en el punto actual</translation>
    </message>
    <message>
        <source>This optimizer makes its whole step with the fixed γ: a line search pairs with a direction</source>
        <translation>Este optimizador da todo su paso con el γ fijo: una búsqueda lineal va con una dirección</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
</context>
<context>
    <name>FunctionPresets</name>
    <message>
        <source>Round bowl</source>
        <translation>Cuenco redondo</translation>
    </message>
    <message>
        <source>A tilted bowl with ∇f = [2x + y, x + 2y]: any γ below 2/3 reaches the minimum at (0, 0).</source>
        <translation>Un cuenco inclinado con ∇f = [2x + y, x + 2y]: cualquier γ menor que 2/3 alcanza el mínimo en (0, 0).</translation>
    </message>
    <message>
        <source>Elongated bowl</source>
        <translation>Cuenco alargado</translation>
    </message>
    <message>
        <source>Curvature 2 along x and 20 along y: γ must suit the steep direction, so the flat one crawls.</source>
        <translation>Curvatura 2 en x y 20 en y: γ debe ajustarse a la dirección empinada, así que la plana avanza muy despacio.</translation>
    </message>
    <message>
        <source>Rosenbrock valley</source>
        <translation>Valle de Rosenbrock</translation>
    </message>
    <message>
        <source>A curved, narrow valley: finding it is quick, following it to (1, 1) is slow.</source>
        <translation>Un valle curvo y estrecho: encontrarlo es rápido, seguirlo hasta (1, 1) es lento.</translation>
    </message>
    <message>
        <source>Four minima of equal depth: the start point decides which one the descent finds.</source>
        <translation>Cuatro mínimos de igual profundidad: el punto inicial decide cuál encuentra el descenso.</translation>
    </message>
    <message>
        <source>Flat plateaus and steep walls: plain descent needs many steps, adaptive optimisers fewer.</source>
        <translation>Mesetas planas y paredes empinadas: el descenso simple necesita muchos pasos, los optimizadores adaptativos menos.</translation>
    </message>
    <message>
        <source>Saddle</source>
        <translation>Silla</translation>
    </message>
    <message>
        <source>A zero gradient is not always a minimum: from y = 0 descent stops at the saddle (0, 0).</source>
        <translation>Un gradiente nulo no siempre es un mínimo: desde y = 0 el descenso se detiene en la silla (0, 0).</translation>
    </message>
    <message>
        <source>Many local minima: gradient descent stops in the nearest one, not the best one.</source>
        <translation>Muchos mínimos locales: el descenso de gradiente se detiene en el más cercano, no en el mejor.</translation>
    </message>
    <message>
        <source>Plateau</source>
        <translation>Meseta</translation>
    </message>
    <message>
        <source>Far from the centre the surface is almost flat: tiny gradients make tiny steps.</source>
        <translation>Lejos del centro la superficie es casi plana: gradientes diminutos dan pasos diminutos.</translation>
    </message>
</context>
<context>
    <name>FunctionStationaryPoint</name>
    <message>
        <source>f has no gradient at {point}</source>
        <translation>f no tiene gradiente en {point}</translation>
    </message>
    <message>
        <source>{point} is not a stationary point: ‖∇f‖ = {norm}</source>
        <translation>{point} no es un punto estacionario: ‖∇f‖ = {norm}</translation>
    </message>
    <message>
        <source>a local minimum at {point}: the gradient is zero and f curves up in every direction</source>
        <translation>un mínimo local en {point}: el gradiente es cero y f se curva hacia arriba en todas las direcciones</translation>
    </message>
    <message>
        <source>a maximum at {point}: the gradient is zero but f curves down in every direction</source>
        <translation>un máximo en {point}: el gradiente es cero pero f se curva hacia abajo en todas las direcciones</translation>
    </message>
    <message>
        <source>a saddle point at {point}, not a minimum: the gradient is zero, but f curves down along {direction}; a nudge that way and the descent goes on</source>
        <translation>un punto de silla en {point}, no un mínimo: el gradiente es cero, pero f se curva hacia abajo a lo largo de {direction}; un pequeño empujón en esa dirección y el descenso continúa</translation>
    </message>
    <message>
        <source>a flat point at {point}: the gradient is zero and a second derivative is too, so the curvature cannot tell what it is</source>
        <translation>un punto plano en {point}: el gradiente es cero y también una segunda derivada, así que la curvatura no puede decir qué es</translation>
    </message>
</context>
<context>
    <name>FunctionTab</name>
    <message>
        <source>Contour as PNG image</source>
        <translation>Curvas de nivel como imagen PNG</translation>
    </message>
    <message>
        <source>Contour as SVG drawing</source>
        <translation>Curvas de nivel como dibujo SVG</translation>
    </message>
    <message>
        <source>Loss curve as PNG image</source>
        <translation>Curva de pérdida como imagen PNG</translation>
    </message>
    <message>
        <source>Loss curve as SVG drawing</source>
        <translation>Curva de pérdida como dibujo SVG</translation>
    </message>
    <message>
        <source>Trajectory as CSV table</source>
        <translation>Trayectoria como tabla CSV</translation>
    </message>
    <message>
        <source>Run as JSON</source>
        <translation>Ejecución como JSON</translation>
    </message>
    <message>
        <source>Run as animated GIF</source>
        <translation>Ejecución como GIF animado</translation>
    </message>
    <message>
        <source>Run as MP4 video</source>
        <translation>Ejecución como vídeo MP4</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>evaluations of the run</source>
        <translation>evaluaciones de la ejecución</translation>
    </message>
    <message>
        <source>Curvature axes and numbers</source>
        <translation>Ejes y valores de curvatura</translation>
    </message>
    <message>
        <source>Loss against evaluations</source>
        <translation>Pérdida frente a evaluaciones</translation>
    </message>
    <message>
        <source>Fit view to path</source>
        <translation>Ajustar vista a la trayectoria</translation>
    </message>
    <message>
        <source>Show the whole window</source>
        <translation>Mostrar toda la ventana</translation>
    </message>
    <message>
        <source>Log-scale loss</source>
        <translation>Pérdida en escala logarítmica</translation>
    </message>
    <message>
        <source>γ = {rate} from the sweep</source>
        <translation>γ = {rate} del barrido</translation>
    </message>
    <message>
        <source>This optimizer makes its own step with the fixed γ: the line search is off.</source>
        <translation>Este optimizador da su propio paso con el γ fijo: la búsqueda lineal queda desactivada.</translation>
    </message>
    <message>
        <source>{optimizer} needs the true gradient: the gradient noise is off.</source>
        <translation>{optimizer} necesita el gradiente verdadero: el ruido del gradiente queda desactivado.</translation>
    </message>
    <message>
        <source>Gradient noise pairs with the fixed-γ optimizers: a line search or {optimizer} needs the true gradient.</source>
        <translation>El ruido del gradiente va con los optimizadores de γ fijo: una búsqueda lineal o {optimizer} necesita el gradiente verdadero.</translation>
    </message>
    <message>
        <source>A line search needs the true gradient: the gradient noise is off.</source>
        <translation>Una búsqueda lineal necesita el gradiente verdadero: el ruido del gradiente queda desactivado.</translation>
    </message>
    <message>
        <source>Play continues the run from its latest step, t = {t}.</source>
        <translation>Reproducir continúa la ejecución desde su último paso, t = {t}.</translation>
    </message>
    <message>
        <source>The run has stopped; press Reset (R) to start again.</source>
        <translation>La ejecución se ha detenido; pulse Reiniciar (R) para empezar de nuevo.</translation>
    </message>
    <message>
        <source>contour of f(x, y); no run yet</source>
        <translation>curvas de nivel de f(x, y); aún no hay ejecución</translation>
    </message>
    <message>
        <source>loss curve; no run yet</source>
        <translation>curva de pérdida; aún no hay ejecución</translation>
    </message>
    <message>
        <source>step {t} at ({x}, {y}), f = {f}</source>
        <translation>paso {t} en ({x}, {y}), f = {f}</translation>
    </message>
    <message>
        <source>contour of f(x, y) with the descent path; {where}</source>
        <translation>curvas de nivel de f(x, y) con la trayectoria del descenso; {where}</translation>
    </message>
    <message>
        <source>loss curve of {count} stored steps; {where}</source>
        <translation>curva de pérdida de {count} pasos guardados; {where}</translation>
    </message>
    <message>
        <source>evaluations so far: f {f}, ∇f {gradient}, Hessian {hessian}</source>
        <translation>evaluaciones hasta ahora: f {f}, ∇f {gradient}, hessiana {hessian}</translation>
    </message>
    <message>
        <source>t = 0: the first step&apos;s line search runs at Step or Play</source>
        <translation>t = 0: la búsqueda lineal del primer paso se ejecuta con Paso o Reproducir</translation>
    </message>
    <message>
        <source>this run</source>
        <translation>esta ejecución</translation>
    </message>
    <message>
        <source>Hessian eigenvalues λ = {eigenvalues}; condition number {condition}.</source>
        <translation>Valores propios de la hessiana λ = {eigenvalues}; número de condición {condition}.</translation>
    </message>
    <message>
        <source>Here γ = {rate} is above it: expect the steps to overshoot (limit {limit}).</source>
        <translation>Aquí γ = {rate} está por encima: es de esperar que los pasos se pasen de largo (límite {limit}).</translation>
    </message>
    <message>
        <source>Here γ = {rate} is below it (limit {limit}).</source>
        <translation>Aquí γ = {rate} está por debajo (límite {limit}).</translation>
    </message>
    <message>
        <source>H is positive definite: Newton&apos;s step goes to the minimum of the quadratic model.</source>
        <translation>H es definida positiva: el paso de Newton va al mínimo del modelo cuadrático.</translation>
    </message>
    <message>
        <source>step {t}</source>
        <translation>paso {t}</translation>
    </message>
    <message>
        <source>t = {t} of {steps}</source>
        <translation>t = {t} de {steps}</translation>
    </message>
    <message>
        <source>evaluations of f</source>
        <translation>evaluaciones de f</translation>
    </message>
    <message>
        <source>step t</source>
        <translation>paso t</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation>Exportado {name}</translation>
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
        <translation>&lt;h2&gt;Qué enseña gdstudio&lt;/h2&gt;
&lt;p&gt;Aprender significa resolver: encontrar los pesos &lt;i&gt;w&lt;/i&gt; que hacen pequeña la pérdida,&lt;/p&gt;
&lt;p align=&quot;center&quot;&gt;&lt;i&gt;L&lt;/i&gt;(&lt;i&gt;w&lt;/i&gt;) = Σ&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; &lt;i&gt;E&lt;/i&gt;(&lt;i&gt;f&lt;sub&gt;w&lt;/sub&gt;&lt;/i&gt;(&lt;i&gt;x&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt;), &lt;i&gt;y&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt;)&lt;/p&gt;
&lt;p&gt;donde &lt;i&gt;w&lt;/i&gt; son todos los pesos y sesgos del modelo escritos como un único vector largo,
&lt;i&gt;E&lt;/i&gt; la pérdida de un ejemplo, &lt;i&gt;f&lt;sub&gt;w&lt;/sub&gt;&lt;/i&gt; el modelo (por ejemplo, una pequeña
red neuronal), &lt;i&gt;x&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt; una entrada e &lt;i&gt;y&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt; su etiqueta.
En la pestaña &lt;b&gt;Función&lt;/b&gt;, una función escrita &lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;, &lt;i&gt;y&lt;/i&gt;) hace el papel
de &lt;i&gt;L&lt;/i&gt; y el punto (&lt;i&gt;x&lt;/i&gt;, &lt;i&gt;y&lt;/i&gt;) el de &lt;i&gt;w&lt;/i&gt;, de modo que todo el
descenso cabe en un gráfico de curvas de nivel; la pestaña &lt;b&gt;Tarea MLP&lt;/b&gt; entrena una red real.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The gradient points uphill&lt;/h3&gt;
&lt;p&gt;The gradient is the vector of partial derivatives: for
&lt;i&gt;f&lt;/i&gt; = &lt;i&gt;x&lt;/i&gt;² + &lt;i&gt;xy&lt;/i&gt; + &lt;i&gt;y&lt;/i&gt;² it is
∇&lt;i&gt;f&lt;/i&gt; = [2&lt;i&gt;x&lt;/i&gt; + &lt;i&gt;y&lt;/i&gt;, &lt;i&gt;x&lt;/i&gt; + 2&lt;i&gt;y&lt;/i&gt;]. It points in the direction in
which &lt;i&gt;f&lt;/i&gt; grows fastest: on the contour it is the light arrow at the current point.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;El gradiente apunta cuesta arriba&lt;/h3&gt;
&lt;p&gt;El gradiente es el vector de derivadas parciales: para
&lt;i&gt;f&lt;/i&gt; = &lt;i&gt;x&lt;/i&gt;² + &lt;i&gt;xy&lt;/i&gt; + &lt;i&gt;y&lt;/i&gt;² es
∇&lt;i&gt;f&lt;/i&gt; = [2&lt;i&gt;x&lt;/i&gt; + &lt;i&gt;y&lt;/i&gt;, &lt;i&gt;x&lt;/i&gt; + 2&lt;i&gt;y&lt;/i&gt;]. Apunta en la dirección en
la que &lt;i&gt;f&lt;/i&gt; crece más rápido: en las curvas de nivel es la flecha clara en el punto actual.&lt;/p&gt;</translation>
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
        <translation>&lt;h3&gt;La regla de actualización&lt;/h3&gt;
&lt;p&gt;El descenso de gradiente da pasos en sentido contrario, una y otra vez:&lt;/p&gt;
&lt;p align=&quot;center&quot;&gt;&lt;i&gt;w&lt;/i&gt; ← &lt;i&gt;w&lt;/i&gt; − γ ∇&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;w&lt;/i&gt;), &amp;nbsp; es decir &amp;nbsp;
[&lt;i&gt;x&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;+1&lt;/sub&gt;, &lt;i&gt;y&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;+1&lt;/sub&gt;] =
[&lt;i&gt;x&lt;sub&gt;t&lt;/sub&gt;&lt;/i&gt;, &lt;i&gt;y&lt;sub&gt;t&lt;/sub&gt;&lt;/i&gt;] − γ ∇&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;sub&gt;t&lt;/sub&gt;&lt;/i&gt;, &lt;i&gt;y&lt;sub&gt;t&lt;/sub&gt;&lt;/i&gt;)&lt;/p&gt;
&lt;p&gt;El paso −γ∇&lt;i&gt;f&lt;/i&gt; es la flecha rosa, y el panel del paso escribe la actualización con
sus números. Momentum, Nesterov, AdaGrad, RMSProp y Adam cambian cómo se forma el paso
a partir del gradiente; siguen las reglas de actualización de &lt;tt&gt;torch.optim&lt;/tt&gt; de PyTorch.&lt;/p&gt;</translation>
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
        <translation>&lt;h3&gt;Qué hace la tasa de aprendizaje γ&lt;/h3&gt;
&lt;p&gt;γ se elige a mano. &lt;b&gt;Demasiado grande&lt;/b&gt;, y los pasos se pasan de largo: la trayectoria zigzaguea de un lado a otro del
valle y, pasado un límite, cada paso cae más alto que el anterior y la ejecución diverge.
&lt;b&gt;Demasiado pequeña&lt;/b&gt;, y cada paso es diminuto, así que la ejecución tarda muchísimo. En la función inicial
&lt;i&gt;x&lt;/i&gt;² + &lt;i&gt;xy&lt;/i&gt; + &lt;i&gt;y&lt;/i&gt;², el descenso de gradiente es estable para γ &amp;lt; 2/3
(2 dividido por la mayor curvatura, 3): desde (1, 1), γ = 0.6 converge y γ = 0.7
diverge. &lt;tt&gt;gdstudio analyze&lt;/tt&gt; muestra ese límite para cualquier función y punto.
γ puede cambiarse mientras se reproduce una ejecución; el nuevo valor se aplica desde el paso siguiente.&lt;/p&gt;</translation>
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
        <translation>&lt;h3&gt;Por qué se detiene una ejecución&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;Convergió&lt;/b&gt;: el gradiente es prácticamente cero (‖∇&lt;i&gt;f&lt;/i&gt;‖ por debajo de la tolerancia), así que
no queda pendiente que seguir. Es un mínimo o un &lt;b&gt;punto de silla&lt;/b&gt;: pruebe el ejemplo de silla
&lt;i&gt;x&lt;/i&gt;² − &lt;i&gt;y&lt;/i&gt;², iniciado sobre la recta &lt;i&gt;y&lt;/i&gt; = 0.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Límite de pasos&lt;/b&gt;: la ejecución agotó todos sus pasos antes de que el gradiente se anulara (γ demasiado pequeña
o un valle largo y plano como el de Rosenbrock).&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Divergió&lt;/b&gt;: el punto o la pérdida se fueron al infinito: γ es demasiado grande para la
curvatura y los pasos se pasan de largo.&lt;/li&gt;
&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Keyboard&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Teclado&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Click on the contour to start a new run from that point. Hover over it to read
&lt;i&gt;x&lt;/i&gt;, &lt;i&gt;y&lt;/i&gt;, &lt;i&gt;f&lt;/i&gt; and ∇&lt;i&gt;f&lt;/i&gt; under the cursor in the status bar.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Haga clic en las curvas de nivel para iniciar una nueva ejecución desde ese punto. Pase el cursor por encima para leer
&lt;i&gt;x&lt;/i&gt;, &lt;i&gt;y&lt;/i&gt;, &lt;i&gt;f&lt;/i&gt; y ∇&lt;i&gt;f&lt;/i&gt; bajo el cursor en la barra de estado.&lt;/p&gt;</translation>
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
        <translation>&lt;p&gt;&lt;b&gt;En la ventana.&lt;/b&gt; La línea de tiempo bajo las curvas de pérdida vuelve a mostrar cualquier paso guardado (← y →
un paso, Inicio y Fin el primero y el último): sus números son los registrados, y su
frontera de decisión o recta ajustada, su punto en el mapa y su lectura del corte se calculan a partir de los
pesos guardados para ese paso; no se vuelve a ejecutar nada, y Reproducir continúa desde el último paso. Archivo →
Exportar también escribe los pesos como un archivo &lt;tt&gt;.npz&lt;/tt&gt; de NumPy (una matriz &lt;tt&gt;weight&lt;/tt&gt; y otra &lt;tt&gt;bias&lt;/tt&gt;
por capa, con la forma en que las guarda &lt;tt&gt;nn.Linear&lt;/tt&gt; de PyTorch) y los datos de entrenamiento y de prueba como
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
        <translation>&lt;h3&gt;La pestaña Comparar&lt;/h3&gt;
&lt;p&gt;&lt;b&gt;Carreras.&lt;/b&gt; Varias ejecuciones descienden la &lt;i&gt;f&lt;/i&gt; de la pestaña Función lado a lado, al mismo paso: una
trayectoria y una curva de pérdida por ejecución, cada una en su color, cada una con su propio optimizador, γ, programa y
punto inicial (o el punto inicial de la pestaña Función). La misma función y el mismo número de pasos hacen que los
optimizadores sean comparables: donde el descenso de gradiente simple zigzaguea de un lado a otro de un valle estrecho, el momento avanza
a lo largo de él. El gráfico de pérdida tiene escala logarítmica (L) para que se puedan leer juntas ejecuciones cuyas pérdidas difieren
en órdenes de magnitud. Una carrera puede guardarse con la sesión y exportarse como animación.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What each run carries.&lt;/b&gt; Gradient descent forgets everything but the current point; the other
optimizers carry a state from step to step, and the white arrows on the contour draw it at each
run&apos;s current point. For momentum and Nesterov the arrow is −γ&lt;i&gt;b&lt;/i&gt;: the velocity &lt;i&gt;b&lt;/i&gt;, the
running sum of earlier gradients, drawn as the step it adds. For AdaGrad, RMSProp and Adam it is
the next step Δ&lt;i&gt;w&lt;/i&gt; itself, each coordinate scaled by 1/(√&lt;i&gt;v&lt;/i&gt; + ε), &lt;i&gt;v&lt;/i&gt; the running
average of that coordinate&apos;s squared gradients. The box beside the contour writes the numbers out.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Qué lleva cada ejecución.&lt;/b&gt; El descenso de gradiente lo olvida todo salvo el punto actual; los demás
optimizadores llevan un estado de un paso a otro, y las flechas blancas sobre las curvas de nivel lo dibujan en el
punto actual de cada ejecución. Para momentum y Nesterov la flecha es −γ&lt;i&gt;b&lt;/i&gt;: la velocidad &lt;i&gt;b&lt;/i&gt;, la
suma acumulada de los gradientes anteriores, dibujada como el paso que añade. Para AdaGrad, RMSProp y Adam es
el propio paso siguiente Δ&lt;i&gt;w&lt;/i&gt;, con cada coordenada escalada por 1/(√&lt;i&gt;v&lt;/i&gt; + ε), siendo &lt;i&gt;v&lt;/i&gt; la media
móvil de los gradientes al cuadrado de esa coordenada. El recuadro junto a las curvas de nivel escribe los números.&lt;/p&gt;</translation>
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
        <translation>&lt;p&gt;&lt;b&gt;El barrido: ¿qué γ funciona?&lt;/b&gt; El barrido ejecuta el optimizador de la pestaña Función desde su punto inicial para
muchos γ, repartidos uniformemente en escala logarítmica entre el menor y el mayor que usted indique, y representa la
pérdida final y los pasos dados frente a γ: las ejecuciones que convergieron, las que se detuvieron en el límite de pasos
y las que divergieron se marcan por separado. Dos líneas discontinuas indican lo que predice la curvatura, a partir de los
valores propios λ&lt;sub&gt;min&lt;/sub&gt; ≤ λ&lt;sub&gt;max&lt;/sub&gt; de la hessiana donde terminan las ejecuciones:
&lt;b&gt;2/λ&lt;sub&gt;max&lt;/sub&gt;&lt;/b&gt;, la mayor γ para la que converge el descenso de gradiente simple (por encima, los
pasos se pasan de largo en la dirección más empinada y crecen), y &lt;b&gt;2/(λ&lt;sub&gt;min&lt;/sub&gt; +
λ&lt;sub&gt;max&lt;/sub&gt;)&lt;/b&gt;, la γ fija que reduce más rápido la dirección más lenta. Momentum y Nesterov
tienen un límite propio, que se dibuja en lugar de 2/λ&lt;sub&gt;max&lt;/sub&gt;. Haga clic en un punto para probar su γ en la
pestaña Función.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>Play / Pause</source>
        <translation>Reproducir / Pausa</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Guardar sesión</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guía</translation>
    </message>
    <message>
        <source>{name} guide</source>
        <translation>Guía de {name}</translation>
    </message>
    <message>
        <source>About {name}</source>
        <translation>Acerca de {name}</translation>
    </message>
    <message>
        <source>&lt;p&gt;A desktop studio for learning and teaching gradient descent: w ← w − γ∇f(w), one step at a time.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Un estudio de escritorio para aprender y enseñar el descenso de gradiente: w ← w − γ∇f(w), paso a paso.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Released under the &lt;a href=&apos;{licence_url}&apos;&gt;MIT licence&lt;/a&gt;.&lt;br&gt;Source and bug reports: &lt;a href=&apos;{url}&apos;&gt;{url}&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Publicado bajo la &lt;a href=&apos;{licence_url}&apos;&gt;licencia MIT&lt;/a&gt;.&lt;br&gt;Código fuente e informes de errores: &lt;a href=&apos;{url}&apos;&gt;{url}&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>{number}st</source>
        <translation>{number}</translation>
    </message>
    <message>
        <source>{number}nd</source>
        <translation>{number}</translation>
    </message>
    <message>
        <source>{number}rd</source>
        <translation>{number}</translation>
    </message>
    <message>
        <source>{number}th</source>
        <translation>{number}</translation>
    </message>
    <message>
        <source>The path shows every {ordinal} of {total} steps ({kept} kept, with the {looked} steps you looked at); the last step is exact.</source>
        <translation>La trayectoria muestra uno de cada {ordinal} de los {total} pasos ({kept} guardados, con los {looked} pasos que usted miró); el último paso es exacto.</translation>
    </message>
    <message>
        <source>The path shows every {ordinal} of {total} steps ({kept} kept); the last step is exact.</source>
        <translation>La trayectoria muestra uno de cada {ordinal} de los {total} pasos ({kept} guardados); el último paso es exacto.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>The desktop&apos;s ({language})</source>
        <translation>El del escritorio ({language})</translation>
    </message>
    <message>
        <source>gdstudio will be in {language} from its next start. Restart now?</source>
        <translation>gdstudio estará en {language} a partir del próximo inicio. ¿Reiniciar ahora?</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The session is kept: the window reopens on what it shows now.</source>
        <translation>La sesión se conserva: la ventana vuelve a abrirse con lo que muestra ahora.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Reiniciar ahora</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
</context>
<context>
    <name>LearningRateField</name>
    <message>
        <source>γ, the step size: w ← w − γ{gradient}. Up/down multiply or divide by 10^¼.</source>
        <translation>γ, el tamaño de paso: w ← w − γ{gradient}. Arriba/abajo multiplica o divide por 10^¼.</translation>
    </message>
    <message>
        <source>learning rate γ on a log scale</source>
        <translation>tasa de aprendizaje γ en escala logarítmica</translation>
    </message>
    <message>
        <source>γ on a log scale from 1e-5 to 10</source>
        <translation>γ en escala logarítmica de 1e-5 a 10</translation>
    </message>
    <message>
        <source>learning rate γ</source>
        <translation>tasa de aprendizaje γ</translation>
    </message>
</context>
<context>
    <name>Lesson</name>
    <message>
        <source>the curvature box and the Hessian&apos;s eigenvector axes (Function tab)</source>
        <translation>el recuadro de curvatura y los ejes de autovectores de la hessiana (pestaña Función)</translation>
    </message>
    <message>
        <source>the gradient and step arrows at the current point (Function tab)</source>
        <translation>las flechas del gradiente y del paso en el punto actual (pestaña Función)</translation>
    </message>
    <message>
        <source>what each optimiser carries into its next step (Compare tab)</source>
        <translation>lo que cada optimizador lleva a su siguiente paso (pestaña Comparar)</translation>
    </message>
    <message>
        <source>the loss curve on a log scale (Function and MLP tabs)</source>
        <translation>la curva de pérdida en escala logarítmica (pestañas Función y MLP)</translation>
    </message>
    <message>
        <source>must be text (a string, or a list of lines)</source>
        <translation>debe ser texto (una cadena o una lista de líneas)</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>debe ser texto</translation>
    </message>
    <message>
        <source>must be at most {longest} characters long, not {value}</source>
        <translation>debe tener como máximo {longest} caracteres, no {value}</translation>
    </message>
    <message>
        <source>must hold no control characters</source>
        <translation>no debe contener caracteres de control</translation>
    </message>
    <message>
        <source>must hold no control characters and no line breaks</source>
        <translation>no debe contener caracteres de control ni saltos de línea</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>holds HTML ({shown}…): a lesson&apos;s text is plain text with the README&apos;s Markdown marks, and no tags</source>
        <translation>contiene HTML ({shown}…): el texto de una lección es texto plano con las marcas Markdown del README, sin etiquetas</translation>
    </message>
    <message>
        <source>holds a link or an image ([…](…)): a lesson shows no links and no remote content</source>
        <translation>contiene un enlace o una imagen ([…](…)): una lección no muestra enlaces ni contenido remoto</translation>
    </message>
    <message>
        <source>must give at_least, below or both</source>
        <translation>debe indicar at_least, below o ambos</translation>
    </message>
    <message>
        <source>needs at_least &lt; below, not {at_least} and {below}</source>
        <translation>necesita at_least &lt; below, no {at_least} y {below}</translation>
    </message>
    <message>
        <source>must be a number or a range such as {{&quot;at_least&quot;: 10, &quot;below&quot;: 100}}, since {about} is a number</source>
        <translation>debe ser un número o un rango como {{&quot;at_least&quot;: 10, &quot;below&quot;: 100}}, ya que {about} es un número</translation>
    </message>
    <message>
        <source>asks about the {source} run, but the step&apos;s setup has no {section} section</source>
        <translation>pregunta por la ejecución {source}, pero la configuración del paso no tiene sección {section}</translation>
    </message>
    <message>
        <source>asks about the sweep, but the step&apos;s setup.compare has no sweep</source>
        <translation>pregunta por el barrido, pero setup.compare del paso no tiene barrido</translation>
    </message>
    <message>
        <source>names a run of the race, which only the race.status, race.steps and race.final_… questions take</source>
        <translation>indica una ejecución de la carrera, que solo admiten las preguntas race.status, race.steps y race.final_…</translation>
    </message>
    <message>
        <source>is for a question that asks for a number, not for multiple choice</source>
        <translation>es para una pregunta que pide un número, no para opción múltiple</translation>
    </message>
    <message>
        <source>must be a list of 2 to {limit} choices</source>
        <translation>debe ser una lista de 2 a {limit} opciones</translation>
    </message>
    <message>
        <source>repeats the choice “{text}”</source>
        <translation>repite la opción «{text}»</translation>
    </message>
    <message>
        <source>must be the text of one of the choices</source>
        <translation>debe ser el texto de una de las opciones</translation>
    </message>
    <message>
        <source>are missing: {about} is not a number, so the question offers choices</source>
        <translation>faltan: {about} no es un número, así que la pregunta ofrece opciones</translation>
    </message>
    <message>
        <source>must be {&quot;absolute&quot;: d} or {&quot;relative&quot;: r}</source>
        <translation>debe ser {&quot;absolute&quot;: d} o {&quot;relative&quot;: r}</translation>
    </message>
    <message>
        <source>is missing: a step names the tab it shows</source>
        <translation>falta: un paso indica la pestaña que muestra</translation>
    </message>
    <message>
        <source>the race runs on its f</source>
        <translation>la carrera se ejecuta sobre su f</translation>
    </message>
    <message>
        <source>the {tab} tab shows it</source>
        <translation>la pestaña {tab} lo muestra</translation>
    </message>
    <message>
        <source>is missing: {reason}</source>
        <translation>falta: {reason}</translation>
    </message>
    <message>
        <source>{where}setup.function.max_steps must be at most {limit} in a lesson, not {steps}</source>
        <translation>{where}setup.function.max_steps debe ser como máximo {limit} en una lección, no {steps}</translation>
    </message>
    <message>
        <source>uses a CSV file: a lesson uses a built-in task, since a file it named would be missing on the students&apos; computers</source>
        <translation>usa un archivo CSV: una lección usa una tarea integrada, porque un archivo indicado faltaría en los ordenadores de los estudiantes</translation>
    </message>
    <message>
        <source>trains too long for a lesson: parameters × training points × steps must be at most {limit}</source>
        <translation>entrena demasiado para una lección: parámetros × puntos de entrenamiento × pasos debe ser como máximo {limit}</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>this is not a gdstudio lesson: the file must hold a JSON object</source>
        <translation>esto no es una lección de gdstudio: el archivo debe contener un objeto JSON</translation>
    </message>
    <message>
        <source>this is not a gdstudio lesson (its format is not {format})</source>
        <translation>esto no es una lección de gdstudio (su formato no es {format})</translation>
    </message>
    <message>
        <source>the lesson has no valid version</source>
        <translation>la lección no tiene una versión válida</translation>
    </message>
    <message>
        <source>the lesson was written by a newer gdstudio (version {version}); update gdstudio to open it</source>
        <translation>la lección la escribió un gdstudio más reciente (versión {version}); actualice gdstudio para abrirla</translation>
    </message>
    <message>
        <source>must be a list of 1 to {limit} steps</source>
        <translation>debe ser una lista de 1 a {limit} pasos</translation>
    </message>
</context>
<context>
    <name>LessonEditor</name>
    <message>
        <source>No question</source>
        <translation>Sin pregunta</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>Opción múltiple</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>Un número</translation>
    </message>
    <message>
        <source>as it is</source>
        <translation>como está</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>Function tab</source>
        <translation>Pestaña Función</translation>
    </message>
    <message>
        <source>MLP task</source>
        <translation>Tarea MLP</translation>
    </message>
    <message>
        <source>Compare tab (race and sweep)</source>
        <translation>Pestaña Comparar (carrera y barrido)</translation>
    </message>
    <message>
        <source>A blank line starts a paragraph; “- ” a bullet, “1. ” a numbered item; *emphasis*, **strong**, `code`. Write maths in Unicode: γ, ∇f, x², w ← w − γ∇f. No links, images or tags.</source>
        <translation>Una línea en blanco inicia un párrafo; «- », una viñeta; «1. », un elemento numerado; *énfasis*, **fuerte**, `código`. Escriba las matemáticas en Unicode: γ, ∇f, x², w ← w − γ∇f. Sin enlaces, imágenes ni etiquetas.</translation>
    </message>
    <message>
        <source>converged</source>
        <translation>convergió</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>divergió</translation>
    </message>
    <message>
        <source>max_steps</source>
        <translation>límite de pasos alcanzado</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>indefinido</translation>
    </message>
    <message>
        <source>line_search_failed</source>
        <translation>búsqueda lineal fallida</translation>
    </message>
    <message>
        <source>no_descent</source>
        <translation>sin descenso</translation>
    </message>
    <message>
        <source>minimum</source>
        <translation>mínimo</translation>
    </message>
    <message>
        <source>saddle</source>
        <translation>punto de silla</translation>
    </message>
    <message>
        <source>maximum</source>
        <translation>máximo</translation>
    </message>
    <message>
        <source>flat</source>
        <translation>plano</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>{what} must be a number, not “{text}”</source>
        <translation>{what} debe ser un número, no «{text}»</translation>
    </message>
    <message>
        <source>{what} must be a finite number</source>
        <translation>{what} debe ser un número finito</translation>
    </message>
    <message>
        <source>{what} is empty: type {syntax}</source>
        <translation>{what} está vacío: escriba {syntax}</translation>
    </message>
    <message>
        <source>{what} must be {syntax}, not “{text}”</source>
        <translation>{what} debe ser {syntax}, no «{text}»</translation>
    </message>
    <message>
        <source>New lesson</source>
        <translation>Nueva lección</translation>
    </message>
    <message>
        <source>Lesson details</source>
        <translation>Detalles de la lección</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>the right answer</source>
        <translation>la respuesta correcta</translation>
    </message>
    <message>
        <source>the choice, as the student reads it</source>
        <translation>la opción, tal como la lee el estudiante</translation>
    </message>
    <message>
        <source>remove this choice</source>
        <translation>quitar esta opción</translation>
    </message>
    <message>
        <source>right when the run gives</source>
        <translation>correcta si la ejecución da</translation>
    </message>
    <message>
        <source>Step {number}, on the {tab} tab: edit</source>
        <translation>Paso {number}, en la pestaña {tab}: editar</translation>
    </message>
    <message>
        <source>Step {number}, on the {tab} tab: add the current set-up</source>
        <translation>Paso {number}, en la pestaña {tab}: añadir la configuración actual</translation>
    </message>
    <message>
        <source>the {tab} tab this step shows needs it</source>
        <translation>la pestaña {tab} que muestra este paso lo necesita</translation>
    </message>
    <message>
        <source>also load this tab&apos;s settings when the step is shown</source>
        <translation>cargar también los ajustes de esta pestaña cuando se muestre el paso</translation>
    </message>
    <message>
        <source>Sets up</source>
        <translation>Configura</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Question, asked before the run</source>
        <translation>Pregunta, hecha antes de la ejecución</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>run</source>
        <translation>ejecución</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <source>Suggest a question from the run</source>
        <translation>Sugerir una pregunta a partir de la ejecución</translation>
    </message>
    <message>
        <source>The studio&apos;s run</source>
        <translation>La ejecución del estudio</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Enunciado</translation>
    </message>
    <message>
        <source>Add a choice</source>
        <translation>Añadir una opción</translation>
    </message>
    <message>
        <source>Choices (● the right one)</source>
        <translation>Opciones (● la correcta)</translation>
    </message>
    <message>
        <source>± (absolute)</source>
        <translation>± (absoluta)</translation>
    </message>
    <message>
        <source>± % (relative)</source>
        <translation>± % (relativa)</translation>
    </message>
    <message>
        <source>within</source>
        <translation>con tolerancia</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Why (shown with the verdict)</source>
        <translation>Por qué (se muestra con el veredicto)</translation>
    </message>
    <message>
        <source>Try this, and what to show</source>
        <translation>Pruebe esto, y qué mostrar</translation>
    </message>
    <message>
        <source>“Try this” hint</source>
        <translation>Pista «Pruebe esto»</translation>
    </message>
    <message>
        <source>The step&apos;s runs cannot be made: {problem}</source>
        <translation>Las ejecuciones del paso no se pueden realizar: {problem}</translation>
    </message>
    <message>
        <source>cannot be made: {problem}</source>
        <translation>no se puede realizar: {problem}</translation>
    </message>
    <message>
        <source>making the step&apos;s runs…</source>
        <translation>realizando las ejecuciones del paso…</translation>
    </message>
    <message>
        <source>run {number}: {optimizer}, γ = {learning_rate}</source>
        <translation>ejecución {number}: {optimizer}, γ = {learning_rate}</translation>
    </message>
    <message>
        <source>no run (none converges)</source>
        <translation>ninguna ejecución (ninguna converge)</translation>
    </message>
    <message>
        <source>choice {number}&apos;s condition</source>
        <translation>la condición de la opción {number}</translation>
    </message>
    <message>
        <source>the answer</source>
        <translation>la respuesta</translation>
    </message>
    <message>
        <source>the tolerance</source>
        <translation>la tolerancia</translation>
    </message>
    <message>
        <source>Checking the answer against the studio&apos;s run…</source>
        <translation>Comprobando la respuesta con la ejecución del estudio…</translation>
    </message>
    <message>
        <source>no question</source>
        <translation>sin pregunta</translation>
    </message>
    <message>
        <source>Edit lesson</source>
        <translation>Editar lección</translation>
    </message>
    <message>
        <source>Add the current set-up…</source>
        <translation>Añadir la configuración actual…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Save lesson…</source>
        <translation>Guardar lección…</translation>
    </message>
</context>
<context>
    <name>LessonOutcome</name>
    <message>
        <source>converge</source>
        <translation>converger</translation>
    </message>
    <message>
        <source>stall</source>
        <translation>estancarse</translation>
    </message>
    <message>
        <source>diverge</source>
        <translation>diverger</translation>
    </message>
    <message>
        <source>leave f&apos;s domain</source>
        <translation>salir del dominio de f</translation>
    </message>
    <message>
        <source>a minimum</source>
        <translation>un mínimo</translation>
    </message>
    <message>
        <source>a saddle point</source>
        <translation>un punto de silla</translation>
    </message>
    <message>
        <source>it does not stop</source>
        <translation>no se detiene</translation>
    </message>
    <message>
        <source>the step makes no {source} run, so it has no {quantity}</source>
        <translation>el paso no hace ninguna ejecución {source}, así que no tiene {quantity}</translation>
    </message>
    <message>
        <source>the race has runs 1 to {runs}, not {run}</source>
        <translation>la carrera tiene las ejecuciones 1 a {runs}, no {run}</translation>
    </message>
    <message>
        <source>the run {ended}</source>
        <translation>la ejecución {ended}</translation>
    </message>
    <message>
        <source>the run made {steps} steps: it {ended}</source>
        <translation>la ejecución dio {steps} pasos: {ended}</translation>
    </message>
    <message>
        <source>the run {ended}, and it gives no {quantity}</source>
        <translation>la ejecución {ended} y no da {quantity}</translation>
    </message>
    <message>
        <source>the run ended at {axis} = {value} ({ended})</source>
        <translation>la ejecución terminó en {axis} = {value} ({ended})</translation>
    </message>
    <message>
        <source>at the start w₀ = ({x}, {y}) the gradient&apos;s ∂f/∂{axis} is {value}</source>
        <translation>en el inicio w₀ = ({x}, {y}) la componente ∂f/∂{axis} del gradiente es {value}</translation>
    </message>
    <message>
        <source>the first update moved the run to w₁ with {axis} = {value}</source>
        <translation>la primera actualización llevó la ejecución a w₁ con {axis} = {value}</translation>
    </message>
    <message>
        <source>the run ended at f = {value} ({ended})</source>
        <translation>la ejecución terminó en f = {value} ({ended})</translation>
    </message>
    <message>
        <source>‖∇f‖ at the run&apos;s last point is {value} ({ended})</source>
        <translation>‖∇f‖ en el último punto de la ejecución es {value} ({ended})</translation>
    </message>
    <message>
        <source>the run did not converge ({ended}), so it stopped at no stationary point</source>
        <translation>la ejecución no convergió ({ended}), así que no se detuvo en ningún punto estacionario</translation>
    </message>
    <message>
        <source>the run {ended} at a minimum</source>
        <translation>la ejecución {ended} en un mínimo</translation>
    </message>
    <message>
        <source>the run {ended} at a saddle point</source>
        <translation>la ejecución {ended} en un punto de silla</translation>
    </message>
    <message>
        <source>the run {ended} at a maximum</source>
        <translation>la ejecución {ended} en un máximo</translation>
    </message>
    <message>
        <source>the run {ended} at a flat</source>
        <translation>la ejecución {ended} en un punto plano</translation>
    </message>
    <message>
        <source>the condition number at the run&apos;s last point is κ = {value}</source>
        <translation>el número de condición en el último punto de la ejecución es κ = {value}</translation>
    </message>
    <message>
        <source>the largest stable γ at the run&apos;s last point is 2/λ_max = {value}</source>
        <translation>el mayor γ estable en el último punto de la ejecución es 2/λ_max = {value}</translation>
    </message>
    <message>
        <source>no run of the race converged</source>
        <translation>ninguna ejecución de la carrera convergió</translation>
    </message>
    <message>
        <source>run {run}, {label}, converged first, at t = {t}</source>
        <translation>la ejecución {run}, {label}, convergió primero, en t = {t}</translation>
    </message>
    <message>
        <source>run {run}: {evaluations}</source>
        <translation>ejecución {run}: {evaluations}</translation>
    </message>
    <message>
        <source>run {run}, {label}, converged with the fewest evaluations of f ({counts})</source>
        <translation>la ejecución {run}, {label}, convergió con menos evaluaciones de f ({counts})</translation>
    </message>
    <message>
        <source>run {run}, {label}, {ended}</source>
        <translation>la ejecución {run}, {label}, {ended}</translation>
    </message>
    <message>
        <source>run {run}, {label}, {ended}: {steps} steps</source>
        <translation>la ejecución {run}, {label}, {ended}: {steps} pasos</translation>
    </message>
    <message>
        <source>run {run}, {label}, {ended}, with {evaluations} evaluations</source>
        <translation>la ejecución {run}, {label}, {ended}, con {evaluations} evaluaciones</translation>
    </message>
    <message>
        <source>run {run}, {label}, {ended}, and its last point gives no number</source>
        <translation>la ejecución {run}, {label}, {ended}, y su último punto no da ningún número</translation>
    </message>
    <message>
        <source>run {run}, {label}, {ended} at f = {value}</source>
        <translation>la ejecución {run}, {label}, {ended} con f = {value}</translation>
    </message>
    <message>
        <source>run {run}, {label}, {ended} at {axis} = {value}</source>
        <translation>la ejecución {run}, {label}, {ended} con {axis} = {value}</translation>
    </message>
    <message>
        <source>no γ of the sweep converged</source>
        <translation>ningún γ del barrido convergió</translation>
    </message>
    <message>
        <source>the fastest γ of the sweep is {rate}, which converged in {steps} steps</source>
        <translation>el γ más rápido del barrido es {rate}, que convergió en {steps} pasos</translation>
    </message>
    <message>
        <source>no γ of the sweep diverged</source>
        <translation>ningún γ del barrido divergió</translation>
    </message>
    <message>
        <source>the sweep&apos;s runs diverge from γ = {rate} on</source>
        <translation>las ejecuciones del barrido divergen a partir de γ = {rate}</translation>
    </message>
    <message>
        <source>{value} of the sweep&apos;s {count} learning rates converged</source>
        <translation>convergieron {value} de las {count} tasas de aprendizaje del barrido</translation>
    </message>
    <message>
        <source>{value} of the sweep&apos;s {count} learning rates diverged</source>
        <translation>divergieron {value} de las {count} tasas de aprendizaje del barrido</translation>
    </message>
    <message>
        <source>the training {ended}</source>
        <translation>el entrenamiento {ended}</translation>
    </message>
    <message>
        <source>the training made {steps} steps: it {ended}</source>
        <translation>el entrenamiento dio {steps} pasos: {ended}</translation>
    </message>
    <message>
        <source>the {sizes} network has {value} parameters (weights and biases)</source>
        <translation>la red {sizes} tiene {value} parámetros (pesos y sesgos)</translation>
    </message>
    <message>
        <source>the training gives no {quantity}: the task is a classification</source>
        <translation>el entrenamiento no da {quantity}: la tarea es una clasificación</translation>
    </message>
    <message>
        <source>the training gives no {quantity}: the task is a regression</source>
        <translation>el entrenamiento no da {quantity}: la tarea es una regresión</translation>
    </message>
    <message>
        <source>the training ended at L(w) = {value} ({ended})</source>
        <translation>el entrenamiento terminó en L(w) = {value} ({ended})</translation>
    </message>
    <message>
        <source>the network&apos;s accuracy on the training points is {percent} % ({value})</source>
        <translation>la exactitud de la red en los puntos de entrenamiento es {percent} % ({value})</translation>
    </message>
    <message>
        <source>the network&apos;s accuracy on the test points is {percent} % ({value})</source>
        <translation>la exactitud de la red en los puntos de prueba es {percent} % ({value})</translation>
    </message>
    <message>
        <source>the network&apos;s mean squared error on the training points is {value}</source>
        <translation>el error cuadrático medio de la red en los puntos de entrenamiento es {value}</translation>
    </message>
    <message>
        <source>the network&apos;s mean squared error on the test points is {value}</source>
        <translation>el error cuadrático medio de la red en los puntos de prueba es {value}</translation>
    </message>
    <message>
        <source>became undefined at t = {t}: {failure}</source>
        <translation>quedó indefinida en t = {t}: {failure}</translation>
    </message>
    <message>
        <source>became undefined at t = {t}</source>
        <translation>quedó indefinida en t = {t}</translation>
    </message>
    <message>
        <source>“{text}”</source>
        <translation>«{text}»</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} y {second}</translation>
    </message>
    <message>
        <source>the descent cannot be run: {error}</source>
        <translation>no se puede ejecutar el descenso: {error}</translation>
    </message>
    <message>
        <source>the MLP cannot be trained: {error}</source>
        <translation>no se puede entrenar el MLP: {error}</translation>
    </message>
    <message>
        <source>type a number, for example 27 or 0.5, not {text}</source>
        <translation>escriba un número, por ejemplo 27 o 0.5, no {text}</translation>
    </message>
    <message>
        <source>type a finite number</source>
        <translation>escriba un número finito</translation>
    </message>
    <message>
        <source>choose one of {choices}</source>
        <translation>elija una de {choices}</translation>
    </message>
    <message>
        <source>{described} No choice describes that.</source>
        <translation>{described} Ninguna opción lo describe.</translation>
    </message>
    <message>
        <source>{described} Choices {choices} both describe that.</source>
        <translation>{described} Las opciones {choices} lo describen ambas.</translation>
    </message>
    <message>
        <source>{described} So the answer is “{answer}”.</source>
        <translation>{described} Así que la respuesta es «{answer}».</translation>
    </message>
    <message>
        <source>{clause}; answers within {tolerance} of it count</source>
        <translation>{clause}; cuentan las respuestas dentro de {tolerance} de ese valor</translation>
    </message>
    <message>
        <source>{described}, which none of the question&apos;s choices describes</source>
        <translation>{described}, algo que ninguna de las opciones de la pregunta describe</translation>
    </message>
    <message>
        <source>{described}, which the choices {choices} all describe: make them exclusive</source>
        <translation>{described}, algo que las opciones {choices} describen todas: hágalas excluyentes</translation>
    </message>
    <message>
        <source>the question&apos;s answer is “{written}”, but {described}, so the answer is “{answer}”</source>
        <translation>la respuesta de la pregunta es «{written}», pero {described}, así que la respuesta es «{answer}»</translation>
    </message>
    <message>
        <source>the question asks for a number, but {described}</source>
        <translation>la pregunta pide un número, pero {described}</translation>
    </message>
    <message>
        <source>the question&apos;s answer is {written}, but {described} (more than {tolerance} away)</source>
        <translation>la respuesta de la pregunta es {written}, pero {described} (a más de {tolerance})</translation>
    </message>
    <message>
        <source>step {number}: {problem}</source>
        <translation>paso {number}: {problem}</translation>
    </message>
    <message>
        <source>Predict {quantity}.</source>
        <translation>Prediga {quantity}.</translation>
    </message>
    <message>
        <source>a maximum point</source>
        <translation>un máximo</translation>
    </message>
    <message>
        <source>a flat point</source>
        <translation>un punto plano</translation>
    </message>
    <message>
        <source>run {run}, {label}</source>
        <translation>ejecución {run}, {label}</translation>
    </message>
    <message>
        <source>none of them</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>{described}: ask about something the run gives</source>
        <translation>{described}: pregunte por algo que dé la ejecución</translation>
    </message>
    <message>
        <source>none of the choices</source>
        <translation>ninguna de las opciones</translation>
    </message>
    <message>
        <source>no number</source>
        <translation>ningún número</translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <source>No lesson is open. Pick one from the Lessons menu, or open a lesson file with File → Open lesson… (Ctrl+L).</source>
        <translation>No hay ninguna lección abierta. Elija una en el menú Lecciones o abra un archivo de lección con Archivo → Abrir lección… (Ctrl+L).</translation>
    </message>
    <message>
        <source>Predict, then press Play</source>
        <translation>Prediga y luego pulse Reproducir</translation>
    </message>
    <message>
        <source>your answer, a number</source>
        <translation>su respuesta, un número</translation>
    </message>
    <message>
        <source>your number</source>
        <translation>su número</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>lock your answer in, then press Play and watch the run</source>
        <translation>fijar su respuesta; después pulse Reproducir y observe la ejecución</translation>
    </message>
    <message>
        <source>Show the verdict now</source>
        <translation>Mostrar el veredicto ya</translation>
    </message>
    <message>
        <source>judge your answer by the run without waiting for it to end on screen</source>
        <translation>juzgar su respuesta según la ejecución sin esperar a que termine en pantalla</translation>
    </message>
    <message>
        <source>Try this…</source>
        <translation>Pruebe esto…</translation>
    </message>
    <message>
        <source>a suggestion for what to try next on this step</source>
        <translation>una sugerencia de qué probar a continuación en este paso</translation>
    </message>
    <message>
        <source>Set up again</source>
        <translation>Volver a configurar</translation>
    </message>
    <message>
        <source>load this step&apos;s set-up into the studio again</source>
        <translation>cargar de nuevo la configuración de este paso en el estudio</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lección</translation>
    </message>
    <message>
        <source>Answers within {tolerance} of what the run gives count as right.</source>
        <translation>Las respuestas a {tolerance} o menos de lo que da la ejecución cuentan como correctas.</translation>
    </message>
    <message>
        <source>Your answer: {answer}. The sweep is being run with the step&apos;s set-up. (The Compare tab&apos;s Run sweep draws it.)</source>
        <translation>Su respuesta: {answer}. El barrido se está ejecutando con la configuración del paso. (En la pestaña Comparar, «Ejecutar barrido» lo dibuja).</translation>
    </message>
    <message>
        <source>Your answer: {answer}. Now press Play (Space) and watch the race.</source>
        <translation>Su respuesta: {answer}. Ahora pulse Reproducir (Espacio) y observe la carrera.</translation>
    </message>
    <message>
        <source>Your answer: {answer}. Now press Play (Space) and watch the training.</source>
        <translation>Su respuesta: {answer}. Ahora pulse Reproducir (Espacio) y observe el entrenamiento.</translation>
    </message>
    <message>
        <source>Your answer: {answer}. Now press Play (Space) and watch the run.</source>
        <translation>Su respuesta: {answer}. Ahora pulse Reproducir (Espacio) y observe la ejecución.</translation>
    </message>
    <message>
        <source>“{answer}”</source>
        <translation>«{answer}»</translation>
    </message>
    <message>
        <source>This step&apos;s runs cannot be made: {problem}</source>
        <translation>Las ejecuciones de este paso no se pueden realizar: {problem}</translation>
    </message>
    <message>
        <source>Your answer: {answer}. Checking it against the run…</source>
        <translation>Su respuesta: {answer}. Comprobándola con la ejecución…</translation>
    </message>
    <message>
        <source>✓ Right</source>
        <translation>✓ Correcto</translation>
    </message>
    <message>
        <source>✗ Not quite</source>
        <translation>✗ No exactamente</translation>
    </message>
    <message>
        <source>You answered {answer}. {explanation}</source>
        <translation>Usted respondió {answer}. {explanation}</translation>
    </message>
    <message>
        <source>You changed the set-up after this step loaded it: the verdict describes the step&apos;s own set-up. Set up again loads it back.</source>
        <translation>Usted cambió la configuración después de que este paso la cargara: el veredicto describe la configuración propia del paso. «Volver a configurar» la carga de nuevo.</translation>
    </message>
</context>
<context>
    <name>LessonQuantities</name>
    <message>
        <source>how the run ends</source>
        <translation>cómo termina la ejecución</translation>
    </message>
    <message>
        <source>the steps the run makes</source>
        <translation>los pasos que da la ejecución</translation>
    </message>
    <message>
        <source>∂f/∂x at the start point w₀</source>
        <translation>∂f/∂x en el punto inicial w₀</translation>
    </message>
    <message>
        <source>∂f/∂y at the start point w₀</source>
        <translation>∂f/∂y en el punto inicial w₀</translation>
    </message>
    <message>
        <source>x of w₁, the point after the first update</source>
        <translation>x de w₁, el punto tras la primera actualización</translation>
    </message>
    <message>
        <source>y of w₁, the point after the first update</source>
        <translation>y de w₁, el punto tras la primera actualización</translation>
    </message>
    <message>
        <source>x of the run&apos;s last point</source>
        <translation>x del último punto de la ejecución</translation>
    </message>
    <message>
        <source>y of the run&apos;s last point</source>
        <translation>y del último punto de la ejecución</translation>
    </message>
    <message>
        <source>f at the run&apos;s last point</source>
        <translation>f en el último punto de la ejecución</translation>
    </message>
    <message>
        <source>‖∇f‖ at the run&apos;s last point</source>
        <translation>‖∇f‖ en el último punto de la ejecución</translation>
    </message>
    <message>
        <source>the kind of point the run stops at</source>
        <translation>el tipo de punto en el que se detiene la ejecución</translation>
    </message>
    <message>
        <source>the condition number κ at the run&apos;s last point</source>
        <translation>el número de condición κ en el último punto de la ejecución</translation>
    </message>
    <message>
        <source>the largest stable γ = 2/λ_max at the run&apos;s last point</source>
        <translation>el mayor γ estable = 2/λ_max en el último punto de la ejecución</translation>
    </message>
    <message>
        <source>how a run of the race ends</source>
        <translation>cómo termina una ejecución de la carrera</translation>
    </message>
    <message>
        <source>the steps a run of the race makes</source>
        <translation>los pasos que da una ejecución de la carrera</translation>
    </message>
    <message>
        <source>x of a race run&apos;s last point</source>
        <translation>x del último punto de una ejecución de la carrera</translation>
    </message>
    <message>
        <source>y of a race run&apos;s last point</source>
        <translation>y del último punto de una ejecución de la carrera</translation>
    </message>
    <message>
        <source>f at a race run&apos;s last point</source>
        <translation>f en el último punto de una ejecución de la carrera</translation>
    </message>
    <message>
        <source>the run of the race that converges first</source>
        <translation>la ejecución de la carrera que converge primero</translation>
    </message>
    <message>
        <source>the evaluations of f (each with its ∇f) a run of the race makes</source>
        <translation>las evaluaciones de f (cada una con su ∇f) que hace una ejecución de la carrera</translation>
    </message>
    <message>
        <source>the run of the race that converges with the fewest evaluations of f</source>
        <translation>la ejecución de la carrera que converge con menos evaluaciones de f</translation>
    </message>
    <message>
        <source>the γ of the sweep that converges in the fewest steps</source>
        <translation>el γ del barrido que converge en menos pasos</translation>
    </message>
    <message>
        <source>the smallest γ of the sweep that diverges</source>
        <translation>el menor γ del barrido que diverge</translation>
    </message>
    <message>
        <source>how many γ of the sweep converge</source>
        <translation>cuántos γ del barrido convergen</translation>
    </message>
    <message>
        <source>how many γ of the sweep diverge</source>
        <translation>cuántos γ del barrido divergen</translation>
    </message>
    <message>
        <source>how the training ends</source>
        <translation>cómo termina el entrenamiento</translation>
    </message>
    <message>
        <source>the steps the training makes</source>
        <translation>los pasos que da el entrenamiento</translation>
    </message>
    <message>
        <source>L(w) at the training&apos;s last step</source>
        <translation>L(w) en el último paso del entrenamiento</translation>
    </message>
    <message>
        <source>the accuracy on the training points (0 to 1)</source>
        <translation>la exactitud en los puntos de entrenamiento (0 a 1)</translation>
    </message>
    <message>
        <source>the accuracy on the test points (0 to 1)</source>
        <translation>la exactitud en los puntos de prueba (0 a 1)</translation>
    </message>
    <message>
        <source>the mean squared error on the training points</source>
        <translation>el error cuadrático medio en los puntos de entrenamiento</translation>
    </message>
    <message>
        <source>the mean squared error on the test points</source>
        <translation>el error cuadrático medio en los puntos de prueba</translation>
    </message>
    <message>
        <source>the network&apos;s parameters (weights and biases)</source>
        <translation>los parámetros de la red (pesos y sesgos)</translation>
    </message>
</context>
<context>
    <name>LessonQuestions</name>
    <message>
        <source>at least {low}</source>
        <translation>al menos {low}</translation>
    </message>
    <message>
        <source>below {high}</source>
        <translation>por debajo de {high}</translation>
    </message>
    <message>
        <source>from {low} to below {high}</source>
        <translation>de {low} a menos de {high}</translation>
    </message>
</context>
<context>
    <name>LessonSlides</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Question:&lt;/b&gt; {prompt}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Pregunta:&lt;/b&gt; {prompt}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Answer with a number (right within {tolerance}).&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Responda con un número (correcto con una tolerancia de {tolerance}).&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The studio&apos;s answer:&lt;/b&gt; {answer}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;La respuesta del estudio:&lt;/b&gt; {answer}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{lesson}  ·  step {number} of {count}  ·  the answer</source>
        <translation>{lesson}  ·  paso {number} de {count}  ·  la respuesta</translation>
    </message>
    <message>
        <source>{lesson}  ·  step {number} of {count}</source>
        <translation>{lesson}  ·  paso {number} de {count}</translation>
    </message>
</context>
<context>
    <name>LessonStudio</name>
    <message>
        <source>gdstudio lessons ({pattern});;JSON files (*.json);;All files (*)</source>
        <translation>Lecciones de gdstudio ({pattern});;Archivos JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lección</translation>
    </message>
    <message>
        <source>&amp;Lesson panel</source>
        <translation>&amp;Panel de lección</translation>
    </message>
    <message>
        <source>show or hide the lesson beside the tabs</source>
        <translation>mostrar u ocultar la lección junto a las pestañas</translation>
    </message>
    <message>
        <source>Open &amp;lesson…</source>
        <translation>Abrir &amp;lección…</translation>
    </message>
    <message>
        <source>open a lesson file</source>
        <translation>abrir un archivo de lección</translation>
    </message>
    <message>
        <source>&amp;New lesson…</source>
        <translation>&amp;Nueva lección…</translation>
    </message>
    <message>
        <source>start writing a lesson of your own</source>
        <translation>empezar a escribir una lección propia</translation>
    </message>
    <message>
        <source>&amp;Add current set-up as a step…</source>
        <translation>&amp;Añadir la configuración actual como paso…</translation>
    </message>
    <message>
        <source>the studio as it is now becomes the lesson&apos;s next step</source>
        <translation>el estudio, tal como está ahora, pasa a ser el siguiente paso de la lección</translation>
    </message>
    <message>
        <source>&amp;Edit lesson…</source>
        <translation>&amp;Editar lección…</translation>
    </message>
    <message>
        <source>the lesson&apos;s details and steps: edit, delete, reorder</source>
        <translation>los detalles y pasos de la lección: editar, eliminar, reordenar</translation>
    </message>
    <message>
        <source>&amp;Save lesson…</source>
        <translation>&amp;Guardar lección…</translation>
    </message>
    <message>
        <source>check every answer against the studio&apos;s runs, then save</source>
        <translation>comprobar cada respuesta con las ejecuciones del estudio y luego guardar</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lecciones</translation>
    </message>
    <message>
        <source>The tabs leave the lesson panel little room at this zoom: View → Side panel (Ctrl+B) hides their settings to give it more.</source>
        <translation>Con este zoom, las pestañas dejan poco espacio al panel de lección: Ver → Panel lateral (Ctrl+B) oculta sus ajustes para darle más.</translation>
    </message>
    <message>
        <source>Lesson “{title}”: {count} steps. Answer each question before you press Play.</source>
        <translation>Lección «{title}»: {count} pasos. Responda cada pregunta antes de pulsar Reproducir.</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>Abrir lección</translation>
    </message>
    <message>
        <source>Cannot open the lesson</source>
        <translation>No se puede abrir la lección</translation>
    </message>
    <message>
        <source>Start a new lesson</source>
        <translation>Empezar una lección nueva</translation>
    </message>
    <message>
        <source>“{title}” has steps that are not saved. Start a new lesson anyway?</source>
        <translation>«{title}» tiene pasos sin guardar. ¿Empezar una lección nueva de todos modos?</translation>
    </message>
    <message>
        <source>New lesson “{title}”: set the studio up, then Lessons → Add current set-up as a step.</source>
        <translation>Nueva lección «{title}»: configure el estudio y luego Lecciones → Añadir la configuración actual como paso.</translation>
    </message>
    <message>
        <source>Step {number} added to “{title}”. Lessons → Save lesson… writes the file.</source>
        <translation>Paso {number} añadido a «{title}». Lecciones → Guardar lección… escribe el archivo.</translation>
    </message>
    <message>
        <source>Checking every answer against the studio&apos;s runs…</source>
        <translation>Comprobando cada respuesta con las ejecuciones del estudio…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Save lesson</source>
        <translation>Guardar lección</translation>
    </message>
    <message>
        <source>The lesson has no steps yet: set the studio up, then Lessons → Add current set-up as a step.</source>
        <translation>La lección aún no tiene pasos: configure el estudio y luego Lecciones → Añadir la configuración actual como paso.</translation>
    </message>
    <message>
        <source>Cannot save the lesson</source>
        <translation>No se puede guardar la lección</translation>
    </message>
    <message>
        <source>Saving cancelled: nothing was written.</source>
        <translation>Guardado cancelado: no se escribió nada.</translation>
    </message>
    <message>
        <source>step {number}: {problem}</source>
        <translation>paso {number}: {problem}</translation>
    </message>
    <message>
        <source>Saved {name}: {count} steps.</source>
        <translation>{name} guardado: {count} pasos.</translation>
    </message>
</context>
<context>
    <name>LineSearch</name>
    <message>
        <source>fixed γ</source>
        <translation>γ fijo</translation>
    </message>
    <message>
        <source>α = γ_t: the learning rate (and its schedule), one evaluation a step.</source>
        <translation>α = γ_t: la tasa de aprendizaje (y su programa), una evaluación por paso.</translation>
    </message>
    <message>
        <source>backtracking (Armijo)</source>
        <translation>retroceso (Armijo)</translation>
    </message>
    <message>
        <source>α = γ, then α ← ρα until f(w + αd) ≤ f(w) + c₁α∇fᵀd.</source>
        <translation>α = γ, luego α ← ρα hasta que f(w + αd) ≤ f(w) + c₁α∇fᵀd.</translation>
    </message>
    <message>
        <source>strong Wolfe</source>
        <translation>Wolfe fuerte</translation>
    </message>
    <message>
        <source>bracket and zoom until f falls enough (c₁) and the slope flattens (|φ′(α)| ≤ c₂|φ′(0)|); at most 25 evaluations.</source>
        <translation>acotar y hacer zoom hasta que f baje lo suficiente (c₁) y la pendiente se aplane (|φ′(α)| ≤ c₂|φ′(0)|); como máximo 25 evaluaciones.</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exacta</translation>
    </message>
    <message>
        <source>the minimiser of f along the ray: closed form on a quadratic, a 1-D search otherwise.</source>
        <translation>el minimizador de f a lo largo del rayo: forma cerrada en una cuadrática, una búsqueda 1-D en otro caso.</translation>
    </message>
    <message>
        <source>c1 must be between 0 and 1 (exclusive), not {c1}</source>
        <translation>c1 debe estar entre 0 y 1 (sin incluirlos), no {c1}</translation>
    </message>
    <message>
        <source>c2 must be between 0 and 1 (exclusive), not {c2}</source>
        <translation>c2 debe estar entre 0 y 1 (sin incluirlos), no {c2}</translation>
    </message>
    <message>
        <source>c2 must be between c1 = {c1} and 1 (exclusive), not {c2}</source>
        <translation>c2 debe estar entre c1 = {c1} y 1 (sin incluirlos), no {c2}</translation>
    </message>
    <message>
        <source>the shrink factor ρ must be between 0 and 1 (exclusive), not {shrink}</source>
        <translation>el factor de reducción ρ debe estar entre 0 y 1 (sin incluirlos), no {shrink}</translation>
    </message>
    <message>
        <source>no step size satisfied the Armijo condition f(w + αd) ≤ f(w) + c₁α∇fᵀd in {trials} trials (down to α = {alpha})</source>
        <translation>ningún tamaño de paso cumplió la condición de Armijo f(w + αd) ≤ f(w) + c₁α∇fᵀd en {trials} intentos (hasta α = {alpha})</translation>
    </message>
    <message>
        <source>the curvature condition was not met in {evaluations} evaluations: the lowest trial that satisfies the Armijo condition is taken</source>
        <translation>la condición de curvatura no se cumplió en {evaluations} evaluaciones: se toma el intento más bajo que cumple la condición de Armijo</translation>
    </message>
    <message>
        <source>the strong-Wolfe search found no step size satisfying f(w + αd) ≤ f(w) + c₁α∇fᵀd and |∇f(w + αd)ᵀd| ≤ c₂|∇fᵀd| in {evaluations} evaluations</source>
        <translation>la búsqueda de Wolfe fuerte no encontró en {evaluations} evaluaciones ningún tamaño de paso que cumpla f(w + αd) ≤ f(w) + c₁α∇fᵀd y |∇f(w + αd)ᵀd| ≤ c₂|∇fᵀd|</translation>
    </message>
    <message>
        <source>f is unbounded below along d (dᵀHd ≤ 0): no minimiser on the ray</source>
        <translation>f no está acotada inferiormente a lo largo de d (dᵀHd ≤ 0): no hay minimizador en el rayo</translation>
    </message>
    <message>
        <source>{evaluations} evaluations did not pin the minimiser down to |φ′(α)| ≤ 10⁻⁸|φ′(0)|: the lowest trial is taken</source>
        <translation>{evaluations} evaluaciones no acotaron el minimizador a |φ′(α)| ≤ 10⁻⁸|φ′(0)|: se toma el intento más bajo</translation>
    </message>
    <message>
        <source>the exact search found no lower point along d in {evaluations} evaluations</source>
        <translation>la búsqueda exacta no encontró un punto más bajo a lo largo de d en {evaluations} evaluaciones</translation>
    </message>
</context>
<context>
    <name>LineSearchPlot</name>
    <message>
        <source>fixed γ</source>
        <translation>γ fijo</translation>
    </message>
    <message>
        <source>backtracking (Armijo)</source>
        <translation>retroceso (Armijo)</translation>
    </message>
    <message>
        <source>strong Wolfe</source>
        <translation>Wolfe fuerte</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exacta</translation>
    </message>
    <message>
        <source>line-search plot</source>
        <translation>gráfico de la búsqueda lineal</translation>
    </message>
    <message>
        <source>step size α</source>
        <translation>tamaño de paso α</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>step {step}: {rule}, 1 trial, {taken}</source>
        <translation>paso {step}: {rule}, 1 intento, {taken}</translation>
    </message>
    <message>
        <source>step {step}: 1 trial, {taken}</source>
        <translation>paso {step}: 1 intento, {taken}</translation>
    </message>
    <message>
        <source>step {step}: {rule}, {count} trials, {taken}</source>
        <translation>paso {step}: {rule}, {count} intentos, {taken}</translation>
    </message>
    <message>
        <source>step {step}: {count} trials, {taken}</source>
        <translation>paso {step}: {count} intentos, {taken}</translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <source>step t</source>
        <translation>paso t</translation>
    </message>
    <message>
        <source>loss {quantity}</source>
        <translation>pérdida {quantity}</translation>
    </message>
    <message>
        <source>f reaches 0: a log axis has no 0, so those steps are left as gaps</source>
        <translation>f llega a 0: un eje logarítmico no tiene 0, así que esos pasos quedan como huecos</translation>
    </message>
    <message>
        <source>{quantity}, log scale</source>
        <translation>{quantity}, escala log.</translation>
    </message>
    <message>
        <source>loss {quantity} against the step t</source>
        <translation>pérdida {quantity} frente al paso t</translation>
    </message>
</context>
<context>
    <name>LossScale</name>
    <message>
        <source>{name} goes below 0 (min {lowest})</source>
        <translation>{name} baja de 0 (mín. {lowest})</translation>
    </message>
    <message>
        <source>{name} reaches 0</source>
        <translation>{name} llega a 0</translation>
    </message>
    <message>
        <source>{where}: the loss axis shows {name} − min {name} on a log scale</source>
        <translation>{where}: el eje de pérdida muestra {name} − min {name} en escala logarítmica</translation>
    </message>
    <message>
        <source>{where}: a log axis has no 0, so the zeros are drawn at the lowest positive {name}, {lowest}</source>
        <translation>{where}: un eje logarítmico no tiene 0, así que los ceros se dibujan en el menor {name} positivo, {lowest}</translation>
    </message>
    <message>
        <source>{where}: the loss is shown on a linear axis</source>
        <translation>{where}: la pérdida se muestra en un eje lineal</translation>
    </message>
</context>
<context>
    <name>MLPBatchRace</name>
    <message>
        <source>full batch (N = {count})</source>
        <translation>lote completo (N = {count})</translation>
    </message>
    <message>
        <source>mini-batches of {size}, γ = {learning_rate}</source>
        <translation>minilotes de {size}, γ = {learning_rate}</translation>
    </message>
    <message>
        <source>mini-batches of {size}, constant γ = {learning_rate}</source>
        <translation>minilotes de {size}, γ constante = {learning_rate}</translation>
    </message>
    <message>
        <source>mini-batches of {size}, {schedule} {formula}</source>
        <translation>minilotes de {size}, {schedule} {formula}</translation>
    </message>
</context>
<context>
    <name>MLPDataFile</name>
    <message>
        <source>row {row}, column {column}: {cell} is not a number</source>
        <translation>fila {row}, columna {column}: {cell} no es un número</translation>
    </message>
    <message>
        <source>row {row}, column {column}: {cell} is not a finite number</source>
        <translation>fila {row}, columna {column}: {cell} no es un número finito</translation>
    </message>
    <message>
        <source>the file is too large: at most {megabytes} MB</source>
        <translation>el archivo es demasiado grande: como máximo {megabytes} MB</translation>
    </message>
    <message>
        <source>the file is not a text file (it contains NUL bytes)</source>
        <translation>el archivo no es un archivo de texto (contiene bytes NUL)</translation>
    </message>
    <message>
        <source>row {row}: a quoted cell runs on over several lines (is a closing quote missing?)</source>
        <translation>fila {row}: una celda entre comillas ocupa varias líneas (¿falta una comilla de cierre?)</translation>
    </message>
    <message>
        <source>the file has too many rows: at most {rows}</source>
        <translation>el archivo tiene demasiadas filas: como máximo {rows}</translation>
    </message>
    <message>
        <source>the file is not valid CSV: {error}</source>
        <translation>el archivo no es un CSV válido: {error}</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>expected 3 columns (x1, x2 and a label or target) or 2 (x, t) for a regression, found {width}</source>
        <translation>se esperaban 3 columnas (x1, x2 y una etiqueta u objetivo) o 2 (x, t) para una regresión; hay {width}</translation>
    </message>
    <message>
        <source>a classification file needs 3 columns (x1, x2, label), found 2</source>
        <translation>un archivo de clasificación necesita 3 columnas (x1, x2, etiqueta); hay 2</translation>
    </message>
    <message>
        <source>the file has {rows} data rows: at least {minimum} are needed</source>
        <translation>el archivo tiene {rows} filas de datos: se necesitan al menos {minimum}</translation>
    </message>
    <message>
        <source>row {row} has {columns} columns, expected {width}</source>
        <translation>la fila {row} tiene {columns} columnas; se esperaban {width}</translation>
    </message>
    <message>
        <source>row {row}, column 3: class labels must be whole numbers, not {value}</source>
        <translation>fila {row}, columna 3: las etiquetas de clase deben ser números enteros, no {value}</translation>
    </message>
    <message>
        <source>the label column has {classes} different classes: at most {maximum} are allowed</source>
        <translation>la columna de etiquetas tiene {classes} clases distintas: se permiten como máximo {maximum}</translation>
    </message>
    <message>
        <source>the label column has only one class: a classifier needs at least 2</source>
        <translation>la columna de etiquetas tiene una sola clase: un clasificador necesita al menos 2</translation>
    </message>
    <message>
        <source>{path} is too large ({size} MB): at most {megabytes} MB</source>
        <translation>{path} es demasiado grande ({size} MB): como máximo {megabytes} MB</translation>
    </message>
    <message>
        <source>cannot read {path}: {error}</source>
        <translation>no se puede leer {path}: {error}</translation>
    </message>
    <message>
        <source>{path} is too large: at most {megabytes} MB</source>
        <translation>{path} es demasiado grande: como máximo {megabytes} MB</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text (byte {byte})</source>
        <translation>{path} no es texto UTF-8 (byte {byte})</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>no es un objeto</translation>
    </message>
    <message>
        <source>the seed is not a whole number</source>
        <translation>la semilla no es un número entero</translation>
    </message>
    <message>
        <source>the number of samples is not a whole number</source>
        <translation>el número de muestras no es un número entero</translation>
    </message>
    <message>
        <source>{key} is missing</source>
        <translation>falta {key}</translation>
    </message>
    <message>
        <source>the data settings are damaged: {problem}</source>
        <translation>la configuración de datos está dañada: {problem}</translation>
    </message>
</context>
<context>
    <name>MLPFan</name>
    <message>
        <source>the batch size must be a whole number from 1 to the {count} training points, not {value}</source>
        <translation>el tamaño de lote debe ser un número entero de 1 a los {count} puntos de entrenamiento, no {value}</translation>
    </message>
</context>
<context>
    <name>MLPFanFigure</name>
    <message>
        <source>{count} batches of one epoch</source>
        <translation>{count} lotes de una época</translation>
    </message>
    <message>
        <source>{count} random batches</source>
        <translation>{count} lotes aleatorios</translation>
    </message>
    <message>
        <source>{what}, B = {batch} of N = {count}:  mean of the batch gradients = ∇L (‖mean − ∇L‖ = {distance}, ‖∇L‖ = {norm});  spread E‖g_B − ∇L‖² = {measured} measured, (N − B)/(B(N − 1))·σ² = {formula}</source>
        <translation>{what}, B = {batch} de N = {count}:  media de los gradientes de lote = ∇L (‖media − ∇L‖ = {distance}, ‖∇L‖ = {norm});  dispersión E‖g_B − ∇L‖² = {measured} medida, (N − B)/(B(N − 1))·σ² = {formula}</translation>
    </message>
    <message>
        <source>the {count} batches of epoch {epoch}</source>
        <translation>los {count} lotes de la época {epoch}</translation>
    </message>
    <message>
        <source>exact on (w, b)</source>
        <translation>exacto en (w, b)</translation>
    </message>
    <message>
        <source>projected on the map&apos;s plane</source>
        <translation>proyectado en el plano del mapa</translation>
    </message>
    <message>
        <source>At t = {t}, {what} of B = {batch} ({where}):&lt;br&gt;&lt;b&gt;mean of the batch gradients = ∇L&lt;/b&gt; (‖mean − ∇L‖ = {distance}, ‖∇L‖ = {norm})&lt;br&gt;spread E‖g&lt;sub&gt;B&lt;/sub&gt; − ∇L‖² = {measured} measured, (N − B)/(B(N − 1))·σ² = {formula}</source>
        <translation>En t = {t}, {what} con B = {batch} ({where}):&lt;br&gt;&lt;b&gt;media de los gradientes de lote = ∇L&lt;/b&gt; (‖media − ∇L‖ = {distance}, ‖∇L‖ = {norm})&lt;br&gt;dispersión E‖g&lt;sub&gt;B&lt;/sub&gt; − ∇L‖² = {measured} medida, (N − B)/(B(N − 1))·σ² = {formula}</translation>
    </message>
    <message>
        <source>−∂L/∂w (slope)</source>
        <translation>−∂L/∂w (pendiente)</translation>
    </message>
    <message>
        <source>−∂L/∂b (intercept)</source>
        <translation>−∂L/∂b (intercepto)</translation>
    </message>
    <message>
        <source>along −∇L</source>
        <translation>a lo largo de −∇L</translation>
    </message>
    <message>
        <source>across −∇L, where the batch gradients spread most</source>
        <translation>transversal a −∇L, donde los gradientes de lote más se dispersan</translation>
    </message>
    <message>
        <source>−g_B, one a batch</source>
        <translation>−g_B, uno por lote</translation>
    </message>
    <message>
        <source>−∇L, the full batch</source>
        <translation>−∇L, el lote completo</translation>
    </message>
    <message>
        <source>−(mean of the batch gradients)</source>
        <translation>−(media de los gradientes de lote)</translation>
    </message>
    <message>
        <source>{name}: {network}     — the minibatch fan at w</source>
        <translation>{name}: {network}     — el abanico de minilotes en w</translation>
    </message>
</context>
<context>
    <name>MLPFigure</name>
    <message>
        <source>{name}: {network}    {optimizer}, γ = {rate}    {status} after {steps} steps</source>
        <translation>{name}: {network}    {optimizer}, γ = {rate}    {status} tras {steps} pasos</translation>
    </message>
    <message>
        <source>the network ({weights} parameters on {examples} points) is too large to map</source>
        <translation>la red ({weights} parámetros sobre {examples} puntos) es demasiado grande para el mapa</translation>
    </message>
    <message>
        <source>No weight-space map: {error}</source>
        <translation>Sin mapa del espacio de pesos: {error}</translation>
    </message>
    <message>
        <source>the path w₀ … w_t</source>
        <translation>la trayectoria w₀ … w_t</translation>
    </message>
    <message>
        <source>least-squares (w*, b*)</source>
        <translation>mínimos cuadrados (w*, b*)</translation>
    </message>
    <message>
        <source>train, mean E per example (N = {n})</source>
        <translation>entrenamiento, E media por ejemplo (N = {n})</translation>
    </message>
    <message>
        <source>test, mean E per example (N = {n})</source>
        <translation>prueba, E media por ejemplo (N = {n})</translation>
    </message>
    <message>
        <source>train</source>
        <translation>entrenamiento</translation>
    </message>
    <message>
        <source>test</source>
        <translation>prueba</translation>
    </message>
    <message>
        <source>train accuracy {percent} %</source>
        <translation>precisión de entrenamiento {percent} %</translation>
    </message>
    <message>
        <source>, test {percent} %</source>
        <translation>, prueba {percent} %</translation>
    </message>
    <message>
        <source>{target} (points) and f_w (field)</source>
        <translation>{target} (puntos) y f_w (campo)</translation>
    </message>
    <message>
        <source>, test MSE {mse}</source>
        <translation>, MSE de prueba {mse}</translation>
    </message>
    <message>
        <source>train MSE {mse}</source>
        <translation>MSE de entrenamiento {mse}</translation>
    </message>
</context>
<context>
    <name>MLPHelp</name>
    <message>
        <source>The MLP task tab</source>
        <translation>La pestaña Tarea MLP</translation>
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
        <translation>&lt;p&gt;La pestaña &lt;b&gt;Tarea MLP&lt;/b&gt; entrena una pequeña red neuronal &lt;i&gt;f&lt;sub&gt;w&lt;/sub&gt;&lt;/i&gt; con puntos del plano
(o con su propio archivo CSV) mediante descenso de gradiente. &lt;i&gt;w&lt;/i&gt; son todos los pesos y sesgos de la red escritos
como un único vector largo: 105 números para la red 2-8-8-1 de XOR, 2 para el ajuste de recta.&lt;/p&gt;

&lt;p&gt;&lt;b&gt;La red.&lt;/b&gt; Una entrada &lt;i&gt;x&lt;/i&gt; atraviesa las capas: cada una calcula
&lt;i&gt;z&lt;/i&gt; = &lt;i&gt;a W&lt;/i&gt; + &lt;i&gt;b&lt;/i&gt; a partir de la capa anterior y, en las capas ocultas, una activación
(tanh, ReLU, sigmoide o ninguna). La salida es una probabilidad de la clase 1 (sigmoide, dos clases), una
probabilidad por clase (softmax, tres o más) o un número (lineal, una regresión). Sin capa
oculta la red es un modelo lineal y se llama así: &lt;i&gt;1 → 1 lineal&lt;/i&gt; es una recta
&lt;i&gt;w x&lt;/i&gt; + &lt;i&gt;b&lt;/i&gt;, &lt;i&gt;2 → 1 logística&lt;/i&gt; es una regresión logística.&lt;/p&gt;

&lt;p&gt;&lt;b&gt;La pérdida es una suma de errores.&lt;/b&gt; Aprender significa encontrar el &lt;i&gt;w&lt;/i&gt; que hace
&lt;i&gt;L&lt;/i&gt;(&lt;i&gt;w&lt;/i&gt;) = Σ&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; &lt;i&gt;E&lt;/i&gt;(&lt;i&gt;f&lt;sub&gt;w&lt;/sub&gt;&lt;/i&gt;(&lt;i&gt;x&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt;), &lt;i&gt;y&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt;)
pequeña: &lt;i&gt;E&lt;/i&gt; es el error en un ejemplo (entropía cruzada para clases, el error cuadrático para valores),
sumado sobre los puntos de entrenamiento. La reducción &lt;i&gt;media&lt;/i&gt; divide por su número &lt;i&gt;N&lt;/i&gt;; su
gradiente es &lt;i&gt;N&lt;/i&gt; veces menor, así que los mismos pasos necesitan γ × &lt;i&gt;N&lt;/i&gt;. Una penalización L2 añade
(λ/2)‖&lt;i&gt;W&lt;/i&gt;‖² sobre los pesos. El indicador del paso da &lt;i&gt;L&lt;/i&gt; tal como lo usa el descenso. Las curvas de
pérdida dan, tanto para los puntos de entrenamiento como para los de prueba, el error medio por ejemplo
(1/&lt;i&gt;N&lt;/i&gt;) Σ&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; &lt;i&gt;E&lt;/i&gt; sin la penalización: una suma sobre 350 puntos de entrenamiento y otra
sobre 150 puntos de prueba no serían comparables; una media por ejemplo sí.&lt;/p&gt;

&lt;p&gt;&lt;b&gt;La frontera de decisión.&lt;/b&gt; El panel de datos colorea cada lugar del plano según la clase que la
red predice allí; la frontera es donde cambia la predicción (una probabilidad de 0,5). Una
regresión muestra su curva ajustada o, con dos entradas, el campo de color de &lt;i&gt;f&lt;sub&gt;w&lt;/sub&gt;&lt;/i&gt; bajo
los puntos.&lt;/p&gt;

&lt;p&gt;&lt;b&gt;Qué es el mapa del espacio de pesos y qué no es.&lt;/b&gt; &lt;i&gt;w&lt;/i&gt; tiene cientos de coordenadas y una
imagen tiene dos, así que el mapa es la pérdida en un corte plano del espacio de pesos por los pesos iniciales
&lt;i&gt;w&lt;/i&gt;&lt;sub&gt;0&lt;/sub&gt;: &lt;i&gt;L&lt;/i&gt;(&lt;i&gt;w&lt;/i&gt;&lt;sub&gt;0&lt;/sub&gt; + α &lt;i&gt;d&lt;/i&gt;&lt;sub&gt;1&lt;/sub&gt; + β &lt;i&gt;d&lt;/i&gt;&lt;sub&gt;2&lt;/sub&gt;)
para dos direcciones elegidas &lt;i&gt;d&lt;/i&gt;&lt;sub&gt;1&lt;/sub&gt;, &lt;i&gt;d&lt;/i&gt;&lt;sub&gt;2&lt;/sub&gt;, con la trayectoria proyectada sobre él.
No es el paisaje por el que camina el descenso: cada paso mueve todos los pesos a la vez, casi siempre fuera
del corte. Por eso el color bajo el punto es la pérdida en el punto proyectado, no en
&lt;i&gt;w&lt;sub&gt;t&lt;/sub&gt;&lt;/i&gt;; el panel da ambos números, la pérdida real &lt;i&gt;L&lt;/i&gt;(&lt;i&gt;w&lt;sub&gt;t&lt;/sub&gt;&lt;/i&gt;) y la
del corte, y la diferencia entre ellas indica cuánto se ha alejado el descenso del corte.&lt;/p&gt;

&lt;p&gt;&lt;b&gt;Un plano que no se mueve.&lt;/b&gt; El plano se elige una vez y se mantiene, así que el mapa y sus colores
permanecen quietos mientras el punto se mueve sobre ellos; si la trayectoria sale por el borde, el mapa se amplía, con el mismo
plano y los mismos colores.&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;Plano de la trayectoria&lt;/b&gt; (el predeterminado): por &lt;i&gt;w&lt;/i&gt;&lt;sub&gt;0&lt;/sub&gt; a lo largo de la recta hasta
&lt;i&gt;w&lt;sub&gt;t&lt;/sub&gt;&lt;/i&gt; y de la dirección en la que la trayectoria más se aleja de esa recta.
Contiene &lt;i&gt;w&lt;/i&gt;&lt;sub&gt;0&lt;/sub&gt; y &lt;i&gt;w&lt;sub&gt;t&lt;/sub&gt;&lt;/i&gt; exactamente. Se vuelve a elegir cuando usted lo pide
(«Reajustar el plano a la trayectoria») y al final de una ejecución; antes del primer paso la recta es la
dirección de máximo descenso −∇&lt;i&gt;L&lt;/i&gt;(&lt;i&gt;w&lt;/i&gt;&lt;sub&gt;0&lt;/sub&gt;).&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Plano PCA&lt;/b&gt;: las dos direcciones en las que más se dispersa la trayectoria hasta ahora, congeladas mientras la ejecución
se reproduce y actualizadas cuando se pausa.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Plano aleatorio&lt;/b&gt;: dos direcciones aleatorias, con la parte de cada neurona escalada a su propio tamaño,
fijas durante la ejecución. La trayectoria casi siempre lo abandona: un recordatorio de cuántas direcciones hay.&lt;/li&gt;
&lt;/ul&gt;

&lt;p&gt;&lt;b&gt;El cuenco de dos pesos.&lt;/b&gt; El ajuste de recta (o cualquier archivo &lt;i&gt;x&lt;/i&gt;,&lt;i&gt;t&lt;/i&gt; entrenado sin capa
oculta) tiene exactamente dos pesos, la pendiente &lt;i&gt;w&lt;/i&gt; y la ordenada en el origen &lt;i&gt;b&lt;/i&gt;. Entonces no hay corte
que tomar: el mapa es la pérdida exacta &lt;i&gt;L&lt;/i&gt;(&lt;i&gt;w&lt;/i&gt;, &lt;i&gt;b&lt;/i&gt;) sobre todo el espacio de pesos, y el
punto desciende por ella mientras la recta gira para ajustarse a los puntos. Para el error cuadrático &lt;i&gt;L&lt;/i&gt; es un
cuenco cuadrático: su curvatura es la misma en todas partes (la hessiana 2&lt;i&gt;X&lt;/i&gt;ᵀ&lt;i&gt;X&lt;/i&gt; para la suma,
con &lt;i&gt;X&lt;/i&gt; las entradas y una columna de unos), su punto más bajo es la recta de mínimos cuadrados (marcada), y
el descenso de gradiente simple lo alcanza desde cualquier inicio exactamente cuando γ &amp;lt; 2/λ&lt;sub&gt;max&lt;/sub&gt;. Las x de los puntos
van de 0 a 2, no alrededor de 0, así que la pendiente y la ordenada tiran una contra otra: el cuenco es
largo e inclinado, y un γ cerca del límite zigzaguea a través de él, como con la función inicial de la pestaña Función.
Con minilotes cada paso sigue solo el gradiente de unos pocos puntos: la trayectoria es ruidosa y, con un
γ fijo, nunca se asienta, sino que oscila alrededor del punto más bajo. Póngala en una carrera contra el lote completo para ver
ambas en el mismo cuenco. Dos entradas sin capa oculta dan tres pesos: ese mapa vuelve a ser un
corte.&lt;/p&gt;

&lt;p&gt;&lt;b&gt;Pesos que puede llevarse.&lt;/b&gt; El informe de ejecución (Exportar → Informe de ejecución, o &lt;i&gt;gdstudio run --task
--json&lt;/i&gt;) contiene los pesos finales capa por capa, con la disposición de PyTorch, y la línea de comandos escribe
los datos que usó la ejecución con &lt;i&gt;--data-out&lt;/i&gt;, para que la pérdida pueda volver a calcularse en cualquier lugar.&lt;/p&gt;
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
        <translation>&lt;p&gt;&lt;b&gt;De dónde vienen las imágenes del espacio de pesos.&lt;/b&gt;&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;Hao Li, Zheng Xu, Gavin Taylor, Christoph Studer y Tom Goldstein (2018), &lt;i&gt;Visualizing the Loss
Landscape of Neural Nets&lt;/i&gt;, NeurIPS: cortes a lo largo de direcciones aleatorias, &lt;i&gt;normalizadas por filtro&lt;/i&gt; para que
cada neurona se mueva tanto como su propio tamaño (el plano aleatorio), y a lo largo de las direcciones principales
de la trayectoria (el plano PCA).&lt;/li&gt;
&lt;li&gt;Ian Goodfellow, Oriol Vinyals y Andrew Saxe (2015), &lt;i&gt;Qualitatively Characterizing Neural
Network Optimization Problems&lt;/i&gt;, ICLR: la pérdida a lo largo de la recta que va de los pesos iniciales a los
entrenados, que el plano de la trayectoria contiene como su primera dirección.&lt;/li&gt;
&lt;/ul&gt;
</translation>
    </message>
</context>
<context>
    <name>MLPLossPlot</name>
    <message>
        <source>mean E per example</source>
        <translation>E media por ejemplo</translation>
    </message>
    <message>
        <source>{quantity} − its minimum</source>
        <translation>{quantity} − su mínimo</translation>
    </message>
</context>
<context>
    <name>MLPNetwork</name>
    <message>
        <source>linear</source>
        <translation>lineal</translation>
    </message>
    <message>
        <source>logistic</source>
        <translation>logístico</translation>
    </message>
    <message>
        <source>softmax (multinomial logistic)</source>
        <translation>softmax (logístico multinomial)</translation>
    </message>
    <message>
        <source>hidden layers are widths separated by commas, for example 8,8; got {text}</source>
        <translation>las capas ocultas son anchuras separadas por comas, por ejemplo 8,8; se recibió {text}</translation>
    </message>
    <message>
        <source>at most {maximum} hidden layers, not {count}</source>
        <translation>como máximo {maximum} capas ocultas, no {count}</translation>
    </message>
    <message>
        <source>each hidden layer needs 1 to {maximum} units, not {width}</source>
        <translation>cada capa oculta necesita de 1 a {maximum} unidades, no {width}</translation>
    </message>
    <message>
        <source>a softmax output needs at least 2 units</source>
        <translation>una salida softmax necesita al menos 2 unidades</translation>
    </message>
    <message>
        <source>{shape}, {count} parameters</source>
        <translation>{shape}, {count} parámetros</translation>
    </message>
    <message>
        <source>cross-entropy needs a classification task; use mse for regression</source>
        <translation>la entropía cruzada necesita una tarea de clasificación; use mse para la regresión</translation>
    </message>
    <message>
        <source>the L2 strength λ must be a number ≥ 0, not {value}</source>
        <translation>la intensidad L2 λ debe ser un número ≥ 0, no {value}</translation>
    </message>
    <message>
        <source>the data set has no training points</source>
        <translation>el conjunto de datos no tiene puntos de entrenamiento</translation>
    </message>
</context>
<context>
    <name>MLPNoiseBall</name>
    <message>
        <source>γ = {learning_rate} is beyond 2/λ_max of the minibatch steps: no cloud, the run leaves the bowl.</source>
        <translation>γ = {learning_rate} supera 2/λ_max de los pasos de minilote: no hay nube, la ejecución sale del cuenco.</translation>
    </message>
    <message>
        <source>; measured over the second half of the run: {radius}</source>
        <translation>; medido en la segunda mitad de la ejecución: {radius}</translation>
    </message>
    <message>
        <source>Noise ball: with a constant γ the run ends in a cloud around w*, not on it. Its mean squared radius ≈ (γ/2)·tr(A⁻¹C) grows like γ and shrinks like (N − B)/(B(N − 1)): radius √ ≈ {radius} for γ = {learning_rate}, B = {batch_size} of N = {count}{measured}. A 1/t schedule shrinks it onto w*.</source>
        <translation>Bola de ruido: con un γ constante la ejecución termina en una nube alrededor de w*, no sobre él. Su radio cuadrático medio ≈ (γ/2)·tr(A⁻¹C) crece como γ y se reduce como (N − B)/(B(N − 1)): radio √ ≈ {radius} para γ = {learning_rate}, B = {batch_size} de N = {count}{measured}. Un programa 1/t la reduce hasta w*.</translation>
    </message>
</context>
<context>
    <name>MLPPanel</name>
    <message>
        <source>path plane</source>
        <translation>plano de la trayectoria</translation>
    </message>
    <message>
        <source>PCA plane</source>
        <translation>plano PCA</translation>
    </message>
    <message>
        <source>random plane</source>
        <translation>plano aleatorio</translation>
    </message>
    <message>
        <source>cross-entropy (ce)</source>
        <translation>entropía cruzada (ce)</translation>
    </message>
    <message>
        <source>squared error (mse)</source>
        <translation>error cuadrático (mse)</translation>
    </message>
    <message>
        <source>small uniform ±0.1</source>
        <translation>uniforme pequeña ±0.1</translation>
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
        <translation>sigmoide</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>lineal</translation>
    </message>
    <message>
        <source>class labels</source>
        <translation>etiquetas de clase</translation>
    </message>
    <message>
        <source>values to fit (regression)</source>
        <translation>valores a ajustar (regresión)</translation>
    </message>
    <message>
        <source>Task and data</source>
        <translation>Tarea y datos</translation>
    </message>
    <message>
        <source>Open CSV…</source>
        <translation>Abrir CSV…</translation>
    </message>
    <message>
        <source>Your own data: x1,x2,label rows (classification), x1,x2,t or x,t rows (regression)</source>
        <translation>Sus propios datos: filas x1,x2,label (clasificación), x1,x2,t o x,t (regresión)</translation>
    </message>
    <message>
        <source>task</source>
        <translation>tarea</translation>
    </message>
    <message>
        <source>number of points before the split</source>
        <translation>número de puntos antes de la división</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>muestras</translation>
    </message>
    <message>
        <source>standard deviation of the Gaussian noise added to the points</source>
        <translation>desviación estándar del ruido gaussiano añadido a los puntos</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>ruido</translation>
    </message>
    <message>
        <source>the share of the points held out as the test set</source>
        <translation>la proporción de puntos reservada como conjunto de prueba</translation>
    </message>
    <message>
        <source>test fraction</source>
        <translation>fracción de prueba</translation>
    </message>
    <message>
        <source>the seed of the data: which points are drawn and which are held out for testing (the initial weights have their own seed, under Network)</source>
        <translation>la semilla de los datos: qué puntos se generan y cuáles se reservan para la prueba (los pesos iniciales tienen su propia semilla, en Red)</translation>
    </message>
    <message>
        <source>data seed</source>
        <translation>semilla de datos</translation>
    </message>
    <message>
        <source>how the file&apos;s last column is read: class labels (whole numbers) or real values to fit; the first guess is class labels for whole numbers with 2 to {classes} different values</source>
        <translation>cómo se lee la última columna del archivo: etiquetas de clase (números enteros) o valores reales a ajustar; de entrada, los números enteros con 2 a {classes} valores distintos se toman como etiquetas de clase</translation>
    </message>
    <message>
        <source>last column</source>
        <translation>última columna</translation>
    </message>
    <message>
        <source>Network f_w</source>
        <translation>Red f_w</translation>
    </message>
    <message>
        <source>widths, for example 8,8</source>
        <translation>anchos, por ejemplo 8,8</translation>
    </message>
    <message>
        <source>hidden layer widths separated by commas (0 or empty: no hidden layer); Enter applies</source>
        <translation>anchos de las capas ocultas separados por comas (0 o vacío: sin capa oculta); Intro aplica</translation>
    </message>
    <message>
        <source>hidden layers</source>
        <translation>capas ocultas</translation>
    </message>
    <message>
        <source>activation φ</source>
        <translation>activación φ</translation>
    </message>
    <message>
        <source>initialisation</source>
        <translation>inicialización</translation>
    </message>
    <message>
        <source>the seed of the random initial weights w₀</source>
        <translation>la semilla de los pesos iniciales aleatorios w₀</translation>
    </message>
    <message>
        <source>seed of the initial weights w₀</source>
        <translation>semilla de los pesos iniciales w₀</translation>
    </message>
    <message>
        <source>Re-initialise</source>
        <translation>Reinicializar</translation>
    </message>
    <message>
        <source>new random weights w₀ (the next seed)</source>
        <translation>nuevos pesos aleatorios w₀ (la siguiente semilla)</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>semilla</translation>
    </message>
    <message>
        <source>Loss L(w)</source>
        <translation>Pérdida L(w)</translation>
    </message>
    <message>
        <source>per-example E</source>
        <translation>E por ejemplo</translation>
    </message>
    <message>
        <source>sum Σᵢ (the lesson&apos;s L)</source>
        <translation>suma Σᵢ (la L de la lección)</translation>
    </message>
    <message>
        <source>mean (1/N) Σᵢ</source>
        <translation>media (1/N) Σᵢ</translation>
    </message>
    <message>
        <source>reduction</source>
        <translation>reducción</translation>
    </message>
    <message>
        <source>L2 regularisation: adds (λ/2)‖W‖² (weights, not biases) to L</source>
        <translation>regularización L2: suma (λ/2)‖W‖² (pesos, no sesgos) a L</translation>
    </message>
    <message>
        <source>Descent  w ← w − γ∇L(w)</source>
        <translation>Descenso  w ← w − γ∇L(w)</translation>
    </message>
    <message>
        <source>mini-batch size for SGD; full batch is the lesson&apos;s gradient descent</source>
        <translation>tamaño de minilote para SGD; el lote completo es el descenso de gradiente de la lección</translation>
    </message>
    <message>
        <source>full batch</source>
        <translation>lote completo</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>tamaño de lote</translation>
    </message>
    <message>
        <source>two runs from the same w₀ in lockstep on the (w, b) map: full-batch gradient descent and mini-batch SGD, or, with a γ schedule chosen, mini-batch SGD with a constant γ and with the schedule on the same batches (for a network with two weights, where the map is the whole weight space)</source>
        <translation>dos ejecuciones desde el mismo w₀ al mismo paso en el mapa (w, b): descenso de gradiente con lote completo y SGD con minilotes o, con un programa de γ elegido, SGD con minilotes con γ constante y con el programa sobre los mismos lotes (para una red con dos pesos, donde el mapa es todo el espacio de pesos)</translation>
    </message>
    <message>
        <source>learning-rate schedule</source>
        <translation>programa de la tasa de aprendizaje</translation>
    </message>
    <message>
        <source>γ schedule</source>
        <translation>programa de γ</translation>
    </message>
    <message>
        <source>step size rule</source>
        <translation>regla del tamaño de paso</translation>
    </message>
    <message>
        <source>step size α</source>
        <translation>tamaño de paso α</translation>
    </message>
    <message>
        <source>Newton, BFGS and conjugate gradients are for typed functions: a network&apos;s loss has no Hessian to hand and BFGS&apos;s matrix would hold d × d numbers. A line search needs the full batch.</source>
        <translation>Newton, BFGS y gradientes conjugados son para funciones escritas: la pérdida de una red no tiene hessiana a mano y la matriz de BFGS tendría d × d números. Una búsqueda lineal necesita el lote completo.</translation>
    </message>
    <message>
        <source>the run stops after this many steps</source>
        <translation>la ejecución se detiene tras este número de pasos</translation>
    </message>
    <message>
        <source>step limit</source>
        <translation>límite de pasos</translation>
    </message>
    <message>
        <source>Minibatch gradients</source>
        <translation>Gradientes de minilote</translation>
    </message>
    <message>
        <source>Show the fan: batch gradients around ∇L</source>
        <translation>Mostrar el abanico: gradientes de lote alrededor de ∇L</translation>
    </message>
    <message>
        <source>at the point shown, −g_B of each minibatch (thin) around −∇L of the full batch (thick) on the weight-space map, with their mean (dashed): exact on the two-weight map, projected on the plane otherwise</source>
        <translation>en el punto mostrado, −g_B de cada minilote (fino) alrededor de −∇L del lote completo (grueso) en el mapa del espacio de pesos, con su media (discontinua): exacto en el mapa de dos pesos, proyectado en el plano en otro caso</translation>
    </message>
    <message>
        <source>B of the fan&apos;s batches: B = N collapses the fan onto ∇L, B = 1 spreads it widest</source>
        <translation>B de los lotes del abanico: B = N colapsa el abanico sobre ∇L, B = 1 lo abre al máximo</translation>
    </message>
    <message>
        <source>batch size B of the fan</source>
        <translation>tamaño de lote B del abanico</translation>
    </message>
    <message>
        <source>fan&apos;s B</source>
        <translation>B del abanico</translation>
    </message>
    <message>
        <source>one epoch&apos;s batches</source>
        <translation>lotes de una época</translation>
    </message>
    <message>
        <source>K random batches</source>
        <translation>K lotes aleatorios</translation>
    </message>
    <message>
        <source>which batches the fan draws</source>
        <translation>qué lotes dibuja el abanico</translation>
    </message>
    <message>
        <source>K: how many random batches of B the fan draws</source>
        <translation>K: cuántos lotes aleatorios de tamaño B dibuja el abanico</translation>
    </message>
    <message>
        <source>K, the fan&apos;s random batches</source>
        <translation>K, los lotes aleatorios del abanico</translation>
    </message>
    <message>
        <source>draws</source>
        <translation>extracciones</translation>
    </message>
    <message>
        <source>Back to the initial weights w₀ (R)</source>
        <translation>Volver a los pesos iniciales w₀ (R)</translation>
    </message>
    <message>
        <source>weight-space plane</source>
        <translation>plano del espacio de pesos</translation>
    </message>
    <message>
        <source>Re-fit the plane to the path</source>
        <translation>Reajustar el plano a la trayectoria</translation>
    </message>
    <message>
        <source>choose the plane again from the path so far, with a new map and colour scale</source>
        <translation>elegir de nuevo el plano a partir de la trayectoria hasta ahora, con un nuevo mapa y escala de colores</translation>
    </message>
    <message>
        <source>log-scale loss</source>
        <translation>pérdida en escala logarítmica</translation>
    </message>
    <message>
        <source>minibatch loss beside the training loss</source>
        <translation>pérdida del minilote junto a la de entrenamiento</translation>
    </message>
    <message>
        <source>draws L_B(w_t), the loss of the minibatch that made each step, as a mean E per example: it jumps from batch to batch around the full training loss</source>
        <translation>dibuja L_B(w_t), la pérdida del minilote que dio cada paso, como E media por ejemplo: salta de lote en lote alrededor de la pérdida de entrenamiento completa</translation>
    </message>
    <message>
        <source>B = {batch} of {count}</source>
        <translation>B = {batch} de {count}</translation>
    </message>
    <message>
        <source>Race full batch against mini-batches of {batch}</source>
        <translation>Carrera: lote completo contra minilotes de {batch}</translation>
    </message>
    <message>
        <source>Race constant γ against {schedule} on mini-batches of {batch}</source>
        <translation>Carrera: γ constante contra {schedule} en minilotes de {batch}</translation>
    </message>
    <message>
        <source>two weights: the map is the whole weight space, L(w, b)</source>
        <translation>dos pesos: el mapa es todo el espacio de pesos, L(w, b)</translation>
    </message>
    <message>
        <source>{name} (classes)</source>
        <translation>{name} (clases)</translation>
    </message>
    <message>
        <source>{name} (regression)</source>
        <translation>{name} (regresión)</translation>
    </message>
    <message>
        <source>{classes} classes</source>
        <translation>{classes} clases</translation>
    </message>
    <message>
        <source>a regression of {target} on ({features})</source>
        <translation>una regresión de {target} sobre ({features})</translation>
    </message>
    <message>
        <source>a regression of {target} on {feature}</source>
        <translation>una regresión de {target} sobre {feature}</translation>
    </message>
    <message>
        <source>{name}: {rows} rows, {what}</source>
        <translation>{name}: {rows} filas, {what}</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
</context>
<context>
    <name>MLPPresets</name>
    <message>
        <source>Line fit: the loss is a bowl in (w, b)</source>
        <translation>Ajuste de recta: la pérdida es un cuenco en (w, b)</translation>
    </message>
    <message>
        <source>Two weights, the slope w and the intercept b: the map is the whole weight space, the bowl L(w, b) of the squared error, and the dot walks down it while the line turns to fit the points.</source>
        <translation>Dos pesos, la pendiente w y la ordenada en el origen b: el mapa es todo el espacio de pesos, el cuenco L(w, b) del error cuadrático, y el punto desciende por él mientras la recta gira para ajustarse a los puntos.</translation>
    </message>
    <message>
        <source>Noise ball: constant γ against 1/t on the line fit</source>
        <translation>Bola de ruido: γ constante contra 1/t en el ajuste de recta</translation>
    </message>
    <message>
        <source>Mini-batches of 10, the same w₀ and the same batches in the same order: with a constant γ the path ends in a cloud around the least-squares (w*, b*) and never settles; with γ_t = γ/(1 + 0.05·t) the steps shrink and the path closes in on the star.</source>
        <translation>Minilotes de 10, el mismo w₀ y los mismos lotes en el mismo orden: con un γ constante la trayectoria termina en una nube alrededor de la solución de mínimos cuadrados (w*, b*) y nunca se asienta; con γ_t = γ/(1 + 0.05·t) los pasos se reducen y la trayectoria se acerca a la estrella.</translation>
    </message>
</context>
<context>
    <name>MLPTab</name>
    <message>
        <source>Loss curves as PNG image</source>
        <translation>Curvas de pérdida como imagen PNG</translation>
    </message>
    <message>
        <source>Loss curves as SVG drawing</source>
        <translation>Curvas de pérdida como dibujo SVG</translation>
    </message>
    <message>
        <source>Data and decision boundary as PNG image</source>
        <translation>Datos y frontera de decisión como imagen PNG</translation>
    </message>
    <message>
        <source>Data and decision boundary as SVG drawing</source>
        <translation>Datos y frontera de decisión como dibujo SVG</translation>
    </message>
    <message>
        <source>Weight-space landscape as PNG image</source>
        <translation>Paisaje del espacio de pesos como imagen PNG</translation>
    </message>
    <message>
        <source>Weight-space landscape as SVG drawing</source>
        <translation>Paisaje del espacio de pesos como dibujo SVG</translation>
    </message>
    <message>
        <source>Run report as JSON</source>
        <translation>Informe de la ejecución como JSON</translation>
    </message>
    <message>
        <source>Weights as NumPy .npz</source>
        <translation>Pesos como NumPy .npz</translation>
    </message>
    <message>
        <source>Training and test data as CSV</source>
        <translation>Datos de entrenamiento y de prueba como CSV</translation>
    </message>
    <message>
        <source>&lt;b&gt;sum&lt;/b&gt; over the N = {n} training points: ∇L adds N gradients, so γ is the step per unit of the &lt;i&gt;total&lt;/i&gt;; the same γ with the mean takes steps N times smaller.</source>
        <translation>&lt;b&gt;suma&lt;/b&gt; sobre los N = {n} puntos de entrenamiento: ∇L suma N gradientes, así que γ es el paso por unidad del &lt;i&gt;total&lt;/i&gt;; la misma γ con la media da pasos N veces más pequeños.</translation>
    </message>
    <message>
        <source>&lt;b&gt;mean&lt;/b&gt; over the N = {n} training points: ∇L is the average gradient, so γ is the step per unit of the &lt;i&gt;average&lt;/i&gt;; the sum needs a γ N times smaller for the same steps.</source>
        <translation>&lt;b&gt;media&lt;/b&gt; sobre los N = {n} puntos de entrenamiento: ∇L es el gradiente medio, así que γ es el paso por unidad del &lt;i&gt;promedio&lt;/i&gt;; la suma necesita una γ N veces más pequeña para los mismos pasos.</translation>
    </message>
    <message>
        <source>MLP task</source>
        <translation>Tarea MLP</translation>
    </message>
    <message>
        <source>Export the MLP run</source>
        <translation>Exportar la ejecución MLP</translation>
    </message>
    <message>
        <source>Log-scale loss</source>
        <translation>Pérdida en escala logarítmica</translation>
    </message>
    <message>
        <source>The session&apos;s MLP data could not be loaded: {error}</source>
        <translation>No se pudieron cargar los datos MLP de la sesión: {error}</translation>
    </message>
    <message>
        <source>γ = {highest}, the largest the field takes: the mean&apos;s gradient is N = {examples} times smaller than the sum&apos;s, so the task&apos;s γ = {task_rate} would need {needed}</source>
        <translation>γ = {highest}, la mayor que admite el campo: el gradiente de la media es N = {examples} veces menor que el de la suma, así que la γ = {task_rate} de la tarea necesitaría {needed}</translation>
    </message>
    <message>
        <source>{task} with the mean reduction: {note}.</source>
        <translation>{task} con la reducción por media: {note}.</translation>
    </message>
    <message>
        <source>Open data</source>
        <translation>Abrir datos</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt *.tsv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot open the data</source>
        <translation>No se pueden abrir los datos</translation>
    </message>
    <message>
        <source>Play continues the run from its latest step, t = {t}.</source>
        <translation>Reproducir continúa la ejecución desde su último paso, t = {t}.</translation>
    </message>
    <message>
        <source>The run has stopped; press Reset (R) to start again.</source>
        <translation>La ejecución se ha detenido; pulse Reiniciar (R) para empezar de nuevo.</translation>
    </message>
    <message>
        <source>{sizes} has {parameters} parameters: on {points} training points each step would take seconds; use smaller layers or fewer samples here (gdstudio run --task trains any size without a window)</source>
        <translation>{sizes} tiene {parameters} parámetros: con {points} puntos de entrenamiento cada paso tardaría segundos; use aquí capas más pequeñas o menos muestras (gdstudio run --task entrena cualquier tamaño sin ventana)</translation>
    </message>
    <message>
        <source>network {description}</source>
        <translation>red {description}</translation>
    </message>
    <message>
        <source>train, {what} (N = {n})</source>
        <translation>entrenamiento, {what} (N = {n})</translation>
    </message>
    <message>
        <source>train, {run}</source>
        <translation>entrenamiento, {run}</translation>
    </message>
    <message>
        <source>test, {what} (N = {n})</source>
        <translation>prueba, {what} (N = {n})</translation>
    </message>
    <message>
        <source>minibatch L_B(w_t) per example</source>
        <translation>minilote L_B(w_t) por ejemplo</translation>
    </message>
    <message>
        <source>Epoch {epoch}, minibatch {batch} of {batches} (B = {size}, shuffled once an epoch) made this step: its points are ringed in the data plot</source>
        <translation>Época {epoch}, minilote {batch} de {batches} (B = {size}, barajado una vez por época) dio este paso: sus puntos están rodeados en el gráfico de datos</translation>
    </message>
    <message>
        <source>Epoch {epoch}, minibatch {batch} of {batches} (B = {size}, shuffled once an epoch) makes the first step: its points are ringed in the data plot</source>
        <translation>Época {epoch}, minilote {batch} de {batches} (B = {size}, barajado una vez por época) da el primer paso: sus puntos están rodeados en el gráfico de datos</translation>
    </message>
    <message>
        <source>&lt;b&gt;Descent in weight space&lt;/b&gt;: {note}</source>
        <translation>&lt;b&gt;Descenso en el espacio de pesos&lt;/b&gt;: {note}</translation>
    </message>
    <message>
        <source>train accuracy {percent} %</source>
        <translation>precisión de entrenamiento {percent} %</translation>
    </message>
    <message>
        <source>, test {percent} %</source>
        <translation>, prueba {percent} %</translation>
    </message>
    <message>
        <source>train MSE {mse}</source>
        <translation>MSE de entrenamiento {mse}</translation>
    </message>
    <message>
        <source>, test MSE {mse}</source>
        <translation>, MSE de prueba {mse}</translation>
    </message>
    <message>
        <source> (at step {t})</source>
        <translation> (en el paso {t})</translation>
    </message>
    <message>
        <source>prediction f_w({x1}, {x2}) as colours, the points coloured by their {target} on the same scale (the bar): where they match, the fit is good</source>
        <translation>predicción f_w({x1}, {x2}) como colores, con los puntos coloreados según su {target} en la misma escala (la barra): donde coinciden, el ajuste es bueno</translation>
    </message>
    <message>
        <source>fitted line f_w(x) = w·x + b</source>
        <translation>recta ajustada f_w(x) = w·x + b</translation>
    </message>
    <message>
        <source>fitted curve f_w(x)</source>
        <translation>curva ajustada f_w(x)</translation>
    </message>
    <message>
        <source>decision regions and boundary p = ½</source>
        <translation>regiones de decisión y frontera p = ½</translation>
    </message>
    <message>
        <source>decision regions (each class&apos;s colour, paler where unsure)</source>
        <translation>regiones de decisión (el color de cada clase, más pálido donde hay duda)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;: data (a shape per class; test points larger, ringed) and the network&apos;s {what}.  {quality}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;: datos (una forma por clase; puntos de prueba más grandes, con borde) y salida de la red: {what}.  {quality}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;: data (train ○, test △) and the network&apos;s {what}.  {quality}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;: datos (entrenamiento ○, prueba △) y salida de la red: {what}.  {quality}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Step {t}&lt;/b&gt; (t = {before} → {t}): {rule}</source>
        <translation>&lt;b&gt;Paso {t}&lt;/b&gt; (t = {before} → {t}): {rule}</translation>
    </message>
    <message>
        <source> (B: a mini-batch of {size} points)</source>
        <translation> (B: un minilote de {size} puntos)</translation>
    </message>
    <message>
        <source>L before = {before}, after = {after} (change {change})</source>
        <translation>L antes = {before}, después = {after} (cambio {change})</translation>
    </message>
    <message>
        <source>&lt;b&gt;w₀&lt;/b&gt;: the initial weights, before any step</source>
        <translation>&lt;b&gt;w₀&lt;/b&gt;: los pesos iniciales, antes de cualquier paso</translation>
    </message>
    <message>
        <source>&lt;b&gt;Weight-space map&lt;/b&gt;: {sentence}</source>
        <translation>&lt;b&gt;Mapa del espacio de pesos&lt;/b&gt;: {sentence}</translation>
    </message>
    <message>
        <source>Showing the stored step t = {t} of {steps}; the run itself is at step {steps}</source>
        <translation>Se muestra el paso guardado t = {t} de {steps}; la ejecución está en el paso {steps}</translation>
    </message>
    <message>
        <source>diverged at step {steps}: γ too large, the steps overshoot and L grows without bound</source>
        <translation>divergió en el paso {steps}: γ demasiado grande, los pasos se pasan y L crece sin límite</translation>
    </message>
    <message>
        <source>   (the true loss at w_{step}: L = {loss})</source>
        <translation>   (la pérdida real en w_{step}: L = {loss})</translation>
    </message>
    <message>
        <source>the run&apos;s report did not arrive from the training thread; try again</source>
        <translation>el informe de la ejecución no llegó del hilo de entrenamiento; inténtelo de nuevo</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation>{name} exportado</translation>
    </message>
    <message>
        <source>{name}: {network} · {optimizer}, γ = {rate}{schedule} · step {t} of {steps}</source>
        <translation>{name}: {network} · {optimizer}, γ = {rate}{schedule} · paso {t} de {steps}</translation>
    </message>
    <message>
        <source>test, {run}</source>
        <translation>prueba, {run}</translation>
    </message>
</context>
<context>
    <name>MLPTasks</name>
    <message>
        <source>Four quadrants, opposite corners alike: no straight line separates them.</source>
        <translation>Cuatro cuadrantes, las esquinas opuestas iguales: ninguna recta los separa.</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>Círculos</translation>
    </message>
    <message>
        <source>One ring inside another: the boundary must close on itself.</source>
        <translation>Un anillo dentro de otro: la frontera debe cerrarse sobre sí misma.</translation>
    </message>
    <message>
        <source>Two moons</source>
        <translation>Dos lunas</translation>
    </message>
    <message>
        <source>Two interleaving half circles: a curved boundary.</source>
        <translation>Dos semicírculos entrelazados: una frontera curva.</translation>
    </message>
    <message>
        <source>Two spirals</source>
        <translation>Dos espirales</translation>
    </message>
    <message>
        <source>Two interleaved spiral arms: hard; needs a wider net and Adam.</source>
        <translation>Dos brazos de espiral entrelazados: difícil; necesita una red más ancha y Adam.</translation>
    </message>
    <message>
        <source>Gaussian blobs</source>
        <translation>Nubes gaussianas</translation>
    </message>
    <message>
        <source>Three clusters, three classes: a softmax output.</source>
        <translation>Tres grupos, tres clases: una salida softmax.</translation>
    </message>
    <message>
        <source>Noisy sine</source>
        <translation>Seno con ruido</translation>
    </message>
    <message>
        <source>Regression: fit a curve to t = sin(x) + noise.</source>
        <translation>Regresión: ajustar una curva a t = sin(x) + ruido.</translation>
    </message>
    <message>
        <source>Line fit</source>
        <translation>Ajuste de recta</translation>
    </message>
    <message>
        <source>Regression: fit t = w·x + b to noisy points; two weights, so L(w, b) is the whole landscape.</source>
        <translation>Regresión: ajustar t = w·x + b a puntos con ruido; dos pesos, así que L(w, b) es todo el paisaje.</translation>
    </message>
</context>
<context>
    <name>MLPTraining</name>
    <message>
        <source>γ = {learning_rate}, the task&apos;s own: {optimizer} divides the gradient by its running size, so the mean and the sum take the same steps</source>
        <translation>γ = {learning_rate}, el propio de la tarea: {optimizer} divide el gradiente por su tamaño acumulado, así que la media y la suma dan los mismos pasos</translation>
    </message>
    <message>
        <source>γ = {learning_rate} = {task_learning_rate} × N: the task&apos;s γ = {task_learning_rate} is tuned for the sum, and the mean&apos;s gradient is N = {examples} times smaller</source>
        <translation>γ = {learning_rate} = {task_learning_rate} × N: el γ = {task_learning_rate} de la tarea está ajustado para la suma, y el gradiente de la media es N = {examples} veces menor</translation>
    </message>
    <message>
        <source>{optimizer} is for typed functions (it needs the Hessian, or a d × d matrix, of the loss); a network trains with {optimizers}</source>
        <translation>{optimizer} es para funciones escritas (necesita la hessiana, o una matriz d × d, de la pérdida); una red se entrena con {optimizers}</translation>
    </message>
    <message>
        <source>a line search needs the full batch: with mini-batches f(w + αd) would change from one trial to the next</source>
        <translation>una búsqueda lineal necesita el lote completo: con minilotes f(w + αd) cambiaría de un intento al siguiente</translation>
    </message>
    <message>
        <source>the learning rate must be a positive number, not {value}</source>
        <translation>la tasa de aprendizaje debe ser un número positivo, no {value}</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>entropía cruzada</translation>
    </message>
    <message>
        <source>squared error</source>
        <translation>error cuadrático</translation>
    </message>
    <message>
        <source>; mini-batches of {size}, {count} an epoch</source>
        <translation>; minilotes de {size}, {count} por época</translation>
    </message>
    <message>
        <source>the batch size must be a whole number ≥ 1, not {value}</source>
        <translation>el tamaño de lote debe ser un número entero ≥ 1, no {value}</translation>
    </message>
    <message>
        <source>a race of schedules needs a schedule that changes γ (1/t, step, exponential, cosine), not a constant one</source>
        <translation>una carrera de programas necesita un programa que cambie γ (1/t, escalonado, exponencial, coseno), no uno constante</translation>
    </message>
    <message>
        <source>a race against the full batch needs batches smaller than the {count} training points, not {size}</source>
        <translation>una carrera contra el lote completo necesita lotes menores que los {count} puntos de entrenamiento, no {size}</translation>
    </message>
    <message>
        <source>a race against a constant γ on mini-batches needs batches smaller than the {count} training points, not {size}</source>
        <translation>una carrera contra un γ constante en minilotes necesita lotes menores que los {count} puntos de entrenamiento, no {size}</translation>
    </message>
</context>
<context>
    <name>MLPWeightSpace</name>
    <message>
        <source>through w₀ along the path&apos;s direction w_t − w₀ and its widest turn away from it</source>
        <translation>por w₀ a lo largo de la dirección de la trayectoria w_t − w₀ y de su mayor desvío respecto a ella</translation>
    </message>
    <message>
        <source>two random directions, filter-normalised: each neuron&apos;s part scaled to that neuron&apos;s own size</source>
        <translation>dos direcciones aleatorias, normalizadas por filtro: la parte de cada neurona escalada a su propio tamaño</translation>
    </message>
    <message>
        <source>the top two principal directions of the path so far</source>
        <translation>las dos direcciones principales de la trayectoria hasta ahora</translation>
    </message>
    <message>
        <source>w (slope)</source>
        <translation>w (pendiente)</translation>
    </message>
    <message>
        <source>b (intercept)</source>
        <translation>b (ordenada en el origen)</translation>
    </message>
    <message>
        <source> ({first} % and {second} % of its spread)</source>
        <translation> ({first} % y {second} % de su dispersión)</translation>
    </message>
    <message>
        <source>The loss L(w, b) at every slope w and intercept b: with two weights this is the whole weight space, not a slice, and the path is the descent itself.</source>
        <translation>La pérdida L(w, b) en cada pendiente w y ordenada en el origen b: con dos pesos esto es todo el espacio de pesos, no un corte, y la trayectoria es el propio descenso.</translation>
    </message>
    <message>
        <source>along the steepest descent direction −∇L(w₀) and a random direction across it</source>
        <translation>a lo largo de la dirección de máximo descenso −∇L(w₀) y de una dirección aleatoria transversal</translation>
    </message>
    <message>
        <source>along the path&apos;s direction w_t − w₀ (t = {steps}) and its widest turn away from it</source>
        <translation>a lo largo de la dirección de la trayectoria w_t − w₀ (t = {steps}) y de su mayor desvío respecto a ella</translation>
    </message>
    <message>
        <source>along the two directions in which the path w₀ … w_{steps} spreads most</source>
        <translation>a lo largo de las dos direcciones en las que la trayectoria w₀ … w_{steps} más se dispersa</translation>
    </message>
    <message>
        <source>along two random directions, each neuron&apos;s part scaled to that neuron&apos;s own size</source>
        <translation>a lo largo de dos direcciones aleatorias, con la parte de cada neurona escalada a su propio tamaño</translation>
    </message>
    <message>
        <source> ({percent} % of the path&apos;s spread lies in it)</source>
        <translation> ({percent} % de la dispersión de la trayectoria está en él)</translation>
    </message>
    <message>
        <source>The loss on a flat slice of weight space through w₀, {along}{share}; the path, projected onto it.</source>
        <translation>La pérdida en un corte plano del espacio de pesos por w₀, {along}{share}; la trayectoria, proyectada sobre él.</translation>
    </message>
    <message>
        <source>no direction could be found to complete the plane</source>
        <translation>no se encontró ninguna dirección para completar el plano</translation>
    </message>
    <message>
        <source>the exact landscape needs a network with two weights, not {count}</source>
        <translation>el paisaje exacto necesita una red con dos pesos, no {count}</translation>
    </message>
    <message>
        <source>the loss L(w, b) at every slope and intercept: the whole weight space, not a slice — the dot is {w} itself, L({w}) = {loss}</source>
        <translation>la pérdida L(w, b) en cada pendiente y ordenada en el origen: todo el espacio de pesos, no un corte — el punto es el propio {w}, L({w}) = {loss}</translation>
    </message>
    <message>
        <source>{w} lies {distance} off the slice</source>
        <translation>{w} está a {distance} del corte</translation>
    </message>
    <message>
        <source>{w} lies on it</source>
        <translation>{w} está en él</translation>
    </message>
    <message>
        <source>the loss on a flat slice of weight space through w₀; the path, projected onto it — the true loss L({w}) is {loss}, the slice at the projected point is {slice_loss} ({where})</source>
        <translation>la pérdida en un corte plano del espacio de pesos por w₀; la trayectoria, proyectada sobre él — la pérdida real L({w}) es {loss}, el corte en el punto proyectado vale {slice_loss} ({where})</translation>
    </message>
</context>
<context>
    <name>MLPWorker</name>
    <message>
        <source>The plane could not be fitted: {error}</source>
        <translation>No se pudo ajustar el plano: {error}</translation>
    </message>
    <message>
        <source>The network ({weights} parameters on {examples} points) is too large for a live weight-space map: a smaller network or fewer samples bring it back.</source>
        <translation>La red ({weights} parámetros sobre {examples} puntos) es demasiado grande para un mapa en vivo del espacio de pesos: una red más pequeña o menos muestras lo recuperan.</translation>
    </message>
    <message>
        <source>The weight-space map could not be computed: {error}</source>
        <translation>No se pudo calcular el mapa del espacio de pesos: {error}</translation>
    </message>
    <message>
        <source>The plane could not be re-fitted: {error}</source>
        <translation>No se pudo reajustar el plano: {error}</translation>
    </message>
    <message>
        <source>The minibatch fan could not be computed: {error}</source>
        <translation>No se pudo calcular el abanico de minilotes: {error}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The last session could not be restored: {error}</source>
        <translation>No se pudo restaurar la última sesión: {error}</translation>
    </message>
    <message>
        <source>Loading the studio…</source>
        <translation>Cargando el estudio…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open session…</source>
        <translation>&amp;Abrir sesión…</translation>
    </message>
    <message>
        <source>&amp;Save session</source>
        <translation>&amp;Guardar sesión</translation>
    </message>
    <message>
        <source>Save session &amp;as…</source>
        <translation>Guardar sesión &amp;como…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>export the plots, the trajectory or the run</source>
        <translation>exportar los gráficos, la trayectoria o la ejecución</translation>
    </message>
    <message>
        <source>PNG export scale</source>
        <translation>Escala de exportación PNG</translation>
    </message>
    <message>
        <source>Export size</source>
        <translation>Tamaño de exportación</translation>
    </message>
    <message>
        <source>&amp;Figure (PNG scale applies)</source>
        <translation>&amp;Figura (se aplica la escala PNG)</translation>
    </message>
    <message>
        <source>&amp;Slide, 1920 × 1080</source>
        <translation>&amp;Diapositiva, 1920 × 1080</translation>
    </message>
    <message>
        <source>Export theme</source>
        <translation>Tema de exportación</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ejecutar</translation>
    </message>
    <message>
        <source>Play / Pause</source>
        <translation>Reproducir / Pausa</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>Paso atrás</translation>
    </message>
    <message>
        <source>the stored step before the one shown</source>
        <translation>el paso guardado anterior al mostrado</translation>
    </message>
    <message>
        <source>Go to the start</source>
        <translation>Ir al inicio</translation>
    </message>
    <message>
        <source>t = 0 of the run</source>
        <translation>t = 0 de la ejecución</translation>
    </message>
    <message>
        <source>Go to the latest step</source>
        <translation>Ir al último paso</translation>
    </message>
    <message>
        <source>the newest step</source>
        <translation>el paso más reciente</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Tamaño real</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Modo presentación</translation>
    </message>
    <message>
        <source>full screen, large text and high-contrast notes for a lecture</source>
        <translation>pantalla completa, texto grande y notas de alto contraste para una clase</translation>
    </message>
    <message>
        <source>Side &amp;panel</source>
        <translation>&amp;Panel lateral</translation>
    </message>
    <message>
        <source>show or hide the settings column</source>
        <translation>mostrar u ocultar la columna de ajustes</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Guía</translation>
    </message>
    <message>
        <source>what the app teaches: the update rule, γ, why a run stops</source>
        <translation>lo que enseña la aplicación: la regla de actualización, γ, por qué se detiene una ejecución</translation>
    </message>
    <message>
        <source>&amp;About {name}</source>
        <translation>&amp;Acerca de {name}</translation>
    </message>
    <message>
        <source>Zoom {percent} %</source>
        <translation>Zoom {percent} %</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Abrir sesión</translation>
    </message>
    <message>
        <source>gdstudio sessions ({pattern});;JSON files (*.json);;All files (*)</source>
        <translation>Sesiones de gdstudio ({pattern});;Archivos JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot open the session</source>
        <translation>No se puede abrir la sesión</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>{name} abierto</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Guardar sesión</translation>
    </message>
    <message>
        <source>gdstudio sessions ({pattern})</source>
        <translation>Sesiones de gdstudio ({pattern})</translation>
    </message>
    <message>
        <source>Cannot save the session</source>
        <translation>No se puede guardar la sesión</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>{name} guardado</translation>
    </message>
    <message>
        <source>The {tab} tab has nothing to export.</source>
        <translation>La pestaña «{tab}» no tiene nada que exportar.</translation>
    </message>
</context>
<context>
    <name>OptimizerField</name>
    <message>
        <source>optimizer</source>
        <translation>optimizador</translation>
    </message>
</context>
<context>
    <name>Optimizers</name>
    <message>
        <source>Gradient descent</source>
        <translation>Descenso de gradiente</translation>
    </message>
    <message>
        <source>d = −∇f: the steepest way down.</source>
        <translation>d = −∇f: el camino más empinado hacia abajo.</translation>
    </message>
    <message>
        <source>Newton&apos;s method</source>
        <translation>Método de Newton</translation>
    </message>
    <message>
        <source>d = −H⁻¹∇f: the step to the minimum of the quadratic model; modified where H is not positive definite.</source>
        <translation>d = −H⁻¹∇f: el paso al mínimo del modelo cuadrático; modificado donde H no es definida positiva.</translation>
    </message>
    <message>
        <source>eigenvalue floor δ</source>
        <translation>cota inferior de autovalores δ</translation>
    </message>
    <message>
        <source>eigenvalues of H below δ are replaced by max(|λ|, δ)</source>
        <translation>los autovalores de H por debajo de δ se sustituyen por max(|λ|, δ)</translation>
    </message>
    <message>
        <source>d = −H_t∇f: H_t learns the inverse Hessian from the steps taken (H₀ = I).</source>
        <translation>d = −H_t∇f: H_t aprende la inversa de la hessiana a partir de los pasos dados (H₀ = I).</translation>
    </message>
    <message>
        <source>BFGS from the last m steps only: the two-loop recursion over stored pairs (s, y).</source>
        <translation>BFGS solo con los últimos m pasos: la recursión de dos bucles sobre los pares (s, y) guardados.</translation>
    </message>
    <message>
        <source>memory m</source>
        <translation>memoria m</translation>
    </message>
    <message>
        <source>how many pairs (s, y) are kept</source>
        <translation>cuántos pares (s, y) se guardan</translation>
    </message>
    <message>
        <source>Conjugate gradients</source>
        <translation>Gradientes conjugados</translation>
    </message>
    <message>
        <source>d = −∇f + βd_prev: each direction bends the last one (Polak–Ribière+, or Fletcher–Reeves).</source>
        <translation>d = −∇f + βd_prev: cada dirección dobla la anterior (Polak–Ribière+ o Fletcher–Reeves).</translation>
    </message>
    <message>
        <source>1 for β = gᵀg / g_prevᵀg_prev</source>
        <translation>1 para β = gᵀg / g_prevᵀg_prev</translation>
    </message>
    <message>
        <source>{setting} must be between {minimum} and {maximum}, not {value}</source>
        <translation>{setting} debe estar entre {minimum} y {maximum}, no {value}</translation>
    </message>
    <message>
        <source>w ← w − γ∇f(w): the rule the lesson teaches.</source>
        <translation>w ← w − γ∇f(w): la regla que enseña la lección.</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Momento</translation>
    </message>
    <message>
        <source>A velocity b = μb + g carries the steps along: faster in valleys, may overshoot.</source>
        <translation>Una velocidad b = μb + g arrastra los pasos: más rápido en los valles, puede pasarse.</translation>
    </message>
    <message>
        <source>momentum μ</source>
        <translation>momento μ</translation>
    </message>
    <message>
        <source>how much of the last velocity is kept</source>
        <translation>cuánto de la última velocidad se conserva</translation>
    </message>
    <message>
        <source>dampening τ</source>
        <translation>amortiguación τ</translation>
    </message>
    <message>
        <source>how much of the new gradient is held back</source>
        <translation>cuánto del nuevo gradiente se retiene</translation>
    </message>
    <message>
        <source>Nesterov momentum</source>
        <translation>Momento de Nesterov</translation>
    </message>
    <message>
        <source>Momentum that looks ahead: the step uses g + μb, so it brakes before overshooting.</source>
        <translation>Momento que mira adelante: el paso usa g + μb, así frena antes de pasarse.</translation>
    </message>
    <message>
        <source>Each coordinate&apos;s step shrinks with the sum of its past squared gradients.</source>
        <translation>El paso de cada coordenada se reduce con la suma de sus gradientes al cuadrado pasados.</translation>
    </message>
    <message>
        <source>learning-rate decay η</source>
        <translation>decaimiento de la tasa de aprendizaje η</translation>
    </message>
    <message>
        <source>γ is divided by 1 + (t − 1)η</source>
        <translation>γ se divide entre 1 + (t − 1)η</translation>
    </message>
    <message>
        <source>keeps the division finite</source>
        <translation>mantiene finita la división</translation>
    </message>
    <message>
        <source>initial sum</source>
        <translation>suma inicial</translation>
    </message>
    <message>
        <source>starting value of s</source>
        <translation>valor inicial de s</translation>
    </message>
    <message>
        <source>Each coordinate&apos;s step is divided by a running average of its squared gradients.</source>
        <translation>El paso de cada coordenada se divide por una media móvil de sus gradientes al cuadrado.</translation>
    </message>
    <message>
        <source>smoothing α</source>
        <translation>suavizado α</translation>
    </message>
    <message>
        <source>how slowly the average forgets</source>
        <translation>con qué lentitud olvida la media</translation>
    </message>
    <message>
        <source>0 for none</source>
        <translation>0 para ninguno</translation>
    </message>
    <message>
        <source>centred</source>
        <translation>centrado</translation>
    </message>
    <message>
        <source>1 to subtract the mean gradient</source>
        <translation>1 para restar el gradiente medio</translation>
    </message>
    <message>
        <source>Momentum on the gradient and RMSProp&apos;s scaling, with bias correction for the first steps.</source>
        <translation>Momento sobre el gradiente y el escalado de RMSProp, con corrección de sesgo en los primeros pasos.</translation>
    </message>
    <message>
        <source>decay of the gradient average m</source>
        <translation>decaimiento de la media del gradiente m</translation>
    </message>
    <message>
        <source>decay of the squared-gradient average v</source>
        <translation>decaimiento de la media del gradiente al cuadrado v</translation>
    </message>
    <message>
        <source>1 to use the largest v seen so far</source>
        <translation>1 para usar el mayor v visto hasta ahora</translation>
    </message>
</context>
<context>
    <name>PlaybackBox</name>
    <message>
        <source>as fast as possible</source>
        <translation>lo más rápido posible</translation>
    </message>
    <message>
        <source>1 step per second</source>
        <translation>1 paso por segundo</translation>
    </message>
    <message>
        <source>{speed} steps per second</source>
        <translation>{speed} pasos por segundo</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>Reproducción</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>Reproducir o pausar (Espacio)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Exactly one update (→)</source>
        <translation>Exactamente una actualización (→)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>playback speed</source>
        <translation>velocidad de reproducción</translation>
    </message>
    <message>
        <source>speed</source>
        <translation>velocidad</translation>
    </message>
</context>
<context>
    <name>PlotBackground</name>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>Follow &amp;system</source>
        <translation>Seguir al &amp;sistema</translation>
    </message>
    <message>
        <source>Plot &amp;background</source>
        <translation>&amp;Fondo de los gráficos</translation>
    </message>
</context>
<context>
    <name>PointEdit</name>
    <message>
        <source>start point x, y (Enter to apply)</source>
        <translation>punto inicial x, y (Intro para aplicar)</translation>
    </message>
    <message>
        <source>Each coordinate of a start point must be a finite number between {low} and {high}.</source>
        <translation>Cada coordenada de un punto inicial debe ser un número finito entre {low} y {high}.</translation>
    </message>
    <message>
        <source>A start point is two numbers, x and y, such as 1.5, -1; not {text}.</source>
        <translation>Un punto inicial son dos números, x e y, como 1.5, -1; no {text}.</translation>
    </message>
</context>
<context>
    <name>Race</name>
    <message>
        <source>{run} from {start}</source>
        <translation>{run} desde {start}</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <source>next direction d times the first trial α₀: α₀d = {step}; plain −γ∇f = {plain}</source>
        <translation>siguiente dirección d por el primer intento α₀: α₀d = {step}; −γ∇f simple = {plain}</translation>
    </message>
    <message>
        <source>next Δw = {step}</source>
        <translation>siguiente Δw = {step}</translation>
    </message>
    <message>
        <source>velocity b = {velocity}</source>
        <translation>velocidad b = {velocity}</translation>
    </message>
    <message>
        <source>per-coordinate scale 1/(√v + ε) = {scale}</source>
        <translation>escala por coordenada 1/(√v + ε) = {scale}</translation>
    </message>
    <message>
        <source>carries nothing: {step} = −γ∇f</source>
        <translation>no arrastra nada: {step} = −γ∇f</translation>
    </message>
    <message>
        <source>; {step}, plain −γ∇f = {plain}</source>
        <translation>; {step}, −γ∇f simple = {plain}</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>converged at t = {t}</source>
        <translation>convergió en t = {t}</translation>
    </message>
    <message>
        <source>diverged at t = {t}</source>
        <translation>divergió en t = {t}</translation>
    </message>
    <message>
        <source>undefined at t = {t}: {failure}</source>
        <translation>indefinido en t = {t}: {failure}</translation>
    </message>
    <message>
        <source>undefined at t = {t}</source>
        <translation>indefinido en t = {t}</translation>
    </message>
    <message>
        <source>stopped at the step limit (t = {t})</source>
        <translation>detenido en el límite de pasos (t = {t})</translation>
    </message>
    <message>
        <source>line search failed at t = {t}</source>
        <translation>búsqueda lineal fallida en t = {t}</translation>
    </message>
    <message>
        <source>no descent direction at t = {t}</source>
        <translation>sin dirección de descenso en t = {t}</translation>
    </message>
</context>
<context>
    <name>RaceAnimation</name>
    <message>
        <source>Cannot export the {what}</source>
        <translation>No se puede exportar: {what}</translation>
    </message>
    <message>
        <source>Running the race from the start…</source>
        <translation>Ejecutando la carrera desde el inicio…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export {what}</source>
        <translation>Exportar: {what}</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Exportación cancelada; no se escribió nada.</translation>
    </message>
    <message>
        <source>Rendering the animation…</source>
        <translation>Generando la animación…</translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation>{path} exportado</translation>
    </message>
</context>
<context>
    <name>RacePresets</name>
    <message>
        <source>Nocedal &amp; Wright on Rosenbrock</source>
        <translation>Nocedal y Wright en Rosenbrock</translation>
    </message>
    <message>
        <source>From (−1.2, 1): steepest descent with backtracking needs thousands of steps; Newton with backtracking about 20, BFGS about 30 (Numerical Optimization, ch. 3 and 6).</source>
        <translation>Desde (−1.2, 1): el descenso más pronunciado con retroceso necesita miles de pasos; Newton con retroceso unos 20, BFGS unos 30 (Numerical Optimization, cap. 3 y 6).</translation>
    </message>
</context>
<context>
    <name>RunFigure</name>
    <message>
        <source>{optimizer} with {search} steps</source>
        <translation>{optimizer} con pasos de {search}</translation>
    </message>
    <message>
        <source>{optimizer}, γ = {rate}{schedule}, from ({start}): {reason}</source>
        <translation>{optimizer}, γ = {rate}{schedule}, desde ({start}): {reason}</translation>
    </message>
</context>
<context>
    <name>Schedules</name>
    <message>
        <source>Constant</source>
        <translation>Constante</translation>
    </message>
    <message>
        <source>Step decay</source>
        <translation>Por escalones</translation>
    </message>
    <message>
        <source>Exponential</source>
        <translation>Exponencial</translation>
    </message>
    <message>
        <source>Cosine</source>
        <translation>Coseno</translation>
    </message>
    <message>
        <source>1/t</source>
        <translation>1/t</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>constante</translation>
    </message>
    <message>
        <source>step decay</source>
        <translation>por escalones</translation>
    </message>
    <message>
        <source>exponential</source>
        <translation>exponencial</translation>
    </message>
    <message>
        <source>cosine</source>
        <translation>coseno</translation>
    </message>
    <message>
        <source>The same γ at every step: the rule as first taught.</source>
        <translation>El mismo γ en cada paso: la regla tal como se enseña primero.</translation>
    </message>
    <message>
        <source>γ is multiplied by the factor every few steps: big steps first, finer ones later.</source>
        <translation>γ se multiplica por el factor cada ciertos pasos: primero pasos grandes, luego más finos.</translation>
    </message>
    <message>
        <source>γ shrinks by the same factor at every step.</source>
        <translation>γ se reduce por el mismo factor en cada paso.</translation>
    </message>
    <message>
        <source>γ glides from γ₀ down to γ_min along half a cosine over T steps.</source>
        <translation>γ se desliza de γ₀ a γ_min a lo largo de medio coseno en T pasos.</translation>
    </message>
    <message>
        <source>γ₀ / (1 + decay·t): the classic decay that guarantees convergence on convex problems.</source>
        <translation>γ₀ / (1 + decay·t): el decaimiento clásico que garantiza la convergencia en problemas convexos.</translation>
    </message>
    <message>
        <source>step size</source>
        <translation>longitud del escalón</translation>
    </message>
    <message>
        <source>the step size</source>
        <translation>la longitud del escalón</translation>
    </message>
    <message>
        <source>γ is multiplied by the factor every this many steps (StepLR&apos;s step_size)</source>
        <translation>γ se multiplica por el factor cada tantos pasos (step_size de StepLR)</translation>
    </message>
    <message>
        <source>factor</source>
        <translation>factor</translation>
    </message>
    <message>
        <source>the step decay&apos;s factor</source>
        <translation>el factor del decaimiento por escalones</translation>
    </message>
    <message>
        <source>what γ is multiplied by at each drop, above 0 and at most 1 (StepLR&apos;s gamma)</source>
        <translation>por lo que se multiplica γ en cada escalón, mayor que 0 y como máximo 1 (gamma de StepLR)</translation>
    </message>
    <message>
        <source>decay factor</source>
        <translation>factor de decaimiento</translation>
    </message>
    <message>
        <source>the decay factor</source>
        <translation>el factor de decaimiento</translation>
    </message>
    <message>
        <source>what γ is multiplied by at every step, above 0 and at most 1 (ExponentialLR&apos;s gamma)</source>
        <translation>por lo que se multiplica γ en cada paso, mayor que 0 y como máximo 1 (gamma de ExponentialLR)</translation>
    </message>
    <message>
        <source>period T</source>
        <translation>periodo T</translation>
    </message>
    <message>
        <source>the period T</source>
        <translation>el periodo T</translation>
    </message>
    <message>
        <source>γ reaches γ_min after T steps, then climbs back (CosineAnnealingLR&apos;s T_max); leave it empty for T = the step limit, which it then follows</source>
        <translation>γ llega a γ_min tras T pasos y luego vuelve a subir (T_max de CosineAnnealingLR); déjelo vacío para T = el límite de pasos, que entonces sigue</translation>
    </message>
    <message>
        <source>min γ</source>
        <translation>γ mín.</translation>
    </message>
    <message>
        <source>the minimum γ</source>
        <translation>el γ mínimo</translation>
    </message>
    <message>
        <source>the lowest γ, reached at t = T (CosineAnnealingLR&apos;s eta_min)</source>
        <translation>el menor γ, alcanzado en t = T (eta_min de CosineAnnealingLR)</translation>
    </message>
    <message>
        <source>decay</source>
        <translation>decaimiento</translation>
    </message>
    <message>
        <source>the 1/t decay</source>
        <translation>el decaimiento 1/t</translation>
    </message>
    <message>
        <source>γ_t = γ₀ / (1 + decay·t): γ has halved at t = 1/decay</source>
        <translation>γ_t = γ₀ / (1 + decay·t): γ se ha reducido a la mitad en t = 1/decay</translation>
    </message>
    <message>
        <source>, T = the step limit</source>
        <translation>, T = el límite de pasos</translation>
    </message>
    <message>
        <source>{setting} must be a whole number of steps from 1 to {longest}, not {value}</source>
        <translation>{setting} debe ser un número entero de pasos de 1 a {longest}, no {value}</translation>
    </message>
    <message>
        <source>{setting} must be a number above 0 and at most 1, not {value}</source>
        <translation>{setting} debe ser un número mayor que 0 y como máximo 1, no {value}</translation>
    </message>
    <message>
        <source>{setting} must be a number ≥ 0, not {value}</source>
        <translation>{setting} debe ser un número ≥ 0, no {value}</translation>
    </message>
    <message>
        <source>{setting} is empty: type a number</source>
        <translation>{setting} está vacío: escriba un número</translation>
    </message>
    <message>
        <source>{setting} must be a number, not {text}</source>
        <translation>{setting} debe ser un número, no {text}</translation>
    </message>
    <message>
        <source>{setting} must be a finite number, not {text}</source>
        <translation>{setting} debe ser un número finito, no {text}</translation>
    </message>
    <message>
        <source>{setting} must be a whole number of steps, not {text}</source>
        <translation>{setting} debe ser un número entero de pasos, no {text}</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>{name} is not a number JSON allows</source>
        <translation>{name} no es un número que JSON permita</translation>
    </message>
    <message>
        <source>the number {number} is too large</source>
        <translation>el número {number} es demasiado grande</translation>
    </message>
    <message>
        <source>a number has too many digits</source>
        <translation>un número tiene demasiadas cifras</translation>
    </message>
    <message>
        <source>the key &apos;{key}&apos; appears twice in one object</source>
        <translation>la clave &apos;{key}&apos; aparece dos veces en un objeto</translation>
    </message>
    <message>
        <source>the session file is too large to be a gdstudio session</source>
        <translation>el archivo de sesión es demasiado grande para ser una sesión de gdstudio</translation>
    </message>
    <message>
        <source>the lesson file is too large to be a gdstudio lesson</source>
        <translation>el archivo de lección es demasiado grande para ser una lección de gdstudio</translation>
    </message>
    <message>
        <source>the session file is not valid: {problem}</source>
        <translation>el archivo de sesión no es válido: {problem}</translation>
    </message>
    <message>
        <source>the lesson file is not valid: {problem}</source>
        <translation>el archivo de lección no es válido: {problem}</translation>
    </message>
    <message>
        <source>the session file is not valid JSON (line {line}, column {column})</source>
        <translation>el archivo de sesión no es JSON válido (línea {line}, columna {column})</translation>
    </message>
    <message>
        <source>the lesson file is not valid JSON (line {line}, column {column})</source>
        <translation>el archivo de lección no es JSON válido (línea {line}, columna {column})</translation>
    </message>
    <message>
        <source>the session file is not valid JSON</source>
        <translation>el archivo de sesión no es JSON válido</translation>
    </message>
    <message>
        <source>the lesson file is not valid JSON</source>
        <translation>el archivo de lección no es JSON válido</translation>
    </message>
    <message>
        <source>the session file is not UTF-8 text</source>
        <translation>el archivo de sesión no es texto UTF-8</translation>
    </message>
    <message>
        <source>the lesson file is not UTF-8 text</source>
        <translation>el archivo de lección no es texto UTF-8</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>no se puede leer {path}: {reason}</translation>
    </message>
    <message>
        <source>{field} must be an object with named fields</source>
        <translation>{field} debe ser un objeto con campos con nombre</translation>
    </message>
    <message>
        <source>{field} is not a field gdstudio knows</source>
        <translation>{field} no es un campo que gdstudio conozca</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>debe ser un número</translation>
    </message>
    <message>
        <source>must be between {low} and {high}, not {value}</source>
        <translation>debe estar entre {low} y {high}, no {value}</translation>
    </message>
    <message>
        <source>must be a whole number from {low} to {high}</source>
        <translation>debe ser un número entero de {low} a {high}</translation>
    </message>
    <message>
        <source>must be one of {options}</source>
        <translation>debe ser uno de {options}</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>debe ser texto</translation>
    </message>
    <message>
        <source>must be text of at most {longest} characters</source>
        <translation>debe ser un texto de como máximo {longest} caracteres</translation>
    </message>
    <message>
        <source>must be a list of {count} numbers</source>
        <translation>debe ser una lista de {count} números</translation>
    </message>
    <message>
        <source>must hold finite numbers between {low} and {high}</source>
        <translation>debe contener números finitos entre {low} y {high}</translation>
    </message>
    <message>
        <source>is not valid: {error}</source>
        <translation>no es válido: {error}</translation>
    </message>
    <message>
        <source>must map names to numbers</source>
        <translation>debe asignar números a nombres</translation>
    </message>
    <message>
        <source>must be between 0 and 1 (exclusive), not {value}</source>
        <translation>debe estar entre 0 y 1 (sin incluirlos), no {value}</translation>
    </message>
    <message>
        <source>must be larger than c1 ({c1}), not {c2}</source>
        <translation>debe ser mayor que c1 ({c1}), no {c2}</translation>
    </message>
    <message>
        <source>{rule} pairs with a direction ({searchable}), not with {optimizer}</source>
        <translation>{rule} va con una dirección ({searchable}), no con {optimizer}</translation>
    </message>
    <message>
        <source>pairs with the fixed-γ rules only (a line search needs the true gradient)</source>
        <translation>solo va con las reglas de γ fijo (una búsqueda lineal necesita el gradiente verdadero)</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>must be &quot;{epoch}&quot; or a whole number from 1 to {shown_draws}</source>
        <translation>debe ser &quot;{epoch}&quot; o un número entero de 1 a {shown_draws}</translation>
    </message>
    <message>
        <source>{section} needs either a task ({tasks}) or a file, and not both</source>
        <translation>{section} necesita una tarea ({tasks}) o un archivo, pero no ambos</translation>
    </message>
    <message>
        <source>is for a CSV file, not a built-in task</source>
        <translation>es para un archivo CSV, no para una tarea integrada</translation>
    </message>
    <message>
        <source>must name a CSV file</source>
        <translation>debe indicar un archivo CSV</translation>
    </message>
    <message>
        <source>is for a built-in task, not a CSV file</source>
        <translation>es para una tarea integrada, no para un archivo CSV</translation>
    </message>
    <message>
        <source>must be {class_target}, {value_target} or null (guessed from the column)</source>
        <translation>debe ser {class_target}, {value_target} o null (se deduce de la columna)</translation>
    </message>
    <message>
        <source>must be a list of at most {hidden_layers} layer widths from 1 to {width}</source>
        <translation>debe ser una lista de como máximo {hidden_layers} anchos de capa de 1 a {width}</translation>
    </message>
    <message>
        <source>must be ce (cross-entropy), mse (squared error) or null (the task&apos;s kind decides)</source>
        <translation>debe ser ce (entropía cruzada), mse (error cuadrático) o null (decide el tipo de tarea)</translation>
    </message>
    <message>
        <source>must be one a network trains with ({network_optimizers}), not {optimizer}</source>
        <translation>debe ser uno con el que se entrena una red ({network_optimizers}), no {optimizer}</translation>
    </message>
    <message>
        <source>pairs with gd or lbfgs, not with {optimizer}</source>
        <translation>va con gd o lbfgs, no con {optimizer}</translation>
    </message>
    <message>
        <source>needs the full batch (batch_size null)</source>
        <translation>necesita el lote completo (batch_size null)</translation>
    </message>
    <message>
        <source>must be a list of 1 to {race_runs} runs</source>
        <translation>debe ser una lista de 1 a {race_runs} ejecuciones</translation>
    </message>
    <message>
        <source>must be a colour written &quot;#rrggbb&quot; or null</source>
        <translation>debe ser un color escrito &quot;#rrggbb&quot; o null</translation>
    </message>
    <message>
        <source>({lr_min}) must not be larger than lr_max ({lr_max})</source>
        <translation>({lr_min}) no debe ser mayor que lr_max ({lr_max})</translation>
    </message>
    <message>
        <source>this is not a gdstudio session: the file must hold a JSON object</source>
        <translation>esto no es una sesión de gdstudio: el archivo debe contener un objeto JSON</translation>
    </message>
    <message>
        <source>this is not a gdstudio session (its format is not gdstudio-session)</source>
        <translation>esto no es una sesión de gdstudio (su formato no es gdstudio-session)</translation>
    </message>
    <message>
        <source>the session has no valid version</source>
        <translation>la sesión no tiene una versión válida</translation>
    </message>
    <message>
        <source>the session was written by a newer gdstudio (version {version}); update gdstudio to open it</source>
        <translation>la sesión la escribió un gdstudio más reciente (versión {version}); actualice gdstudio para abrirla</translation>
    </message>
    <message>
        <source>unknown session version {version}</source>
        <translation>versión de sesión desconocida {version}</translation>
    </message>
</context>
<context>
    <name>SidePanels</name>
    <message>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <source>Show settings</source>
        <translation>Mostrar ajustes</translation>
    </message>
    <message>
        <source>Show the settings column beside the plots ({shortcut})</source>
        <translation>Mostrar la columna de ajustes junto a las gráficas ({shortcut})</translation>
    </message>
    <message>
        <source>Settings hidden to give the plots room at {percent} %.</source>
        <translation>Ajustes ocultos para dejar sitio a las gráficas al {percent} %.</translation>
    </message>
</context>
<context>
    <name>StartFigure</name>
    <message>
        <source>{optimizer}, γ = {learning_rate}{schedule}, from {start}  ·  t = 0</source>
        <translation>{optimizer}, γ = {learning_rate}{schedule}, desde {start}  ·  t = 0</translation>
    </message>
</context>
<context>
    <name>StepPanel</name>
    <message>
        <source>velocity b</source>
        <translation>velocidad b</translation>
    </message>
    <message>
        <source>per-coordinate scale 1/(√v + ε)</source>
        <translation>escala por coordenada 1/(√v + ε)</translation>
    </message>
    <message>
        <source>gradient average m</source>
        <translation>media del gradiente m</translation>
    </message>
    <message>
        <source>squared-gradient average v</source>
        <translation>media del gradiente al cuadrado v</translation>
    </message>
    <message>
        <source>sum of squared gradients s</source>
        <translation>suma de gradientes al cuadrado s</translation>
    </message>
    <message>
        <source>H used</source>
        <translation>H usada</translation>
    </message>
    <message>
        <source>previous direction d</source>
        <translation>dirección anterior d</translation>
    </message>
    <message>
        <source>d = −H&lt;sub&gt;{t}&lt;/sub&gt;∇f(w&lt;sub&gt;{t}&lt;/sub&gt;) (two-loop recursion over the stored pairs)</source>
        <translation>d = −H&lt;sub&gt;{t}&lt;/sub&gt;∇f(w&lt;sub&gt;{t}&lt;/sub&gt;) (recursión de dos bucles sobre los pares guardados)</translation>
    </message>
    <message>
        <source>backtracking</source>
        <translation>retroceso</translation>
    </message>
    <message>
        <source>strong Wolfe</source>
        <translation>Wolfe fuerte</translation>
    </message>
    <message>
        <source>exact search</source>
        <translation>búsqueda exacta</translation>
    </message>
    <message>
        <source>&lt;b&gt;Step {step}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Paso {step}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>loss f: {before} → {after} &amp;nbsp;({arrow} {change}) &amp;nbsp; ‖∇f‖ = {norm}</source>
        <translation>pérdida f: {before} → {after} &amp;nbsp;({arrow} {change}) &amp;nbsp; ‖∇f‖ = {norm}</translation>
    </message>
    <message>
        <source>stored pairs (s, y), oldest first ({count}):</source>
        <translation>pares guardados (s, y), el más antiguo primero ({count}):</translation>
    </message>
    <message>
        <source>&lt;b&gt;Start&lt;/b&gt; (t = 0)</source>
        <translation>&lt;b&gt;Inicio&lt;/b&gt; (t = 0)</translation>
    </message>
    <message>
        <source>The gradient points uphill; each step goes the other way: w ← w − γ∇f(w).</source>
        <translation>El gradiente apunta cuesta arriba; cada paso va en sentido contrario: w ← w − γ∇f(w).</translation>
    </message>
    <message>
        <source>This long run is kept every {stride} steps, so the update into this step is not stored.</source>
        <translation>Esta ejecución larga se guarda cada {stride} pasos, así que la actualización que llevó a este paso no está guardada.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stopped:&lt;/b&gt; {reason}</source>
        <translation>&lt;b&gt;Detenida:&lt;/b&gt; {reason}</translation>
    </message>
</context>
<context>
    <name>StudioTab</name>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
</context>
<context>
    <name>SurfaceTab</name>
    <message>
        <source>The Function tab&apos;s run</source>
        <translation>La ejecución de la pestaña Función</translation>
    </message>
    <message>
        <source>The Compare tab&apos;s race</source>
        <translation>La carrera de la pestaña Comparar</translation>
    </message>
    <message>
        <source>the Function tab&apos;s run</source>
        <translation>la ejecución de la pestaña Función</translation>
    </message>
    <message>
        <source>the Compare tab&apos;s race</source>
        <translation>la carrera de la pestaña Comparar</translation>
    </message>
    <message>
        <source>The path, in orange, runs from the start (yellow) to the current point (white).</source>
        <translation>La trayectoria, en naranja, va del inicio (amarillo) al punto actual (blanco).</translation>
    </message>
    <message>
        <source>The race&apos;s runs, in their colours, each run from the start (yellow) to its current point.</source>
        <translation>Las ejecuciones de la carrera, cada una en su color, van del inicio (amarillo) a su punto actual.</translation>
    </message>
    <message>
        <source>The Compare tab has no race on this function: press “Take function and start from the Function tab” there to race on it.</source>
        <translation>La pestaña Comparar no tiene ninguna carrera en esta función: pulse allí «Tomar la función y el inicio de la pestaña Función» para competir en ella.</translation>
    </message>
    <message>
        <source>3-D surface</source>
        <translation>Superficie 3-D</translation>
    </message>
    <message>
        <source>which paths lie on the surface</source>
        <translation>qué trayectorias se muestran sobre la superficie</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Reset the camera</source>
        <translation>Reiniciar la cámara</translation>
    </message>
</context>
<context>
    <name>SurfaceView</name>
    <message>
        <source>The 3-D view needs PyOpenGL, the optional &apos;3d&apos; extra: pip install &apos;gdstudio[3d]&apos;. Everything else works without it.</source>
        <translation>La vista 3-D necesita PyOpenGL, el extra opcional &apos;3d&apos;: pip install &apos;gdstudio[3d]&apos;. Todo lo demás funciona sin él.</translation>
    </message>
    <message>
        <source>The 3-D view needs OpenGL, and this display cannot provide it ({platform}). Everything else works without it.</source>
        <translation>La vista 3-D necesita OpenGL y esta pantalla no puede ofrecerlo ({platform}). Todo lo demás funciona sin él.</translation>
    </message>
    <message>
        <source>Qt platform &apos;{name}&apos;</source>
        <translation>plataforma Qt &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Reset camera</source>
        <translation>Reiniciar cámara</translation>
    </message>
    <message>
        <source>look from where the whole path shows (W)</source>
        <translation>mirar desde donde se ve toda la trayectoria (W)</translation>
    </message>
    <message>
        <source>the Function tab&apos;s run</source>
        <translation>la ejecución de la pestaña Función</translation>
    </message>
    <message>
        <source>surface of f(x, y) in 3-D with the descent paths</source>
        <translation>superficie de f(x, y) en 3-D con las trayectorias de descenso</translation>
    </message>
    <message>
        <source>drag to turn, wheel to zoom; Space, → and R play, step and reset {what}</source>
        <translation>arrastrar para girar, rueda para zoom; Espacio, → y R reproducen, avanzan un paso y reinician {what}</translation>
    </message>
    <message>
        <source>The height is {shade}, clipped to the contour&apos;s colour range.</source>
        <translation>La altura es {shade}, recortada al rango de colores de las curvas de nivel.</translation>
    </message>
</context>
<context>
    <name>Sweep</name>
    <message>
        <source>{count} learning rate from {low} to {high}: {converged} converged, {limit} stopped at the step limit, {diverged} diverged</source>
        <translation>{count} tasa de aprendizaje de {low} a {high}: convergentes: {converged}, detenidas en el límite de pasos: {limit}, divergentes: {diverged}</translation>
    </message>
    <message>
        <source>{count} learning rates from {low} to {high}: {converged} converged, {limit} stopped at the step limit, {diverged} diverged</source>
        <translation>{count} tasas de aprendizaje de {low} a {high}: convergentes: {converged}, detenidas en el límite de pasos: {limit}, divergentes: {diverged}</translation>
    </message>
    <message>
        <source>, {undefined} undefined (stopped where f or ∇f is not a real number; at γ = {rate}: {why})</source>
        <translation>, indefinidas: {undefined} (detenidas donde f o ∇f no es un número real; en γ = {rate}: {why})</translation>
    </message>
    <message>
        <source>, {undefined} undefined (stopped where f or ∇f is not a real number)</source>
        <translation>, indefinidas: {undefined} (detenidas donde f o ∇f no es un número real)</translation>
    </message>
    <message>
        <source>; divergence starts between γ = {low} and {high}</source>
        <translation>; la divergencia empieza entre γ = {low} y {high}</translation>
    </message>
</context>
<context>
    <name>SweepDrawing</name>
    <message>
        <source>learning rate γ (log scale)</source>
        <translation>tasa de aprendizaje γ (escala logarítmica)</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>pasos</translation>
    </message>
    <message>
        <source>final loss f(w_T) (log scale)</source>
        <translation>pérdida final f(w_T) (escala logarítmica)</translation>
    </message>
    <message>
        <source>final loss f(w_T)</source>
        <translation>pérdida final f(w_T)</translation>
    </message>
    <message>
        <source>converged</source>
        <translation>convergió</translation>
    </message>
    <message>
        <source>step limit reached</source>
        <translation>límite de pasos alcanzado</translation>
    </message>
    <message>
        <source>diverged (off the scale)</source>
        <translation>divergió (fuera de escala)</translation>
    </message>
    <message>
        <source>undefined (left f&apos;s domain)</source>
        <translation>indefinida (salió del dominio de f)</translation>
    </message>
    <message>
        <source>steps to converge</source>
        <translation>pasos hasta converger</translation>
    </message>
    <message>
        <source>stopped at the step limit</source>
        <translation>detenida en el límite de pasos</translation>
    </message>
    <message>
        <source>steps until it diverged</source>
        <translation>pasos hasta divergir</translation>
    </message>
    <message>
        <source>steps until f was undefined</source>
        <translation>pasos hasta que f quedó indefinida</translation>
    </message>
    <message>
        <source>stable limit = {value}</source>
        <translation>límite estable = {value}</translation>
    </message>
</context>
<context>
    <name>TimelineBar</name>
    <message>
        <source>timeline</source>
        <translation>línea de tiempo</translation>
    </message>
    <message>
        <source>timeline: the step shown</source>
        <translation>línea de tiempo: el paso mostrado</translation>
    </message>
    <message>
        <source>drag to look at any stored step (← → one step, Home and End the first and the latest)</source>
        <translation>arrastre para ver cualquier paso guardado (← → un paso, Inicio y Fin el primero y el último)</translation>
    </message>
    <message>
        <source>t = {t} (latest)</source>
        <translation>t = {t} (último)</translation>
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
        <translation>pérdida L(w) en un plano del espacio de pesos con la trayectoria</translation>
    </message>
    <message>
        <source>least-squares (w*, b*)</source>
        <translation>mínimos cuadrados (w*, b*)</translation>
    </message>
    <message>
        <source>log₁₀(L − min L) on the slice</source>
        <translation>log₁₀(L − min L) en el corte</translation>
    </message>
    <message>
        <source>L on the slice</source>
        <translation>L en el corte</translation>
    </message>
</context>
<context>
    <name>WorkerFailure</name>
    <message>
        <source>The run stopped at step {step} because of an unexpected error in gdstudio ({detail}); Reset starts it again, and the details are printed in the terminal.</source>
        <translation>La ejecución se detuvo en el paso {step} por un error inesperado de gdstudio ({detail}); con Reiniciar vuelve a empezar, y los detalles se muestran en la terminal.</translation>
    </message>
    <message>
        <source>The run stopped because of an unexpected error in gdstudio ({detail}); Reset starts it again, and the details are printed in the terminal.</source>
        <translation>La ejecución se detuvo por un error inesperado de gdstudio ({detail}); con Reiniciar vuelve a empezar, y los detalles se muestran en la terminal.</translation>
    </message>
    <message>
        <source>The race stopped at step {step} because of an unexpected error in gdstudio ({detail}); Reset starts it again, and the details are printed in the terminal.</source>
        <translation>La carrera se detuvo en el paso {step} por un error inesperado de gdstudio ({detail}); con Reiniciar vuelve a empezar, y los detalles se muestran en la terminal.</translation>
    </message>
    <message>
        <source>The race stopped because of an unexpected error in gdstudio ({detail}); Reset starts it again, and the details are printed in the terminal.</source>
        <translation>La carrera se detuvo por un error inesperado de gdstudio ({detail}); con Reiniciar vuelve a empezar, y los detalles se muestran en la terminal.</translation>
    </message>
    <message>
        <source>The sweep stopped at step {step} because of an unexpected error in gdstudio ({detail}); Reset starts it again, and the details are printed in the terminal.</source>
        <translation>El barrido se detuvo en el paso {step} por un error inesperado de gdstudio ({detail}); con Reiniciar vuelve a empezar, y los detalles se muestran en la terminal.</translation>
    </message>
    <message>
        <source>The sweep stopped because of an unexpected error in gdstudio ({detail}); Reset starts it again, and the details are printed in the terminal.</source>
        <translation>El barrido se detuvo por un error inesperado de gdstudio ({detail}); con Reiniciar vuelve a empezar, y los detalles se muestran en la terminal.</translation>
    </message>
</context>
</TS>
