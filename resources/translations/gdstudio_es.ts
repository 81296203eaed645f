<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>CompareTab</name>
    <message>
        <source>fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Armijo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wolfe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preset races</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset races…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A race to start from: it sets the Function tab&apos;s f and start and the race&apos;s runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the race&apos;s runs, one a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>σ: the run&apos;s updates use ∇f + σξ, ξ standard normal (run i&apos;s noise seeded with i); 0 for the plain run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run&apos;s step size α: the fixed γ, or a line search that starts each step at α₀ = γ (backtracking until f falls enough, a strong-Wolfe search, or the minimiser along the direction); for gradient descent, Newton, BFGS, L-BFGS and conjugate gradients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> For a run with a line search, or Newton, BFGS, L-BFGS and conjugate gradients, the arrow is the next direction d times the first step size the search will try, α₀.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many times each run has evaluated f, its gradient ∇f and its Hessian H: a line search tries several step sizes a step, so a fair race compares evaluations, not steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contour of f(x, y) with the race&apos;s paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss of each run of the race against the step t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sweep&apos;s final loss against γ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sweep&apos;s steps to converge against γ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run&apos;s optimizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run&apos;s step size: the fixed γ, or a line search starting at α₀ = γ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run&apos;s step size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run&apos;s learning rate γ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run&apos;s start x, y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run&apos;s colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>σ of the gradient noise: the run&apos;s updates use ∇f + σξ (fixed-γ optimizers only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run&apos;s gradient noise σ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient noise pairs with the fixed-γ optimizers: a line search or a direction needs the true gradient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Evaluations&lt;/b&gt; (the cost of a step with a line search):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContourPlot</name>
    <message>
        <source>contour of f(x, y) with the descent path</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataPlot</name>
    <message>
        <source>the data with the network&apos;s output</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FunctionPanel</name>
    <message>
        <source>function f(x, y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preset functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the learning rate γ_t against the step t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start point x₀</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start point y₀</source>
        <translation type="unfinished"></translation>
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
        <source>learning rate γ on a log scale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <source>your answer, a number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <source>loss {quantity} against the step t</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MLP</name>
    <message>
        <source>minibatch L_B(w_t) per example</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MLPPanel</name>
    <message>
        <source>seed of the initial weights w₀</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight-space plane</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaybackBox</name>
    <message>
        <source>playback speed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurfaceView</name>
    <message>
        <source>surface of f(x, y) in 3-D with the descent paths</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineBar</name>
    <message>
        <source>timeline: the step shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeightPlot</name>
    <message>
        <source>loss L(w) on a plane of weight space with the path</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
