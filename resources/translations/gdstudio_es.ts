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
